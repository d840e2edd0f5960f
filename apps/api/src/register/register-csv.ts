import { SEN_STATUS_LABELS, yearGroupLabel, type RegisterRow } from '@sendreg/contracts';
import { stringify } from 'csv-stringify/sync';

/**
 * A spreadsheet opens a cell that starts with = + - @ (or a tab or return) as a formula: prefix such
 * cells so a name can never run as one.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function registerCsv(rows: RegisterRow[]): string {
  const header = [
    'UPN',
    'Legal surname',
    'Legal forename',
    'Preferred forename',
    'Date of birth',
    'Year group',
    'Class',
    'SEN status',
    'Census code',
    'Status since',
    'Primary need',
    'Secondary need',
    'Pupil premium',
    'EAL',
    'Looked after',
  ];
  const yesNo = (b: boolean) => (b ? 'Y' : 'N');
  const body = rows.map((r) =>
    [
      r.upn,
      r.legalSurname,
      r.legalForename,
      r.preferredForename ?? '',
      r.dateOfBirth,
      yearGroupLabel(r.yearGroup),
      r.className ?? '',
      SEN_STATUS_LABELS[r.senStatus],
      r.senStatus === 'monitoring' ? 'N' : r.senStatus,
      r.statusSince ?? '',
      r.primaryNeed ?? '',
      r.secondaryNeed ?? '',
      yesNo(r.pupilPremium),
      yesNo(r.eal),
      yesNo(r.lookedAfter),
    ].map((cell) => spreadsheetSafe(String(cell))),
  );
  // A byte-order mark, so spreadsheet programs read the UTF-8 names correctly; CRLF as they expect.
  return '\ufeff' + stringify([header, ...body], { record_delimiter: 'windows' });
}
