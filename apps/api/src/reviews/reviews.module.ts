import { Module } from '@nestjs/common';
import { DigestService } from './digest.service';
import { ReviewDigestScheduler } from './digest.scheduler';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

/** The review dashboard, and the daily digest of what is due. */
@Module({
  controllers: [ReviewsController],
  providers: [ReviewsService, DigestService, ReviewDigestScheduler],
  exports: [DigestService],
})
export class ReviewsModule {}
