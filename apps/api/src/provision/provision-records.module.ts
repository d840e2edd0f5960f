import { Module } from '@nestjs/common';
import { InterventionsController } from './interventions.controller';
import { InterventionsService } from './interventions.service';
import { ProvisionPlacesController } from './provision-places.controller';
import { ProvisionPlacesService } from './provision-places.service';
import { ProvisionsController } from './provisions.controller';
import { ProvisionDetailReader } from './provisions.query';
import { ProvisionsService } from './provisions.service';
import { StaffRatesController } from './staff-rates.controller';
import { StaffRatesService } from './staff-rates.service';
import { TermDatesController } from './term-dates.controller';
import { TermDatesService } from './term-dates.service';

/**
 * The intervention catalogue, staff hourly rates, term dates, provisions (groups) and pupils' places in
 * them.
 */
@Module({
  controllers: [
    InterventionsController,
    StaffRatesController,
    ProvisionsController,
    ProvisionPlacesController,
    TermDatesController,
  ],
  providers: [
    InterventionsService,
    StaffRatesService,
    ProvisionsService,
    ProvisionPlacesService,
    ProvisionDetailReader,
    TermDatesService,
  ],
  // The views (session logging, per-pupil provision) answer with the same group detail.
  exports: [ProvisionDetailReader],
})
export class ProvisionRecordsModule {}
