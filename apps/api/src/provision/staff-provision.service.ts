import { Injectable } from '@nestjs/common';
import { WEEKDAYS, type PersonRef, type ProvisionSummary, type StaffProvision } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import { provisionSummaryJson } from './provision-map.queries';

/**
 * A member of staff's groups that are running or still to come, and their Monday to Friday timetable
 * of the groups running today. With an "own" grant, people may only ask about themselves.
 */
@Injectable()
export class StaffProvisionService {
  constructor(private readonly db: DbContext) {}

  async forStaff(auth: RequestAuth, userId: string): Promise<StaffProvision> {
    if (auth.scope !== 'all' && userId !== auth.principal.userId) throw notFound();
    const m = this.db.manager;
    const [person] = (await m.query(
      `SELECT u.id, u.display_name AS "displayName"
         FROM memberships ms JOIN users u ON u.id = ms.user_id WHERE ms.user_id = $1`,
      [userId],
    )) as PersonRef[];
    if (!person) throw notFound();
    const today = schoolToday();
    const rows: { provision: ProvisionSummary }[] = await m.query(
      `SELECT ${provisionSummaryJson('pr', 'i', '$2')} AS provision
         FROM provisions pr JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id
        WHERE pr.end_date >= $2::date
          AND EXISTS (SELECT 1 FROM provision_staff ps
                       WHERE ps.school_id = pr.school_id AND ps.provision_id = pr.id AND ps.user_id = $1)
        ORDER BY pr.start_date, pr.name, pr.id`,
      [userId, today],
    );
    const provisions = rows.map((r) => r.provision);
    const running = provisions.filter((p) => p.state === 'running');
    return {
      person,
      provisions,
      timetable: WEEKDAYS.map((weekday) => ({
        weekday,
        provisions: running
          .filter((p) => p.weekdays.includes(weekday))
          .map((p) => ({ id: p.id, name: p.name, minutes: p.minutes, location: p.location })),
      })),
    };
  }
}
