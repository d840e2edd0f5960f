import { computeUpnCheckLetter, NEED_TYPES } from '@sendreg/contracts';
import { planImport } from './import-plan';
import { readDate, readGender, readSenStatus, readYearGroup, readYesNo } from './import-values';
import { PupilCandidate, validatePupils } from './row-validation';
import type { ExistingPupil, SchoolSnapshot } from './school-snapshot';

const upn = (serial: number) => {
  const body = `99910012500${serial}`.slice(0, 12);
  return `${computeUpnCheckLetter(body)}${body}`;
};
const UPN1 = upn(1);
const UPN2 = upn(2);

function snapshot(pupils: Record<string, Partial<ExistingPupil>> = {}): SchoolSnapshot {
  return {
    today: '2026-11-22',
    classes: [
      { id: 'class-4a', name: '4A' },
      { id: 'class-5b', name: '5B' },
    ],
    needTypes: new Map(
      NEED_TYPES.map((t) => [t.code, { supportOnly: t.supportOnly, discontinued: false }] as const),
    ),
    pupils: new Map(
      Object.entries(pupils).map(([key, p]) => [
        key,
        {
          id: `id-${key}`,
          core: {
            legalSurname: 'Archer',
            legalForename: 'Ada',
            preferredForename: null,
            dateOfBirth: '2017-01-15',
            gender: 'F',
            yearGroup: '4',
            classId: 'class-4a',
            pupilPremium: false,
            eal: false,
            lookedAfter: false,
          },
          status: 'N',
          statusHistory: [],
          needs: [],
          needsSince: null,
          ...p,
        },
      ]),
    ),
  };
}

const HEADERS = {
  upn: 'UPN',
  legalSurname: 'Surname',
  legalForename: 'Forename',
  dateOfBirth: 'DOB',
  gender: 'Gender',
  yearGroup: 'Year',
  className: 'Reg',
  senStatus: 'SEN',
  primaryNeed: 'Primary',
  secondaryNeed: 'Secondary',
  pupilPremium: 'FSM',
} as const;

/** A CSV row of the fields given, at a line. */
function row(line: number, values: Partial<Record<keyof typeof HEADERS, string>>): PupilCandidate {
  const full = {
    upn: UPN1,
    legalSurname: 'Archer',
    legalForename: 'Ada',
    dateOfBirth: '15/01/2017',
    gender: 'F',
    yearGroup: '4',
    className: '4A',
    senStatus: 'N',
    primaryNeed: '',
    secondaryNeed: '',
    pupilPremium: 'N',
    ...values,
  };
  return {
    line,
    cells: Object.fromEntries(
      Object.entries(full).map(([field, raw]) => [
        field,
        { raw, line, column: HEADERS[field as keyof typeof HEADERS] },
      ]),
    ),
  };
}

const validate = (rows: PupilCandidate[], snap = snapshot()) =>
  validatePupils(rows, snap, { columnNames: HEADERS });

describe('reading values', () => {
  it('reads DD/MM/YYYY and ISO dates, and refuses impossible ones, 29 February only in leap years', () => {
    expect(readDate('17/11/2019')).toEqual({ ok: true, value: '2019-11-17' });
    expect(readDate('1/2/2019')).toEqual({ ok: true, value: '2019-02-01' });
    expect(readDate('2019-11-17')).toEqual({ ok: true, value: '2019-11-17' });
    expect(readDate('29/02/2020')).toEqual({ ok: true, value: '2020-02-29' });
    expect(readDate('2000-02-29')).toEqual({ ok: true, value: '2000-02-29' });
    expect(readDate('29/02/2019')).toEqual({
      ok: false,
      message: '"29/02/2019" is not a real date: there is no 29 February 2019.',
    });
    expect(readDate('1900-02-29').ok).toBe(false);
    expect(readDate('31/02/2019')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no 31 February/),
    });
    expect(readDate('31/04/2019').ok).toBe(false);
    expect(readDate('01/13/2019')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no month 13/),
    });
    expect(readDate('17/11/19')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/two-digit year/),
    });
    expect(readDate('2019/11/17').ok).toBe(false);
    expect(readDate('').ok).toBe(false);
  });

  it('reads year groups as an MIS writes them', () => {
    const read = (raw: string) => {
      const r = readYearGroup(raw);
      return r.ok ? r.value : null;
    };
    expect(
      ['N', 'Nursery', 'N2', 'R', 'Reception', 'YR', '1', 'Y4', 'Year 4', 'yr 10', '13'].map(read),
    ).toEqual(['N', 'N', 'N', 'R', 'R', 'R', '1', '4', '4', '10', '13']);
    expect(['0', '14', 'Year 14', 'X', ''].map(read)).toEqual([null, null, null, null, null]);
  });

  it('reads genders, yes/no values and SEN codes, and rejects the discontinued S, A and P', () => {
    expect(['M', 'f', 'U'].map((g) => readGender(g))).toEqual([
      { ok: true, value: 'M' },
      { ok: true, value: 'F' },
      { ok: true, value: 'U' },
    ]);
    expect(readGender('X').ok).toBe(false);
    expect(['Y', 'yes', 'TRUE', '1', 'N', 'No', 'false', '0', ''].map((v) => readYesNo(v))).toEqual([
      ...Array(4).fill({ ok: true, value: true }),
      ...Array(5).fill({ ok: true, value: false }),
    ]);
    expect(readYesNo('maybe').ok).toBe(false);
    expect(readSenStatus('k')).toEqual({ ok: true, value: 'K' });
    expect(readSenStatus('')).toEqual({ ok: true, value: 'N' });
    for (const code of ['S', 'A', 'P']) {
      expect(readSenStatus(code)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/discontinued.*\bK\b/),
      });
    }
  });
});

describe('validatePupils', () => {
  it('passes good rows, and reports every problem of a bad row by line and column', () => {
    const { pupils, problems } = validate([
      row(2, {}),
      row(3, {
        upn: `${UPN2.slice(0, 12)}9`,
        dateOfBirth: '31/02/2019',
        yearGroup: 'Year 15',
        className: '4Z',
        senStatus: 'K',
        primaryNeed: 'DYS',
      }),
    ]);
    expect(pupils.map((p) => p.line)).toEqual([2]);
    expect(problems).toEqual([
      { line: 3, column: 'UPN', field: 'upn', message: expect.stringMatching(/check letter does not match/) },
      { line: 3, column: 'DOB', field: 'dateOfBirth', message: expect.stringMatching(/no 31 February 2019/) },
      { line: 3, column: 'Year', field: 'yearGroup', message: expect.stringMatching(/not a year group/) },
      {
        line: 3,
        column: 'Reg',
        field: 'className',
        message: 'There is no class named 4Z in this school: create it first, or leave the column unmapped.',
      },
      {
        line: 3,
        column: 'Primary',
        field: 'primaryNeed',
        message: expect.stringMatching(/"DYS" is not a census need/),
      },
    ]);
  });

  it('reports a UPN that appears twice in the file on the later line, naming the first', () => {
    const { pupils, problems } = validate([
      row(2, {}),
      row(3, { upn: UPN2 }),
      row(7, { upn: UPN1.toLowerCase() }),
    ]);
    expect(pupils.map((p) => p.line)).toEqual([2, 3]);
    expect(problems).toEqual([
      {
        line: 7,
        column: 'UPN',
        field: 'upn',
        message: `The UPN ${UPN1} is also on line 2: each pupil may appear only once.`,
      },
    ]);
  });

  it('applies the census rules to the status and needs a row leaves the pupil with', () => {
    const { problems } = validate([
      row(2, { senStatus: 'K' }),
      row(3, { upn: UPN2, senStatus: 'N', primaryNeed: 'ASD' }),
      row(4, { upn: upn(3), senStatus: 'E', primaryNeed: 'NSA' }),
      row(5, { upn: upn(4), senStatus: 'K', primaryNeed: 'SLCN', secondaryNeed: 'SLCN' }),
      row(6, { upn: upn(5), senStatus: 'A' }),
    ]);
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'Primary', 'A pupil at SEN support or with an EHCP needs a primary need (rank 1).'],
      [3, 'SEN', 'A pupil not on the register (N or monitoring) has no ranked needs in the census.'],
      [4, 'SEN', 'NSA (no specialist assessment) is only allowed at SEN support (K).'],
      [5, 'Secondary', 'The same need type appears twice.'],
      [6, 'SEN', expect.stringMatching(/A \(School Action\) is a discontinued SEN code/)],
    ]);
  });

  it('checks the census rules against what the pupil keeps when a need column is not in the file', () => {
    const snap = snapshot({
      [UPN1]: { status: 'K', needs: [{ rank: 1, code: 'ASD' }], needsSince: '2024-01-01' },
    });
    const candidate = row(2, { senStatus: 'N' });
    delete candidate.cells.primaryNeed;
    delete candidate.cells.secondaryNeed;
    expect(validate([candidate], snap).problems).toEqual([
      expect.objectContaining({ line: 2, column: 'SEN', message: expect.stringMatching(/no ranked needs/) }),
    ]);
  });

  it('asks a new pupil for every field it needs, where the file has no such element', () => {
    const { problems } = validatePupils(
      [{ line: 9, cells: { upn: { raw: UPN1, line: 10, column: 'UPN' } } }],
      snapshot(),
      { columnNames: { legalSurname: 'Surname', legalForename: 'Forename', dateOfBirth: 'DOB' } },
    );
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [9, 'Surname'],
      [9, 'Forename'],
      [9, 'DOB'],
      [9, 'Gender'],
      [9, 'Year group'],
    ]);
    // A pupil the school already has keeps what the file leaves out.
    expect(
      validatePupils(
        [{ line: 9, cells: { upn: { raw: UPN1, line: 10, column: 'UPN' } } }],
        snapshot({ [UPN1]: {} }),
        {
          columnNames: {},
        },
      ).problems,
    ).toEqual([]);
  });
});

describe('planImport', () => {
  it('creates new UPNs, updates what differs, and leaves the same record unchanged', () => {
    const snap = snapshot({
      [UPN1]: {},
      [UPN2]: { status: 'K', needs: [{ rank: 1, code: 'SLCN' }], needsSince: '2025-01-01' },
    });
    const { pupils, problems } = validate(
      [
        row(2, {}),
        row(3, { upn: UPN2, senStatus: 'K', primaryNeed: 'slcn' }),
        row(4, { upn: upn(3), senStatus: 'E', primaryNeed: 'ASD', secondaryNeed: 'SEMH', pupilPremium: 'Y' }),
      ],
      snap,
    );
    expect(problems).toEqual([]);
    const plans = planImport(pupils, snap);
    expect(plans.map((p) => p.kind)).toEqual(['unchanged', 'unchanged', 'create']);
    expect(plans[2]).toMatchObject({
      core: { classId: 'class-4a', pupilPremium: true, preferredForename: null },
      statuses: [{ status: 'E', effectiveFrom: '2026-11-22' }],
      needs: {
        ranked: [
          { rank: 1, code: 'ASD' },
          { rank: 2, code: 'SEMH' },
        ],
        from: '2026-11-22',
      },
    });
    const changed = validate(
      [row(2, { yearGroup: '5', className: '5B', senStatus: 'K', primaryNeed: 'MLD' })],
      snap,
    );
    const [plan] = planImport(changed.pupils, snap);
    expect(plan).toMatchObject({
      kind: 'update',
      coreChange: {
        before: { yearGroup: '4', classId: 'class-4a' },
        after: { yearGroup: '5', classId: 'class-5b' },
      },
      statuses: [{ status: 'K' }],
      needs: { ranked: [{ rank: 1, code: 'MLD' }] },
    });
  });

  it('does not move a pupil out of monitoring when the MIS says N (monitoring is N in the census)', () => {
    const snap = snapshot({ [UPN1]: { status: 'monitoring' } });
    const [plan] = planImport(validate([row(2, { senStatus: 'N' })], snap).pupils, snap);
    expect(plan?.kind).toBe('unchanged');
  });

  it('adds only the CTF SEN entries not already recorded, and the needs from the latest entry', () => {
    const snap = snapshot({
      [UPN1]: { status: 'K', statusHistory: [{ status: 'K', effectiveFrom: '2024-03-08' }] },
    });
    const cell = (raw: string, column: string) => ({ raw, line: 5, column });
    const candidate: PupilCandidate = {
      line: 1,
      cells: { upn: cell(UPN1, 'UPN') },
      senHistory: {
        line: 4,
        entries: [
          { line: 5, startDate: cell('2024-03-08', 'StartDate'), provision: cell('K', 'SENprovision') },
          { line: 6, startDate: cell('2025-09-01', 'StartDate'), provision: cell('E', 'SENprovision') },
          { line: 7, startDate: cell('2022-01-10', 'StartDate'), provision: cell('N', 'SENprovision') },
        ],
        needs: [{ line: 8, rank: cell('1', 'SENtypeRank'), code: cell('ASD', 'SENtype') }],
      },
    };
    const { pupils, problems } = validatePupils([candidate], snap, { columnNames: {} });
    expect(problems).toEqual([]);
    const [plan] = planImport(pupils, snap);
    expect(plan?.statuses).toEqual([
      { status: 'N', effectiveFrom: '2022-01-10' },
      { status: 'E', effectiveFrom: '2025-09-01' },
    ]);
    expect(plan?.needs).toEqual({ ranked: [{ rank: 1, code: 'ASD' }], from: '2025-09-01' });
  });
});
