import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@sendreg/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'senco@oakfield.example' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@school.sch.uk' })
  @MaxLength(254, { message: 'Email address must be 254 characters or fewer' })
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString({ message: 'Enter your password' })
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(256, { message: 'Password must be 256 characters or fewer' })
  password!: string;
}

export class TokenResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
}
