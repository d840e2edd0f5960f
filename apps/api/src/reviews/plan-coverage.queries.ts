import {
  PARENT_MEETINGS_EXPECTED_PER_YEAR,
  type MeetingShortfall,
  type PupilRef,
  type ReviewDashboard,
} from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { effectiveChronology } from '../chronology/chronology-sql';
import { pupilRef } from '../passports/passport-sql';
import { onRollCondition, registerFrom, SqlParams } from '../register/register-query';
import { registerSpellJoin } from './register-spell';

export type WithoutActivePlan = NonNullable<ReviewDashboard['lists']>['withoutActivePlan'][number];

const BY_NAME = `p.legal_surname, coalesce(p.preferred_forename, p.legal_forename), p.id`;

/**
 * Pupils on roll whose status today is on the register (K or E: the register's current status,
 * registerFrom()) with no active support plan, and since when their current spell on the register
 * runs (K then E counts as one spell).
 */
export async function pupilsWithoutActivePlan(m: EntityManager, today: string): Promise<WithoutActivePlan[]> {
  const { text, values } = withoutActivePlanQuery(
    today,
    `${pupilRef('p', 'c')} AS pupil, s.status, to_char(spell.since, 'YYYY-MM-DD') AS since`,
    `ORDER BY ${BY_NAME}`,
  );
  const rows = (await m.query(text, values)) as { pupil: PupilRef; status: 'K' | 'E'; since: string }[];
  return rows.map((row) => ({ ...row.pupil, senStatus: row.status, onRegisterSince: row.since }));
}

/** How many pupils pupilsWithoutActivePlan() lists, counted in PostgreSQL. */
export async function countWithoutActivePlan(m: EntityManager, today: string): Promise<number> {
  const { text, values } = withoutActivePlanQuery(today, '1', '');
  const [row] = (await m.query(`SELECT count(*)::int AS n FROM (${text}) listed`, values)) as { n: number }[];
  return row?.n ?? 0;
}

function withoutActivePlanQuery(today: string, select: string, orderBy: string) {
  const params = new SqlParams();
  const from = registerFrom(params, today, false);
  const roll = onRollCondition(params, today);
  const at = params.add(today);
  const text = `SELECT ${select}
       FROM ${from}
       ${registerSpellJoin('p', at, ['K', 'E'], 'spell')}
      WHERE ${roll} AND s.status IN ('K', 'E')
        AND NOT EXISTS (SELECT 1 FROM support_plans sp
                         WHERE sp.school_id = p.school_id AND sp.pupil_id = p.id AND sp.status = 'active')
      ${orderBy}`;
  return { text, values: params.values };
}

/**
 * Pupils on SEN support who have met the school fewer times than expected in the last 12 months.
 *
 * The rule: the SEND Code of Practice (6.65) expects schools to meet the parents of a pupil on SEN
 * support at least three times a year (PARENT_MEETINGS_EXPECTED_PER_YEAR). A support plan review is
 * such a meeting, and so is a parent meeting in the pupil's chronology (as the chronology now reads:
 * an entry whose latest correction un-marks it no longer counts, and a corrected date moves it,
 * effectiveChronology()). Meetings are counted by day: a review and a parent meeting on the same day
 * are one meeting. So a pupil at K (SEN support) without a break for the whole of the last 12 months
 * (their current spell at K started on or before today less one year) with fewer than three days of
 * meetings in (today less one year, today] falls short. Pupils who joined the register more recently
 * have not had a year to meet three times, and pupils with an EHCP (E) have the statutory annual
 * review instead (the EHCP clock), so neither is counted. `lastHeldOn` is the last meeting of either
 * kind ever held (up to today).
 */
export async function meetingShortfalls(m: EntityManager, today: string): Promise<MeetingShortfall[]> {
  const { text, values } = shortfallQuery(
    today,
    `${pupilRef('p', 'c')} AS pupil, r.held, to_char(r.last_held_on, 'YYYY-MM-DD') AS "lastHeldOn"`,
    `ORDER BY r.held, ${BY_NAME}`,
  );
  const rows = (await m.query(text, values)) as {
    pupil: PupilRef;
    held: number;
    lastHeldOn: string | null;
  }[];
  return rows.map((row) => ({
    pupil: row.pupil,
    held: row.held,
    expected: PARENT_MEETINGS_EXPECTED_PER_YEAR,
    lastHeldOn: row.lastHeldOn,
  }));
}

/** How many pupils meetingShortfalls() lists, counted in PostgreSQL. */
export async function countMeetingShortfalls(m: EntityManager, today: string): Promise<number> {
  const { text, values } = shortfallQuery(today, '1', '');
  const [row] = (await m.query(`SELECT count(*)::int AS n FROM (${text}) listed`, values)) as { n: number }[];
  return row?.n ?? 0;
}

function shortfallQuery(today: string, select: string, orderBy: string) {
  const params = new SqlParams();
  const from = registerFrom(params, today, false);
  const roll = onRollCondition(params, today);
  const at = params.add(today);
  const expected = params.add(PARENT_MEETINGS_EXPECTED_PER_YEAR);
  const yearAgo = `(${at}::date - interval '1 year')::date`;
  const text = `SELECT ${select}
       FROM ${from}
       ${registerSpellJoin('p', at, ['K'], 'spell')}
       CROSS JOIN LATERAL (
         SELECT count(DISTINCT mt.held_on) FILTER (WHERE mt.held_on > ${yearAgo})::int AS held,
                max(mt.held_on) AS last_held_on
           FROM (SELECT pr.held_on FROM plan_reviews pr
                  WHERE pr.school_id = p.school_id AND pr.pupil_id = p.id
                 UNION ALL
                 SELECT ec.occurred_on
                   FROM ${effectiveChronology('ce.school_id = p.school_id AND ce.pupil_id = p.id')} ec
                  WHERE ec.parent_meeting) mt
          WHERE mt.held_on <= ${at}::date) r
      WHERE ${roll} AND s.status = 'K' AND spell.since <= ${yearAgo} AND r.held < ${expected}::int
      ${orderBy}`;
  return { text, values: params.values };
}
