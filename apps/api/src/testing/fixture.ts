import { computeUpnCheckLetter, type SchoolRole, type YearGroup } from '@sendreg/contracts';
import type { DemoPupil, DemoSchool, DemoStaff, DemoTrust } from '../demo/demo-trust';
import { seedDemo } from '../demo/seed-demo';
import type { TestApp } from './test-app';

export const FIXTURE_PASSWORD = 'Fixture-Password-1';

function upn(estab: string, serial: number): string {
  const body = `999${estab}25${String(serial).padStart(3, '0')}`;
  return `${computeUpnCheckLetter(body)}${body}`;
}

function pupil(
  estab: string,
  serial: number,
  forename: string,
  surname: string,
  className: string,
  yearGroup: YearGroup,
): DemoPupil {
  return {
    upn: upn(estab, serial),
    legalForename: forename,
    legalSurname: surname,
    preferredForename: null,
    dateOfBirth: '2017-01-15',
    gender: 'F',
    yearGroup,
    className,
    pupilPremium: false,
    eal: false,
    lookedAfter: false,
    admissionDate: '2021-09-01',
  };
}

function staff(email: string, roles: SchoolRole[], classes: DemoStaff['classes'] = []): DemoStaff {
  return { email, displayName: email.split('@')[0] as string, roles, canSignIn: true, classes };
}

/**
 * Two schools of one trust, small enough to reason about by hand:
 * Ashdown (A) with one person per role, Beacon (B) with a SENCO and a teacher, and a person who
 * belongs to both (SENCO at A, teacher at B).
 */
export function fixtureTrust(): DemoTrust {
  const ashdown: DemoSchool = {
    name: 'Ashdown Primary',
    urn: '900001',
    laCode: '999',
    establishmentNumber: '1001',
    phase: 'primary',
    classes: [
      { name: '4A', yearGroup: '4' },
      { name: '4B', yearGroup: '4' },
      { name: '5A', yearGroup: '5' },
    ],
    staff: [
      staff('senco@ashdown.test', ['senco']),
      staff('teacher@ashdown.test', ['teacher'], [{ className: '4A', role: 'teacher' }]),
      staff('ta@ashdown.test', ['ta'], [{ className: '4B', role: 'ta' }]),
      staff('head@ashdown.test', ['head']),
      staff('admin@ashdown.test', ['school_admin']),
      staff('both@ashdown.test', ['senco']),
    ],
    pupils: [
      pupil('1001', 1, 'Ada', 'Archer', '4A', '4'),
      pupil('1001', 2, 'Ben', 'Baker', '4A', '4'),
      pupil('1001', 3, 'Cara', 'Cole', '4A', '4'),
      pupil('1001', 4, 'Dev', 'Dunn', '4B', '4'),
      pupil('1001', 5, 'Eve', 'Evans', '4B', '4'),
      pupil('1001', 6, 'Finn', 'Fox', '5A', '5'),
      pupil('1001', 7, 'Gita', 'Gray', '5A', '5'),
    ],
  };
  const beacon: DemoSchool = {
    name: 'Beacon School',
    urn: '900002',
    laCode: '999',
    establishmentNumber: '4002',
    phase: 'secondary',
    classes: [{ name: '7A', yearGroup: '7' }],
    staff: [
      staff('senco@beacon.test', ['senco']),
      staff('teacher@beacon.test', ['teacher'], [{ className: '7A', role: 'teacher' }]),
    ],
    pupils: [
      pupil('4002', 1, 'Hana', 'Hill', '7A', '7'),
      pupil('4002', 2, 'Ivan', 'Irwin', '7A', '7'),
      pupil('4002', 3, 'Jade', 'Jones', '7A', '7'),
    ],
  };
  return {
    name: 'Fixture Learning Trust',
    schools: [ashdown, beacon],
    trustLeaders: [{ email: 'leader@trust.test', displayName: 'Trust Leader' }],
  };
}

export interface Fixture {
  schoolA: string;
  schoolB: string;
  trustId: string;
  /** Pupil ids by legal forename. */
  pupils: Record<string, string>;
  /** User ids by email. */
  users: Record<string, string>;
  classes: Record<string, string>;
}

/** Seeds the fixture trust (through the same code as the demo seed) and returns its ids. */
export async function seedFixture(t: TestApp): Promise<Fixture> {
  await seedDemo(t.dataSource, t.db, FIXTURE_PASSWORD, fixtureTrust());
  // Read back as the owning (superuser) connection: RLS would hide other schools' rows from send_app.
  const schools: { id: string; name: string; trust_id: string }[] = await t.dataSource.query(
    `SELECT id, name, trust_id FROM schools`,
  );
  const pupils: { id: string; legal_forename: string }[] = await t.dataSource.query(
    `SELECT id, legal_forename FROM pupils`,
  );
  const users: { id: string; email: string }[] = await t.dataSource.query(`SELECT id, email FROM users`);
  const classes: { id: string; name: string; school_id: string }[] = await t.dataSource.query(
    `SELECT id, name, school_id FROM classes`,
  );
  const schoolA = schools.find((s) => s.name === 'Ashdown Primary')!.id;
  const schoolB = schools.find((s) => s.name === 'Beacon School')!.id;
  // The person in both schools: SENCO at Ashdown (from the seed) and teacher of 7A at Beacon.
  const both = users.find((u) => u.email === 'both@ashdown.test')!.id;
  const class7A = classes.find((c) => c.name === '7A')!.id;
  await t.dataSource.transaction((m) =>
    t.db.within(m, { schoolId: schoolB, userId: null }, async (tx) => {
      await tx.query(`INSERT INTO memberships (school_id, user_id, roles) VALUES ($1, $2, '{teacher}')`, [
        schoolB,
        both,
      ]);
      await tx.query(
        `INSERT INTO class_staff (school_id, class_id, user_id, role) VALUES ($1, $2, $3, 'teacher')`,
        [schoolB, class7A, both],
      );
    }),
  );
  return {
    schoolA,
    schoolB,
    trustId: schools[0]!.trust_id,
    pupils: Object.fromEntries(pupils.map((p) => [p.legal_forename, p.id])),
    users: Object.fromEntries(users.map((u) => [u.email, u.id])),
    classes: Object.fromEntries(
      classes.map((c) => [`${c.school_id === schoolA ? 'A' : 'B'}:${c.name}`, c.id]),
    ),
  };
}

/** Signs in through the real endpoint and returns the bearer token and the refresh cookie. */
export async function signIn(t: TestApp, email: string, password = FIXTURE_PASSWORD) {
  const res = await t.http().post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`Sign-in of ${email} failed with ${res.status}`);
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('sr_refresh='));
  return { token: res.body.accessToken as string, cookie: cookie?.split(';')[0] as string };
}

/**
 * The usual suite set-up: the app on a fresh database with the fixture trust, closed after the suite.
 * Read `ctx.t` and `ctx.f` inside tests (they are set in beforeAll).
 */
export function withFixtureApp(env: Record<string, string> = {}): { t: TestApp; f: Fixture } {
  const ctx = {} as { t: TestApp; f: Fixture };
  beforeAll(async () => {
    const { startTestApp } = await import('./test-app');
    ctx.t = await startTestApp(env);
    ctx.f = await seedFixture(ctx.t);
  });
  afterAll(() => ctx.t?.close());
  return ctx;
}
