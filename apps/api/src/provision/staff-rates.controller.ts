import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StaffRates } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { SetStaffRateDto } from './dto/staff-rate.dto';
import { StaffRatesService } from './staff-rates.service';

@ApiTags('provision map')
@Controller('schools/:schoolId/staff-rates')
export class StaffRatesController {
  constructor(private readonly rates: StaffRatesService) {}

  @Requires('rate.read')
  @Get()
  @ApiOkResponse({
    description: 'The rates in force today for each role and person, and every rate ever set',
  })
  get(): Promise<StaffRates> {
    return this.rates.get();
  }

  @Requires('rate.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({
    description: 'The rate is set (replacing one set for the same date); the rates as they now stand',
  })
  set(@Auth() auth: RequestAuth, @Body() body: SetStaffRateDto): Promise<StaffRates> {
    return this.rates.set(auth, body);
  }
}
