import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { ChronologyEntry, ChronologyList } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { ChronologyService } from './chronology.service';
import { ChronologyCorrectionDto, ChronologyQuery, NewChronologyEntryDto } from './dto/chronology.dto';

@ApiTags('chronology')
@Controller('schools/:schoolId/pupils/:pupilId/chronology')
export class ChronologyController {
  constructor(private readonly chronology: ChronologyService) {}

  @Requires('chronology.read')
  @Get()
  @ApiOkResponse({
    description:
      'Every entry, newest first, as first recorded, with its corrections beside it and what it now says',
  })
  list(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Query() query: ChronologyQuery,
  ): Promise<ChronologyList> {
    return this.chronology.list(auth, pupilId, query.kind);
  }

  @Requires('chronology.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The entry as recorded' })
  @ApiBadRequestResponse({
    description: 'A date in the future, a parent meeting that is not a meeting, a text missing or too long',
  })
  add(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: NewChronologyEntryDto,
  ): Promise<ChronologyEntry> {
    return this.chronology.add(auth, pupilId, body);
  }

  @Requires('chronology.write')
  @Post(':entryId/corrections')
  @HttpCode(201)
  @ApiCreatedResponse({
    description: 'The original entry, unchanged, with every correction including this one',
  })
  @ApiBadRequestResponse({ description: 'As for a new entry, or a correction that changes nothing' })
  @ApiNotFoundResponse({ description: 'No such entry of this pupil' })
  correct(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('entryId', UuidParamPipe) entryId: string,
    @Body() body: ChronologyCorrectionDto,
  ): Promise<ChronologyEntry> {
    return this.chronology.correct(auth, pupilId, entryId, body);
  }
}
