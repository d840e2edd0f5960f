import { Module } from '@nestjs/common';
import { MyPassportsController } from './my-passports.controller';
import { MyPassportsService } from './my-passports.service';
import { PassportCoverageController } from './passport-coverage.controller';
import { PassportCoverageService } from './passport-coverage.service';
import { PassportPhotosService } from './passport-photos.service';
import { PassportsController } from './passports.controller';
import { PassportsService } from './passports.service';

/** Pupil passports: drafts, published versions, photos, read receipts, coverage and reminders. */
@Module({
  controllers: [PassportsController, MyPassportsController, PassportCoverageController],
  providers: [PassportsService, PassportPhotosService, MyPassportsService, PassportCoverageService],
})
export class PassportsModule {}
