import { Global, Module } from '@nestjs/common';
import { Idempotency } from '../platform/http/idempotency';
import { CensusController } from './census.controller';
import { CensusService } from './census.service';
import { RegisterController } from './register.controller';
import { RegisterService } from './register.service';
import { SenRecordController } from './sen-record.controller';
import { SenRecordService } from './sen-record.service';
import { SenRecordWriter } from './sen-record.writer';

/** The SEND register: SEN status, needs, the register views and census checks. */
@Global()
@Module({
  controllers: [RegisterController, SenRecordController, CensusController],
  providers: [SenRecordWriter, Idempotency, RegisterService, SenRecordService, CensusService],
  exports: [SenRecordWriter, Idempotency],
})
export class RegisterModule {}
