import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_LIMITS,
  PUPIL_DOCUMENT_KINDS,
  REFERRAL_LIMITS,
  REFERRAL_LIST_STATUSES,
  REFERRAL_STATUSES,
  type ChangeReferralStatusRequest,
  type CreateReferralRequest,
  type PupilDocumentKind,
  type ReferralListStatus,
  type ReferralStatus,
  type UploadDocumentFields,
} from '@sendreg/contracts';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

const count = (n: number) => n.toLocaleString('en-GB');

export class ListReferralsQueryDto {
  @ApiPropertyOptional({ enum: REFERRAL_LIST_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(REFERRAL_LIST_STATUSES as unknown as string[], { message: 'status must be open, closed or all' })
  status?: ReferralListStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Referrals to this service only' })
  @IsOptional()
  @IsUUID('all', { message: 'service must be a service id (a UUID)' })
  service?: string;
}

export class CreateReferralDto implements CreateReferralRequest {
  @ApiProperty({ format: 'uuid', description: "A service of the school's directory, not archived" })
  @IsUUID('all', { message: 'Choose the service you are referring to' })
  serviceId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'A named professional of that service',
  })
  @ValidateIf((o: CreateReferralDto) => o.professionalId !== undefined && o.professionalId !== null)
  @IsUUID('all', { message: 'Choose a professional of the service, or no one in particular' })
  professionalId?: string | null;

  @ApiProperty({ format: 'date', description: 'The date of the referral, not in the future' })
  @IsDateOnly('Enter the date of the referral, as a real date')
  referredOn!: string;

  @ApiProperty({ maxLength: REFERRAL_LIMITS.reason })
  @IsString({ message: 'Say why you are making the referral' })
  @Matches(/\S/, { message: 'Say why you are making the referral' })
  @MaxLength(REFERRAL_LIMITS.reason, {
    message: `Keep the reason to ${count(REFERRAL_LIMITS.reason)} characters or fewer`,
  })
  reason!: string;

  @ApiProperty({ maxLength: REFERRAL_LIMITS.consentGivenBy, description: 'Who gave consent' })
  @IsString({ message: 'Enter the name of the person who gave consent' })
  @Matches(/\S/, { message: 'Enter the name of the person who gave consent' })
  @MaxLength(REFERRAL_LIMITS.consentGivenBy, {
    message: `Keep the name to ${count(REFERRAL_LIMITS.consentGivenBy)} characters or fewer`,
  })
  consentGivenBy!: string;

  @ApiProperty({ maxLength: REFERRAL_LIMITS.consentRelationship, example: 'Mother' })
  @IsString({ message: 'Enter their relationship to the pupil' })
  @Matches(/\S/, { message: 'Enter their relationship to the pupil' })
  @MaxLength(REFERRAL_LIMITS.consentRelationship, {
    message: `Keep the relationship to ${count(REFERRAL_LIMITS.consentRelationship)} characters or fewer`,
  })
  consentRelationship!: string;

  @ApiProperty({ format: 'date', description: 'When consent was given: not after the referral date' })
  @IsDateOnly('Enter the date consent was given, as a real date')
  consentGivenOn!: string;
}

export class ChangeReferralStatusDto implements ChangeReferralStatusRequest {
  @ApiProperty({ description: "The referral's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @ApiProperty({ enum: REFERRAL_STATUSES, description: 'One of REFERRAL_STATUS_MOVES[current status]' })
  @IsIn(REFERRAL_STATUSES as unknown as string[], { message: 'Choose the new status' })
  status!: ReferralStatus;

  @ApiProperty({ format: 'date', description: 'Not in the future, nor before the current status date' })
  @IsDateOnly('Enter the date of the change, as a real date')
  statusOn!: string;

  @ApiPropertyOptional({ maxLength: REFERRAL_LIMITS.note })
  @IsOptional()
  @IsString({ message: 'The note must be text' })
  @MaxLength(REFERRAL_LIMITS.note, {
    message: `Keep the note to ${count(REFERRAL_LIMITS.note)} characters or fewer`,
  })
  note?: string;
}

/** The text fields of a document upload (multipart/form-data, with the file in `file`). */
export class UploadDocumentDto implements UploadDocumentFields {
  @ApiProperty({ maxLength: DOCUMENT_LIMITS.title, example: 'Educational psychology report' })
  @IsString({ message: 'Enter a title for the document' })
  @Matches(/\S/, { message: 'Enter a title for the document' })
  @MaxLength(DOCUMENT_LIMITS.title, {
    message: `Keep the title to ${count(DOCUMENT_LIMITS.title)} characters or fewer`,
  })
  title!: string;

  @ApiProperty({ enum: PUPIL_DOCUMENT_KINDS })
  @IsIn(PUPIL_DOCUMENT_KINDS as unknown as string[], { message: 'Choose what kind of document it is' })
  kind!: PupilDocumentKind;

  @ApiProperty({ format: 'date', description: 'When the school received it, not in the future' })
  @IsDateOnly('Enter the date the document was received, as a real date')
  receivedOn!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The referral it came back from' })
  @ValidateIf((o: UploadDocumentDto) => o.referralId !== undefined && o.referralId !== '')
  @IsUUID('all', { message: 'Choose a referral of this pupil' })
  referralId?: string;

  @ApiPropertyOptional({ maxLength: DOCUMENT_LIMITS.recommendations, description: 'One a line' })
  @IsOptional()
  @IsString({ message: 'The recommendations must be text' })
  @MaxLength(DOCUMENT_LIMITS.recommendations, {
    message: `Keep the recommendations to ${count(DOCUMENT_LIMITS.recommendations)} characters or fewer`,
  })
  recommendations?: string;
}
