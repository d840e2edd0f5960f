import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { PlanComment } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { AddPlanCommentDto } from './dto/plan.dto';
import { PlanCommentsService } from './plan-comments.service';

@ApiTags('plans')
@Controller('schools/:schoolId/pupils/:pupilId/plans/:planId/comments')
export class PlanCommentsController {
  constructor(private readonly comments: PlanCommentsService) {}

  @Requires('plan.comment')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The comment, kept with the plan for its review' })
  @ApiBadRequestResponse({ description: 'An empty or too long comment' })
  @ApiConflictResponse({ description: 'The plan is not the active plan' })
  add(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('planId', UuidParamPipe) planId: string,
    @Body() body: AddPlanCommentDto,
  ): Promise<PlanComment> {
    return this.comments.add(auth, pupilId, planId, body);
  }
}
