import { Module } from '@nestjs/common';

/** Support plans, their revisions, teachers' comments, reviews and the review cycle. */
@Module({ controllers: [], providers: [] })
export class PlansModule {}
