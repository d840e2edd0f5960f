import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { PupilProvision } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { schoolToday } from '../register/register-query';
import { DateQuery } from './dto/report-query.dto';
import { PupilProvisionService } from './pupil-provision.service';

@ApiTags('provision reports')
@Controller('schools/:schoolId/pupils/:pupilId/provision')
export class PupilProvisionController {
  constructor(private readonly pupilProvision: PupilProvisionService) {}

  @Requires('provision.read')
  @Get()
  @ApiOkResponse({
    description: "The pupil's provision in the academic year containing the date: planned and delivered",
  })
  get(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Query() query: DateQuery,
  ): Promise<PupilProvision> {
    return this.pupilProvision.forPupil(auth, pupilId, query.date ?? schoolToday());
  }
}
