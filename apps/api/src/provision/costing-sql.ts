/**
 * The costing rules of @sendreg/contracts (costing.ts) written as SQL, for aggregates over many sessions
 * that must not be loaded into Node. Keep the two in step: costing-sql.int-spec.ts checks these
 * statements against the pure functions on a worked example.
 *
 * - The hourly rate of a held session is the rate in force on its date for the member of staff who
 *   delivered it, else for the intervention's delivering role; with neither set, staff time costs 0
 *   (and the SPA says that no rate is set).
 * - A held session costs rate × minutes / 60 + the intervention's resources per session, shared equally
 *   among the pupils listed in its attendance. Cancelled sessions cost nothing.
 * - Exact numeric throughout; callers round totals to whole pence.
 */

/**
 * The hourly rate in force on `dateExpr` for `userExpr`, else for `roleExpr`, as a LATERAL subquery
 * yielding one column `pence` (no row when neither is set).
 */
export function rateInForce(
  schoolExpr: string,
  userExpr: string | null,
  roleExpr: string,
  dateExpr: string,
): string {
  const who = userExpr ? `(r.user_id = ${userExpr} OR r.role = ${roleExpr})` : `r.role = ${roleExpr}`;
  return `(SELECT r.hourly_rate_pence AS pence FROM staff_rates r
            WHERE r.school_id = ${schoolExpr} AND r.effective_from <= ${dateExpr} AND ${who}
            ORDER BY (r.user_id IS NOT NULL) DESC, r.effective_from DESC, r.set_at DESC LIMIT 1)`;
}

/**
 * Every held session with its exact cost and the number of pupils listed, as a subquery with columns
 * school_id, session_id, provision_id, held_on, minutes, hourly_rate_pence (null when none is set),
 * cost (numeric pence) and listed. `where` narrows the sessions (alias s for provision_sessions,
 * pr for provisions, i for interventions).
 */
export function sessionCosts(where = 'true'): string {
  return `(SELECT s.school_id, s.id AS session_id, s.provision_id, s.held_on, s.minutes,
                 rate.pence AS hourly_rate_pence,
                 coalesce(rate.pence, 0)::numeric * s.minutes / 60 + i.resource_cost_per_session_pence AS cost,
                 (SELECT count(*) FROM session_attendance a
                   WHERE a.school_id = s.school_id AND a.session_id = s.id) AS listed
            FROM provision_sessions s
            JOIN provisions pr ON pr.school_id = s.school_id AND pr.id = s.provision_id
            JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id
            LEFT JOIN LATERAL ${rateInForce('s.school_id', 's.delivered_by', 'i.delivered_by', 's.held_on')} rate ON true
           WHERE s.status = 'held' AND ${where})`;
}

/**
 * Each pupil's exact delivered cost per group over the held sessions they were listed in, as a subquery
 * with columns school_id, provision_id, pupil_id, delivered (numeric pence), listed, attended.
 * `where` narrows the sessions as in sessionCosts (a date range is a condition on s.held_on there).
 */
export function deliveredPerPlace(where = 'true'): string {
  return `(SELECT a.school_id, sc.provision_id, a.pupil_id,
                 sum(sc.cost / sc.listed) AS delivered,
                 count(*) AS listed,
                 count(*) FILTER (WHERE a.attended) AS attended
            FROM ${sessionCosts(where)} sc
            JOIN session_attendance a ON a.school_id = sc.school_id AND a.session_id = sc.session_id
           GROUP BY a.school_id, sc.provision_id, a.pupil_id)`;
}

/**
 * The hourly rate that plans a group's cost: the intervention's delivering role's rate in force on the
 * given date (people's own rates price what they actually deliver, not the plan).
 */
export function plannedRate(schoolExpr: string, roleExpr: string, dateExpr: string): string {
  return rateInForce(schoolExpr, null, roleExpr, dateExpr);
}
