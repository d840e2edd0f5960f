import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { PlanReview, RecordedReview } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { RecordReviewDto } from './dto/plan-review.dto';
import { PlanReviewsService } from './plan-reviews.service';

@ApiTags('plans')
@Controller('schools/:schoolId/pupils/:pupilId')
export class PlanReviewsController {
  constructor(private readonly reviews: PlanReviewsService) {}

  @Requires('plan.write')
  @Post('plans/:planId/review')
  @HttpCode(201)
  @ApiCreatedResponse({
    description: 'The review, and the next cycle’s plan it started (active, with the outcomes not yet met)',
  })
  @ApiBadRequestResponse({
    description: 'An outcome not rated once, a date out of range, an attendee unnamed',
  })
  @ApiConflictResponse({
    description:
      'Someone else changed the plan since it was read (or the review was recorded already), or it is not active',
  })
  record(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('planId', UuidParamPipe) planId: string,
    @Body() body: RecordReviewDto,
  ): Promise<RecordedReview> {
    return this.reviews.record(auth, pupilId, planId, body);
  }

  @Requires('plan.read')
  @Get('reviews')
  @ApiOkResponse({
    description: 'Every review held, the most recent first, with the comments made before it',
  })
  list(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string): Promise<PlanReview[]> {
    return this.reviews.list(auth, pupilId);
  }
}
