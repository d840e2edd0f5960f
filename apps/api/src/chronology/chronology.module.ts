import { Module } from '@nestjs/common';
import { ChronologyController } from './chronology.controller';
import { ChronologyService } from './chronology.service';

/** A pupil's chronology of contacts with families and professionals. */
@Module({ controllers: [ChronologyController], providers: [ChronologyService] })
export class ChronologyModule {}
