import { formatPounds, type SchoolDashboard } from '@sendreg/contracts';
import type { ReactNode } from 'react';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { useSchoolDashboard } from '../api/get-school-dashboard';
import {
  concernSummary,
  countText,
  figuresAsAt,
  impactSummary,
  nationalRegisterPercent,
  needRows,
  needSummary,
  passportSummary,
  percentOf,
  percentText,
  registerCount,
  registerSummary,
  reviewFigures,
  reviewSummary,
  statusRows,
  withShare,
} from '../dashboard-figures';
import '../dashboard.css';

function printPage() {
  window.print();
}

/** A small table of figures: a row header and one or more values, with the column headers given. */
function SmallTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: string[];
  rows: { key: string; cells: string[] }[];
}) {
  return (
    <table className="table governors-table">
      <caption className="governors-table__caption">{caption}</caption>
      <thead>
        <tr>
          {headers.map((header, index) => (
            <th scope="col" key={header} className={index > 0 ? 'figure-table__number' : undefined}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.cells[0]}</th>
            {row.cells.slice(1).map((cell, index) => (
              <td key={index} className="figure-table__number">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="governors-report__section" aria-labelledby={`governors-${id}`}>
      <h2 className="heading-s governors-report__heading" id={`governors-${id}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The report's body: key figures in sentences and small tables, counts only (no pupil is named). */
function Report({ data }: { data: SchoolDashboard }) {
  const status = statusRows(data.byStatus, data.national);
  const [k, e, monitoring] = status;
  const onRegister = registerCount(data.byStatus);
  const needs = needRows(data.byPrimaryNeed).slice(0, 5);
  const { costs, reviews } = data;
  const f = reviewFigures(reviews, onRegister);
  return (
    <>
      <div className="governors-report__grid">
        <Section id="register" title="The SEND register">
          <p>{registerSummary(data)}</p>
          <SmallTable
            caption="Pupils by SEN status"
            headers={['Status', 'Pupils', 'Share', 'National']}
            rows={[
              {
                key: 'K',
                cells: ['SEN support', countText(k.count), percentText(k.percent), percentText(k.national)],
              },
              {
                key: 'E',
                cells: ['EHCP', countText(e.count), percentText(e.percent), percentText(e.national)],
              },
              {
                key: 'register',
                cells: [
                  'On the register',
                  countText(onRegister),
                  percentText(percentOf(onRegister, data.onRoll)),
                  percentText(nationalRegisterPercent(data.national)),
                ],
              },
              {
                key: 'monitoring',
                cells: [
                  'Monitoring',
                  countText(monitoring.count),
                  percentText(monitoring.percent),
                  'no figure',
                ],
              },
              { key: 'roll', cells: ['Pupils on roll', countText(data.onRoll), '', ''] },
            ]}
          />
        </Section>
        <Section id="needs" title="Primary needs">
          <p>{needSummary(data.byPrimaryNeed)}</p>
          {needs.length ? (
            <SmallTable
              caption={`The ${needs.length === 1 ? 'most common need' : `${String(needs.length)} most common needs`}`}
              headers={['Primary need', 'SEN support', 'EHCP', 'Total']}
              rows={needs.map((need) => ({
                key: need.code,
                cells: [need.label, countText(need.senSupport), countText(need.ehcp), countText(need.total)],
              }))}
            />
          ) : null}
        </Section>
        <Section id="costs" title={`Provision and costs, ${costs.academicYear.label}`}>
          <SmallTable
            caption="Costs this academic year"
            headers={['Figure', 'Value']}
            rows={[
              { key: 'planned', cells: ['Planned', formatPounds(costs.plannedPence)] },
              { key: 'delivered', cells: ['Delivered so far', formatPounds(costs.deliveredPence)] },
              { key: 'pupils', cells: ['Pupils with provision', countText(costs.pupils)] },
              { key: 'per-pupil', cells: ['Planned per pupil', formatPounds(costs.perPupilPlannedPence)] },
              {
                key: 'approaching',
                cells: ['Approaching £6,000 (£5,000 or more)', countText(costs.approachingThreshold)],
              },
              { key: 'above', cells: ['At or above £6,000', countText(costs.aboveThreshold)] },
            ]}
          />
        </Section>
        <Section id="reviews" title="Reviews">
          <SmallTable
            caption="Support plans and reviews"
            headers={['Figure', 'Number']}
            rows={[
              { key: 'active', cells: ['Active support plans', countText(reviews.activePlans)] },
              {
                key: 'on-time',
                cells: ['Within their review date', withShare(reviews.onTime, f.onTimePercent)],
              },
              { key: 'overdue', cells: ['Reviews overdue', countText(reviews.overdue)] },
              {
                key: 'held',
                cells: [
                  'Reviews held on time, last 12 months',
                  `${countText(reviews.heldOnTime)} of ${countText(reviews.heldLast12Months)}`,
                ],
              },
              {
                key: 'without',
                cells: ['On the register without an active plan', countText(reviews.withoutActivePlan)],
              },
              {
                key: 'meetings',
                cells: ['Fewer than three meetings in 12 months', countText(reviews.belowMeetingExpectation)],
              },
              { key: 'ehcp', cells: ['EHCP statutory steps overdue', countText(reviews.ehcpStepsOverdue)] },
            ]}
          />
        </Section>
      </div>
      <Section id="summary" title="In brief">
        <ul className="list list--bullet governors-report__points">
          <li>{reviewSummary(reviews, onRegister)}</li>
          <li>{passportSummary(data.passports)}</li>
          <li>{impactSummary(data.impact)}</li>
          <li>{concernSummary(data.concerns)}</li>
        </ul>
      </Section>
      <p className="governors-report__footer">
        Figures are for the whole school as at {formatDate(data.today)}; no pupil is named. National figures:
        Department for Education, Special educational needs in England, {data.national.asOf}. Costs are of the
        provision planned on the school&rsquo;s provision map, against the £6,000 notional SEN threshold.
      </p>
    </>
  );
}

/**
 * The SEND report for governors (report.read): one A4 page of key figures, in sentences and small
 * tables, with no pupil named. On screen it shows the sheet and "Print this report"; the print style
 * sheet keeps only the sheet.
 */
export function GovernorsReportPage() {
  const school = useSchool();
  const dashboard = useSchoolDashboard(school.schoolId);
  const root = `/schools/${encodeURIComponent(school.schoolId)}`;

  let body;
  if (dashboard.isPending) body = <Loading label="Loading the report" />;
  else if (dashboard.isError)
    body = <QueryError error={dashboard.error} what="the report" onRetry={() => void dashboard.refetch()} />;
  else {
    const data = dashboard.data;
    body = (
      <>
        <p className="governors-report__meta">
          Prepared on {formatDate(data.today)}. {figuresAsAt(data.computedAt)}. Academic year{' '}
          {data.costs.academicYear.label}.
        </p>
        <Report data={data} />
      </>
    );
  }

  return (
    <div className="governors-page">
      <BackLink to={`${root}/dashboard`}>Back to the dashboard</BackLink>
      {dashboard.isSuccess ? (
        <div className="button-group governors-page__actions">
          <Button onClick={printPage}>Print this report</Button>
        </div>
      ) : null}
      <article className="governors-report">
        <PageHeading title="SEND report for governors" caption={school.schoolName} />
        {body}
      </article>
    </div>
  );
}
