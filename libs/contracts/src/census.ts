import type { SenStatus } from './sen';

/**
 * The school census rules for SEN status and ranked needs (DOMAIN.md), as one pure function, used by
 * the pre-flight check, the imports and the forms alike.
 */
export const CENSUS_RULES = {
  'no-primary-need': 'A pupil at SEN support or with an EHCP needs a primary need (rank 1).',
  'too-many-needs': 'The census takes at most two ranked needs.',
  'single-need-not-primary': 'A pupil with one need must have it at rank 1.',
  'duplicate-rank': 'Two needs share a rank; ranks are 1 (primary) and 2 (secondary).',
  'nsa-not-k': 'NSA (no specialist assessment) is only allowed at SEN support (K).',
  'needs-at-n': 'A pupil not on the register (N or monitoring) has no ranked needs in the census.',
  'discontinued-code': 'This need type is discontinued for the census.',
  'duplicate-need': 'The same need type appears twice.',
} as const;

export type CensusRule = keyof typeof CENSUS_RULES;

export interface CensusNeed {
  code: string;
  rank: number;
  /** The type is NSA-like: allowed only at K. */
  supportOnly?: boolean;
  discontinued?: boolean;
}

export function censusProblems(status: SenStatus, needs: readonly CensusNeed[]): CensusRule[] {
  const problems: CensusRule[] = [];
  const onRegister = status === 'K' || status === 'E';
  if (!onRegister && needs.length > 0) problems.push('needs-at-n');
  if (onRegister && !needs.some((n) => n.rank === 1)) problems.push('no-primary-need');
  if (needs.length > 2) problems.push('too-many-needs');
  if (needs.length === 1 && needs[0]?.rank !== 1) problems.push('single-need-not-primary');
  const ranks = needs.map((n) => n.rank);
  if (new Set(ranks).size !== ranks.length) problems.push('duplicate-rank');
  const codes = needs.map((n) => n.code);
  if (new Set(codes).size !== codes.length) problems.push('duplicate-need');
  if (needs.some((n) => n.supportOnly) && status !== 'K') problems.push('nsa-not-k');
  if (needs.some((n) => n.discontinued)) problems.push('discontinued-code');
  return problems;
}

/** Census days: first Thursday in October, third Thursday in January and May. */
export function censusDays(academicYearStart: number): { autumn: string; spring: string; summer: string } {
  const nthThursday = (year: number, month: number, n: number) => {
    const first = new Date(Date.UTC(year, month, 1));
    const offset = (4 - first.getUTCDay() + 7) % 7;
    const day = 1 + offset + (n - 1) * 7;
    return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  return {
    autumn: nthThursday(academicYearStart, 9, 1),
    spring: nthThursday(academicYearStart + 1, 0, 3),
    summer: nthThursday(academicYearStart + 1, 4, 3),
  };
}
