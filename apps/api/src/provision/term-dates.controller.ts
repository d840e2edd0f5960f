import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SchoolClosure } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { AddSchoolClosureDto } from './dto/school-closure.dto';
import { TermDatesService } from './term-dates.service';

/** Term dates are school set-up: the school admin keeps them; the SENCO and head read them. */
@ApiTags('provision map')
@Controller('schools/:schoolId/term-dates')
export class TermDatesController {
  constructor(private readonly termDates: TermDatesService) {}

  @Requires('staff.read')
  @Get()
  @ApiOkResponse({ description: 'The days the school is closed, in date order' })
  list(): Promise<SchoolClosure[]> {
    return this.termDates.list();
  }

  @Requires('staff.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The closure is added: no session is planned on its days' })
  add(@Auth() auth: RequestAuth, @Body() body: AddSchoolClosureDto): Promise<SchoolClosure> {
    return this.termDates.add(auth, body);
  }

  @Requires('staff.write')
  @Delete(':closureId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The closure is removed (kept in the history)' })
  remove(@Auth() auth: RequestAuth, @Param('closureId', UuidParamPipe) closureId: string): Promise<void> {
    return this.termDates.remove(auth, closureId);
  }
}
