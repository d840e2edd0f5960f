import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERING_ROLES, type DeliveringRole, type SetStaffRateRequest } from '@sendreg/contracts';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsDateOnly } from '../../platform/http/is-date-only';
import { IfPresent } from './intervention.dto';

/** Exactly one of role and userId: the service says so as a field error when both or neither come. */
export class SetStaffRateDto implements SetStaffRateRequest {
  @ApiPropertyOptional({ enum: DELIVERING_ROLES, description: 'The default rate for everyone in this role' })
  @IfPresent()
  @IsIn(DELIVERING_ROLES as unknown as string[], {
    message: 'Choose the role: teaching assistant, teacher or SENCO',
  })
  role?: DeliveringRole;

  @ApiPropertyOptional({ format: 'uuid', description: "One person's own rate, which overrides their role's" })
  @IfPresent()
  @IsUUID('all', { message: 'Choose the member of staff' })
  userId?: string;

  @ApiProperty({ minimum: 1, maximum: 100_000, description: 'Whole pence per hour', example: 1550 })
  @IsInt({ message: 'Enter the hourly rate in pence, from 1 to 100,000 (£1,000)' })
  @Min(1, { message: 'Enter the hourly rate in pence, from 1 to 100,000 (£1,000)' })
  @Max(100_000, { message: 'Enter the hourly rate in pence, from 1 to 100,000 (£1,000)' })
  hourlyRatePence!: number;

  @ApiProperty({ example: '2026-09-01', description: 'The rate applies to sessions from this date' })
  @IsDateOnly('Enter the date the rate applies from, as a real date')
  effectiveFrom!: string;
}
