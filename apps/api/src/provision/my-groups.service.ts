import { Injectable } from '@nestjs/common';
import { isoWeekday, type MyGroups } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import { pupilName, provisionSummaryJson } from './provision-map.queries';

/** The closure the school is in on the date in the given parameter, if any (no group is due then). */
const CLOSED_ON_SQL = (param: string) =>
  `SELECT c.name FROM school_closures c
    WHERE c.removed_at IS NULL AND ${param}::date BETWEEN c.starts_on AND c.ends_on
    ORDER BY c.starts_on LIMIT 1`;

/**
 * "My sessions today": the groups the caller delivers that run on a date, the ones that meet that
 * weekday first, with the day's log if there is one and the pupils to take the register of.
 */
@Injectable()
export class MyGroupsService {
  constructor(private readonly db: DbContext) {}

  async forDay(auth: RequestAuth, date: string): Promise<MyGroups> {
    const groups = await this.db.manager.query(
      `SELECT ${provisionSummaryJson('pr', 'i', '$2')} AS provision,
              ($3::smallint = ANY (pr.weekdays) AND closed.name IS NULL) AS due,
              (SELECT json_build_object('id', s.id, 'status', s.status) FROM provision_sessions s
                WHERE s.school_id = pr.school_id AND s.provision_id = pr.id AND s.held_on = $2::date) AS session,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', ${pupilName('p')})
                                        ORDER BY p.legal_surname, p.legal_forename, p.id)
                          FROM provision_pupils pp JOIN pupils p ON p.school_id = pp.school_id AND p.id = pp.pupil_id
                         WHERE pp.school_id = pr.school_id AND pp.provision_id = pr.id AND pp.joined_on <= $2::date
                           AND (pp.left_on IS NULL OR pp.left_on >= $2::date)), '[]'::json) AS pupils
         FROM provisions pr
         JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id
         LEFT JOIN LATERAL (${CLOSED_ON_SQL('$2')}) closed ON true
        WHERE pr.start_date <= $2::date AND pr.end_date >= $2::date
          AND EXISTS (SELECT 1 FROM provision_staff ps
                       WHERE ps.school_id = pr.school_id AND ps.provision_id = pr.id AND ps.user_id = $1)
        ORDER BY 2 DESC, pr.name, pr.id`,
      [auth.principal.userId, date, isoWeekday(date)],
    );
    const [closed] = await this.db.manager.query(CLOSED_ON_SQL('$1'), [date]);
    return { date, closure: closed?.name ?? null, groups };
  }
}
