import { HttpStatus } from '@nestjs/common';
import { CENSUS_SEN_EXTRACT_COLUMNS, type CensusPreflight, type SenStatus } from '@sendreg/contracts';
import { stringify } from 'csv-stringify/sync';
import { ProblemException } from '../platform/http/problem';
import { spreadsheetSafe } from './register-csv';

/** One line of the census SEN extract. */
export interface CensusSenRow {
  upn: string;
  provision: 'K' | 'E';
  primaryNeed: string;
  secondaryNeed: string | null;
}

/** What the extract needs of a pupil as at the census date (a CensusRow of the pre-flight). */
export interface CensusPupilAt {
  upn: string;
  status: SenStatus;
  needs: { code: string; rank: number }[];
}

/**
 * The census SEN extract's rows: the pupils at K or E (monitoring is N to the census, so not here)
 * with their rank 1 and rank 2 needs, by UPN. Only called once the pre-flight has passed, so every
 * one of them has a primary need and at most two ranked needs.
 */
export function censusSenRows(pupils: readonly CensusPupilAt[]): CensusSenRow[] {
  return pupils
    .filter((p): p is CensusPupilAt & { status: 'K' | 'E' } => p.status === 'K' || p.status === 'E')
    .map((p) => ({
      upn: p.upn,
      provision: p.status,
      primaryNeed: p.needs.find((n) => n.rank === 1)?.code ?? '',
      secondaryNeed: p.needs.find((n) => n.rank === 2)?.code ?? null,
    }))
    .sort((a, b) => (a.upn < b.upn ? -1 : a.upn > b.upn ? 1 : 0));
}

/**
 * The extract as CSV, CRLF as spreadsheets and MIS imports expect. Unlike the register export there
 * is no byte-order mark: every value is a UPN or a census code (plain ASCII), and a mark would become
 * part of the first column's name for a program reading the file as data.
 */
export function censusSenCsv(rows: readonly CensusSenRow[]): string {
  const body = rows.map((r) =>
    [r.upn, r.provision, r.primaryNeed, r.secondaryNeed ?? ''].map((cell) => spreadsheetSafe(cell)),
  );
  return stringify([[...CENSUS_SEN_EXTRACT_COLUMNS], ...body], { record_delimiter: 'windows' });
}

export const CENSUS_EXTRACT_REFUSED_TITLE =
  'The census SEN extract cannot be made while the census check finds problems';

/**
 * 422 with the pre-flight's own answer (the same problems, naming the same pupils: only the SENCO and
 * the head may ask for either), and one error line per problem for the error summary.
 */
export function censusExtractRefused(preflight: CensusPreflight): ProblemException {
  const count = preflight.problems.length;
  return new ProblemException({
    type: '/problems/census-check-failed',
    title: CENSUS_EXTRACT_REFUSED_TITLE,
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    detail: `The census check for ${preflight.censusDate} finds ${count} problem${count === 1 ? '' : 's'}. Put them right on the pupils' SEND records, then make the extract again.`,
    errors: preflight.problems.map((p) => ({ field: p.upn, message: `${p.name}: ${p.message}` })),
    ...preflight,
  } as ConstructorParameters<typeof ProblemException>[0]);
}
