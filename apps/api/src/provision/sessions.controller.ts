import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Page, ProvisionSession } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { IDEMPOTENCY_HEADER } from '../platform/http/idempotency';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { CorrectSessionDto, ListSessionsQuery, LogSessionDto } from './dto/session.dto';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('schools/:schoolId/provisions/:provisionId/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Requires('session.write')
  @Post()
  @HttpCode(201)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retry safely: same key and body, same answer',
  })
  @ApiCreatedResponse({
    description: 'The session is logged, held (with attendance) or cancelled (with a reason)',
  })
  @ApiBadRequestResponse({ description: 'Field errors: the day, minutes, reasons, or who is in the group' })
  @ApiConflictResponse({
    description: 'A session of this group is already logged for that day: correct it instead',
  })
  @ApiUnprocessableEntityResponse({ description: 'The Idempotency-Key was used for another request' })
  log(
    @Auth() auth: RequestAuth,
    @Param('provisionId', UuidParamPipe) provisionId: string,
    @Body() body: LogSessionDto,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
  ): Promise<ProvisionSession> {
    return this.sessions.log(auth, provisionId, body, key);
  }

  @Requires('session.read')
  @Get()
  @ApiOkResponse({ description: "The group's sessions, newest first" })
  list(
    @Auth() auth: RequestAuth,
    @Param('provisionId', UuidParamPipe) provisionId: string,
    @Query() query: ListSessionsQuery,
  ): Promise<Page<ProvisionSession>> {
    return this.sessions.list(auth, provisionId, query);
  }

  @Requires('session.read')
  @Get(':sessionId')
  @ApiOkResponse({ description: 'One session with its attendance' })
  get(
    @Auth() auth: RequestAuth,
    @Param('provisionId', UuidParamPipe) provisionId: string,
    @Param('sessionId', UuidParamPipe) sessionId: string,
  ): Promise<ProvisionSession> {
    return this.sessions.get(auth, provisionId, sessionId);
  }

  @Requires('session.write')
  @Patch(':sessionId')
  @ApiOkResponse({ description: 'The session is corrected; its attendance is replaced' })
  @ApiConflictResponse({
    description: 'Changed by someone else since it was read, or that day is already logged',
  })
  correct(
    @Auth() auth: RequestAuth,
    @Param('provisionId', UuidParamPipe) provisionId: string,
    @Param('sessionId', UuidParamPipe) sessionId: string,
    @Body() body: CorrectSessionDto,
  ): Promise<ProvisionSession> {
    return this.sessions.correct(auth, provisionId, sessionId, body);
  }
}
