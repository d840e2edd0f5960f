import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FAMILY_CONTACT_LIMITS,
  PREFERRED_CONTACT_METHODS,
  type FamilyContactInput,
  type RemoveFamilyContactRequest,
  type UpdateFamilyContactRequest,
} from '@sendreg/contracts';
import { IsBoolean, IsInt, IsOptional, IsString, Min } from 'class-validator';

/*
 * The DTOs check only the shape (types); what each field must say, and the rules between fields, are
 * checkFamilyContact's (in contracts, shared with the form), so every problem comes back field by field.
 */

export class FamilyContactDto implements FamilyContactInput {
  @ApiProperty({ maxLength: FAMILY_CONTACT_LIMITS.name, example: 'Sarah Archer' })
  @IsString({ message: 'Enter their name' })
  name!: string;

  @ApiProperty({ maxLength: FAMILY_CONTACT_LIMITS.relationship, example: 'Mother' })
  @IsString({ message: 'Enter their relationship to the pupil, for example Mother or Foster carer' })
  relationship!: string;

  @ApiProperty()
  @IsBoolean({ message: 'Select whether they have parental responsibility' })
  parentalResponsibility!: boolean;

  @ApiProperty({ enum: PREFERRED_CONTACT_METHODS })
  @IsString({ message: 'Select how they prefer to be contacted' })
  preferredContact!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: FAMILY_CONTACT_LIMITS.phone, example: '07700 900982' })
  @IsOptional()
  @IsString({ message: 'Enter the phone number as text' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: FAMILY_CONTACT_LIMITS.email })
  @IsOptional()
  @IsString({ message: 'Enter the email address as text' })
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: FAMILY_CONTACT_LIMITS.address })
  @IsOptional()
  @IsString({ message: 'Enter the address as text' })
  address?: string | null;

  @ApiPropertyOptional({ default: 'English', maxLength: FAMILY_CONTACT_LIMITS.language })
  @IsOptional()
  @IsString({ message: 'Enter the language as text' })
  language?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'Select whether an interpreter is needed' })
  interpreterNeeded?: boolean;

  @ApiPropertyOptional({ default: '', maxLength: FAMILY_CONTACT_LIMITS.notes })
  @IsOptional()
  @IsString({ message: 'Enter the notes as text' })
  notes?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: FAMILY_CONTACT_LIMITS.priorityMax })
  @IsOptional()
  @IsInt({
    message: `The contact order must be a whole number from 1 to ${String(FAMILY_CONTACT_LIMITS.priorityMax)}`,
  })
  priority?: number;
}

export class UpdateFamilyContactDto extends FamilyContactDto implements UpdateFamilyContactRequest {
  @ApiProperty({ description: "The contact's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

export class RemoveFamilyContactDto implements RemoveFamilyContactRequest {
  @ApiProperty({ description: "The contact's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}
