import { Module } from '@nestjs/common';
import { MyGroupsController } from './my-groups.controller';
import { MyGroupsService } from './my-groups.service';
import { ProvisionMapController } from './provision-map.controller';
import { ProvisionMapService } from './provision-map.service';
import { ProvisionReportsController } from './provision-reports.controller';
import { ProvisionReportsService } from './provision-reports.service';
import { PupilProvisionController } from './pupil-provision.controller';
import { PupilProvisionService } from './pupil-provision.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { StaffProvisionController } from './staff-provision.controller';
import { StaffProvisionService } from './staff-provision.service';

/**
 * Session logging, and the provision map's views: per pupil, per staff member, costs, impact, map.
 * The Idempotency service comes from the (global) RegisterModule.
 */
@Module({
  controllers: [
    SessionsController,
    MyGroupsController,
    PupilProvisionController,
    ProvisionReportsController,
    ProvisionMapController,
    StaffProvisionController,
  ],
  providers: [
    SessionsService,
    MyGroupsService,
    PupilProvisionService,
    ProvisionReportsService,
    ProvisionMapService,
    StaffProvisionService,
  ],
})
export class ProvisionViewsModule {}
