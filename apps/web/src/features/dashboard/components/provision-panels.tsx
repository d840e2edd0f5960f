import { formatPounds, type SchoolDashboard } from '@sendreg/contracts';
import { Link } from 'react-router';
import { BarChart } from '../../../components/ui/bar-chart';
import {
  APPROACHING_THRESHOLD_PENCE,
  costAreaRows,
  costSummary,
  countText,
  impactRows,
  impactSummary,
  impactTotals,
  percentText,
  signedText,
  THRESHOLD_PENCE,
  wholePounds,
} from '../dashboard-figures';
import { DashboardPanel } from './dashboard-panel';
import { FigureTable } from './figure-table';

const wholePercent = (value: number) => percentText(value, 0);

/** Provision costs this academic year: planned and delivered, per pupil, by area, the threshold. */
export function CostsPanel({ data, root }: { data: SchoolDashboard; root: string }) {
  const { costs } = data;
  const rows = costAreaRows(costs);
  const summary = costSummary(costs);
  return (
    <DashboardPanel
      id="costs"
      title={`Provision costs in ${costs.academicYear.label}`}
      summary={summary}
      chart={
        rows.length ? (
          <BarChart
            label={`Bar chart of provision costs by area of need, planned and delivered. ${summary}`}
            series={[{ label: 'Planned' }, { label: 'Delivered' }]}
            rows={rows.map((row) => ({ label: row.label, values: [row.plannedPence, row.deliveredPence] }))}
            formatValue={wholePounds}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption="Costs by area of need"
          firstHeader="Area of need"
          columns={[
            { label: 'Pupils', numeric: true },
            { label: 'Planned', numeric: true },
            { label: 'Delivered', numeric: true },
          ]}
          rows={rows.map((row) => ({
            key: row.label,
            header: row.label,
            cells: [countText(row.pupils), formatPounds(row.plannedPence), formatPounds(row.deliveredPence)],
          }))}
          foot={{
            key: 'total',
            header: 'All provision',
            cells: [
              countText(costs.pupils),
              formatPounds(costs.plannedPence),
              formatPounds(costs.deliveredPence),
            ],
          }}
        />
      }
    >
      <div className="dashboard-panel__extra">
        <FigureTable
          caption="Per pupil and the notional threshold"
          firstHeader="Figure"
          columns={[{ label: 'Value', numeric: true }]}
          rows={[
            { key: 'pupils', header: 'Pupils with provision', cells: [countText(costs.pupils)] },
            {
              key: 'per-pupil',
              header: 'Planned per pupil',
              cells: [formatPounds(costs.perPupilPlannedPence)],
            },
            {
              key: 'approaching',
              header: `Pupils approaching the ${wholePounds(THRESHOLD_PENCE)} threshold (${wholePounds(APPROACHING_THRESHOLD_PENCE)} or more planned)`,
              cells: [countText(costs.approachingThreshold)],
            },
            {
              key: 'above',
              header: `Pupils at or above the ${wholePounds(THRESHOLD_PENCE)} threshold`,
              cells: [countText(costs.aboveThreshold)],
            },
          ]}
        />
      </div>
      <p>
        <Link to={`${root}/provision/costs`}>See costs per pupil, with top-up flags</Link>
      </p>
    </DashboardPanel>
  );
}

/** What each intervention achieved: pupils measured, mean progress, the share improved, delivery. */
export function ImpactPanel({ data, root }: { data: SchoolDashboard; root: string }) {
  const rows = impactRows(data.impact);
  const totals = impactTotals(data.impact);
  const summary = impactSummary(data.impact);
  return (
    <DashboardPanel
      id="impact"
      title="Impact of interventions"
      stacked
      summary={summary}
      chart={
        totals.measured > 0 ? (
          <BarChart
            label={`Bar chart of the share of measured pupils who improved, by intervention. ${summary}`}
            series={[{ label: 'Pupils who improved' }]}
            rows={rows.map((row) => ({
              label: row.name,
              values: [row.improvedPercent],
              valueLabels: [
                row.improvedPercent === null
                  ? 'not measured yet'
                  : `${percentText(row.improvedPercent, 0)} (${countText(row.improved)} of ${countText(row.pupilsMeasured)})`,
              ],
            }))}
            max={100}
            formatValue={wholePercent}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption="Impact by intervention"
          firstHeader="Intervention"
          columns={[
            { label: 'Area of need' },
            { label: 'Pupils measured', numeric: true },
            { label: 'Mean progress', numeric: true },
            { label: 'Improved', numeric: true },
            { label: 'Sessions delivered', numeric: true },
          ]}
          rows={rows.map((row) => ({
            key: row.interventionId,
            header: row.name,
            cells: [
              row.area,
              `${countText(row.pupilsMeasured)} of ${countText(row.pupils)}`,
              row.meanProgress === null ? 'not known yet' : signedText(row.meanProgress),
              row.improvedPercent === null ? 'not known yet' : percentText(row.improvedPercent, 0),
              percentText(row.deliveryPercent, 0),
            ],
          }))}
        />
      }
    >
      {rows.length ? (
        <p className="secondary-text">
          Progress is the exit measure minus the entry measure, in each intervention&rsquo;s own measure, so a
          positive number is always an improvement.
        </p>
      ) : null}
      <p>
        <Link to={`${root}/provision/impact`}>See the impact of each intervention</Link>
      </p>
    </DashboardPanel>
  );
}
