import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** The head's dashboard and the governors' report figures. */
@Module({ controllers: [DashboardController], providers: [DashboardService] })
export class LeadershipModule {}
