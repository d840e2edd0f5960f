import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../platform/auth/passwords';
import { DbContext } from '../platform/tenancy/db-context';
import { buildDemoTrust, DEMO_TRUST_NAME, DemoSchool, DemoTrust } from './demo-trust';

export type SeedOutcome = 'seeded' | 'already-seeded';

/** Inserts rows in chunks of multi-row VALUES, one statement per chunk. */
async function insertRows(
  m: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
  chunkSize = 500,
): Promise<void> {
  if (rows.length === 0) return;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params: unknown[] = [];
    // `undefined` stands for school_id: filled from the transaction's school, as RLS requires.
    const values = chunk.map(
      (row) =>
        `(${row.map((value) => (value === undefined ? 'app_current_school()' : `$${params.push(value)}`)).join(', ')})`,
    );
    await m.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

async function seedSchool(
  db: DbContext,
  owner: EntityManager,
  school: DemoSchool,
  trustId: string,
  passwordHash: string,
): Promise<void> {
  const schoolId = randomUUID();
  await db.within(owner, { schoolId, userId: null }, async (m) => {
    await m.query(
      `INSERT INTO schools (id, trust_id, name, urn, la_code, establishment_number, phase)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [schoolId, trustId, school.name, school.urn, school.laCode, school.establishmentNumber, school.phase],
    );
    const classIds = new Map(school.classes.map((c) => [c.name, randomUUID()]));
    await insertRows(
      m,
      'classes',
      ['school_id', 'id', 'name', 'year_group'],
      school.classes.map((c) => [schoolId, classIds.get(c.name), c.name, c.yearGroup]),
    );
    const userIds = new Map(school.staff.map((s) => [s.email, randomUUID()]));
    await insertRows(
      m,
      'users',
      ['id', 'email', 'display_name', 'password_hash'],
      school.staff.map((s) => [
        userIds.get(s.email),
        s.email,
        s.displayName,
        s.canSignIn ? passwordHash : null,
      ]),
    );
    await insertRows(
      m,
      'memberships',
      ['school_id', 'user_id', 'roles'],
      school.staff.map((s) => [schoolId, userIds.get(s.email), s.roles]),
    );
    await insertRows(
      m,
      'class_staff',
      ['school_id', 'class_id', 'user_id', 'role'],
      school.staff.flatMap((s) =>
        s.classes.map((c) => [schoolId, classIds.get(c.className), userIds.get(s.email), c.role]),
      ),
    );
    const pupilIds = new Map(school.pupils.map((p) => [p.upn, randomUUID()]));
    await insertRows(
      m,
      'pupils',
      [
        'id',
        'school_id',
        'upn',
        'legal_forename',
        'legal_surname',
        'preferred_forename',
        'date_of_birth',
        'gender',
        'year_group',
        'class_id',
        'pupil_premium',
        'eal',
        'looked_after',
        'admission_date',
      ],
      school.pupils.map((p) => [
        pupilIds.get(p.upn),
        schoolId,
        p.upn,
        p.legalForename,
        p.legalSurname,
        p.preferredForename,
        p.dateOfBirth,
        p.gender,
        p.yearGroup,
        classIds.get(p.className),
        p.pupilPremium,
        p.eal,
        p.lookedAfter,
        p.admissionDate,
      ]),
    );
    await seedSendHistories(m, school, pupilIds, userIds);
  });
}

/** Status history, ranked needs and concerns, recorded as the school's SENCO would have. */
async function seedSendHistories(
  m: EntityManager,
  school: DemoSchool,
  pupilIds: Map<string, string>,
  userIds: Map<string, string>,
): Promise<void> {
  const senco = school.staff.find((s) => s.roles.includes('senco'));
  const recordedBy = senco ? userIds.get(senco.email) : null;
  const withSen = school.pupils.filter((p) => p.sen);
  await insertRows(
    m,
    'sen_status_history',
    ['school_id', 'pupil_id', 'status', 'effective_from', 'reason', 'source', 'recorded_by', 'recorded_at'],
    withSen.flatMap((p) =>
      p.sen!.history.map((h) => [
        undefined,
        pupilIds.get(p.upn),
        h.status,
        h.effectiveFrom,
        h.reason,
        'demo',
        recordedBy,
        `${h.effectiveFrom}T09:00:00Z`,
      ]),
    ),
  );
  await insertRows(
    m,
    'pupil_needs',
    [
      'school_id',
      'pupil_id',
      'need_code',
      'rank',
      'description',
      'effective_from',
      'source',
      'recorded_by',
      'recorded_at',
    ],
    withSen.flatMap((p) =>
      p.sen!.needs.map((n) => [
        undefined,
        pupilIds.get(p.upn),
        n.code,
        n.rank,
        n.description,
        n.effectiveFrom,
        'demo',
        recordedBy,
        `${n.effectiveFrom}T09:05:00Z`,
      ]),
    ),
  );
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  await insertRows(
    m,
    'concerns',
    [
      'school_id',
      'pupil_id',
      'raised_by',
      'raised_at',
      'area',
      'observed',
      'tried',
      'status',
      'outcome',
      'triaged_by',
      'triaged_at',
      'version',
    ],
    (school.concerns ?? []).map((c) => [
      undefined,
      pupilIds.get(c.pupilUpn),
      userIds.get(c.raisedBy),
      day(c.daysAgo),
      c.area,
      c.observed,
      c.tried,
      c.triage?.status ?? 'open',
      c.triage?.outcome ?? null,
      c.triage ? recordedBy : null,
      c.triage ? day(c.triage.daysAgo) : null,
      c.triage ? 2 : 1,
    ]),
  );
}

/**
 * Seeds the demo trust. It refuses to touch a database that holds anything else, and does nothing
 * when the demo trust is already there. Trust rows are platform data, written as the owner; each
 * school's rows are written inside that school's scope, under row-level security, all in one transaction.
 */
export async function seedDemo(
  dataSource: DataSource,
  db: DbContext,
  password: string,
  trust: DemoTrust = buildDemoTrust(),
): Promise<SeedOutcome> {
  const [existing] = await dataSource.query(
    `SELECT (SELECT count(*) FROM trusts WHERE name = $1)::int AS demo,
            (SELECT count(*) FROM trusts)::int AS trusts, (SELECT count(*) FROM users)::int AS users`,
    [DEMO_TRUST_NAME],
  );
  if (existing.demo > 0) return 'already-seeded';
  if (existing.trusts > 0 || existing.users > 0) {
    throw new Error('Refusing to seed demo data: this database already holds other trusts or users.');
  }
  const passwordHash = await hashPassword(password);
  // One transaction: a seed that fails half-way leaves nothing behind.
  await dataSource.transaction(async (owner) => {
    const [{ id: trustId }] = await owner.query(`INSERT INTO trusts (name) VALUES ($1) RETURNING id`, [
      trust.name,
    ]);
    for (const school of trust.schools) await seedSchool(db, owner, school, trustId, passwordHash);
    await seedTrustLeaders(db, owner, trust, trustId, passwordHash);
  });
  // Fresh planner statistics: without them the first queries plan as if the tables were empty, and
  // embedded PostgreSQL (single-user, no autovacuum) would never gather them by itself.
  await dataSource.query('ANALYZE');
  return 'seeded';
}

async function seedTrustLeaders(
  db: DbContext,
  owner: EntityManager,
  trust: DemoTrust,
  trustId: string,
  passwordHash: string,
): Promise<void> {
  await db.within(owner, { schoolId: null, userId: null }, async (m) => {
    for (const leader of trust.trustLeaders) {
      const [{ id }] = await m.query(
        `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
        [leader.email, leader.displayName, passwordHash],
      );
      await m.query(
        `INSERT INTO trust_memberships (trust_id, user_id, roles) VALUES ($1, $2, '{trust_leader}')`,
        [trustId, id],
      );
    }
  });
}
