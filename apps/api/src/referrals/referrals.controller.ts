import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Referral, ReferralSummary } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { ChangeReferralStatusDto, CreateReferralDto, ListReferralsQueryDto } from './dto/referral.dto';
import { ReferralsService } from './referrals.service';

@ApiTags('referrals')
@Controller('schools/:schoolId')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Requires('referral.read')
  @Get('referrals')
  @ApiOkResponse({
    description:
      "The school's referrals (open ones unless asked), the longest waits first, with days waiting",
  })
  list(@Auth() auth: RequestAuth, @Query() query: ListReferralsQueryDto): Promise<ReferralSummary[]> {
    return this.referrals.list(auth, query);
  }

  @Requires('referral.read')
  @Get('pupils/:pupilId/referrals')
  @ApiOkResponse({ description: "The pupil's referrals, open ones first" })
  forPupil(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
  ): Promise<ReferralSummary[]> {
    return this.referrals.forPupil(auth, pupilId);
  }

  @Requires('referral.write')
  @Post('pupils/:pupilId/referrals')
  @HttpCode(201)
  @ApiCreatedResponse({
    description: "The referral, 'waiting' from the date referred, with consent recorded",
  })
  @ApiBadRequestResponse({
    description:
      'Consent missing or after the referral, a date in the future, a service not in the directory',
  })
  create(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: CreateReferralDto,
  ): Promise<Referral> {
    return this.referrals.create(auth, pupilId, body);
  }

  @Requires('referral.read')
  @Get('pupils/:pupilId/referrals/:referralId')
  @ApiOkResponse({ description: 'The referral with its status history and the documents attached to it' })
  get(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('referralId', UuidParamPipe) referralId: string,
  ): Promise<Referral> {
    return this.referrals.get(auth, pupilId, referralId);
  }

  @Requires('referral.write')
  @Post('pupils/:pupilId/referrals/:referralId/status')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The referral at its new status, the change kept in its history' })
  @ApiBadRequestResponse({
    description: 'A move REFERRAL_STATUS_MOVES does not allow, or a date out of order',
  })
  @ApiConflictResponse({ description: 'Someone else changed the referral since it was read' })
  changeStatus(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('referralId', UuidParamPipe) referralId: string,
    @Body() body: ChangeReferralStatusDto,
  ): Promise<Referral> {
    return this.referrals.changeStatus(auth, pupilId, referralId, body);
  }
}
