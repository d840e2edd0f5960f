import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type {
  CurrentPlan,
  PlanRevision,
  PlanRevisionSummary,
  PlanStrategies,
  PlanSummary,
  SupportPlan,
} from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { VersionNumberPipe } from '../passports/passport-upload';
import { ActivatePlanDto, ClosePlanDto, CreatePlanDto, SavePlanDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

/**
 * A pupil's support plans. The 'current' routes come before ':planId' so that Express matches them
 * first.
 */
@ApiTags('plans')
@Controller('schools/:schoolId/pupils/:pupilId/plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Requires('plan.read')
  @Get()
  @ApiOkResponse({ description: "The pupil's plans, newest cycle first (drafts for those who write plans)" })
  list(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string): Promise<PlanSummary[]> {
    return this.plans.list(auth, pupilId);
  }

  @Requires('plan.read')
  @Get('current')
  @ApiOkResponse({ description: 'The active plan in full, and the draft for those who write plans' })
  current(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string): Promise<CurrentPlan> {
    return this.plans.current(auth, pupilId);
  }

  @Requires('plan.strategies.read')
  @Get('current/strategies')
  @ApiOkResponse({
    description: 'What adults in class need from the active plan (an empty list when there is none)',
  })
  strategies(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
  ): Promise<PlanStrategies> {
    return this.plans.strategies(auth, pupilId);
  }

  @Requires('plan.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: "A draft plan, numbered as the pupil's next cycle" })
  @ApiBadRequestResponse({ description: 'A section is unknown or not as its format says, field by field' })
  @ApiConflictResponse({ description: 'The pupil has a draft plan already' })
  create(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: CreatePlanDto,
  ): Promise<SupportPlan> {
    return this.plans.create(auth, pupilId, body);
  }

  @Requires('plan.read')
  @Get(':planId')
  @ApiOkResponse({
    description: 'One plan with its provisions, comments and review (drafts for those who write plans)',
  })
  get(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('planId', UuidParamPipe) planId: string,
  ): Promise<SupportPlan> {
    return this.plans.get(auth, pupilId, planId);
  }

  @Requires('plan.write')
  @Put(':planId')
  @ApiOkResponse({ description: 'The plan as saved, at its next version (kept as a revision)' })
  @ApiBadRequestResponse({ description: 'A section is not as its format says, field by field' })
  @ApiConflictResponse({ description: 'Someone else saved the plan since it was read, or it is closed' })
  save(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('planId', UuidParamPipe) planId: string,
    @Body() body: SavePlanDto,
  ): Promise<SupportPlan> {
    return this.plans.save(auth, pupilId, planId, body);
  }

  @Requires('plan.read')
  @Get(':planId/revisions')
  @ApiOkResponse({ description: 'Every saved revision of the plan, newest first' })
  revisions(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('planId', UuidParamPipe) planId: string,
  ): Promise<PlanRevisionSummary[]> {
    return this.plans.revisions(auth, pupilId, planId);
  }

  @Requires('plan.read')
  @Get(':planId/revisions/:number')
  @ApiOkResponse({ description: 'One revision of the plan, with its content as saved' })
  revision(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('planId', UuidParamPipe) planId: string,
    @Param('number', VersionNumberPipe) number: number,
  ): Promise<PlanRevision> {
    return this.plans.revision(auth, pupilId, planId, number);
  }

  @Requires('plan.write')
  @Post(':planId/activate')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The draft, now the active plan; the plan it replaces is closed' })
  @ApiBadRequestResponse({ description: 'It lacks what an active plan needs (outcomes, a review date)' })
  @ApiConflictResponse({ description: 'Someone else saved the plan since it was read, or it is not a draft' })
  activate(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('planId', UuidParamPipe) planId: string,
    @Body() body: ActivatePlanDto,
  ): Promise<SupportPlan> {
    return this.plans.activate(auth, pupilId, planId, body);
  }

  @Requires('plan.write')
  @Post(':planId/close')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The plan, closed with the reason' })
  @ApiConflictResponse({ description: 'Someone else saved the plan since it was read, or it is not active' })
  close(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('planId', UuidParamPipe) planId: string,
    @Body() body: ClosePlanDto,
  ): Promise<SupportPlan> {
    return this.plans.close(auth, pupilId, planId, body);
  }
}
