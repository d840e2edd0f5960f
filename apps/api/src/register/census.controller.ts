import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { censusDays, type CensusPreflight } from '@sendreg/contracts';
import { IsOptional } from 'class-validator';
import { IsDateOnly } from '../platform/http/is-date-only';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
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
@Controller('schools/:schoolId/census')
export class CensusController {
  constructor(private readonly census: CensusService) {}

  @Requires('report.read')
  @Get('preflight')
  @ApiOkResponse({
    description: 'Pupils whose SEN status and needs break the census rules on the census date',
  })
  preflight(@Auth() auth: RequestAuth, @Query() query: CensusQuery): Promise<CensusPreflight> {
    return this.census.preflight(auth, query.date ?? nextCensusDay(schoolToday()));
  }
}
