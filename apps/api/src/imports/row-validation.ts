import { validateUpn } from '@sendreg/contracts';
import type { ImportProblem } from './dto/import.dto';
import { FIELD_INFO, type ImportField } from './import-fields';
import {
  Read,
  readCell,
  readDate,
  readGender,
  readName,
  readYearGroup,
  readYesNo,
  Report,
  SourceCell,
} from './import-values';
import type { PupilCore, SchoolSnapshot } from './school-snapshot';
import { readSen, SenPlan } from './sen-validation';

/** A CTF pupil's SENhistory: dated status entries and the complete set of ranked needs. */
export interface CtfSenHistory {
  line: number;
  entries: { line: number; startDate?: SourceCell; provision?: SourceCell }[];
  needs: { line: number; rank?: SourceCell; code?: SourceCell }[];
}

/** A pupil as read from a file, before any value is checked. A field without a cell is not in the file. */
export interface PupilCandidate {
  line: number;
  cells: Partial<Record<ImportField, SourceCell>>;
  senHistory?: CtfSenHistory;
}

/** A pupil whose every value is good: what the file says of them. */
export interface ImportedPupil {
  line: number;
  upn: string;
  /** The core fields the file gives; a field it leaves out stays as it is. */
  core: Partial<PupilCore>;
  sen: SenPlan | null;
}

export interface ValidationOptions {
  /** Where a field is looked for in the file (CSV header, CTF element), to say where it is missing. */
  columnNames: Partial<Record<ImportField, string>>;
}

const REQUIRED_CORE = ['legalSurname', 'legalForename', 'dateOfBirth', 'gender', 'yearGroup'] as const;

function readCore(candidate: PupilCandidate, snapshot: SchoolSnapshot, report: Report): Partial<PupilCore> {
  const { cells } = candidate;
  const core: Partial<PupilCore> = {
    legalSurname: readCell(
      cells.legalSurname,
      'legalSurname',
      (r) => readName(r, 'The legal surname'),
      report,
    ),
    legalForename: readCell(
      cells.legalForename,
      'legalForename',
      (r) => readName(r, 'The legal forename'),
      report,
    ),
    preferredForename: readCell(
      cells.preferredForename,
      'preferredForename',
      (r): Read<string | null> => (r.trim() === '' ? { ok: true, value: null } : readName(r, 'The name')),
      report,
    ),
    dateOfBirth: readCell(
      cells.dateOfBirth,
      'dateOfBirth',
      (r) => {
        const date = readDate(r);
        return date.ok && date.value > snapshot.today
          ? { ok: false, message: `The date of birth ${r.trim()} is in the future.` }
          : date;
      },
      report,
    ),
    gender: readCell(cells.gender, 'gender', readGender, report),
    yearGroup: readCell(cells.yearGroup, 'yearGroup', readYearGroup, report),
    classId: readCell(
      cells.className,
      'className',
      (r): Read<string | null> => {
        const name = r.trim();
        if (name === '') return { ok: true, value: null };
        const found =
          snapshot.classes.find((c) => c.name === name) ??
          snapshot.classes.find((c) => c.name.toLowerCase() === name.toLowerCase());
        return found
          ? { ok: true, value: found.id }
          : {
              ok: false,
              message: `There is no class named ${name} in this school: create it first, or leave the column unmapped.`,
            };
      },
      report,
    ),
    pupilPremium: readCell(cells.pupilPremium, 'pupilPremium', readYesNo, report),
    eal: readCell(cells.eal, 'eal', readYesNo, report),
    lookedAfter: readCell(cells.lookedAfter, 'lookedAfter', readYesNo, report),
  };
  return Object.fromEntries(Object.entries(core).filter(([, value]) => value !== undefined));
}

/**
 * Checks every value of every pupil in a file against the rules and the school's data (classes,
 * need types, the pupils already there), and reports every problem with its line and column. A pupil
 * with any problem is left out of the answer; the caller applies nothing while there are problems.
 */
export function validatePupils(
  candidates: readonly PupilCandidate[],
  snapshot: SchoolSnapshot,
  options: ValidationOptions,
): { pupils: ImportedPupil[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const pupils: ImportedPupil[] = [];
  const firstLineOf = new Map<string, number>();
  for (const candidate of candidates) {
    const found: ImportProblem[] = [];
    const report: Report = (cell, field, message) =>
      found.push({ line: cell.line, column: cell.column, field, message });
    const at = (field: ImportField): SourceCell => ({
      raw: '',
      line: candidate.line,
      column: options.columnNames[field] ?? FIELD_INFO[field].label,
    });

    const upnCell = candidate.cells.upn;
    let upn: string | undefined;
    if (!upnCell || upnCell.raw.trim() === '') {
      report(upnCell ?? at('upn'), 'upn', 'The UPN is missing: every pupil needs one.');
    } else {
      const check = validateUpn(upnCell.raw);
      upn = upnCell.raw.trim().toUpperCase();
      if (!check.valid) report(upnCell, 'upn', check.message ?? 'This is not a valid UPN.');
      const first = firstLineOf.get(upn);
      if (first !== undefined) {
        report(upnCell, 'upn', `The UPN ${upn} is also on line ${first}: each pupil may appear only once.`);
      } else if (check.valid) {
        firstLineOf.set(upn, upnCell.line);
      }
    }
    const existing = upn === undefined ? undefined : snapshot.pupils.get(upn);
    const core = readCore(candidate, snapshot, report);
    if (!existing) {
      for (const field of REQUIRED_CORE) {
        if (!candidate.cells[field]) {
          report(at(field), field, `${FIELD_INFO[field].label} is missing: a new pupil needs it.`);
        }
      }
    }
    const sen = readSen(candidate, existing, snapshot, report);
    problems.push(...found);
    if (found.length === 0 && upn !== undefined) pupils.push({ line: candidate.line, upn, core, sen });
  }
  return { pupils, problems };
}
