import { Module } from '@nestjs/common';
import { PupilsController } from './pupils.controller';
import { PupilWritesService } from './pupil-writes.service';
import { PupilsService } from './pupils.service';

@Module({ controllers: [PupilsController], providers: [PupilsService, PupilWritesService] })
export class PupilsModule {}
