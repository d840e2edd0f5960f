import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ImpactReport, ProvisionCostsReport } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { schoolToday } from '../register/register-query';
import { DateQuery } from './dto/report-query.dto';
import { ProvisionReportsService } from './provision-reports.service';

@ApiTags('provision reports')
@Controller('schools/:schoolId/reports')
export class ProvisionReportsController {
  constructor(private readonly reports: ProvisionReportsService) {}

  @Requires('cost.read')
  @Get('provision-costs')
  @ApiOkResponse({
    description:
      'Planned and delivered costs in the academic year containing the date: per pupil against the notional SEN threshold, by intervention, area of need and year group',
  })
  costs(@Query() query: DateQuery): Promise<ProvisionCostsReport> {
    return this.reports.costs(query.date ?? schoolToday());
  }

  @Requires('report.read')
  @Get('provision-impact')
  @ApiOkResponse({
    description:
      'Per intervention in the academic year: progress from entry to exit, attendance, delivery, cost',
  })
  impact(@Auth() auth: RequestAuth, @Query() query: DateQuery): Promise<ImpactReport> {
    return this.reports.impact(auth, query.date ?? schoolToday());
  }
}
