import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Intervention, Page } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { InterventionDto, ListInterventionsQueryDto, UpdateInterventionDto } from './dto/intervention.dto';
import { InterventionsService } from './interventions.service';

@ApiTags('provision map')
@Controller('schools/:schoolId/interventions')
export class InterventionsController {
  constructor(private readonly interventions: InterventionsService) {}

  @Requires('intervention.read')
  @Get()
  @ApiOkResponse({ description: 'The intervention catalogue, by name; archived ones only when asked for' })
  list(@Auth() auth: RequestAuth, @Query() query: ListInterventionsQueryDto): Promise<Page<Intervention>> {
    return this.interventions.list(auth, query);
  }

  @Requires('intervention.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The intervention is added to the catalogue' })
  create(@Auth() auth: RequestAuth, @Body() body: InterventionDto): Promise<Intervention> {
    return this.interventions.create(auth, body);
  }

  @Requires('intervention.read')
  @Get(':interventionId')
  @ApiOkResponse({ description: 'One intervention' })
  get(
    @Auth() auth: RequestAuth,
    @Param('interventionId', UuidParamPipe) interventionId: string,
  ): Promise<Intervention> {
    return this.interventions.get(auth, interventionId);
  }

  @Requires('intervention.write')
  @Patch(':interventionId')
  @ApiOkResponse({ description: 'The intervention is changed, archived or restored' })
  update(
    @Auth() auth: RequestAuth,
    @Param('interventionId', UuidParamPipe) interventionId: string,
    @Body() body: UpdateInterventionDto,
  ): Promise<Intervention> {
    return this.interventions.update(auth, interventionId, body);
  }
}
