import { formatPounds, type Provision } from '@sendreg/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

function Figure({ value, label }: { value: ReactNode; label: string }) {
  return (
    <li className="figures__item">
      <span className="figures__value">{value}</span>
      <span className="figures__label">{label}</span>
    </li>
  );
}

/** Planned, held and cancelled sessions, and where the log of them is. */
export function GroupSessions({ sessions, logHref }: { sessions: Provision['sessions']; logHref?: string }) {
  return (
    <section aria-labelledby="group-sessions">
      <h2 className="heading-m" id="group-sessions">
        Sessions
      </h2>
      <ul className="figures">
        <Figure
          value={sessions.planned}
          label={sessions.planned === 1 ? 'session planned' : 'sessions planned'}
        />
        <Figure value={sessions.held} label="held" />
        <Figure value={sessions.cancelled} label="cancelled" />
      </ul>
      <p className="hint">
        Planned counts every day the group is due to meet between its dates, leaving out the days the school
        is closed (its term dates).
      </p>
      {logHref ? (
        <p>
          <Link to={logHref}>Session log</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The group's costs, for those who may see them (the server sends null to everyone else). */
export function GroupCosts({
  costs,
  ratesHref,
}: {
  costs: NonNullable<Provision['costs']>;
  ratesHref?: string;
}) {
  return (
    <section aria-labelledby="group-costs">
      <h2 className="heading-m" id="group-costs">
        Costs
      </h2>
      <ul className="figures">
        <Figure value={formatPounds(costs.sessionCostPence)} label="a planned session" />
        <Figure
          value={costs.hourlyRatePence === null ? 'Not set' : formatPounds(costs.hourlyRatePence)}
          label="planning rate"
        />
        <Figure value={formatPounds(costs.plannedPence)} label="planned" />
        <Figure value={formatPounds(costs.deliveredPence)} label="delivered so far" />
      </ul>
      {costs.hourlyRatePence === null ? (
        <p>
          No hourly rate set for this role, so sessions are costed at their resources only.{' '}
          {ratesHref ? <Link to={ratesHref}>Set a rate in Staff rates</Link> : null}
        </p>
      ) : null}
      <p className="hint">
        A session costs the staff time (the hourly rate for its length) plus the intervention&rsquo;s
        resources, shared among the pupils in it. The plan uses the rate of the role that delivers this
        intervention; delivered sessions use the rate of the person who ran each one (their own rate if they
        have one) on that day. Cancelled sessions cost nothing.
      </p>
    </section>
  );
}
