import { computeUpnCheckLetter } from '@sendreg/contracts';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { TestApp } from '../../testing/test-app';

/** The shared sample files, beside the repository. */
export const FIXTURES = path.resolve(__dirname, '../../../../../../shared/fixtures');

export function fixtureFile(name: 'mis-pupils.csv' | 'ctf-pupils.xml'): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

/** A valid UPN from a made-up LA 925 school: serial 0 to 9999, block 0 to 99 keeps files apart. */
export function makeUpn(serial: number, block = 0): string {
  const estab = String(7000 + block * 10 + Math.floor(serial / 1000));
  const body = `925${estab}25${String(serial % 1000).padStart(3, '0')}`;
  return `${computeUpnCheckLetter(body)}${body}`;
}

export const MIS_HEADER =
  'UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Gender,Year,Reg,SEN Status,Primary Need,Secondary Need,EAL,FSM,CLA';

export const MIS_MAPPING = {
  upn: 'UPN',
  legalSurname: 'Legal Surname',
  legalForename: 'Legal Forename',
  preferredForename: 'Preferred Forename',
  dateOfBirth: 'DOB',
  gender: 'Gender',
  yearGroup: 'Year',
  className: 'Reg',
  senStatus: 'SEN Status',
  primaryNeed: 'Primary Need',
  secondaryNeed: 'Secondary Need',
  eal: 'EAL',
  pupilPremium: 'FSM',
  lookedAfter: 'CLA',
};

const NEEDS = ['SLCN', 'ASD', 'SEMH', 'SPLD', 'MLD'];

/**
 * A CSV export of `count` valid pupils in Ashdown's classes (4A, 4B, 5A): about one in seven at K and
 * one in twenty at E, each with a primary need; the rest N.
 */
export function generatedCsv(count: number, block = 0, first = 0): Buffer {
  const lines = [MIS_HEADER];
  for (let i = first; i < first + count; i++) {
    const status = i % 20 === 7 ? 'E' : i % 7 === 3 ? 'K' : 'N';
    const primary = status === 'N' ? '' : (NEEDS[i % NEEDS.length] as string);
    const secondary = status === 'E' && i % 3 === 0 ? 'PD' : '';
    const cls = ['4A', '4B', '5A'][i % 3] as string;
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      [
        makeUpn(i, block),
        `Surname${i}`,
        `Forename${i}`,
        '',
        `${day}/03/2016`,
        i % 2 ? 'F' : 'M',
        cls[0],
        cls,
        status,
        primary,
        secondary,
        i % 5 === 0 ? 'Y' : 'N',
        i % 4 === 0 ? 'Y' : 'N',
        'N',
      ].join(','),
    );
  }
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Rows of a tenant table in a school, read as the owner (past row-level security). */
export async function countRows(t: TestApp, table: string, schoolId: string): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE school_id = $1`, [
    schoolId,
  ]);
  return row.n;
}

/** What an import may change, counted, to show that a refused import changed nothing. */
export async function schoolState(t: TestApp, schoolId: string): Promise<Record<string, number>> {
  const tables = [
    'pupils',
    'sen_status_history',
    'pupil_needs',
    'sen_changes',
    'imports',
    'idempotency_keys',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await countRows(t, table, schoolId);
  const [versions] = await t.dataSource.query(
    `SELECT coalesce(sum(version + sen_version), 0)::int AS n FROM pupils WHERE school_id = $1`,
    [schoolId],
  );
  counts.versions = versions.n;
  return counts;
}
