import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PROFESSIONAL_LIMITS,
  SERVICE_KINDS,
  SERVICE_LIMITS,
  type ArchiveDirectoryEntryRequest,
  type ProfessionalInput,
  type ServiceInput,
  type UpdateProfessionalRequest,
  type UpdateServiceRequest,
} from '@sendreg/contracts';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';

/* Shape only here: checkService and checkProfessional (contracts) say what each field must hold. */

export class ServiceDto implements ServiceInput {
  @ApiProperty({ maxLength: SERVICE_LIMITS.name, example: 'County Educational Psychology Service' })
  @IsString({ message: 'Enter the name of the service' })
  name!: string;

  @ApiProperty({ enum: SERVICE_KINDS })
  @IsString({ message: 'Select the kind of service' })
  kind!: string;

  @ApiPropertyOptional({ default: '', maxLength: SERVICE_LIMITS.howToRefer })
  @IsOptional()
  @IsString({ message: 'Enter how to refer as text' })
  howToRefer?: string;

  @ApiPropertyOptional({ nullable: true, maxLength: SERVICE_LIMITS.phone })
  @IsOptional()
  @IsString({ message: 'Enter the phone number as text' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: SERVICE_LIMITS.email })
  @IsOptional()
  @IsString({ message: 'Enter the email address as text' })
  email?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    maxLength: SERVICE_LIMITS.website,
    example: 'https://www.example.org',
  })
  @IsOptional()
  @IsString({ message: 'Enter the website as text' })
  website?: string | null;
}

export class UpdateServiceDto extends ServiceDto implements UpdateServiceRequest {
  @ApiProperty({ description: "The service's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

export class ProfessionalDto implements ProfessionalInput {
  @ApiProperty({ maxLength: PROFESSIONAL_LIMITS.name, example: 'Dr Priya Shah' })
  @IsString({ message: 'Enter the name of the professional' })
  name!: string;

  @ApiPropertyOptional({
    default: '',
    maxLength: PROFESSIONAL_LIMITS.role,
    example: 'Educational psychologist',
  })
  @IsOptional()
  @IsString({ message: 'Enter the role as text' })
  role?: string;

  @ApiPropertyOptional({ nullable: true, maxLength: PROFESSIONAL_LIMITS.phone })
  @IsOptional()
  @IsString({ message: 'Enter the phone number as text' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: PROFESSIONAL_LIMITS.email })
  @IsOptional()
  @IsString({ message: 'Enter the email address as text' })
  email?: string | null;
}

export class UpdateProfessionalDto extends ProfessionalDto implements UpdateProfessionalRequest {
  @ApiProperty({ description: "The professional's version as last read", minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

export class ArchiveDirectoryEntryDto implements ArchiveDirectoryEntryRequest {
  @ApiProperty({ description: 'The version as last read', minimum: 1 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

export class DirectoryQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true to include archived entries' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'archived must be true or false' })
  archived?: string;
}
