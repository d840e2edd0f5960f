import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OUTCOME_RATINGS,
  type OutcomeRating,
  type RecordReviewRequest,
  type ReviewAttendee,
} from '@sendreg/contracts';
import { IsArray, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

/** Limits the database keeps to. */
export const REVIEW_VIEWS_MAX = 2000;
export const REVIEW_DECISIONS_MAX = 4000;

/**
 * The plain fields are checked here; attendees and ratings item by item in plan-review-rules.ts, which
 * names each field as the form does (attendees[1].role, outcomes[0].rating).
 */
export class RecordReviewDto implements RecordReviewRequest {
  @ApiProperty({ description: "The active plan's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @ApiProperty({ format: 'date', description: 'The day the review meeting was held' })
  @IsDateOnly('Enter the date the review was held, as a real date')
  heldOn!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { name: { type: 'string' }, role: { type: 'string' } } },
    description: 'Who attended (up to 20)',
  })
  @IsArray({ message: 'Add who attended the review' })
  attendees!: ReviewAttendee[];

  @ApiProperty({ maxLength: REVIEW_VIEWS_MAX, description: "The pupil's views, in their words" })
  @IsString({ message: "Write the pupil's views as text" })
  @MaxLength(REVIEW_VIEWS_MAX, { message: `Keep the pupil's views to 2,000 characters or fewer` })
  pupilViews!: string;

  @ApiProperty({ maxLength: REVIEW_VIEWS_MAX, description: "The parents' views" })
  @IsString({ message: "Write the parents' views as text" })
  @MaxLength(REVIEW_VIEWS_MAX, { message: `Keep the parents' views to 2,000 characters or fewer` })
  parentViews!: string;

  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        outcomeId: { type: 'string' },
        rating: { type: 'string', enum: [...OUTCOME_RATINGS] },
        note: { type: 'string' },
      },
    },
    description: 'Every outcome of the plan, rated once',
  })
  @IsArray({ message: 'Rate every outcome of the plan' })
  outcomes!: { outcomeId: string; rating: OutcomeRating; note: string }[];

  @ApiProperty({ maxLength: REVIEW_DECISIONS_MAX, description: 'What was agreed for the next cycle' })
  @IsString({ message: 'Write what was decided as text' })
  @MaxLength(REVIEW_DECISIONS_MAX, { message: 'Keep what was decided to 4,000 characters or fewer' })
  decisions!: string;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    description: "Defaults to the school's review cycle from the day held, on a day the school is open",
  })
  @IsOptional()
  @ValidateIf((_: unknown, value: unknown) => value !== null)
  @IsDateOnly('Enter the date of the next review, as a real date')
  nextReviewDate?: string | null;
}
