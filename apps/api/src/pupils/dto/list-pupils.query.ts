import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, YEAR_GROUPS, type YearGroup } from '@sendreg/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be 1 or more' })
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be 1 or more' })
  @Max(MAX_PAGE_SIZE, { message: `pageSize must be ${MAX_PAGE_SIZE} or fewer` })
  pageSize = DEFAULT_PAGE_SIZE;
}

export class ListPupilsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name or UPN' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'q must be 100 characters or fewer' })
  q?: string;

  @ApiPropertyOptional({ enum: YEAR_GROUPS })
  @IsOptional()
  @IsIn(YEAR_GROUPS as unknown as string[], { message: `yearGroup must be one of ${YEAR_GROUPS.join(', ')}` })
  yearGroup?: YearGroup;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'classId must be a class id (a UUID)' })
  classId?: string;
}
