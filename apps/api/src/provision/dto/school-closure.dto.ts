import { ApiProperty } from '@nestjs/swagger';
import type { AddSchoolClosureRequest } from '@sendreg/contracts';
import { IsString, Length } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';

export class AddSchoolClosureDto implements AddSchoolClosureRequest {
  @ApiProperty({ example: 'February half-term', maxLength: 80 })
  @IsString({ message: 'Enter a name for the closure, such as "February half-term"' })
  @Length(1, 80, { message: 'Enter a name for the closure, up to 80 characters' })
  name!: string;

  @ApiProperty({ example: '2027-02-15', description: 'The first day the school is closed' })
  @IsDateOnly('Enter the first day the school is closed, as a real date')
  from!: string;

  @ApiProperty({ example: '2027-02-19', description: 'The last day the school is closed' })
  @IsDateOnly('Enter the last day the school is closed, as a real date')
  to!: string;
}
