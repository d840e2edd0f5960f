import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { censusDays, type CensusPreflight } from '@sendreg/contracts';
import { IsOptional } from 'class-validator';
import type { Response } from 'express';
import { IsDateOnly } from '../platform/http/is-date-only';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { censusSenCsv } from './census-extract';
import { CensusService } from './census.service';
import { schoolToday } from './register-query';

export class CensusQuery {
  @ApiPropertyOptional({ description: 'The census date (YYYY-MM-DD); default the next census day' })
  @IsOptional()
  @IsDateOnly('date must be a real date as YYYY-MM-DD')
  date?: string;
}

/** The next census day on or after today. */
export function nextCensusDay(today: string): string {
  const year = Number(today.slice(0, 4));
  const days = [year - 1, year].flatMap((start) => Object.values(censusDays(start)));
  return days.sort().find((day) => day >= today) ?? censusDays(year).autumn;
}

@ApiTags('register')
@Controller('schools/:schoolId')
export class CensusController {
  constructor(private readonly census: CensusService) {}

  @Requires('report.read')
  @Get('census/preflight')
  @ApiOkResponse({
    description: 'Pupils whose SEN status and needs break the census rules on the census date',
  })
  preflight(@Auth() auth: RequestAuth, @Query() query: CensusQuery): Promise<CensusPreflight> {
    return this.census.preflight(auth, query.date ?? nextCensusDay(schoolToday()));
  }

  @Requires('report.read')
  @Get('reports/census-sen.csv')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'private, no-store')
  @ApiOkResponse({
    description:
      'The census SEN extract for a census date (default the next census day): one row per pupil at K or E that day, by UPN',
  })
  @ApiUnprocessableEntityResponse({
    description: 'The census check finds problems for that date: they are listed, and no file is made',
  })
  async censusSenExtract(
    @Auth() auth: RequestAuth,
    @Query() query: CensusQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const date = query.date ?? nextCensusDay(schoolToday());
    const rows = await this.census.senExtract(auth, date);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="census-sen-${date}.csv"`);
    return censusSenCsv(rows);
  }
}
