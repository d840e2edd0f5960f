import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Provision } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { AddProvisionPupilDto, UpdateProvisionPlaceDto } from './dto/provision.dto';
import { ProvisionPlacesService } from './provision-places.service';

@ApiTags('provision map')
@Controller('schools/:schoolId/provisions/:provisionId/pupils')
export class ProvisionPlacesController {
  constructor(private readonly places: ProvisionPlacesService) {}

  @Requires('provision.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The pupil has a place in the group; the group as it now stands' })
  add(
    @Auth() auth: RequestAuth,
    @Param('provisionId', UuidParamPipe) provisionId: string,
    @Body() body: AddProvisionPupilDto,
  ): Promise<Provision> {
    return this.places.add(auth, provisionId, body);
  }

  /**
   * Reachable with session.write because the TAs who deliver a group record its entry and exit
   * measures; the service narrows that to their own groups, and leaving dates to provision.write.
   */
  @Requires('session.write')
  @Patch(':pupilId')
  @ApiOkResponse({ description: "The pupil's place is changed; the group as it now stands" })
  update(
    @Auth() auth: RequestAuth,
    @Param('provisionId', UuidParamPipe) provisionId: string,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: UpdateProvisionPlaceDto,
  ): Promise<Provision> {
    return this.places.update(auth, provisionId, pupilId, body);
  }
}
