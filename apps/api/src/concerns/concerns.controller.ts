import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Concern, Page } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { ConcernsService } from './concerns.service';
import { ListConcernsQuery, RaiseConcernDto, TriageConcernDto } from './dto/concern.dto';

@ApiTags('concerns')
@Controller('schools/:schoolId/concerns')
export class ConcernsController {
  constructor(private readonly concerns: ConcernsService) {}

  @Requires('concern.raise')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The concern is raised with the SENCO' })
  raise(@Auth() auth: RequestAuth, @Body() body: RaiseConcernDto): Promise<Concern> {
    return this.concerns.raise(auth, body);
  }

  @Requires('concern.read')
  @Get()
  @ApiOkResponse({ description: 'Concerns in the school, open ones first' })
  list(@Query() query: ListConcernsQuery): Promise<Page<Concern>> {
    return this.concerns.list(query);
  }

  @Requires('concern.raise')
  @Get('mine')
  @ApiOkResponse({ description: 'The concerns I raised, with their outcomes' })
  mine(@Auth() auth: RequestAuth, @Query() query: ListConcernsQuery): Promise<Page<Concern>> {
    return this.concerns.mine(auth, query);
  }

  @Requires('concern.read')
  @Get(':concernId')
  @ApiOkResponse({ description: 'One concern' })
  get(@Param('concernId', UuidParamPipe) concernId: string): Promise<Concern> {
    return this.concerns.get(concernId);
  }

  @Requires('concern.triage')
  @Post(':concernId/triage')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'The concern is triaged: monitoring, SEN support, or closed with an outcome',
  })
  triage(
    @Auth() auth: RequestAuth,
    @Param('concernId', UuidParamPipe) concernId: string,
    @Body() body: TriageConcernDto,
  ): Promise<Concern> {
    return this.concerns.triage(auth, concernId, body);
  }
}
