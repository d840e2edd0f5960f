import { Module } from '@nestjs/common';

/** EHCP records and their statutory clock. */
@Module({ controllers: [], providers: [] })
export class EhcpModule {}
