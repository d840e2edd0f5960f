import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Notification, PassportCoverage } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { PassportNudgeDto } from './dto/passport.dto';
import { PassportCoverageService } from './passport-coverage.service';

@ApiTags('passports')
@Controller('schools/:schoolId/passports')
export class PassportCoverageController {
  constructor(private readonly coverage: PassportCoverageService) {}

  /**
   * A school summary (the SENCO and the head), so it needs report.read, which the permission map gives
   * to exactly those who read every passport; the service also checks passport.read is 'all'.
   */
  @Requires('report.read')
  @Get('coverage')
  @ApiOkResponse({
    description: 'Who has read each current passport, per pupil and per member of staff, and who has none',
  })
  get(@Auth() auth: RequestAuth): Promise<PassportCoverage> {
    return this.coverage.coverage(auth);
  }

  @Requires('passport.write')
  @Post('nudges')
  @HttpCode(201)
  @ApiCreatedResponse({
    description: 'A notification to the member of staff: how many passports they have to read',
  })
  @ApiBadRequestResponse({ description: 'Not on the staff of this school, or nothing to read' })
  nudge(@Auth() auth: RequestAuth, @Body() body: PassportNudgeDto): Promise<Notification> {
    return this.coverage.nudge(auth, body.userId);
  }
}
