import { CENSUS_RULES, censusProblems, type CensusRule, type SenStatus } from '@sendreg/contracts';
import type { ImportField } from './import-fields';
import { Read, readCell, readDate, readSenStatus, Report, SourceCell } from './import-values';
import type { PupilCandidate } from './row-validation';
import type { ExistingPupil, RankedNeed, SchoolSnapshot, StatusEntry } from './school-snapshot';

/** What the file says of a pupil's SEND record. */
export interface SenPlan {
  /** CSV: the status now ('current'); CTF: dated entries of the SEN history ('history'); null: not given. */
  status: { mode: 'current'; status: SenStatus } | { mode: 'history'; entries: StatusEntry[] } | null;
  /** The complete set of ranked needs the pupil should have from a date; null when the file gives none. */
  needs: { ranked: RankedNeed[]; from: string } | null;
}

/** Where a broken census rule is shown in a CSV row. */
const RULE_FIELD: Record<CensusRule, ImportField> = {
  'no-primary-need': 'primaryNeed',
  'single-need-not-primary': 'primaryNeed',
  'discontinued-code': 'primaryNeed',
  'too-many-needs': 'secondaryNeed',
  'duplicate-rank': 'secondaryNeed',
  'duplicate-need': 'secondaryNeed',
  'needs-at-n': 'senStatus',
  'nsa-not-k': 'senStatus',
};

function readNeedCode(raw: string, snapshot: SchoolSnapshot): Read<string | null> {
  const code = raw.trim().toUpperCase();
  if (code === '') return { ok: true, value: null };
  if (snapshot.needTypes.has(code)) return { ok: true, value: code };
  const codes = [...snapshot.needTypes].filter(([, t]) => !t.discontinued).map(([c]) => c);
  return { ok: false, message: `"${raw.trim()}" is not a census need type: use one of ${codes.join(', ')}.` };
}

export const byRank = (a: RankedNeed, b: RankedNeed) => a.rank - b.rank;

export function sameNeeds(a: readonly RankedNeed[], b: readonly RankedNeed[]): boolean {
  const key = (needs: readonly RankedNeed[]) => [...needs].sort(byRank).map((n) => `${n.rank}:${n.code}`);
  return key(a).join() === key(b).join();
}

function censusRules(
  status: SenStatus,
  needs: readonly RankedNeed[],
  snapshot: SchoolSnapshot,
): CensusRule[] {
  return censusProblems(
    status,
    needs.map((n) => ({ ...n, ...snapshot.needTypes.get(n.code) })),
  );
}

/** A CSV row: status now (blank is N) and needs by rank column; a rank whose column is not mapped stays. */
function readCsvSen(
  candidate: PupilCandidate,
  existing: ExistingPupil | undefined,
  snapshot: SchoolSnapshot,
  report: Report,
): SenPlan | null {
  const { senStatus, primaryNeed, secondaryNeed } = candidate.cells;
  if (!senStatus && !primaryNeed && !secondaryNeed) return null;
  let failed = false;
  const fail: Report = (...args) => {
    failed = true;
    report(...args);
  };
  const status = readCell(senStatus, 'senStatus', readSenStatus, fail);
  const ranks = new Map((existing?.needs ?? []).map((n) => [n.rank, n.code]));
  for (const [rank, cell, field] of [
    [1, primaryNeed, 'primaryNeed'],
    [2, secondaryNeed, 'secondaryNeed'],
  ] as const) {
    if (!cell) continue;
    const code = readCell(cell, field, (raw) => readNeedCode(raw, snapshot), fail);
    if (code === null) ranks.delete(rank);
    else if (code !== undefined) ranks.set(rank, code);
  }
  if (failed) return null;
  const ranked = [...ranks].map(([rank, code]) => ({ rank, code })).sort(byRank);
  const inForce = status ?? existing?.status ?? 'N';
  for (const rule of censusRules(inForce, ranked, snapshot)) {
    const cell = candidate.cells[RULE_FIELD[rule]] ?? senStatus ?? primaryNeed ?? secondaryNeed;
    report(cell as SourceCell, RULE_FIELD[rule], CENSUS_RULES[rule]);
  }
  return {
    status: status === undefined ? null : { mode: 'current', status },
    needs: primaryNeed || secondaryNeed ? { ranked, from: snapshot.today } : null,
  };
}

/** A CTF pupil's SENhistory: every SEN entry with its StartDate, and SENneeds as the complete set. */
function readCtfSen(
  candidate: PupilCandidate,
  existing: ExistingPupil | undefined,
  snapshot: SchoolSnapshot,
  report: Report,
): SenPlan | null {
  const history = candidate.senHistory;
  if (!history) return null;
  let failed = false;
  const fail: Report = (...args) => {
    failed = true;
    report(...args);
  };
  const missing = (line: number, column: string, what: string) =>
    fail({ raw: '', line, column }, 'senStatus', `This ${what} has no ${column}.`);
  const entries = new Map<string, StatusEntry>();
  for (const entry of history.entries) {
    if (!entry.startDate) missing(entry.line, 'StartDate', 'SEN entry');
    if (!entry.provision || entry.provision.raw.trim() === '')
      missing(entry.line, 'SENprovision', 'SEN entry');
    const effectiveFrom = readCell(entry.startDate, 'senStatus', readDate, fail);
    const status = readCell(entry.provision, 'senStatus', readSenStatus, fail);
    if (effectiveFrom === undefined || status === undefined) continue;
    const other = entries.get(effectiveFrom);
    if (other && other.status !== status) {
      fail(
        entry.provision as SourceCell,
        'senStatus',
        `Two SEN entries start on ${effectiveFrom}, one ${other.status} and one ${status}: keep one.`,
      );
    }
    entries.set(effectiveFrom, { status, effectiveFrom });
  }
  const ranked: RankedNeed[] = [];
  for (const need of history.needs) {
    if (!need.rank)
      fail({ raw: '', line: need.line, column: 'SENtypeRank' }, 'needs', 'This need has no rank.');
    if (!need.code)
      fail({ raw: '', line: need.line, column: 'SENtype' }, 'needs', 'This need has no SENtype.');
    const rank = readCell(
      need.rank,
      'needs',
      (raw): Read<number> =>
        /^[1-9]$/.test(raw.trim())
          ? { ok: true, value: Number(raw.trim()) }
          : { ok: false, message: `"${raw.trim()}" is not a need rank: use 1 (primary) or 2 (secondary).` },
      fail,
    );
    const code = readCell(need.code, 'needs', (raw) => readNeedCode(raw, snapshot), fail);
    if (rank !== undefined && code) ranked.push({ rank, code });
  }
  if (failed) return null;
  const dated = [...entries.values()].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const from = dated.at(-1)?.effectiveFrom ?? snapshot.today;
  // The school's own record of needs, if newer than the file's, is the one that stands.
  const keepOwn =
    existing?.needsSince != null && from < existing.needsSince && !sameNeeds(ranked, existing.needs);
  const needs = keepOwn ? (existing?.needs ?? []) : ranked.sort(byRank);
  // The status in force once the file's entries are added (a later entry of the school's own stands).
  const inForce = [...(existing?.statusHistory ?? []), ...dated]
    .filter((e) => e.effectiveFrom <= snapshot.today)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .at(-1);
  for (const rule of censusRules(inForce?.status ?? 'N', needs, snapshot)) {
    report(
      { raw: '', line: history.line, column: 'SENhistory' },
      RULE_FIELD[rule] === 'senStatus' ? 'senStatus' : 'needs',
      CENSUS_RULES[rule],
    );
  }
  return {
    status: dated.length > 0 ? { mode: 'history', entries: dated } : null,
    needs: { ranked: needs, from },
  };
}

/** What the file says of a pupil's SEND record, checked, with the census rules applied to the result. */
export function readSen(
  candidate: PupilCandidate,
  existing: ExistingPupil | undefined,
  snapshot: SchoolSnapshot,
  report: Report,
): SenPlan | null {
  return candidate.senHistory
    ? readCtfSen(candidate, existing, snapshot, report)
    : readCsvSen(candidate, existing, snapshot, report);
}
