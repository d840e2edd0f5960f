import type { SchoolDashboard } from '@sendreg/contracts';
import { Link } from 'react-router';
import { BarChart } from '../../../components/ui/bar-chart';
import {
  concernRows,
  concernSummary,
  countText,
  passportFigures,
  passportSummary,
  percentText,
  registerCount,
  reviewFigures,
  reviewSummary,
  withShare,
} from '../dashboard-figures';
import { DashboardPanel } from './dashboard-panel';
import { FigureTable } from './figure-table';

const wholePercent = (value: number) => percentText(value, 0);

/** Support plan reviews on time, pupils without a plan, meetings, EHCP deadlines. */
export function ReviewPanel({ data, root }: { data: SchoolDashboard; root: string }) {
  const { reviews } = data;
  const onRegister = registerCount(data.byStatus);
  const f = reviewFigures(reviews, onRegister);
  const summary = reviewSummary(reviews, onRegister);
  return (
    <DashboardPanel
      id="reviews"
      title="Review compliance"
      summary={summary}
      chart={
        f.onTimePercent === null && f.heldOnTimePercent === null && f.withPlanPercent === null ? undefined : (
          <BarChart
            label={`Bar chart of review compliance as percentages. ${summary}`}
            series={[{ label: 'Share' }]}
            rows={[
              { label: 'Active plans within their review date', values: [f.onTimePercent] },
              { label: 'Reviews in the last 12 months held on time', values: [f.heldOnTimePercent] },
              { label: 'Pupils on the register with an active plan', values: [f.withPlanPercent] },
            ]}
            max={100}
            formatValue={wholePercent}
          />
        )
      }
      table={
        <FigureTable
          caption="Reviews and plans"
          firstHeader="Figure"
          columns={[{ label: 'Number', numeric: true }]}
          rows={[
            { key: 'active', header: 'Active support plans', cells: [countText(reviews.activePlans)] },
            {
              key: 'on-time',
              header: 'Within their review date',
              cells: [withShare(reviews.onTime, f.onTimePercent)],
            },
            { key: 'overdue', header: 'Reviews overdue', cells: [countText(reviews.overdue)] },
            {
              key: 'held',
              header: 'Reviews held in the last 12 months',
              cells: [countText(reviews.heldLast12Months)],
            },
            {
              key: 'held-on-time',
              header: 'Held on or before the review date',
              cells: [withShare(reviews.heldOnTime, f.heldOnTimePercent)],
            },
            {
              key: 'without',
              header: 'Pupils on the register without an active plan',
              cells: [countText(reviews.withoutActivePlan)],
            },
            {
              key: 'meetings',
              header:
                'Pupils on SEN support for 12 months with fewer than three meetings (reviews and parent meetings)',
              cells: [countText(reviews.belowMeetingExpectation)],
            },
            {
              key: 'ehcp',
              header: 'EHCP statutory steps overdue',
              cells: [countText(reviews.ehcpStepsOverdue)],
            },
          ]}
        />
      }
    >
      <p>
        <Link to={`${root}/reviews`}>See reviews and EHCP deadlines</Link>
      </p>
    </DashboardPanel>
  );
}

/** Pupils with a published passport, and how many of the staff who should have read them have. */
export function PassportPanel({ data, root }: { data: SchoolDashboard; root: string }) {
  const p = data.passports;
  const f = passportFigures(p);
  const summary = passportSummary(p);
  return (
    <DashboardPanel
      id="passports"
      title="Pupil passports"
      summary={summary}
      chart={
        p.pupilsOnRegister === 0 ? undefined : (
          <BarChart
            label={`Bar chart of passport coverage as percentages. ${summary}`}
            series={[{ label: 'Share' }]}
            rows={[
              { label: 'Pupils on the register with a passport', values: [f.passportPercent] },
              { label: 'Passports read by the staff who work with the pupil', values: [f.readPercent] },
            ]}
            max={100}
            formatValue={wholePercent}
          />
        )
      }
      table={
        <FigureTable
          caption="Passports and who has read them"
          firstHeader="Figure"
          columns={[{ label: 'Number', numeric: true }]}
          rows={[
            { key: 'register', header: 'Pupils on the register', cells: [countText(p.pupilsOnRegister)] },
            {
              key: 'with',
              header: 'With a published passport',
              cells: [withShare(p.pupilsWithPassport, f.passportPercent)],
            },
            {
              key: 'expected',
              header: 'Current passports staff should read (one per adult per pupil)',
              cells: [countText(p.readersExpected)],
            },
            { key: 'read', header: 'Confirmed read', cells: [withShare(p.readersConfirmed, f.readPercent)] },
          ]}
        />
      }
    >
      <p>
        <Link to={`${root}/passports`}>See who has read each passport</Link>
      </p>
    </DashboardPanel>
  );
}

/** How long the open concerns have been waiting. */
export function ConcernPanel({ data, root }: { data: SchoolDashboard; root: string }) {
  const c = data.concerns;
  const rows = concernRows(c);
  const summary = concernSummary(c);
  return (
    <DashboardPanel
      id="concerns"
      title="Open concerns"
      summary={summary}
      chart={
        c.open > 0 ? (
          <BarChart
            label={`Bar chart of open concerns by how long they have been open. ${summary}`}
            series={[{ label: 'Open concerns' }]}
            rows={rows.map((row) => ({ label: row.label, values: [row.count] }))}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption="Open concerns by age"
          firstHeader="Open for"
          columns={[{ label: 'Concerns', numeric: true }]}
          rows={rows.map((row) => ({ key: row.label, header: row.label, cells: [countText(row.count)] }))}
          foot={{ key: 'open', header: 'All open concerns', cells: [countText(c.open)] }}
        />
      }
    >
      <p>
        <Link to={`${root}/concerns`}>See the open concerns</Link>
      </p>
    </DashboardPanel>
  );
}
