import type { Gender, SenStatus, YearGroup } from '@sendreg/contracts';
import type { ImportProblem } from './dto/import.dto';

/** A value read from a file, or what a person must fix about it. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** One value of the file and where it is: CSV line and header, or CTF line and element name. */
export interface SourceCell {
  raw: string;
  line: number;
  column: string;
}

/** Records a problem with a value of the file. */
export type Report = (cell: SourceCell, field: ImportProblem['field'], message: string) => void;

/** The value of a cell, or undefined when there is no cell or its value is wrong (and reported). */
export function readCell<T>(
  cell: SourceCell | undefined,
  field: ImportProblem['field'],
  reader: (raw: string) => Read<T>,
  report: Report,
): T | undefined {
  if (!cell) return undefined;
  const read = reader(cell.raw);
  if (read.ok) return read.value;
  report(cell, field, read.message);
  return undefined;
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const wrong = <T>(message: string): Read<T> => ({ ok: false, message });

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date as DD/MM/YYYY (the MIS export's way) or YYYY-MM-DD; answered as YYYY-MM-DD. */
export function readDate(raw: string): Read<string> {
  const text = raw.trim();
  let day: number;
  let month: number;
  let year: number;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (uk) {
    if ((uk[3] as string).length === 2) {
      return wrong(`"${text}" has a two-digit year: write the year in full, as DD/MM/YYYY.`);
    }
    [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return wrong(`"${text}" is not a date: write it as DD/MM/YYYY (or YYYY-MM-DD).`);
  }
  if (month < 1 || month > 12) return wrong(`"${text}" is not a date: there is no month ${month}.`);
  if (year < 1900 || year > 2100) return wrong(`"${text}" is not a date this register can hold.`);
  if (day < 1 || day > daysInMonth(year, month)) {
    return wrong(`"${text}" is not a real date: there is no ${day} ${MONTHS[month - 1]} ${year}.`);
  }
  return ok(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** N, R, 1 to 13, and the ways an MIS writes them: Nursery, N1, N2, Reception, YR, Year 4, Y4. */
export function readYearGroup(raw: string): Read<YearGroup> {
  const text = raw.trim();
  const compact = text.toLowerCase().replace(/\s+/g, '');
  if (['n', 'n1', 'n2', 'nursery'].includes(compact)) return ok('N');
  if (['r', 'yr', 'rec', 'reception'].includes(compact)) return ok('R');
  const numbered = /^(?:year|yr|y)?(\d{1,2})$/.exec(compact);
  if (numbered) {
    const year = Number(numbered[1]);
    if (year >= 1 && year <= 13) return ok(String(year) as YearGroup);
  }
  return wrong(`"${text}" is not a year group: use N, R or 1 to 13 (or Reception, Year 4, Y4).`);
}

export function readGender(raw: string): Read<Gender> {
  const text = raw.trim().toUpperCase();
  if (text === 'M' || text === 'MALE') return ok('M');
  if (text === 'F' || text === 'FEMALE') return ok('F');
  if (text === 'U' || text === 'UNKNOWN') return ok('U');
  return wrong(`"${raw.trim()}" is not a gender: use M, F or U.`);
}

/** Y/N, Yes/No, true/false, 1/0; blank is no. */
export function readYesNo(raw: string): Read<boolean> {
  const text = raw.trim().toLowerCase();
  if (['', 'n', 'no', 'false', '0'].includes(text)) return ok(false);
  if (['y', 'yes', 'true', '1'].includes(text)) return ok(true);
  return wrong(`"${raw.trim()}" is not yes or no: use Y or N (blank means N).`);
}

/** The census SEN provision codes N, K, E, and the school's own "monitoring" stage; blank is N. */
export function readSenStatus(raw: string): Read<SenStatus> {
  const text = raw.trim();
  const code = text.toUpperCase();
  if (code === '' || code === 'N') return ok('N');
  if (code === 'K' || code === 'E') return ok(code);
  if (code === 'MONITORING') return ok('monitoring');
  if (code === 'S') {
    return wrong(
      'S (statement) is a discontinued SEN code: statements became EHC plans. Change it to E if the pupil has an EHC plan, or K for SEN support.',
    );
  }
  if (code === 'A' || code === 'P') {
    return wrong(
      `${code} (School Action${code === 'P' ? ' Plus' : ''}) is a discontinued SEN code: change it to K (SEN support), or E if the pupil has an EHC plan.`,
    );
  }
  return wrong(`"${text}" is not an SEN status: use N, K or E.`);
}

/** A person's name as the register holds it: 1 to 100 characters. */
export function readName(raw: string, what: string): Read<string> {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return wrong(`${what} is missing.`);
  if (text.length > 100) return wrong(`${what} is longer than 100 characters.`);
  return ok(text);
}
