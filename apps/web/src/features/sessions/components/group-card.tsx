import type { ReactNode } from 'react';
import type { MyGroup } from '@sendreg/contracts';
import { Link } from 'react-router';
import { Tag } from '../../../components/ui/tag';
import { formatDate } from '../../../utils/format-date';
import {
  groupSessionsPath,
  logSessionPath,
  minutesText,
  mySessionsPath,
  sessionPath,
} from '../session-format';
import { weekdaysText } from '../../../utils/words';

export interface GroupCardProps {
  schoolId: string;
  group: MyGroup;
  /** The date the list is for (today). */
  date: string;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="session-card__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** When a group that does not meet today does meet, or that it has not started or has ended. */
function scheduleText(group: MyGroup, date: string): string {
  const { provision } = group;
  if (provision.startDate > date) return `Starts ${formatDate(provision.startDate)}`;
  if (provision.endDate < date) return `Ended ${formatDate(provision.endDate)}`;
  return weekdaysText(provision.weekdays);
}

/**
 * One of the TA's groups: what, how long, where, who; then one big action. A group due today offers
 * "Log today's session" until it is logged, then says how it was logged, with a way to correct it.
 */
export function GroupCard({ schoolId, group, date }: GroupCardProps) {
  const { provision, session, pupils } = group;
  const from = { from: mySessionsPath(schoolId) };
  const forGroup = <span className="visually-hidden"> for {provision.name}</span>;
  return (
    <li className={group.due ? 'session-card' : 'session-card session-card--other'}>
      <h3 className="session-card__title">{provision.name}</h3>
      <p className="session-card__intervention">{provision.intervention.name}</p>
      <dl className="session-card__facts">
        <Fact term="Time">{minutesText(provision.minutes)}</Fact>
        {provision.location ? <Fact term="Where">{provision.location}</Fact> : null}
        {group.due ? null : <Fact term="Meets">{scheduleText(group, date)}</Fact>}
        <Fact term={pupils.length === 1 ? 'Pupil' : 'Pupils'}>
          {pupils.length ? pupils.map((pupil) => pupil.name).join(', ') : 'No pupils yet'}
        </Fact>
      </dl>
      <div className="session-card__actions">
        {session ? (
          <>
            <p className="session-card__logged">
              <Tag colour={session.status === 'held' ? 'green' : 'grey'}>
                Logged: {session.status === 'held' ? 'held' : 'cancelled'}
              </Tag>
            </p>
            <Link
              className="button button--secondary touch-button"
              to={sessionPath(schoolId, provision.id, session.id)}
              state={from}
            >
              View or correct<span className="visually-hidden"> today&rsquo;s session</span>
              {forGroup}
            </Link>
          </>
        ) : (
          <Link
            className={group.due ? 'button touch-button' : 'button button--secondary touch-button'}
            to={logSessionPath(schoolId, provision.id)}
          >
            {group.due ? 'Log today\u2019s session' : 'Log a session'}
            {forGroup}
          </Link>
        )}
        <Link className="touch-link" to={groupSessionsPath(schoolId, provision.id)} state={from}>
          Past sessions<span className="visually-hidden"> of {provision.name}</span>
        </Link>
      </div>
    </li>
  );
}
