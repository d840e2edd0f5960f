import { Module } from '@nestjs/common';

/** The trust leader's comparison of the trust's schools: aggregates only, small numbers suppressed. */
@Module({ controllers: [], providers: [] })
export class TrustsModule {}
