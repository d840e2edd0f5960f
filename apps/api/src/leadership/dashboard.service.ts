import { Injectable } from '@nestjs/common';
import { NATIONAL_SEN_FIGURES, type SchoolDashboard } from '@sendreg/contracts';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import { MeasuresSnapshots } from './measures-snapshot';

/** The head's dashboard: the school's figures (from its measures snapshot) against the national picture. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: DbContext,
    private readonly snapshots: MeasuresSnapshots,
  ) {}

  async dashboard(): Promise<SchoolDashboard> {
    const m = this.db.manager;
    const [school] = (await m.query(
      `SELECT id, name FROM schools WHERE id = app_current_school()`,
    )) as SchoolDashboard['school'][];
    const measures = await this.snapshots.measuresFor(m, schoolToday());
    return { school: school!, national: NATIONAL_SEN_FIGURES, ...measures };
  }
}
