import { formatPounds, yearGroupLabel, type ProvisionCostsReport } from '@sendreg/contracts';
import { Link, useLocation } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryList } from '../../../components/ui/summary-list';
import { WarningText } from '../../../components/ui/warning-text';
import { EmptyState } from '../../../components/ui/empty-state';
import { useSchool } from '../../../lib/school-context';
import { ProvisionSubNav } from '../components/provision-subnav';
import { useProvisionCosts } from '../api/get-reports';
import { CostTable } from '../components/cost-table';
import { flaggedPupils, flagWarning } from '../cost-flags';
import { ReportTable, TopUpTag } from '../components/report-bits';
import '../provision-reports.css';

type PupilCost = ProvisionCostsReport['pupils'][number];

function PupilCostTable({
  title,
  hint,
  rows,
  schoolId,
  from,
}: {
  title: string;
  hint?: string;
  rows: PupilCost[];
  schoolId: string;
  from: string;
}) {
  return (
    <ReportTable title={title} hint={hint}>
      <thead>
        <tr>
          <th scope="col">Pupil</th>
          <th scope="col">Year group</th>
          <th scope="col">Class</th>
          <th scope="col" className="numeric">
            Planned
          </th>
          <th scope="col" className="numeric">
            Delivered so far
          </th>
          <th scope="col">Against GBP 6,000</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.pupil.id}>
            <th scope="row">
              <Link
                to={`/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(row.pupil.id)}`}
                state={{ from }}
              >
                {row.pupil.name}
              </Link>
            </th>
            <td>{row.pupil.yearGroup ? yearGroupLabel(row.pupil.yearGroup) : 'Not recorded'}</td>
            <td>{row.pupil.className ?? 'No class'}</td>
            <td className="numeric">{formatPounds(row.plannedPence)}</td>
            <td className="numeric">{formatPounds(row.deliveredPence)}</td>
            <td>
              <TopUpTag status={row.topUp} />
            </td>
          </tr>
        ))}
      </tbody>
    </ReportTable>
  );
}

function CostsReport({
  report,
  schoolId,
  from,
}: {
  report: ProvisionCostsReport;
  schoolId: string;
  from: string;
}) {
  const { totals, academicYear } = report;
  const flagged = flaggedPupils(report.pupils);
  return (
    <>
      <h2 className="heading-m">Totals for {academicYear.label}</h2>
      <SummaryList
        rows={[
          { key: 'Pupils with provision', value: totals.pupils.toLocaleString('en-GB') },
          { key: 'Planned cost', value: formatPounds(totals.plannedPence) },
          { key: 'Delivered so far', value: formatPounds(totals.deliveredPence) },
          { key: 'Planned cost per pupil', value: formatPounds(totals.perPupilPlannedPence) },
        ]}
      />
      {flagged.length ? (
        <>
          <WarningText title={flagWarning(flagged)}>
            <p>
              The school meets SEN support costs up to GBP 6,000 a pupil a year from its notional SEN budget.
              Above that it can ask the local authority for top-up funding (element 3).
            </p>
          </WarningText>
          <PupilCostTable
            title="Pupils approaching or above GBP 6,000"
            hint="Those above first. Open a pupil to see their provision, the evidence for a top-up request."
            rows={flagged}
            schoolId={schoolId}
            from={from}
          />
        </>
      ) : (
        <p>
          No pupil&rsquo;s planned provision this year is approaching the GBP 6,000 notional SEN threshold.
        </p>
      )}
      <PupilCostTable
        title="All pupils with provision"
        hint="Highest planned cost first."
        rows={report.pupils}
        schoolId={schoolId}
        from={from}
      />
      <CostTable title="By intervention" labelHeader="Intervention" lines={report.byIntervention} />
      <CostTable title="By area of need" labelHeader="Area of need" lines={report.byArea} />
      <CostTable title="By year group" labelHeader="Year group" lines={report.byYearGroup} />
    </>
  );
}

/**
 * What the school's additional provision costs this academic year (cost.read): totals; the pupils
 * approaching or above the GBP 6,000 notional SEN threshold, who may need top-up funding; every pupil;
 * then by intervention, area of need and year group. Planned counts every scheduled session of the
 * year; delivered, the sessions held so far.
 */
export function ProvisionCostsPage() {
  const school = useSchool();
  const { pathname } = useLocation();
  const costs = useProvisionCosts(school.schoolId);

  let body;
  if (costs.isPending) body = <Loading label="Loading the costs" />;
  else if (costs.isError)
    body = <QueryError error={costs.error} what="the costs" onRetry={() => void costs.refetch()} />;
  else if (costs.data.pupils.length === 0)
    body = (
      <EmptyState title={`No costed provision in ${costs.data.academicYear.label}`}>
        <p>
          Costs appear once pupils are in intervention groups and staff hourly rates are set on the Staff
          rates page.
        </p>
      </EmptyState>
    );
  else body = <CostsReport report={costs.data} schoolId={school.schoolId} from={pathname} />;

  return (
    <div className="provision-print">
      <PageHeading title="Provision costs" caption={school.schoolName} />
      <ProvisionSubNav />
      <p className="lead">
        Planned cost counts every scheduled session this year; delivered, the sessions held so far. Each
        session&rsquo;s cost (staff time and resources) is shared among the pupils in the group.
      </p>
      {body}
    </div>
  );
}
