import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ProvisionMapGrouping } from '@sendreg/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

/** A date the view is about (default today): the day for "my groups", the academic year for reports. */
export class DateQuery {
  @ApiPropertyOptional({ example: '2026-01-12', description: 'YYYY-MM-DD; default today' })
  @IsOptional()
  @IsDateOnly('date must be a real date as YYYY-MM-DD')
  date?: string;
}

export const MAP_GROUPINGS: ProvisionMapGrouping[] = ['yearGroup', 'area', 'intervention'];

export class ProvisionMapQuery extends DateQuery {
  @ApiPropertyOptional({ enum: MAP_GROUPINGS, default: 'intervention' })
  @IsOptional()
  @IsIn(MAP_GROUPINGS, { message: `by must be one of ${MAP_GROUPINGS.join(', ')}` })
  by: ProvisionMapGrouping = 'intervention';
}
