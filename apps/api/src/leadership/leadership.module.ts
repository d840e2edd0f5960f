import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { MeasuresSnapshots } from './measures-snapshot';

/** The head's dashboard and the governors' report figures; the schools' measures snapshots, for the trust too. */
@Module({
  controllers: [DashboardController],
  providers: [DashboardService, MeasuresSnapshots],
  exports: [MeasuresSnapshots],
})
export class LeadershipModule {}
