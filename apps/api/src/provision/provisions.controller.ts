import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Page, Provision, ProvisionSummary } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { ListProvisionsQueryDto, ProvisionDto, UpdateProvisionDto } from './dto/provision.dto';
import { ProvisionsService } from './provisions.service';

@ApiTags('provision map')
@Controller('schools/:schoolId/provisions')
export class ProvisionsController {
  constructor(private readonly provisions: ProvisionsService) {}

  @Requires('provision.read')
  @Get()
  @ApiOkResponse({
    description:
      'Groups: all of them for the SENCO and head; a teacher, those with their pupils; a TA, theirs',
  })
  list(@Auth() auth: RequestAuth, @Query() query: ListProvisionsQueryDto): Promise<Page<ProvisionSummary>> {
    return this.provisions.list(auth, query);
  }

  @Requires('provision.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The group is set up' })
  create(@Auth() auth: RequestAuth, @Body() body: ProvisionDto): Promise<Provision> {
    return this.provisions.create(auth, body);
  }

  @Requires('provision.read')
  @Get(':provisionId')
  @ApiOkResponse({ description: 'One group with its places, measures, sessions and (for some) costs' })
  get(
    @Auth() auth: RequestAuth,
    @Param('provisionId', UuidParamPipe) provisionId: string,
  ): Promise<Provision> {
    return this.provisions.get(auth, provisionId);
  }

  @Requires('provision.write')
  @Patch(':provisionId')
  @ApiOkResponse({ description: 'The group is changed; staffIds, when sent, replaces its staff' })
  update(
    @Auth() auth: RequestAuth,
    @Param('provisionId', UuidParamPipe) provisionId: string,
    @Body() body: UpdateProvisionDto,
  ): Promise<Provision> {
    return this.provisions.update(auth, provisionId, body);
  }
}
