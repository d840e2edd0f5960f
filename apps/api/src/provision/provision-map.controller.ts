import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ProvisionMap } from '@sendreg/contracts';
import type { Response } from 'express';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { schoolToday } from '../register/register-query';
import { ProvisionMapQuery } from './dto/report-query.dto';
import { provisionMapCsv } from './provision-map.csv';
import { ProvisionMapService } from './provision-map.service';

@ApiTags('provision reports')
@Controller('schools/:schoolId')
export class ProvisionMapController {
  constructor(private readonly provisionMap: ProvisionMapService) {}

  @Requires('report.read')
  @Get('provision-map')
  @ApiOkResponse({
    description:
      'The groups running in the academic year containing the date, by year group, area or intervention',
  })
  map(@Auth() auth: RequestAuth, @Query() query: ProvisionMapQuery): Promise<ProvisionMap> {
    return this.provisionMap.map(auth, query.date ?? schoolToday(), query.by);
  }

  @Requires('report.read')
  @Get('provision-map.csv')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The provision map as CSV: one row per group and pupil' })
  async csv(
    @Auth() auth: RequestAuth,
    @Query() query: ProvisionMapQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { label, rows } = await this.provisionMap.csvRows(auth, query.date ?? schoolToday(), query.by);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="provision-map-${label.replace(/ to /, '-')}-by-${query.by}.csv"`,
    );
    return provisionMapCsv(rows);
  }
}
