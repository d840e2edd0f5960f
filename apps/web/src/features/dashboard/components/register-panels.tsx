import type { SchoolDashboard } from '@sendreg/contracts';
import { BarChart } from '../../../components/ui/bar-chart';
import {
  characteristicRows,
  characteristicSummary,
  countText,
  NATIONAL_NEEDS_NOTE,
  nationalRegisterPercent,
  needRows,
  needSummary,
  percentOf,
  percentText,
  registerSummary,
  statusRows,
  trendRows,
  trendSummary,
  yearGroupRows,
  yearGroupSummary,
} from '../dashboard-figures';
import { DashboardPanel } from './dashboard-panel';
import { FigureTable } from './figure-table';
import { TrendChart } from './trend-chart';

const onePlace = (value: number) => percentText(value);

/** The register by status, against the national figures. */
export function StatusPanel({ data }: { data: SchoolDashboard }) {
  const rows = statusRows(data.byStatus, data.national);
  const [k, e, monitoring, n] = rows;
  const onRegister = k.count + e.count;
  const registerPercent = percentOf(onRegister, data.onRoll) ?? 0;
  const nationalRegister = nationalRegisterPercent(data.national);
  const summary = registerSummary(data);
  return (
    <DashboardPanel
      id="register"
      title="The register against national figures"
      summary={summary}
      chart={
        data.onRoll > 0 ? (
          <BarChart
            label={`Bar chart of the share of pupils by SEN status, this school against national. ${summary}`}
            series={[{ label: 'This school' }, { label: `National (${data.national.asOf})` }]}
            rows={[
              { label: 'SEN support', values: [k.percent, k.national] },
              { label: 'EHCP', values: [e.percent, e.national] },
              { label: 'On the register', values: [registerPercent, nationalRegister] },
            ]}
            formatValue={onePlace}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption="Pupils by SEN status"
          firstHeader="Status"
          columns={[
            { label: 'Pupils', numeric: true },
            { label: 'Share of pupils on roll', numeric: true },
            { label: `National (${data.national.asOf})`, numeric: true },
          ]}
          rows={[
            ...[k, e].map((row) => ({
              key: row.status,
              header: row.label,
              cells: [countText(row.count), percentText(row.percent), percentText(row.national)],
            })),
            {
              key: 'register',
              header: 'On the register (SEN support and EHCP)',
              cells: [countText(onRegister), percentText(registerPercent), percentText(nationalRegister)],
            },
            ...[monitoring, n].map((row) => ({
              key: row.status,
              header: row.label,
              cells: [countText(row.count), percentText(row.percent), percentText(row.national)],
            })),
          ]}
          foot={{
            key: 'on-roll',
            header: 'Pupils on roll',
            cells: [countText(data.onRoll), data.onRoll > 0 ? percentText(100) : percentText(null), ''],
          }}
        />
      }
    />
  );
}

/** The register by primary need. */
export function NeedPanel({ data }: { data: SchoolDashboard }) {
  const rows = needRows(data.byPrimaryNeed);
  const summary = needSummary(data.byPrimaryNeed);
  return (
    <DashboardPanel
      id="needs"
      title="Primary need"
      summary={summary}
      chart={
        rows.length ? (
          <BarChart
            label={`Bar chart of pupils on the register by primary need, SEN support and EHCP. ${summary}`}
            series={[{ label: 'SEN support' }, { label: 'EHCP' }]}
            rows={rows.map((row) => ({
              label: `${row.label} (${row.code})`,
              values: [row.senSupport, row.ehcp],
            }))}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption="Pupils on the register by primary need"
          firstHeader="Primary need"
          columns={[
            { label: 'SEN support', numeric: true },
            { label: 'EHCP', numeric: true },
            { label: 'Total', numeric: true },
            { label: 'Share of the register', numeric: true },
          ]}
          rows={rows.map((row) => ({
            key: row.code,
            header: `${row.label} (${row.code})`,
            cells: [
              countText(row.senSupport),
              countText(row.ehcp),
              countText(row.total),
              percentText(row.percent),
            ],
          }))}
        />
      }
    >
      <p className="secondary-text">{NATIONAL_NEEDS_NOTE}</p>
    </DashboardPanel>
  );
}

/** The register by year group: the share of each year group on it. */
export function YearGroupPanel({ data }: { data: SchoolDashboard }) {
  const rows = yearGroupRows(data.byYearGroup);
  const summary = yearGroupSummary(data.byYearGroup);
  return (
    <DashboardPanel
      id="year-groups"
      title="Year groups"
      summary={summary}
      chart={
        rows.length ? (
          <BarChart
            label={`Bar chart of the share of each year group on the register. ${summary}`}
            series={[{ label: 'On the register' }]}
            rows={rows.map((row) => ({
              label: row.label,
              values: [row.percent],
              valueLabels: [
                `${percentText(row.percent)} (${countText(row.senSupport + row.ehcp)} of ${countText(row.onRoll)})`,
              ],
            }))}
            formatValue={onePlace}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption="Pupils on the register by year group"
          firstHeader="Year group"
          columns={[
            { label: 'On roll', numeric: true },
            { label: 'SEN support', numeric: true },
            { label: 'EHCP', numeric: true },
            { label: 'Share on the register', numeric: true },
          ]}
          rows={rows.map((row) => ({
            key: row.label,
            header: row.label,
            cells: [
              countText(row.onRoll),
              countText(row.senSupport),
              countText(row.ehcp),
              percentText(row.percent),
            ],
          }))}
        />
      }
    />
  );
}

/** The register crossed with pupil premium, EAL and looked after. */
export function CharacteristicPanel({ data }: { data: SchoolDashboard }) {
  const rows = characteristicRows(data.byCharacteristic);
  const summary = characteristicSummary(data.byCharacteristic);
  return (
    <DashboardPanel
      id="groups"
      title="Pupil premium, EAL and looked-after children"
      stacked
      summary={summary}
      chart={
        rows.some((row) => row.withPercent !== null) ? (
          <BarChart
            label={`Bar chart of the share of each group of pupils on the register, against other pupils. ${summary}`}
            series={[{ label: 'Pupils in the group' }, { label: 'Other pupils' }]}
            rows={rows.map((row) => ({
              label: row.label,
              values: [row.withPercent, row.withoutPercent],
              valueLabels: [
                row.withPercent === null ? 'no pupils' : undefined,
                row.withoutPercent === null ? 'no pupils' : undefined,
              ],
            }))}
            formatValue={onePlace}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption="Share of each group on the register (SEN support and EHCP)"
          firstHeader="Group"
          columns={[
            { label: 'Pupils in the group', numeric: true },
            { label: 'Of them on the register', numeric: true },
            { label: 'Other pupils', numeric: true },
            { label: 'Of them on the register', numeric: true },
          ]}
          rows={rows.map((row) => ({
            key: row.characteristic,
            header: row.label,
            cells: [
              countText(row.withOnRoll),
              `${countText(row.withOnRegister)} (${percentText(row.withPercent)})`,
              countText(row.withoutOnRoll),
              `${countText(row.withoutOnRegister)} (${percentText(row.withoutPercent)})`,
            ],
          }))}
        />
      }
    />
  );
}

/** The register at the end of each of the last 12 months, and today. */
export function TrendPanel({ data }: { data: SchoolDashboard }) {
  const rows = trendRows(data.trend, data.today);
  const summary = trendSummary(data.trend, data.today);
  return (
    <DashboardPanel
      id="trend"
      title="The register over the last 12 months"
      summary={summary}
      chart={
        rows.length > 1 ? (
          <TrendChart
            label={`Line chart of pupils on the register and with an EHCP, month by month. ${summary}`}
            rows={rows}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption="Pupils at the end of each month"
          firstHeader="Month"
          columns={[
            { label: 'Monitoring', numeric: true },
            { label: 'SEN support', numeric: true },
            { label: 'EHCP', numeric: true },
            { label: 'On the register', numeric: true },
          ]}
          rows={rows.map((row) => ({
            key: row.date,
            header: row.label,
            cells: [
              countText(row.monitoring),
              countText(row.senSupport),
              countText(row.ehcp),
              countText(row.onRegister),
            ],
          }))}
        />
      }
    />
  );
}
