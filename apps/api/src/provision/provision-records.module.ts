import { Module } from '@nestjs/common';

/** The intervention catalogue, staff hourly rates, provisions (groups) and pupils' places in them. */
@Module({ controllers: [], providers: [] })
export class ProvisionRecordsModule {}
