import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StaffProvision } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { StaffProvisionService } from './staff-provision.service';

@ApiTags('provision reports')
@Controller('schools/:schoolId/staff/:userId/provision')
export class StaffProvisionController {
  constructor(private readonly staffProvision: StaffProvisionService) {}

  @Requires('provision.read')
  @Get()
  @ApiOkResponse({ description: "A member of staff's groups (running or to come) and weekly timetable" })
  get(@Auth() auth: RequestAuth, @Param('userId', UuidParamPipe) userId: string): Promise<StaffProvision> {
    return this.staffProvision.forStaff(auth, userId);
  }
}
