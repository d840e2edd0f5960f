import { Module } from '@nestjs/common';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

/** Referrals to outside services, and the documents received about pupils. */
@Module({
  controllers: [ReferralsController, DocumentsController],
  providers: [ReferralsService, DocumentsService],
})
export class ReferralsModule {}
