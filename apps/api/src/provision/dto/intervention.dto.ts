import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AREAS_OF_NEED,
  DELIVERING_ROLES,
  DELIVERY_MODES,
  type AreaOfNeed,
  type DeliveringRole,
  type DeliveryMode,
  type InterventionInput,
  type ListInterventionsQuery,
  type UpdateInterventionRequest,
} from '@sendreg/contracts';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../pupils/dto/list-pupils.query';

/**
 * Optional in a PATCH: absent is fine, but null is not (it would clear a required field), so unlike
 * IsOptional this validates null and refuses it with the field's own message.
 */
export const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

/** Text that is not only spaces (the service trims it), up to `max` characters. */
const Text = (max: number, message: string) =>
  applyDecorators(IsString({ message }), Matches(/\S/, { message }), MaxLength(max, { message }));

const Whole = (min: number, max: number, message: string) =>
  applyDecorators(IsInt({ message }), Min(min, { message }), Max(max, { message }));

/**
 * Each field's checks, once, for the create (required) and update (optional) bodies alike. The
 * messages are what a SENCO reads beside the field.
 */
const FIELDS = {
  name: () => Text(120, "Enter the intervention's name, up to 120 characters"),
  area: () => IsIn(AREAS_OF_NEED as unknown as string[], { message: 'Choose the area of need' }),
  description: () =>
    applyDecorators(
      IsString({ message: 'Keep the description to 4,000 characters or fewer' }),
      MaxLength(4000, { message: 'Keep the description to 4,000 characters or fewer' }),
    ),
  delivery: () => IsIn(DELIVERY_MODES as unknown as string[], { message: 'Choose group or 1:1' }),
  usualGroupSize: () => Whole(1, 30, 'Enter the usual group size, from 1 to 30'),
  deliveredBy: () =>
    IsIn(DELIVERING_ROLES as unknown as string[], {
      message: 'Choose who usually delivers it: a teaching assistant, a teacher or the SENCO',
    }),
  usualMinutes: () => Whole(5, 240, 'Enter the usual session length in minutes, from 5 to 240'),
  usualSessionsPerWeek: () => Whole(1, 10, 'Enter the usual number of sessions a week, from 1 to 10'),
  resourceCostPerSessionPence: () =>
    Whole(0, 1_000_000, 'Enter the cost of resources per session in pence, from 0 to 1,000,000'),
  measureName: () => Text(80, 'Enter what is measured, for example "Reading age", up to 80 characters'),
  measureUnit: () => Text(40, 'Enter the unit of the measure, for example "months", up to 40 characters'),
  higherIsBetter: () => IsBoolean({ message: 'Say whether a higher score means better' }),
};

export class InterventionDto implements InterventionInput {
  @ApiProperty({ maxLength: 120, example: 'Precision teaching' })
  @FIELDS.name()
  name!: string;

  @ApiProperty({ enum: AREAS_OF_NEED })
  @FIELDS.area()
  area!: AreaOfNeed;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @FIELDS.description()
  description?: string;

  @ApiProperty({ enum: DELIVERY_MODES })
  @FIELDS.delivery()
  delivery!: DeliveryMode;

  @ApiProperty({ minimum: 1, maximum: 30 })
  @FIELDS.usualGroupSize()
  usualGroupSize!: number;

  @ApiProperty({ enum: DELIVERING_ROLES })
  @FIELDS.deliveredBy()
  deliveredBy!: DeliveringRole;

  @ApiProperty({ minimum: 5, maximum: 240 })
  @FIELDS.usualMinutes()
  usualMinutes!: number;

  @ApiProperty({ minimum: 1, maximum: 10 })
  @FIELDS.usualSessionsPerWeek()
  usualSessionsPerWeek!: number;

  @ApiProperty({ minimum: 0, maximum: 1_000_000, description: 'Whole pence' })
  @FIELDS.resourceCostPerSessionPence()
  resourceCostPerSessionPence!: number;

  @ApiProperty({ maxLength: 80, example: 'Reading age' })
  @FIELDS.measureName()
  measureName!: string;

  @ApiProperty({ maxLength: 40, example: 'months' })
  @FIELDS.measureUnit()
  measureUnit!: string;

  @ApiProperty()
  @FIELDS.higherIsBetter()
  higherIsBetter!: boolean;
}

export class UpdateInterventionDto implements UpdateInterventionRequest {
  @ApiProperty({ description: 'The version you read' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @ApiPropertyOptional({ description: 'Archive (true) or restore (false)' })
  @IfPresent()
  @IsBoolean({ message: 'Say whether the intervention is archived' })
  archived?: boolean;

  @ApiPropertyOptional({ maxLength: 120 })
  @IfPresent()
  @FIELDS.name()
  name?: string;

  @ApiPropertyOptional({ enum: AREAS_OF_NEED })
  @IfPresent()
  @FIELDS.area()
  area?: AreaOfNeed;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IfPresent()
  @FIELDS.description()
  description?: string;

  @ApiPropertyOptional({ enum: DELIVERY_MODES })
  @IfPresent()
  @FIELDS.delivery()
  delivery?: DeliveryMode;

  @ApiPropertyOptional({ minimum: 1, maximum: 30 })
  @IfPresent()
  @FIELDS.usualGroupSize()
  usualGroupSize?: number;

  @ApiPropertyOptional({ enum: DELIVERING_ROLES })
  @IfPresent()
  @FIELDS.deliveredBy()
  deliveredBy?: DeliveringRole;

  @ApiPropertyOptional({ minimum: 5, maximum: 240 })
  @IfPresent()
  @FIELDS.usualMinutes()
  usualMinutes?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 10 })
  @IfPresent()
  @FIELDS.usualSessionsPerWeek()
  usualSessionsPerWeek?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000 })
  @IfPresent()
  @FIELDS.resourceCostPerSessionPence()
  resourceCostPerSessionPence?: number;

  @ApiPropertyOptional({ maxLength: 80 })
  @IfPresent()
  @FIELDS.measureName()
  measureName?: string;

  @ApiPropertyOptional({ maxLength: 40 })
  @IfPresent()
  @FIELDS.measureUnit()
  measureUnit?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @FIELDS.higherIsBetter()
  higherIsBetter?: boolean;
}

/** Query strings arrive as text: "true" and "false" are the booleans, anything else is refused. */
export const QueryBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ListInterventionsQueryDto extends PageQuery implements ListInterventionsQuery {
  @ApiPropertyOptional({ default: false, description: 'Include archived interventions' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'includeArchived must be true or false' })
  includeArchived?: boolean;
}
