import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  PHASE_TRANSFER_LABELS,
  type AssessDecision,
  type EhcpRequestedBy,
  type IssueDecision,
  type PhaseTransfer,
  type SaveEhcpRecordRequest,
} from '@sendreg/contracts';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';
import { EHCP_DATE_NAMES, type EhcpDateField } from '../ehcp-rules';

export const EHCP_LOCAL_AUTHORITY_MAX = 120;
export const EHCP_NOTES_MAX = 4000;
const PHASE_TRANSFERS = Object.keys(PHASE_TRANSFER_LABELS) as PhaseTransfer[];

/**
 * A date of the record: YYYY-MM-DD, or null when it has not happened or is not known. The field must
 * be sent (the whole record is saved each time), so leaving one out is an error, not a silent null.
 */
const NullableDate = (field: EhcpDateField) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-01-05' }),
    ValidateIf((o: Record<string, unknown>) => o[field] !== null),
    IsDateOnly(`${EHCP_DATE_NAMES[field]} must be a real date`),
  );

const NullableChoice = (values: readonly string[], message: string) =>
  applyDecorators(
    ApiProperty({ enum: values, nullable: true }),
    ValidateIf((_: unknown, value: unknown) => value !== null),
    IsIn(values as string[], { message }),
  );

export class SaveEhcpRecordDto implements SaveEhcpRecordRequest {
  @ApiProperty({ description: 'The LA that maintains the plan', maxLength: EHCP_LOCAL_AUTHORITY_MAX })
  // Checked bottom up (stopAtFirstError): a missing value is "enter", not "too long".
  @MaxLength(EHCP_LOCAL_AUTHORITY_MAX, {
    message: `The local authority must be ${EHCP_LOCAL_AUTHORITY_MAX} characters or fewer`,
  })
  @Matches(/\S/, { message: 'Enter the local authority that maintains the plan' })
  @IsString({ message: 'Enter the local authority that maintains the plan' })
  localAuthority!: string;

  @NullableChoice(['school', 'parent', 'other'], 'Choose who asked for the assessment')
  requestedBy!: EhcpRequestedBy | null;

  @ApiProperty({ description: 'Notes for the school', maxLength: EHCP_NOTES_MAX })
  @MaxLength(EHCP_NOTES_MAX, {
    message: `Notes must be ${EHCP_NOTES_MAX.toLocaleString('en-GB')} characters or fewer`,
  })
  @IsString({ message: 'Notes must be text' })
  notes!: string;

  @ApiProperty({ description: 'The version as last read; 0 to create the record', minimum: 0 })
  @Min(0, { message: 'version must be 0 or more' })
  @IsInt({ message: 'version must be a whole number' })
  version!: number;

  @NullableDate('requestedOn') requestedOn!: string | null;

  @NullableChoice(['assess', 'refuse'], 'Choose what the LA decided: to assess, or not to assess')
  assessDecision!: AssessDecision | null;

  @NullableDate('assessDecisionOn') assessDecisionOn!: string | null;
  @NullableDate('adviceReceivedOn') adviceReceivedOn!: string | null;

  @NullableChoice(['issue', 'not-issue'], 'Choose whether the LA decided to issue a plan')
  issueDecision!: IssueDecision | null;

  @NullableDate('draftIssuedOn') draftIssuedOn!: string | null;
  @NullableDate('parentCommentsOn') parentCommentsOn!: string | null;
  @NullableDate('finalIssuedOn') finalIssuedOn!: string | null;
  @NullableDate('lastAnnualReviewOn') lastAnnualReviewOn!: string | null;
  @NullableDate('nextAnnualReviewMeetingOn') nextAnnualReviewMeetingOn!: string | null;
  @NullableDate('reviewPapersSentOn') reviewPapersSentOn!: string | null;
  @NullableDate('reviewReportSentOn') reviewReportSentOn!: string | null;
  @NullableDate('amendDecisionOn') amendDecisionOn!: string | null;

  @NullableChoice(PHASE_TRANSFERS, 'Choose the move between phases')
  phaseTransfer!: PhaseTransfer | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 2000, maximum: 2100, example: 2027 })
  @ValidateIf((o: SaveEhcpRecordDto) => o.transferYear !== null)
  @IsInt({ message: 'Enter the year of the move as 4 numbers, for example 2027' })
  @Min(2000, { message: 'Enter the year of the move as 4 numbers, for example 2027' })
  @Max(2100, { message: 'Enter the year of the move as 4 numbers, for example 2027' })
  transferYear!: number | null;

  @NullableDate('amendedPlanIssuedOn') amendedPlanIssuedOn!: string | null;
}
