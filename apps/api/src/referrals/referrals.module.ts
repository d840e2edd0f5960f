import { Module } from '@nestjs/common';

/** Referrals to outside services, and the documents received about pupils. */
@Module({ controllers: [], providers: [] })
export class ReferralsModule {}
