import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Professional, ProfessionalService } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import {
  ArchiveDirectoryEntryDto,
  DirectoryQuery,
  ProfessionalDto,
  ServiceDto,
  UpdateProfessionalDto,
  UpdateServiceDto,
} from './dto/directory.dto';
import { ProfessionalsService } from './professionals.service';

/** The school's directory of outside services and named professionals, with how to refer. */
@ApiTags('professionals')
@Controller('schools/:schoolId')
export class ProfessionalsController {
  constructor(private readonly directory: ProfessionalsService) {}

  @Requires('professional.read')
  @Get('professional-services')
  @ApiOkResponse({
    description:
      'The services by kind then name, each with its professionals by name; archived ones only with archived=true',
  })
  list(@Query() query: DirectoryQuery): Promise<ProfessionalService[]> {
    return this.directory.list(query.archived === 'true');
  }

  @Requires('professional.write')
  @Post('professional-services')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The service as kept' })
  @ApiBadRequestResponse({ description: 'Field by field: what is missing or not as it should be' })
  createService(@Auth() auth: RequestAuth, @Body() body: ServiceDto): Promise<ProfessionalService> {
    return this.directory.createService(auth.principal.userId, body);
  }

  @Requires('professional.write')
  @Put('professional-services/:serviceId')
  @ApiOkResponse({ description: 'The service as saved, at its next version' })
  @ApiBadRequestResponse({ description: 'Field by field: what is missing or not as it should be' })
  @ApiConflictResponse({ description: 'Someone else changed the service since it was read' })
  updateService(
    @Auth() auth: RequestAuth,
    @Param('serviceId', UuidParamPipe) serviceId: string,
    @Body() body: UpdateServiceDto,
  ): Promise<ProfessionalService> {
    return this.directory.updateService(auth.principal.userId, serviceId, body);
  }

  @Requires('professional.write')
  @Post('professional-services/:serviceId/archive')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The service, archived: no longer listed or offered for new referrals' })
  @ApiConflictResponse({ description: 'Someone else changed the service since it was read' })
  archiveService(
    @Auth() auth: RequestAuth,
    @Param('serviceId', UuidParamPipe) serviceId: string,
    @Body() body: ArchiveDirectoryEntryDto,
  ): Promise<ProfessionalService> {
    return this.directory.archiveService(auth.principal.userId, serviceId, body);
  }

  @Requires('professional.write')
  @Post('professional-services/:serviceId/professionals')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The professional as kept' })
  @ApiBadRequestResponse({ description: 'Field by field: what is missing or not as it should be' })
  createProfessional(
    @Auth() auth: RequestAuth,
    @Param('serviceId', UuidParamPipe) serviceId: string,
    @Body() body: ProfessionalDto,
  ): Promise<Professional> {
    return this.directory.createProfessional(auth.principal.userId, serviceId, body);
  }

  @Requires('professional.write')
  @Put('professionals/:professionalId')
  @ApiOkResponse({ description: 'The professional as saved, at their next version' })
  @ApiBadRequestResponse({ description: 'Field by field: what is missing or not as it should be' })
  @ApiConflictResponse({ description: 'Someone else changed the professional since it was read' })
  updateProfessional(
    @Auth() auth: RequestAuth,
    @Param('professionalId', UuidParamPipe) professionalId: string,
    @Body() body: UpdateProfessionalDto,
  ): Promise<Professional> {
    return this.directory.updateProfessional(auth.principal.userId, professionalId, body);
  }

  @Requires('professional.write')
  @Post('professionals/:professionalId/archive')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The professional, archived: no longer listed or offered for new referrals' })
  @ApiConflictResponse({ description: 'Someone else changed the professional since it was read' })
  archiveProfessional(
    @Auth() auth: RequestAuth,
    @Param('professionalId', UuidParamPipe) professionalId: string,
    @Body() body: ArchiveDirectoryEntryDto,
  ): Promise<Professional> {
    return this.directory.archiveProfessional(auth.principal.userId, professionalId, body);
  }
}
