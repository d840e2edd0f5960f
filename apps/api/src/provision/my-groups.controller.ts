import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MyGroups } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { schoolToday } from '../register/register-query';
import { DateQuery } from './dto/report-query.dto';
import { MyGroupsService } from './my-groups.service';

@ApiTags('sessions')
@Controller('schools/:schoolId/my-groups')
export class MyGroupsController {
  constructor(private readonly myGroups: MyGroupsService) {}

  @Requires('session.write')
  @Get()
  @ApiOkResponse({
    description: 'The groups I deliver that run on the date (default today), those meeting that day first',
  })
  get(@Auth() auth: RequestAuth, @Query() query: DateQuery): Promise<MyGroups> {
    return this.myGroups.forDay(auth, query.date ?? schoolToday());
  }
}
