import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AREAS_OF_NEED,
  type ConcernArea,
  type ConcernStatus,
  type RaiseConcernRequest,
  type TriageConcernRequest,
  type TriageDecision,
} from '@sendreg/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';
import { PageQuery } from '../../pupils/dto/list-pupils.query';

export const CONCERN_AREAS = [...AREAS_OF_NEED, 'not_sure'] as const;
export const CONCERN_STATUSES: ConcernStatus[] = ['open', 'monitoring', 'sen_support', 'closed'];
export const TRIAGE_DECISIONS: TriageDecision[] = ['monitor', 'sen_support', 'close'];

export class RaiseConcernDto implements RaiseConcernRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Choose the pupil' })
  pupilId!: string;

  @ApiProperty({ enum: CONCERN_AREAS })
  @IsIn(CONCERN_AREAS as unknown as string[], { message: 'Choose the area of concern, or "Not sure"' })
  area!: ConcernArea;

  @ApiProperty({ description: 'What you have noticed' })
  @IsString({ message: 'Describe what you have noticed' })
  @MinLength(10, { message: 'Describe what you have noticed in a sentence or two' })
  @MaxLength(4000, { message: 'Keep it to 4,000 characters or fewer' })
  observed!: string;

  @ApiPropertyOptional({ description: 'What you have tried so far' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Keep it to 4,000 characters or fewer' })
  tried?: string;
}

export class TriageConcernDto implements TriageConcernRequest {
  @ApiProperty({ enum: TRIAGE_DECISIONS })
  @IsIn(TRIAGE_DECISIONS, { message: 'Choose what happens next' })
  decision!: TriageDecision;

  @ApiProperty({ description: 'The outcome, as the person who raised the concern will read it' })
  @IsString({ message: 'Write the outcome for the person who raised the concern' })
  @MinLength(3, { message: 'Write the outcome for the person who raised the concern' })
  @MaxLength(4000, { message: 'Keep it to 4,000 characters or fewer' })
  outcome!: string;

  @ApiPropertyOptional({ example: '2026-11-23' })
  @IsOptional()
  @IsDateOnly('effectiveFrom must be a real date as YYYY-MM-DD')
  effectiveFrom?: string;

  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}

export class ListConcernsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CONCERN_STATUSES })
  @IsOptional()
  @IsIn(CONCERN_STATUSES, { message: `status must be one of ${CONCERN_STATUSES.join(', ')}` })
  status?: ConcernStatus;
}
