import { Module } from '@nestjs/common';
import { PlanCommentsController } from './plan-comments.controller';
import { PlanCommentsService } from './plan-comments.service';
import { PlanReader } from './plan-reader';
import { PlanReviewsController } from './plan-reviews.controller';
import { PlanReviewsService } from './plan-reviews.service';
import { PlanSettingsController } from './plan-settings.controller';
import { PlanSettingsService } from './plan-settings.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

/** Support plans, their revisions, teachers' comments, reviews and the review cycle. */
@Module({
  controllers: [PlansController, PlanCommentsController, PlanReviewsController, PlanSettingsController],
  providers: [PlanReader, PlansService, PlanCommentsService, PlanReviewsService, PlanSettingsService],
  exports: [PlanSettingsService],
})
export class PlansModule {}
