import { AREA_LABELS, DELIVERY_LABELS, type Provision } from '@sendreg/contracts';
import { Link } from 'react-router';
import { SummaryList } from '../../../components/ui/summary-list';
import { formatDate } from '../../../utils/format-date';
import { describeMeasure } from '../measure';
import { describeSchedule } from '../schedule';
import { ProvisionStateTag } from './provision-state-tag';

/** What the group is: intervention, measure, staff, schedule, dates, place and state. */
export function GroupSummary({
  group,
  staffHref,
}: {
  group: Provision;
  staffHref: (userId: string) => string;
}) {
  return (
    <SummaryList
      rows={[
        {
          key: 'Intervention',
          value: (
            <>
              {group.intervention.name}
              <span className="summary-need__meta">
                {AREA_LABELS[group.intervention.area]},{' '}
                {DELIVERY_LABELS[group.intervention.delivery].toLowerCase()}
              </span>
            </>
          ),
        },
        { key: 'Measure', value: describeMeasure(group.measure) },
        {
          key: 'Delivered by',
          value: group.staff.length ? (
            <ul className="plain-list">
              {group.staff.map((person) => (
                <li key={person.id}>
                  <Link to={staffHref(person.id)}>{person.displayName}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <span className="secondary-text">No one yet</span>
          ),
        },
        { key: 'Schedule', value: describeSchedule(group.weekdays, group.minutes) },
        { key: 'Dates', value: `${formatDate(group.startDate)} to ${formatDate(group.endDate)}` },
        {
          key: 'Where',
          value: group.location || <span className="secondary-text">Not recorded</span>,
        },
        { key: 'State', value: <ProvisionStateTag state={group.state} /> },
      ]}
    />
  );
}
