import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { EhcpRecord } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { SaveEhcpRecordDto } from './dto/ehcp.dto';
import { EhcpService } from './ehcp.service';
import type { EhcpRecordRevision } from '@sendreg/contracts';

@ApiTags('ehcp')
@Controller('schools/:schoolId/pupils/:pupilId/ehcp')
export class EhcpController {
  constructor(private readonly ehcp: EhcpService) {}

  @Requires('ehcp.read')
  @Get()
  @ApiOkResponse({
    description:
      'The EHCP record with its statutory clock for today; a blank record (version 0) before the first save',
  })
  @ApiNotFoundResponse({ description: 'No such pupil in this school' })
  get(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string): Promise<EhcpRecord> {
    return this.ehcp.get(auth, pupilId);
  }

  @Requires('ehcp.write')
  @Put()
  @ApiOkResponse({ description: 'The record as saved, with its clock' })
  @ApiBadRequestResponse({
    description: 'Dates that cannot be (out of order, in the future...), field by field',
  })
  @ApiConflictResponse({
    description: 'Someone else saved the record since it was read (or it exists already)',
  })
  save(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: SaveEhcpRecordDto,
  ): Promise<EhcpRecord> {
    return this.ehcp.save(auth, pupilId, body);
  }

  @Requires('ehcp.read')
  @Get('revisions')
  @ApiOkResponse({ description: 'Every save of the record as it was saved, newest first' })
  revisions(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
  ): Promise<EhcpRecordRevision[]> {
    return this.ehcp.revisions(auth, pupilId);
  }
}
