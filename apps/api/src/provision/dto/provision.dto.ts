import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PROVISION_STATES,
  WEEKDAYS,
  type AddProvisionPupilRequest,
  type ListProvisionsQuery,
  type ProvisionInput,
  type ProvisionState,
  type UpdateProvisionPlaceRequest,
  type UpdateProvisionRequest,
  type Weekday,
} from '@sendreg/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';
import { PageQuery } from '../../pupils/dto/list-pupils.query';
import { IfPresent } from './intervention.dto';

/** A group has at most this many people delivering it. */
export const MAX_PROVISION_STAFF = 10;

const STAFF_MESSAGE = 'Choose who delivers the group';
const DAYS_MESSAGE = 'Choose the days the group meets, from Monday to Friday';
const MINUTES_MESSAGE = 'Enter the session length in minutes, from 5 to 240';

/** Each field's checks, once, for the create (required) and update (optional) bodies alike. */
const FIELDS = {
  name: () =>
    applyDecorators(
      IsString({ message: 'Enter a name for the group, up to 120 characters' }),
      Matches(/\S/, { message: 'Enter a name for the group, up to 120 characters' }),
      MaxLength(120, { message: 'Enter a name for the group, up to 120 characters' }),
    ),
  staffIds: () =>
    applyDecorators(
      IsArray({ message: STAFF_MESSAGE }),
      ArrayMinSize(1, { message: 'Choose at least one member of staff who delivers the group' }),
      ArrayMaxSize(MAX_PROVISION_STAFF, {
        message: `Choose up to ${MAX_PROVISION_STAFF} members of staff`,
      }),
      IsUUID('all', { each: true, message: STAFF_MESSAGE }),
    ),
  weekdays: () =>
    applyDecorators(
      IsArray({ message: DAYS_MESSAGE }),
      ArrayMinSize(1, { message: 'Choose at least one day the group meets' }),
      IsInt({ each: true, message: DAYS_MESSAGE }),
      Min(1, { each: true, message: DAYS_MESSAGE }),
      Max(5, { each: true, message: DAYS_MESSAGE }),
      ArrayUnique(undefined, { message: 'Choose each day only once' }),
    ),
  minutes: () =>
    applyDecorators(
      IsInt({ message: MINUTES_MESSAGE }),
      Min(5, { message: MINUTES_MESSAGE }),
      Max(240, { message: MINUTES_MESSAGE }),
    ),
  startDate: () => IsDateOnly('Enter the date the group starts, as a real date'),
  endDate: () => IsDateOnly('Enter the date the group ends, as a real date'),
  location: () =>
    applyDecorators(
      IsString({ message: 'Keep the location to 120 characters or fewer' }),
      MaxLength(120, { message: 'Keep the location to 120 characters or fewer' }),
    ),
};

export class ProvisionDto implements ProvisionInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Choose the intervention' })
  interventionId!: string;

  @ApiProperty({ maxLength: 120, example: 'Year 4 phonics catch-up' })
  @FIELDS.name()
  name!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The staff who deliver the group' })
  @FIELDS.staffIds()
  staffIds!: string[];

  @ApiProperty({ type: [Number], enum: WEEKDAYS, description: 'ISO weekdays: 1 = Monday .. 5 = Friday' })
  @FIELDS.weekdays()
  weekdays!: Weekday[];

  @ApiProperty({ minimum: 5, maximum: 240 })
  @FIELDS.minutes()
  minutes!: number;

  @ApiProperty({ example: '2026-01-05' })
  @FIELDS.startDate()
  startDate!: string;

  @ApiProperty({ example: '2026-03-27' })
  @FIELDS.endDate()
  endDate!: string;

  @ApiPropertyOptional({ maxLength: 120, example: 'Library' })
  @IsOptional()
  @FIELDS.location()
  location?: string;
}

export class UpdateProvisionDto implements UpdateProvisionRequest {
  @ApiProperty({ description: 'The version you read' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @ApiPropertyOptional({ maxLength: 120 })
  @IfPresent()
  @FIELDS.name()
  name?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the staff of the group' })
  @IfPresent()
  @FIELDS.staffIds()
  staffIds?: string[];

  @ApiPropertyOptional({ type: [Number], enum: WEEKDAYS })
  @IfPresent()
  @FIELDS.weekdays()
  weekdays?: Weekday[];

  @ApiPropertyOptional({ minimum: 5, maximum: 240 })
  @IfPresent()
  @FIELDS.minutes()
  minutes?: number;

  @ApiPropertyOptional()
  @IfPresent()
  @FIELDS.startDate()
  startDate?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @FIELDS.endDate()
  endDate?: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @IfPresent()
  @FIELDS.location()
  location?: string;
}

export class ListProvisionsQueryDto extends PageQuery implements ListProvisionsQuery {
  @ApiPropertyOptional({ enum: PROVISION_STATES })
  @IsOptional()
  @IsIn(PROVISION_STATES as unknown as string[], {
    message: `state must be one of ${PROVISION_STATES.join(', ')}`,
  })
  state?: ProvisionState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'interventionId must be an intervention id (a UUID)' })
  interventionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Groups this member of staff delivers' })
  @IsOptional()
  @IsUUID('all', { message: 'staffId must be a user id (a UUID)' })
  staffId?: string;

  @ApiPropertyOptional({ description: "Part of the group's name" })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'q must be 100 characters or fewer' })
  q?: string;
}

/** Scores are numeric(8,2): up to 2 decimal places, below a million either way. */
const Score = (what: string) => {
  const message = `Enter the ${what} as a number, with up to 2 decimal places`;
  return applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message }),
    Min(-999_999.99, { message }),
    Max(999_999.99, { message }),
  );
};

export class AddProvisionPupilDto implements AddProvisionPupilRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Choose the pupil' })
  pupilId!: string;

  @ApiPropertyOptional({ description: 'Defaults to the later of today and the start of the group' })
  @IsOptional()
  @IsDateOnly('Enter the date they joined the group, as a real date')
  joinedOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Score('entry score')
  entryScore?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateOnly('Enter the date of the entry measure, as a real date')
  entryDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Score('target score')
  targetScore?: number;
}

/** Absent leaves a field as it is; null clears it. */
export class UpdateProvisionPlaceDto implements UpdateProvisionPlaceRequest {
  @ApiProperty({ description: 'The version of the place you read' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @ApiPropertyOptional({ nullable: true, description: 'The date the pupil left the group' })
  @IsOptional()
  @IsDateOnly('Enter the date they left the group, as a real date')
  leftOn?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Score('entry score')
  entryScore?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsDateOnly('Enter the date of the entry measure, as a real date')
  entryDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Score('target score')
  targetScore?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Score('exit score')
  exitScore?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsDateOnly('Enter the date of the exit measure, as a real date')
  exitDate?: string | null;
}
