import { Module } from '@nestjs/common';
import {
  PupilExamArrangementsController,
  SchoolExamArrangementsController,
} from './exam-arrangements.controller';
import { ExamArrangementsService } from './exam-arrangements.service';
import { ExamSettingsController } from './exam-settings.controller';
import { ExamSettingsService } from './exam-settings.service';

/** Exam access arrangements, and the school's choice whether teaching assistants see them. */
@Module({
  controllers: [PupilExamArrangementsController, SchoolExamArrangementsController, ExamSettingsController],
  providers: [ExamArrangementsService, ExamSettingsService],
})
export class ExamArrangementsModule {}
