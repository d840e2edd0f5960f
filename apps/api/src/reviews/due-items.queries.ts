import { addDays, daysBetween, type DueItem, type PupilRef } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { ehcpClocks } from '../ehcp/ehcp-clocks';
import { onRoll, pupilRef } from '../passports/passport-sql';
import { compareDue, stepIsDue } from './due-windows';
import { ownPupilsOfUser } from '../pupils/own-pupils';

/**
 * What is due, for the review dashboard and the daily digest: the reviews of active support plans and
 * the EHCP statutory steps, overdue or due from today to `withinDays` ahead, of pupils on roll, in the
 * current school (row-level security), as at the date given (the school's today).
 */

export function planReviewLabel(cycle: number): string {
  return `Support plan review (cycle ${String(cycle)})`;
}

/**
 * Reviews of active plans due by today + withinDays, overdue ones included. With `ownOf`, only those
 * of that member of staff's own pupils (their classes and the groups they deliver: own-pupils.ts).
 */
export async function planReviewsDue(
  m: EntityManager,
  today: string,
  withinDays: number,
  ownOf?: string,
): Promise<DueItem[]> {
  const own = ownOf ? ownPupilsOfUser('p', 3) : null;
  const rows = (await m.query(
    `SELECT ${pupilRef('p', 'cl')} AS pupil, sp.cycle, to_char(sp.review_date, 'YYYY-MM-DD') AS "dueOn"
       FROM support_plans sp
       JOIN pupils p ON p.school_id = sp.school_id AND p.id = sp.pupil_id
       LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
      WHERE sp.status = 'active' AND sp.review_date <= $1::date + $2::int
        AND ${onRoll('p', '$1')}${own ? ` AND ${own}` : ''}`,
    own ? [today, withinDays, ownOf] : [today, withinDays],
  )) as { pupil: PupilRef; cycle: number; dueOn: string }[];
  return rows.map((row) => ({
    kind: 'plan-review' as const,
    pupil: row.pupil,
    label: planReviewLabel(row.cycle),
    step: null,
    dueOn: row.dueOn,
    daysUntil: daysBetween(today, row.dueOn),
  }));
}

/** "Annual review meeting (EHCP)": the clock's own words, marked as the EHCP's beside plan reviews. */
export function ehcpStepLabel(stepLabel: string): string {
  return `${stepLabel} (EHCP)`;
}

/** EHCP clock steps overdue, or due by today + withinDays and not yet done (ehcp-clocks.ts). */
export async function ehcpStepsDue(m: EntityManager, today: string, withinDays: number): Promise<DueItem[]> {
  const horizon = addDays(today, withinDays);
  const clocks = await ehcpClocks(m, today);
  return clocks.flatMap(({ pupil, clock }) =>
    clock.steps
      .filter((step) => stepIsDue(step, horizon))
      .map((step) => ({
        kind: 'ehcp-step' as const,
        pupil,
        label: ehcpStepLabel(step.label),
        step: step.key,
        dueOn: step.dueOn as string,
        daysUntil: daysBetween(today, step.dueOn as string),
      })),
  );
}

/** Plan reviews and EHCP steps together: overdue first (most overdue first), then soonest. */
export async function dueItems(m: EntityManager, today: string, withinDays: number): Promise<DueItem[]> {
  const reviews = await planReviewsDue(m, today, withinDays);
  const steps = await ehcpStepsDue(m, today, withinDays);
  return [...reviews, ...steps].sort(compareDue);
}
