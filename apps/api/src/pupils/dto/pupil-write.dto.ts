import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  GENDERS,
  validateUpn,
  YEAR_GROUPS,
  type CreatePupilRequest,
  type Gender,
  type PupilLeavingRequest,
  type YearGroup,
} from '@sendreg/contracts';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

/** A valid UPN, check letter and all; the message says what is wrong with it. */
export function IsUpn(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isUpn',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateUpn(value).valid,
        defaultMessage: (args?: ValidationArguments) =>
          typeof args?.value === 'string'
            ? (validateUpn(args.value).message ?? 'Enter a valid UPN')
            : 'Enter the UPN',
      },
    });
}

export class CreatePupilDto implements CreatePupilRequest {
  @ApiProperty({ example: 'R674123101121' })
  @IsUpn()
  upn!: string;

  @ApiProperty()
  @IsString({ message: 'Enter the legal forename' })
  @MinLength(1, { message: 'Enter the legal forename' })
  @MaxLength(100, { message: 'Names must be 100 characters or fewer' })
  legalForename!: string;

  @ApiProperty()
  @IsString({ message: 'Enter the legal surname' })
  @MinLength(1, { message: 'Enter the legal surname' })
  @MaxLength(100, { message: 'Names must be 100 characters or fewer' })
  legalSurname!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Names must be 100 characters or fewer' })
  preferredForename?: string | null;

  @ApiProperty({ example: '2017-09-14' })
  @IsDateOnly('The date of birth must be a real date')
  dateOfBirth!: string;

  @ApiProperty({ enum: GENDERS })
  @IsIn(GENDERS as unknown as string[], { message: 'Gender must be F, M or U' })
  gender!: Gender;

  @ApiProperty({ enum: YEAR_GROUPS })
  @IsIn(YEAR_GROUPS as unknown as string[], { message: 'Choose a year group' })
  yearGroup!: YearGroup;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: 'classId must be a class id' })
  classId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'pupilPremium must be true or false' })
  pupilPremium?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'eal must be true or false' }) eal?: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'lookedAfter must be true or false' })
  lookedAfter?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsDateOnly('The admission date must be a real date')
  admissionDate?: string | null;
}

export class UpdatePupilDto extends PartialType(CreatePupilDto) {
  @ApiProperty({ description: 'The version as last read; a stale one is refused with 409' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}

export class PupilLeavingDto implements PupilLeavingRequest {
  @ApiProperty({ example: '2027-07-21' })
  @IsDateOnly('The leaving date must be a real date')
  leavingDate!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'The reason must be 500 characters or fewer' })
  reason?: string;

  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}
