import { ehcpClock, type EhcpClock, type EhcpDates, type PupilRef } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { onRoll, pupilRef } from '../passports/passport-sql';
import { ehcpDatesColumns, pickDates } from './ehcp-sql';

export interface PupilClock {
  pupil: PupilRef;
  clock: EhcpClock;
}

/**
 * The EHCP clock of every pupil on roll with an EHCP record in the current school (or of the pupils
 * given), for the review dashboard, the daily digest and the calendar feed. One query (row-level
 * security scopes it to the school of the transaction), then the clock of each row, in name order.
 */
export async function ehcpClocks(
  m: EntityManager,
  today: string,
  pupilIds?: readonly string[],
): Promise<PupilClock[]> {
  const rows = (await m.query(
    `SELECT ${pupilRef()} AS pupil, to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
            ${ehcpDatesColumns('e')}
       FROM ehcp_records e JOIN pupils p ON p.school_id = e.school_id AND p.id = e.pupil_id
       LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
      WHERE ${onRoll('p', '$1')} ${pupilIds ? 'AND e.pupil_id = ANY($2::uuid[])' : ''}
      ORDER BY p.legal_surname, coalesce(p.preferred_forename, p.legal_forename), p.id`,
    pupilIds ? [today, pupilIds] : [today],
  )) as (EhcpDates & { pupil: PupilRef; dateOfBirth: string })[];
  return rows.map((row) => ({ pupil: row.pupil, clock: ehcpClock(pickDates(row), row.dateOfBirth, today) }));
}
