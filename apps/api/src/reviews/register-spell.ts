import type { SenStatus } from '@sendreg/contracts';

/**
 * A lateral join giving, as `<alias>.since`, the first day of the pupil's current unbroken spell in
 * the statuses given, from the effective-dated status history as at a date (a placeholder): the
 * earliest day after the last day the pupil was in any other status. K then E is one spell on the
 * register; K, N, K starts again. Null when the status in force is not one of them.
 *
 * The status of each day is the one recorded last for it, the same tie-break as the register's
 * current status (registerFrom() in register-query.ts), which callers use for the status itself.
 */
export function registerSpellJoin(
  p: string,
  at: string,
  statuses: readonly SenStatus[],
  alias: string,
): string {
  // Statuses come from code, never from a request.
  const list = statuses.map((status) => `'${status}'`).join(', ');
  return `LEFT JOIN LATERAL (
      SELECT min(d.effective_from) AS since FROM (
        SELECT day.effective_from, day.status,
               max(day.effective_from) FILTER (WHERE day.status NOT IN (${list})) OVER () AS last_off
          FROM (SELECT DISTINCT ON (h.effective_from) h.effective_from, h.status
                  FROM sen_status_history h
                 WHERE h.school_id = ${p}.school_id AND h.pupil_id = ${p}.id AND h.effective_from <= ${at}::date
                 ORDER BY h.effective_from, h.recorded_at DESC) day) d
       WHERE d.status IN (${list}) AND (d.last_off IS NULL OR d.effective_from > d.last_off)) ${alias} ON true`;
}
