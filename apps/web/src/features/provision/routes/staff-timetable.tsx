import { WEEKDAY_LABELS, WEEKDAYS, type ProvisionState, type StaffProvision } from '@sendreg/contracts';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Tag, type TagColour } from '../../../components/ui/tag';
import { isApiError } from '../../../lib/api-error';
import { safeReturnPath } from '../../../lib/auth/sign-in-state';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useStaffProvision } from '../api/get-reports';
import { ReportTable } from '../components/report-bits';
import { datesText, scheduleText } from '../provision-format';
import '../provision-reports.css';

const STATE_TAGS: Record<ProvisionState, { label: string; colour: TagColour }> = {
  planned: { label: 'Planned', colour: 'blue' },
  running: { label: 'Running', colour: 'green' },
  ended: { label: 'Ended', colour: 'grey' },
};

function groupHref(schoolId: string, provisionId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/provision/groups/${encodeURIComponent(provisionId)}`;
}

function Groups({ data, schoolId }: { data: StaffProvision; schoolId: string }) {
  return (
    <ReportTable
      title="Groups"
      hint={`The intervention groups ${data.person.displayName} runs, now or to come.`}
    >
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Intervention</th>
          <th scope="col">Schedule</th>
          <th scope="col">Dates</th>
          <th scope="col" className="numeric">
            Pupils
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {data.provisions.map((provision) => (
          <tr key={provision.id}>
            <th scope="row">
              <Link to={groupHref(schoolId, provision.id)}>{provision.name}</Link>
            </th>
            <td>{provision.intervention.name}</td>
            <td>
              {scheduleText(provision.weekdays, provision.minutes)}
              {provision.location ? <span className="table__secondary">{provision.location}</span> : null}
            </td>
            <td>{datesText(provision.startDate, provision.endDate)}</td>
            <td className="numeric">{provision.pupilCount}</td>
            <td>
              <Tag colour={STATE_TAGS[provision.state].colour}>{STATE_TAGS[provision.state].label}</Tag>
            </td>
          </tr>
        ))}
      </tbody>
    </ReportTable>
  );
}

/** The week as a list per weekday, Monday to Friday: easier than a grid on a phone and for screen readers. */
function Timetable({ data, schoolId }: { data: StaffProvision; schoolId: string }) {
  return (
    <>
      <h2 className="heading-m">Timetable</h2>
      <ul className="timetable">
        {WEEKDAYS.map((weekday) => {
          const day = data.timetable.find((entry) => entry.weekday === weekday);
          const groups = day?.provisions ?? [];
          return (
            <li className="timetable__day" key={weekday}>
              <h3 className="timetable__day-name">{WEEKDAY_LABELS[weekday]}</h3>
              {groups.length ? (
                <ul className="plain-list timetable__groups">
                  {groups.map((group) => (
                    <li key={group.id}>
                      <Link to={groupHref(schoolId, group.id)}>{group.name}</Link>, {group.minutes} min
                      {group.location ? `, ${group.location}` : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="secondary-text">No groups</p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A member of staff's intervention groups and their week (provision.read). */
export function StaffTimetablePage() {
  const school = useSchool();
  const { schoolId } = school;
  const { userId = '' } = useParams();
  const location = useLocation();
  const staff = useStaffProvision(schoolId, userId);
  const root = `/schools/${encodeURIComponent(schoolId)}`;
  const fromState =
    typeof location.state === 'object' && location.state !== null && 'from' in location.state
      ? safeReturnPath(typeof location.state.from === 'string' ? location.state.from : undefined)
      : undefined;
  const fallback = meets(school.grants, { permission: 'provision.read', scope: 'all' })
    ? `${root}/provision`
    : root;
  const back = fromState?.startsWith(`${root}/`) ? fromState : fallback;
  const title = 'Groups and timetable';

  let body;
  if (staff.isPending) body = <Loading label="Loading the groups" />;
  else if (staff.isError)
    body = isApiError(staff.error, 404) ? (
      <p>We could not find this member of staff. Check the web address, or go back to the groups.</p>
    ) : (
      <QueryError error={staff.error} what="the groups" onRetry={() => void staff.refetch()} />
    );
  else if (staff.data.provisions.length === 0)
    body = (
      <EmptyState title={`${staff.data.person.displayName} runs no intervention groups`}>
        <p>
          Groups they run, now or to come, appear here with their week, once the SENCO adds them to a group.
        </p>
      </EmptyState>
    );
  else
    body = (
      <>
        <Groups data={staff.data} schoolId={schoolId} />
        <Timetable data={staff.data} schoolId={schoolId} />
      </>
    );

  return (
    <div className="provision-print">
      <BackLink to={back} />
      <PageHeading title={title} caption={staff.data?.person.displayName ?? school.schoolName} />
      {body}
    </div>
  );
}
