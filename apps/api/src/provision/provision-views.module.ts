import { Module } from '@nestjs/common';

/** Session logging, and the provision map's views: per pupil, per staff member, costs, impact, map. */
@Module({ controllers: [], providers: [] })
export class ProvisionViewsModule {}
