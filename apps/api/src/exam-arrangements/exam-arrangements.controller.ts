import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { ExamArrangement, ExamArrangementsList, PupilExamArrangements } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import {
  ExamArrangementsQuery,
  RecordExamArrangementDto,
  SaveExamArrangementDto,
  WithdrawExamArrangementDto,
} from './dto/exam-arrangement.dto';
import { ExamArrangementsService } from './exam-arrangements.service';

/** A pupil's exam access arrangements. */
@ApiTags('exam-arrangements')
@Controller('schools/:schoolId/pupils/:pupilId/exam-arrangements')
export class PupilExamArrangementsController {
  constructor(private readonly arrangements: ExamArrangementsService) {}

  @Requires('exam.read')
  @Get()
  @ApiOkResponse({
    description:
      'Arrangements in force and past ones (empty, marked hiddenFromTeachingAssistants, for a TA when the school has not shared them)',
  })
  list(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
  ): Promise<PupilExamArrangements> {
    return this.arrangements.forPupil(auth, pupilId);
  }

  @Requires('exam.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The arrangement as recorded, at version 1' })
  @ApiBadRequestResponse({ description: 'A field is missing or not valid, field by field' })
  create(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: RecordExamArrangementDto,
  ): Promise<ExamArrangement> {
    return this.arrangements.create(auth, pupilId, body);
  }

  @Requires('exam.write')
  @Put(':arrangementId')
  @ApiOkResponse({ description: 'The arrangement as saved, at its next version' })
  @ApiBadRequestResponse({ description: 'A field is missing or not valid, field by field' })
  @ApiConflictResponse({ description: 'Someone else saved it since it was read, or it is withdrawn' })
  save(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('arrangementId', UuidParamPipe) arrangementId: string,
    @Body() body: SaveExamArrangementDto,
  ): Promise<ExamArrangement> {
    return this.arrangements.save(auth, pupilId, arrangementId, body);
  }

  @Requires('exam.write')
  @Post(':arrangementId/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The arrangement, withdrawn from the date given (kept as a past one)' })
  @ApiBadRequestResponse({ description: 'The date is in the future or before it was approved' })
  @ApiConflictResponse({ description: 'Someone else saved it since it was read, or it is withdrawn' })
  withdraw(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('arrangementId', UuidParamPipe) arrangementId: string,
    @Body() body: WithdrawExamArrangementDto,
  ): Promise<ExamArrangement> {
    return this.arrangements.withdraw(auth, pupilId, arrangementId, body);
  }
}

/** The school's exam access arrangements, by pupil. */
@ApiTags('exam-arrangements')
@Controller('schools/:schoolId/exam-arrangements')
export class SchoolExamArrangementsController {
  constructor(private readonly arrangements: ExamArrangementsService) {}

  @Requires('exam.read')
  @Get()
  @ApiOkResponse({
    description:
      'Arrangements in force by pupil (own pupils for class staff); expiring=this-year for those ending by 31 August',
  })
  @ApiBadRequestResponse({ description: 'The filter is not one of the choices' })
  list(@Auth() auth: RequestAuth, @Query() query: ExamArrangementsQuery): Promise<ExamArrangementsList> {
    return this.arrangements.list(auth, query);
  }
}
