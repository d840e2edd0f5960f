import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SEN_STATUSES,
  type ChangeSenStatusRequest,
  type NeedInput,
  type SenStatus,
  type SetNeedsRequest,
} from '@sendreg/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

const DATE_MESSAGE = 'must be a real date as YYYY-MM-DD';

export class ChangeSenStatusDto implements ChangeSenStatusRequest {
  @ApiProperty({ enum: SEN_STATUSES })
  @IsIn(SEN_STATUSES as unknown as string[], { message: 'Choose a SEN status' })
  status!: SenStatus;

  @ApiProperty({ example: '2026-11-23' })
  @IsDateOnly(`effectiveFrom ${DATE_MESSAGE}`)
  effectiveFrom!: string;

  @ApiProperty({ description: 'Why the status changes, in plain words' })
  @IsString({ message: 'Give the reason for the change' })
  @MinLength(3, { message: 'Give the reason for the change' })
  @MaxLength(1000, { message: 'The reason must be 1,000 characters or fewer' })
  reason!: string;

  @ApiProperty({ description: "The pupil's senVersion as last read" })
  @IsInt({ message: 'senVersion must be a whole number' })
  @Min(1)
  senVersion!: number;
}

export class NeedInputDto implements NeedInput {
  @ApiProperty({ example: 'ASD' })
  @Matches(/^[A-Z]{2,6}$/, { message: 'Choose a type of need' })
  code!: string;

  @ApiProperty({ minimum: 1, maximum: 2 })
  @IsInt({ message: 'rank must be 1 (primary) or 2 (secondary)' })
  @Min(1, { message: 'rank must be 1 (primary) or 2 (secondary)' })
  @Max(2, { message: 'rank must be 1 (primary) or 2 (secondary)' })
  rank!: number;

  @ApiPropertyOptional({ description: 'The need in plain words' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'The description must be 1,000 characters or fewer' })
  description?: string;
}

export class SetNeedsDto implements SetNeedsRequest {
  @ApiProperty({ example: '2026-11-23' })
  @IsDateOnly(`effectiveFrom ${DATE_MESSAGE}`)
  effectiveFrom!: string;

  @ApiProperty({ type: [NeedInputDto] })
  @IsArray({ message: 'needs must be a list' })
  @ArrayMaxSize(2, { message: 'The census takes at most two ranked needs' })
  @ValidateNested({ each: true })
  @Type(() => NeedInputDto)
  needs!: NeedInputDto[];

  @ApiProperty({ description: "The pupil's senVersion as last read" })
  @IsInt({ message: 'senVersion must be a whole number' })
  @Min(1)
  senVersion!: number;
}
