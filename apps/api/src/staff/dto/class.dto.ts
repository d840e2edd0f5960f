import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { YEAR_GROUPS, type YearGroup } from '@sendreg/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class CreateClassDto {
  @ApiProperty({ example: '4C' })
  @IsString({ message: 'Enter the class name' })
  @MinLength(1, { message: 'Enter the class name' })
  @MaxLength(60, { message: 'Class names must be 60 characters or fewer' })
  name!: string;

  @ApiPropertyOptional({ enum: YEAR_GROUPS, nullable: true })
  @IsOptional()
  @IsIn(YEAR_GROUPS as unknown as string[], { message: 'Choose a year group' })
  yearGroup?: YearGroup;
}

export class ClassStaffEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Choose a member of staff' })
  userId!: string;

  @ApiProperty({ enum: ['teacher', 'ta'] })
  @IsIn(['teacher', 'ta'], { message: 'role must be teacher or ta' })
  role!: 'teacher' | 'ta';
}

export class SetClassStaffDto {
  @ApiProperty({ type: [ClassStaffEntryDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ClassStaffEntryDto)
  staff!: ClassStaffEntryDto[];
}
