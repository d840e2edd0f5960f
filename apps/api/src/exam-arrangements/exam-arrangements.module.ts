import { Module } from '@nestjs/common';

/** Exam access arrangements. */
@Module({ controllers: [], providers: [] })
export class ExamArrangementsModule {}
