import { Module } from '@nestjs/common';

/** A pupil's chronology of contacts with families and professionals. */
@Module({ controllers: [], providers: [] })
export class ChronologyModule {}
