import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/**
 * Pupil imports from the school's MIS: CSV exports and DfE Common Transfer Files. The SenRecordWriter
 * and the Idempotency service come from the (global) RegisterModule.
 */
@Module({ controllers: [ImportsController], providers: [ImportsService] })
export class ImportsModule {}
