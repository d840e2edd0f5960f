import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AREAS_OF_NEED,
  REGISTER_SORTS,
  SEN_STATUSES,
  type AreaOfNeed,
  type RegisterSort,
  type SenStatus,
} from '@sendreg/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';
import { ListPupilsQuery } from '../../pupils/dto/list-pupils.query';

/** "true"/"false" in a query string, and nothing else, as a boolean (explicit, not implicit). */
export function queryBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

function commaList({ value }: { value: unknown }): unknown {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  return value;
}

/** The pupils list's filters (q, yearGroup, classId, paging), and the register's own. */
export class RegisterFilters extends ListPupilsQuery {
  @ApiPropertyOptional({ description: 'Comma-separated statuses', example: 'K,E' })
  @IsOptional()
  @Transform(commaList)
  @IsIn(SEN_STATUSES as unknown as string[], {
    each: true,
    message: `status must be among ${SEN_STATUSES.join(', ')}`,
  })
  status?: SenStatus[];

  @ApiPropertyOptional({ description: 'A census need type code, at any rank' })
  @IsOptional()
  @Matches(/^[A-Z]{2,6}$/, { message: 'need must be a need type code such as ASD' })
  need?: string;

  @ApiPropertyOptional({ enum: AREAS_OF_NEED })
  @IsOptional()
  @IsIn(AREAS_OF_NEED as unknown as string[], { message: `area must be one of ${AREAS_OF_NEED.join(', ')}` })
  area?: AreaOfNeed;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'pupilPremium must be true or false' })
  pupilPremium?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'eal must be true or false' })
  eal?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'lookedAfter must be true or false' })
  lookedAfter?: boolean;

  @ApiPropertyOptional({ enum: REGISTER_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(REGISTER_SORTS as unknown as string[], {
    message: `sort must be one of ${REGISTER_SORTS.join(', ')}`,
  })
  sort: RegisterSort = 'name';

  @ApiPropertyOptional({ description: 'The register as it stood on this date (YYYY-MM-DD); default today' })
  @IsOptional()
  @IsDateOnly('asAt must be a date as YYYY-MM-DD')
  asAt?: string;
}
