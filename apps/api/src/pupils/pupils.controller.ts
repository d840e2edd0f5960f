import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Page, Pupil, PupilSummary } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { ListPupilsQuery } from './dto/list-pupils.query';
import { CreatePupilDto, PupilLeavingDto, UpdatePupilDto } from './dto/pupil-write.dto';
import { PupilWritesService } from './pupil-writes.service';
import { PupilsService } from './pupils.service';

@ApiTags('pupils')
@Controller('schools/:schoolId/pupils')
export class PupilsController {
  constructor(
    private readonly pupils: PupilsService,
    private readonly writes: PupilWritesService,
  ) {}

  @Requires('pupil.read')
  @Get()
  @ApiOkResponse({ description: 'Pupils on roll, paged; teachers and TAs see their own pupils only' })
  list(@Auth() auth: RequestAuth, @Query() query: ListPupilsQuery): Promise<Page<PupilSummary>> {
    return this.pupils.list(auth, query);
  }

  @Requires('pupil.read')
  @Get(':pupilId')
  @ApiOkResponse({ description: 'One pupil’s core record' })
  get(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string): Promise<Pupil> {
    return this.pupils.get(auth, pupilId);
  }

  @Requires('pupil.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The pupil is added to the school roll' })
  create(@Auth() auth: RequestAuth, @Body() body: CreatePupilDto): Promise<Pupil> {
    return this.writes.create(auth, body);
  }

  @Requires('pupil.write')
  @Patch(':pupilId')
  @ApiOkResponse({ description: 'The changed core record; a stale version is refused with 409' })
  update(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: UpdatePupilDto,
  ): Promise<Pupil> {
    return this.writes.update(auth, pupilId, body);
  }

  @Requires('pupil.write')
  @Post(':pupilId/leaving')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The pupil leaves on the date given and stays in history' })
  leave(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: PupilLeavingDto,
  ): Promise<Pupil> {
    return this.writes.leave(auth, pupilId, body);
  }
}
