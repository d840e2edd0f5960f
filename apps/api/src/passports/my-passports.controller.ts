import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MyPassports } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { MyPassportsQuery } from './dto/passport.dto';
import { MyPassportsService } from './my-passports.service';

@ApiTags('passports')
@Controller('schools/:schoolId')
export class MyPassportsController {
  constructor(private readonly mine: MyPassportsService) {}

  @Requires('passport.acknowledge')
  @Get('my-passports')
  @ApiOkResponse({ description: "My pupils' current passports, the ones I have not read first" })
  list(@Auth() auth: RequestAuth, @Query() query: MyPassportsQuery): Promise<MyPassports> {
    return this.mine.list(auth, query.q);
  }
}
