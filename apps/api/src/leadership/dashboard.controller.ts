import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SchoolDashboard } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { DashboardService } from './dashboard.service';

@ApiTags('leadership')
@Controller('schools/:schoolId/reports')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  /** A school summary, counts only, so report.read (the SENCO and the head). */
  @Requires('report.read')
  @Get('dashboard')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      "The head's dashboard: the register by status, primary need, year group and characteristic against " +
      'the national figures, its trend over 12 months, costs and impact of provision this academic year, ' +
      'review compliance, passport read coverage and open concerns by age. Counts only: no pupil is named.',
  })
  dashboard(): Promise<SchoolDashboard> {
    return this.dashboards.dashboard();
  }
}
