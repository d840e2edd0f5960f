import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ABSENCE_REASONS,
  CANCEL_REASONS,
  type AbsenceReason,
  type AttendanceInput,
  type CancelReason,
  type CorrectSessionRequest,
  type LogSessionRequest,
} from '@sendreg/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';
import { PageQuery } from '../../pupils/dto/list-pupils.query';

export const SESSION_STATUSES = ['held', 'cancelled'] as const;

/** Most pupils one session can list: well above any group (the catalogue allows 30). */
export const MAX_ATTENDANCE = 60;

export class AttendanceInputDto implements AttendanceInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Choose the pupil' })
  pupilId!: string;

  @ApiProperty()
  @IsBoolean({ message: 'Say whether the pupil came to the session' })
  attended!: boolean;

  @ApiPropertyOptional({ enum: ABSENCE_REASONS, description: 'Required when the pupil did not attend' })
  @IsOptional()
  @IsIn(ABSENCE_REASONS as unknown as string[], { message: 'Choose why the pupil did not come' })
  absenceReason?: AbsenceReason;
}

/**
 * A held session has minutes and attendance for every pupil in the group that day; a cancelled one
 * has a reason. Those cross-field rules, and the ones that need the group (its dates and pupils),
 * are checked by sessions.rules.ts so that every mistake is reported at once.
 */
export class LogSessionDto implements LogSessionRequest {
  @ApiProperty({ example: '2026-01-12' })
  @IsDateOnly('Enter the date of the session as a real date, YYYY-MM-DD')
  heldOn!: string;

  @ApiProperty({ enum: SESSION_STATUSES })
  @IsIn(SESSION_STATUSES as unknown as string[], {
    message: 'Choose whether the session was held or cancelled',
  })
  status!: 'held' | 'cancelled';

  @ApiPropertyOptional({ minimum: 1, maximum: 240, description: 'How long it lasted; held sessions only' })
  @IsOptional()
  @IsInt({ message: 'Enter how long the session lasted in whole minutes' })
  @Min(1, { message: 'A session lasts at least 1 minute' })
  @Max(240, { message: 'A session can last at most 240 minutes (4 hours)' })
  minutes?: number;

  @ApiPropertyOptional({
    enum: CANCEL_REASONS,
    description: 'Why it did not happen; cancelled sessions only',
  })
  @IsOptional()
  @IsIn(CANCEL_REASONS as unknown as string[], { message: 'Choose why the session was cancelled' })
  cancelReason?: CancelReason;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString({ message: 'The note must be text' })
  @MaxLength(1000, { message: 'Keep the note to 1,000 characters or fewer' })
  note?: string;

  @ApiPropertyOptional({
    type: [AttendanceInputDto],
    description: 'Held sessions: every pupil in the group on that day, once',
  })
  @IsOptional()
  @IsArray({ message: 'attendance must be a list of pupils' })
  @ArrayMaxSize(MAX_ATTENDANCE, { message: `A session can list at most ${MAX_ATTENDANCE} pupils` })
  @ValidateNested({ each: true })
  @Type(() => AttendanceInputDto)
  attendance?: AttendanceInputDto[];
}

export class CorrectSessionDto extends LogSessionDto implements CorrectSessionRequest {
  @ApiProperty({ description: 'The version of the session as last read' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

export class ListSessionsQuery extends PageQuery {}
