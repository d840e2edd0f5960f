import { AREA_LABELS, formatPounds, type ImpactReport } from '@sendreg/contracts';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { useSchool } from '../../../lib/school-context';
import { ProvisionSubNav } from '../components/provision-subnav';
import { useProvisionImpact } from '../api/get-reports';
import { Nothing, ReportTable } from '../components/report-bits';
import {
  costPerUnitText,
  improvedCount,
  measureText,
  percentText,
  progressText,
  impactSummary,
} from '../provision-format';
import { joinWords, ofText } from '../../../utils/words';
import '../provision-reports.css';

type ImpactLine = ImpactReport['interventions'][number];

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

/** One intervention's figures: a sentence to read first, then the numbers behind it. */
function InterventionImpact({ line }: { line: ImpactLine }) {
  const { intervention, summary } = line;
  const { measure } = intervention;
  const improved = percentText(summary.improvedShare);
  const attendance = percentText(summary.attendanceRate);
  const delivery = percentText(summary.deliveryRate);
  return (
    <ReportTable title={intervention.name} hint={AREA_LABELS[intervention.area]} className="table--figures">
      <tbody>
        <Figure label="Measure">{measureText(measure)}</Figure>
        <Figure label="Pupils measured">
          {ofText(summary.pupilsMeasured, summary.pupils)}
          <span className="table__secondary">with both an entry and an exit measure</span>
        </Figure>
        <Figure label="Mean progress">
          {summary.meanProgress === null ? (
            <Nothing words="Not known yet" />
          ) : (
            progressText(summary.meanProgress, measure)
          )}
        </Figure>
        <Figure label="Pupils who improved">
          {improved === null ? (
            <Nothing words="Not known yet" />
          ) : (
            <>
              {improved}
              <span className="table__secondary">
                {ofText(improvedCount(line), summary.pupilsMeasured)} measured
              </span>
            </>
          )}
        </Figure>
        <Figure label="Attendance">{attendance ?? <Nothing words="No sessions held yet" />}</Figure>
        <Figure label="Sessions delivered">
          {ofText(summary.deliveredSessions, summary.plannedSessions)} planned
          {delivery === null ? null : ` (${delivery})`}
        </Figure>
        <Figure label="Sessions cancelled">{summary.cancelledSessions}</Figure>
        {line.deliveredPence === null ? null : (
          <Figure label="Delivered cost">{formatPounds(line.deliveredPence)}</Figure>
        )}
        {summary.costPerUnitProgressPence === null ? null : (
          <Figure label="Cost per unit of progress">
            {costPerUnitText(summary.costPerUnitProgressPence, measure)}
          </Figure>
        )}
      </tbody>
    </ReportTable>
  );
}

/** A sentence for each intervention with measured progress; the others named in one line. */
function ImpactSummary({ lines }: { lines: ImpactLine[] }) {
  const { sentences, unmeasured } = impactSummary(lines);
  return (
    <>
      <h2 className="heading-m">Summary</h2>
      {sentences.length ? (
        <ul className="list list--bullet">
          {sentences.map((sentence) => (
            <li key={sentence}>{sentence}.</li>
          ))}
        </ul>
      ) : (
        <p>No intervention has pupils with both an entry and an exit measure yet.</p>
      )}
      {sentences.length && unmeasured.length ? (
        <p>Not measured yet (no pupil has both an entry and an exit measure): {joinWords(unmeasured)}.</p>
      ) : null}
    </>
  );
}

/**
 * The impact of each intervention this academic year (report.read): progress from entry to exit
 * measures, the share of pupils who improved, attendance, sessions delivered against planned, and,
 * for those who may see costs, what each unit of progress cost.
 */
export function ProvisionImpactPage() {
  const school = useSchool();
  const impact = useProvisionImpact(school.schoolId);

  let body;
  if (impact.isPending) body = <Loading label="Loading the impact report" />;
  else if (impact.isError)
    body = <QueryError error={impact.error} what="the impact report" onRetry={() => void impact.refetch()} />;
  else if (impact.data.interventions.length === 0)
    body = (
      <EmptyState title={`No interventions ran in ${impact.data.academicYear.label}`}>
        <p>
          Impact appears once pupils in intervention groups have an entry and an exit measure. Staff record
          them on each group&rsquo;s page.
        </p>
      </EmptyState>
    );
  else
    body = (
      <>
        <p>
          Academic year {impact.data.academicYear.label}. Progress is the exit measure minus the entry
          measure, so a positive number is always an improvement, even where a lower score is better.
        </p>
        <ImpactSummary lines={impact.data.interventions} />
        {impact.data.interventions.map((line) => (
          <InterventionImpact key={line.intervention.id} line={line} />
        ))}
      </>
    );

  return (
    <div className="provision-print">
      <PageHeading title="Impact of interventions" caption={school.schoolName} />
      <ProvisionSubNav />
      {body}
    </div>
  );
}
