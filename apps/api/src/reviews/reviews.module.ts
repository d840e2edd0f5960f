import { Module } from '@nestjs/common';

/** The review dashboard, and the daily digest of what is due. */
@Module({ controllers: [], providers: [] })
export class ReviewsModule {}
