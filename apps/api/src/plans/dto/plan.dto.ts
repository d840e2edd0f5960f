import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEFAULT_PLAN_FORMAT,
  PLAN_COMMENT_MAX,
  PLAN_FORMATS,
  type ActivatePlanRequest,
  type AddPlanCommentRequest,
  type ClosePlanRequest,
  type CreatePlanRequest,
  type PlanContent,
  type SavePlanRequest,
} from '@sendreg/contracts';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

/** The reason a plan closes: the database keeps up to this many characters. */
export const CLOSE_REASON_MAX = 500;

const REVIEW_DATE_MESSAGE = 'Enter the date of the review, as a real date';

const CONTENT_PROPERTY = {
  type: 'object',
  additionalProperties: true,
  description:
    "Each section's value by key (PLAN_FORMATS): outcomes → PlanOutcome[], list → string[], text → string, provision → { provisionIds, notes }",
  example: {
    outcomes: [
      {
        description: 'Reads 50 high-frequency words on sight',
        measure: 'Word checklist, read to an adult',
        byDate: '2026-07-17',
        needCode: 'SPLD',
      },
    ],
    strategies: ['Give instructions one at a time'],
    provision: { provisionIds: [], notes: 'Reading buddy twice a week' },
  },
} as const;

export class CreatePlanDto implements CreatePlanRequest {
  @ApiPropertyOptional({ enum: Object.keys(PLAN_FORMATS), default: DEFAULT_PLAN_FORMAT })
  @IsOptional()
  @IsIn(Object.keys(PLAN_FORMATS), { message: 'Choose a plan format from the list' })
  format?: string;

  @ApiProperty(CONTENT_PROPERTY)
  @IsObject({ message: "content must be the plan's sections, by name" })
  content!: PlanContent;

  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'The date of the next review' })
  @IsOptional()
  @IsDateOnly(REVIEW_DATE_MESSAGE)
  reviewDate?: string | null;
}

export class SavePlanDto implements SavePlanRequest {
  @ApiProperty({ description: "The plan's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @ApiProperty(CONTENT_PROPERTY)
  @IsObject({ message: "content must be the plan's sections, by name" })
  content!: PlanContent;

  @ApiProperty({ format: 'date', nullable: true, description: 'The date of the next review, or null' })
  @ValidateIf((o: SavePlanDto) => o.reviewDate !== null)
  @IsDateOnly(REVIEW_DATE_MESSAGE)
  reviewDate!: string | null;
}

export class ActivatePlanDto implements ActivatePlanRequest {
  @ApiProperty({ description: "The draft's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

export class ClosePlanDto implements ClosePlanRequest {
  @ApiProperty({ description: "The plan's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @ApiProperty({
    description: 'Why the plan ends without a review, e.g. the pupil left the register',
    maxLength: CLOSE_REASON_MAX,
  })
  @IsString({ message: 'Say why the plan is closing' })
  @Matches(/\S/, { message: 'Say why the plan is closing' })
  @MaxLength(CLOSE_REASON_MAX, {
    message: `Keep the reason to ${CLOSE_REASON_MAX} characters or fewer`,
  })
  reason!: string;
}

export class AddPlanCommentDto implements AddPlanCommentRequest {
  @ApiProperty({ description: 'How the pupil is getting on, before the review', maxLength: PLAN_COMMENT_MAX })
  @IsString({ message: 'Write your comment' })
  @Matches(/\S/, { message: 'Write your comment' })
  @MaxLength(PLAN_COMMENT_MAX, {
    message: `Keep your comment to ${PLAN_COMMENT_MAX.toLocaleString('en-GB')} characters or fewer`,
  })
  body!: string;
}
