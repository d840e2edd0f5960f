import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EXAM_ARRANGEMENT_KINDS,
  EXAM_ASSESSOR_MAX,
  EXAM_DETAILS_MAX,
  EXAM_EVIDENCE_MAX,
  EXAM_EXPIRING_FILTERS,
  type ExamArrangementKind,
  type ExamExpiringFilter,
  type RecordExamArrangementRequest,
  type SaveExamArrangementRequest,
  type SaveExamSettingsRequest,
  type WithdrawExamArrangementRequest,
} from '@sendreg/contracts';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

/** The fields of an arrangement; the rules across fields are in examArrangementProblems(). */
export class RecordExamArrangementDto implements RecordExamArrangementRequest {
  @ApiProperty({ enum: [...EXAM_ARRANGEMENT_KINDS], description: 'The arrangement' })
  @IsIn([...EXAM_ARRANGEMENT_KINDS], { message: 'Choose the arrangement' })
  arrangement!: ExamArrangementKind;

  @ApiPropertyOptional({
    nullable: true,
    minimum: 1,
    maximum: 100,
    description: 'Extra time as a percentage (typically 25): required for extra time, and only for it',
  })
  @IsOptional()
  @ValidateIf((_: unknown, value: unknown) => value !== null)
  @IsInt({ message: 'Extra time must be a whole percentage from 1 to 100' })
  extraTimePercent?: number | null;

  @ApiProperty({
    maxLength: EXAM_DETAILS_MAX,
    description: 'What it means for this pupil, for the classroom',
  })
  @IsString({ message: 'Write the details as text' })
  @MaxLength(EXAM_DETAILS_MAX, { message: 'Keep the details to 1,000 characters or fewer' })
  details!: string;

  @ApiProperty({
    maxLength: EXAM_EVIDENCE_MAX,
    description: 'The evidence of need (assessment, history of need)',
  })
  @IsString({ message: 'Write the evidence as text' })
  @MaxLength(EXAM_EVIDENCE_MAX, { message: 'Keep the evidence to 2,000 characters or fewer' })
  evidence!: string;

  @ApiProperty({ maxLength: EXAM_ASSESSOR_MAX, description: 'Who assessed the pupil' })
  @IsString({ message: "Write the assessor's name as text" })
  @MaxLength(EXAM_ASSESSOR_MAX, { message: "Keep the assessor's name to 200 characters or fewer" })
  assessor!: string;

  @ApiProperty({ format: 'date', description: 'The day it was approved (not in the future)' })
  @IsDateOnly('Enter the date approved, as a real date')
  approvedOn!: string;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    description: 'When it expires (on or after approval); usually the end of the course',
  })
  @IsOptional()
  @ValidateIf((_: unknown, value: unknown) => value !== null)
  @IsDateOnly('Enter the expiry date, as a real date')
  expiresOn?: string | null;
}

export class SaveExamArrangementDto extends RecordExamArrangementDto implements SaveExamArrangementRequest {
  @ApiProperty({ description: "The arrangement's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

export class WithdrawExamArrangementDto implements WithdrawExamArrangementRequest {
  @ApiProperty({ description: "The arrangement's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @ApiProperty({ format: 'date', description: 'The day it stopped (not in the future)' })
  @IsDateOnly('Enter the date withdrawn, as a real date')
  withdrawnOn!: string;
}

export class ExamArrangementsQuery {
  @ApiPropertyOptional({
    enum: [...EXAM_EXPIRING_FILTERS],
    description: "'this-year': only those expiring from today to the end of this academic year",
  })
  @IsOptional()
  @IsIn([...EXAM_EXPIRING_FILTERS], { message: "expiring must be 'this-year'" })
  expiring?: ExamExpiringFilter;
}

export class SaveExamSettingsDto implements SaveExamSettingsRequest {
  @ApiProperty({ description: 'Whether teaching assistants see the arrangements of the pupils they support' })
  @IsBoolean({ message: 'Choose whether teaching assistants can see the arrangements' })
  teachingAssistantsSee!: boolean;

  @ApiProperty({ description: 'The settings version as last read; 0 when never saved', minimum: 0 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0, { message: 'version must be 0 or more' })
  version!: number;
}
