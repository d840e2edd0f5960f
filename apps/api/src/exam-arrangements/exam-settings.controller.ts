import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ExamSettings } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { SaveExamSettingsDto } from './dto/exam-arrangement.dto';
import { ExamSettingsService } from './exam-settings.service';

@ApiTags('exam-arrangements')
@Controller('schools/:schoolId/exam-settings')
export class ExamSettingsController {
  constructor(private readonly settings: ExamSettingsService) {}

  @Requires('exam.read')
  @Get()
  @ApiOkResponse({ description: 'Whether TAs see the arrangements (false, version 0, until first saved)' })
  get(): Promise<ExamSettings> {
    return this.settings.get();
  }

  @Requires('exam.write')
  @Put()
  @ApiOkResponse({ description: 'The settings as saved' })
  @ApiBadRequestResponse({ description: 'The choice is not true or false' })
  @ApiConflictResponse({ description: 'Someone else saved the settings since they were read' })
  save(@Auth() auth: RequestAuth, @Body() body: SaveExamSettingsDto): Promise<ExamSettings> {
    return this.settings.save(auth, body);
  }
}
