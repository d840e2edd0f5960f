import { WEEKDAY_LABELS, yearGroupLabel, type Weekday, type YearGroup } from '@sendreg/contracts';
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../register/register-csv';

/** One group and one of its pupils (pupil null for a group without pupils in the year). */
export interface MapCsvRow {
  group: string;
  intervention: string;
  area: string;
  staff: string[];
  weekdays: number[];
  minutes: number;
  startDate: string;
  endDate: string;
  pupil: string | null;
  yearGroup: YearGroup | null;
  entryScore: number | null;
  targetScore: number | null;
  exitScore: number | null;
  /** Null for people who may not see costs: the cells stay empty. */
  plannedPence: number | null;
  deliveredPence: number | null;
}

/** 6200 → "62.00": pounds as a number a spreadsheet can add up. */
export function pounds(pence: number | null): string {
  return pence === null ? '' : (pence / 100).toFixed(2);
}

/** "Mon, Thu × 30 min". */
export function schedule(weekdays: number[], minutes: number): string {
  const days = weekdays.map((d) => WEEKDAY_LABELS[d as Weekday]?.slice(0, 3) ?? String(d)).join(', ');
  return `${days} × ${minutes} min`;
}

const HEADER = [
  'Group',
  'Intervention',
  'Area of need',
  'Staff',
  'Schedule',
  'Start date',
  'End date',
  'Pupil',
  'Year group',
  'Entry',
  'Target',
  'Exit',
  'Planned (£)',
  'Delivered (£)',
];

export function provisionMapCsv(rows: MapCsvRow[]): string {
  const score = (n: number | null) => (n === null ? '' : String(n));
  const body = rows.map((r) =>
    [
      r.group,
      r.intervention,
      r.area,
      r.staff.join('; '),
      schedule(r.weekdays, r.minutes),
      r.startDate,
      r.endDate,
      r.pupil ?? '',
      r.yearGroup ? yearGroupLabel(r.yearGroup) : '',
      score(r.entryScore),
      score(r.targetScore),
      score(r.exitScore),
      pounds(r.plannedPence),
      pounds(r.deliveredPence),
    ].map((cell) => spreadsheetSafe(cell)),
  );
  // A byte-order mark, so spreadsheet programs read UTF-8 names (and £) correctly; CRLF as they expect.
  return '\ufeff' + stringify([HEADER, ...body], { record_delimiter: 'windows' });
}
