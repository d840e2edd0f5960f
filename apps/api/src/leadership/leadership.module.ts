import { Module } from '@nestjs/common';

/** The head's dashboard and the governors' report figures. */
@Module({ controllers: [], providers: [] })
export class LeadershipModule {}
