import {
  formatPounds,
  yearGroupLabel,
  type ProvisionMap,
  type ProvisionMapGrouping,
} from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { formText } from '../../../utils/form-text';
import { ProvisionSubNav } from '../components/provision-subnav';
import { useProvisionMap } from '../api/get-provision-map';
import { DownloadMap } from '../components/download-map';
import { ReportTable } from '../components/report-bits';
import { datesText, GROUPING_LABELS, GROUPINGS, groupingFrom, scheduleText } from '../provision-format';
import '../provision-reports.css';

type MapGroup = ProvisionMap['groups'][number];

function schoolPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}`;
}

function groupSummary(group: MapGroup): string {
  const groups = group.provisions.length === 1 ? '1 group' : `${String(group.provisions.length)} groups`;
  const pupils = group.pupils === 1 ? '1 pupil' : `${String(group.pupils)} pupils`;
  const cost = group.plannedPence === null ? '' : `, ${formatPounds(group.plannedPence)} planned`;
  return `${groups}, ${pupils}${cost}`;
}

function MapTable({
  group,
  schoolId,
  by,
  showCost,
  busy,
}: {
  group: MapGroup;
  schoolId: string;
  by: ProvisionMapGrouping;
  showCost: boolean;
  busy: boolean;
}) {
  const root = schoolPath(schoolId);
  // Fixed widths, so the tables of every group line up down the page (and on paper).
  const columns = [
    by === 'intervention' ? '26%' : '20%',
    ...(by === 'intervention' ? [] : ['15%']),
    by === 'intervention' ? '15%' : '13%',
    by === 'intervention' ? '20%' : '17%',
    by === 'intervention' ? '18%' : '14%',
    '9%',
    ...(showCost ? ['12%'] : []),
  ];
  return (
    <ReportTable
      title={group.label}
      hint={groupSummary(group)}
      className="table--map"
      busy={busy}
      columns={columns}
    >
      <thead>
        <tr>
          <th scope="col">Group</th>
          {by === 'intervention' ? null : <th scope="col">Intervention</th>}
          <th scope="col">Staff</th>
          <th scope="col">Schedule</th>
          <th scope="col">Dates</th>
          <th scope="col" className="numeric">
            Pupils
          </th>
          {showCost ? (
            <th scope="col" className="numeric">
              Planned cost
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {group.provisions.map((provision) => (
          <tr key={provision.id}>
            <th scope="row">
              <Link to={`${root}/provision/groups/${encodeURIComponent(provision.id)}`}>
                {provision.name}
              </Link>
              {by !== 'yearGroup' && provision.yearGroups.length ? (
                <span className="table__secondary">
                  {provision.yearGroups.map(yearGroupLabel).join(', ')}
                </span>
              ) : null}
            </th>
            {by === 'intervention' ? null : <td>{provision.intervention.name}</td>}
            <td>
              {provision.staff.length ? (
                <ul className="plain-list">
                  {provision.staff.map((person) => (
                    <li key={person.id}>
                      <Link to={`${root}/provision/staff/${encodeURIComponent(person.id)}`}>
                        {person.displayName}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="secondary-text">No staff yet</span>
              )}
            </td>
            <td>{scheduleText(provision.weekdays, provision.minutes)}</td>
            <td>{datesText(provision.startDate, provision.endDate)}</td>
            <td className="numeric">{provision.pupilCount}</td>
            {showCost ? (
              <td className="numeric">
                {provision.plannedPence === null ? (
                  <span className="secondary-text">
                    <span aria-hidden="true">–</span>
                    <span className="visually-hidden">Not known</span>
                  </span>
                ) : (
                  formatPounds(provision.plannedPence)
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </ReportTable>
  );
}

/**
 * The whole-school provision map (report.read): this academic year's groups, grouped by year group,
 * area of need or intervention (?by=, in the URL so a view can be shared and printed), each with its
 * staff, schedule, dates, pupils and planned cost. It downloads as CSV and prints on A4 landscape.
 */
export function ProvisionMapPage() {
  const school = useSchool();
  const { schoolId } = school;
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const by = groupingFrom(search);
  const map = useProvisionMap(schoolId, by);
  const canStartGroup = meets(school.grants, { permission: 'provision.write' });

  const regroup = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = formText(new FormData(event.currentTarget), 'by');
    const next = (GROUPINGS as readonly string[]).includes(chosen) ? chosen : by;
    void navigate(`${pathname}?by=${next}`);
  };

  let body;
  if (map.isPending) body = <Loading label="Loading the provision map" />;
  else if (map.isError)
    body = <QueryError error={map.error} what="the provision map" onRetry={() => void map.refetch()} />;
  else if (map.data.groups.length === 0)
    body = (
      <EmptyState title={`No intervention groups in ${map.data.academicYear.label}`}>
        <p>
          The provision map lists every intervention group running this academic year.{' '}
          {canStartGroup ? (
            <>
              <Link to={`${schoolPath(schoolId)}/provision/new`}>Start a group</Link> to begin it.
            </>
          ) : (
            'The SENCO starts groups from the Provision pages.'
          )}
        </p>
      </EmptyState>
    );
  else {
    const { groups } = map.data;
    const showCost = groups.some((group) => group.provisions.some((p) => p.plannedPence !== null));
    body = (
      <div aria-busy={map.isPlaceholderData || undefined}>
        {groups.map((group) => (
          <MapTable
            key={group.key}
            group={group}
            schoolId={schoolId}
            by={map.data.groupedBy}
            showCost={showCost}
            busy={map.isPlaceholderData}
          />
        ))}
      </div>
    );
  }

  return (
    <div className="provision-print">
      <PageHeading title="Provision map" caption={school.schoolName} />
      <ProvisionSubNav />
      <p className="lead">
        The additional and different provision the school makes
        {map.data ? ` in ${map.data.academicYear.label}` : ' this academic year'}: every intervention group,
        its staff, schedule and pupils
        {map.data?.groups.some((g) => g.plannedPence !== null) ? ', and what it costs' : ''}.
      </p>
      <form className="map-controls" onSubmit={regroup} key={by} noValidate>
        <Radios
          idPrefix="map-by"
          name="by"
          legend="Group by"
          items={GROUPINGS.map((value) => ({ value, label: GROUPING_LABELS[value] }))}
          defaultValue={by}
        />
        <Button type="submit" variant="secondary">
          Show map
        </Button>
      </form>
      <div className="report-actions">
        <DownloadMap schoolId={schoolId} by={by} />
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      {body}
    </div>
  );
}
