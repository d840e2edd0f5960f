import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHRONOLOGY_KINDS,
  type ChronologyCorrectionRequest,
  type ChronologyKind,
  type NewChronologyEntry,
} from '@sendreg/contracts';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, ValidateIf } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

const DATE_MESSAGE = 'Enter the date it happened, as a real date';

/**
 * Types and formats are checked here; lengths, the date not in the future and a parent meeting
 * being a meeting by chronologyProblems() (shared with the form) on the trimmed values.
 */
export class NewChronologyEntryDto implements NewChronologyEntry {
  @ApiProperty({ format: 'date', description: 'The day it happened (today or before)' })
  @IsDateOnly(DATE_MESSAGE)
  occurredOn!: string;

  @ApiProperty({ enum: CHRONOLOGY_KINDS })
  @IsIn([...CHRONOLOGY_KINDS], { message: 'Choose what kind of contact it was' })
  kind!: ChronologyKind;

  @ApiProperty({ description: "A meeting with the pupil's parents or carers (meetings only)" })
  @IsBoolean({ message: 'Say whether it was a meeting with the parents or carers' })
  parentMeeting!: boolean;

  @ApiProperty({ maxLength: 500, description: 'Who it was with' })
  @IsString({ message: 'Enter who it was with' })
  withWhom!: string;

  @ApiProperty({ maxLength: 4000, description: 'What happened' })
  @IsString({ message: 'Enter what happened' })
  summary!: string;

  @ApiProperty({ maxLength: 4000, description: 'What was agreed (may be empty)' })
  @IsString({ message: 'Write what was agreed as text' })
  agreed!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'A referral of this pupil' })
  @IsOptional()
  @ValidateIf((_: unknown, value: unknown) => value !== null)
  @IsUUID('all', { message: 'Choose one of the pupil’s referrals' })
  referralId?: string | null;
}

export class ChronologyCorrectionDto implements ChronologyCorrectionRequest {
  @ApiPropertyOptional({ format: 'date', description: 'The corrected date; leave out to keep it' })
  @IsOptional()
  @IsDateOnly(DATE_MESSAGE)
  occurredOn?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Who it was with; leave out to keep it' })
  @IsOptional()
  @IsString({ message: 'Enter who it was with' })
  withWhom?: string;

  @ApiProperty({ maxLength: 4000, description: 'What happened, as it should read' })
  @IsString({ message: 'Enter what happened' })
  summary!: string;

  @ApiProperty({ maxLength: 4000, description: 'What was agreed, as it should read (may be empty)' })
  @IsString({ message: 'Write what was agreed as text' })
  agreed!: string;

  @ApiPropertyOptional({ description: 'Whether it was a parent meeting; leave out to keep it' })
  @IsOptional()
  @IsBoolean({ message: 'Say whether it was a meeting with the parents or carers' })
  parentMeeting?: boolean;
}

export class ChronologyQuery {
  @ApiPropertyOptional({ enum: CHRONOLOGY_KINDS, description: 'Only entries of this kind' })
  @IsOptional()
  @IsIn([...CHRONOLOGY_KINDS], { message: 'Choose what kind of contact to show' })
  kind?: ChronologyKind;
}
