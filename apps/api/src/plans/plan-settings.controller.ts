import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { PlanSettings } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { SavePlanSettingsDto } from './dto/plan-settings.dto';
import { PlanSettingsService } from './plan-settings.service';

@ApiTags('plans')
@Controller('schools/:schoolId/plan-settings')
export class PlanSettingsController {
  constructor(private readonly settings: PlanSettingsService) {}

  @Requires('plan.read')
  @Get()
  @ApiOkResponse({ description: "The school's review cycle (the defaults, version 0, until first saved)" })
  get(): Promise<PlanSettings> {
    return this.settings.get();
  }

  @Requires('plan.write')
  @Put()
  @ApiOkResponse({ description: 'The review cycle as saved' })
  @ApiBadRequestResponse({ description: 'Not one of the choices of reviews a year' })
  @ApiConflictResponse({ description: 'Someone else saved the settings since they were read' })
  save(@Auth() auth: RequestAuth, @Body() body: SavePlanSettingsDto): Promise<PlanSettings> {
    return this.settings.save(auth, body);
  }
}
