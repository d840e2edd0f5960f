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

/**
 * Inserts many rows with one statement per chunk and one array parameter per column (unnest), for the
 * big tables. school_id comes from the transaction's school, as RLS requires.
 */
async function insertArrays(
  m: EntityManager,
  table: string,
  columns: [name: string, type: string][],
  rows: unknown[][],
  chunkSize = 20_000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const arrays = columns.map((_, i) => chunk.map((row) => row[i]));
    await m.query(
      `INSERT INTO ${table} (school_id, ${columns.map(([name]) => name).join(', ')})
       SELECT app_current_school(), * FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`,
      arrays,
    );
  }
}

function idOf(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo seed: no ${what} ${key}`);
  return id;
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
    await seedProvisionMap(m, school, pupilIds, userIds);
    await seedPassports(m, school, pupilIds, userIds);
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

/** The provision map: catalogue, rates, groups with staff and places, logged sessions and attendance. */
async function seedProvisionMap(
  m: EntityManager,
  school: DemoSchool,
  pupilIds: Map<string, string>,
  userIds: Map<string, string>,
): Promise<void> {
  const map = school.provision;
  if (!map) return;
  const user = (email: string) => idOf(userIds, email, 'member of staff');
  const pupil = (upn: string) => idOf(pupilIds, upn, 'pupil');
  const interventionIds = new Map(map.interventions.map((i) => [i.name, randomUUID()]));
  await insertRows(
    m,
    'interventions',
    [
      'school_id',
      'id',
      'name',
      'area',
      'description',
      'delivery',
      'usual_group_size',
      'delivered_by',
      'usual_minutes',
      'usual_sessions_per_week',
      'resource_cost_per_session_pence',
      'measure_name',
      'measure_unit',
      'higher_is_better',
      'created_at',
    ],
    map.interventions.map((i) => [
      undefined,
      interventionIds.get(i.name),
      i.name,
      i.area,
      i.description,
      i.delivery,
      i.usualGroupSize,
      i.deliveredBy,
      i.usualMinutes,
      i.usualSessionsPerWeek,
      i.resourceCostPerSessionPence,
      i.measure.name,
      i.measure.unit,
      i.measure.higherIsBetter,
      i.createdAt,
    ]),
  );
  await insertRows(
    m,
    'staff_rates',
    ['school_id', 'role', 'user_id', 'hourly_rate_pence', 'effective_from', 'set_by', 'set_at'],
    map.rates.map((r) => [
      undefined,
      r.role,
      r.staffEmail ? user(r.staffEmail) : null,
      r.hourlyRatePence,
      r.effectiveFrom,
      user(r.setBy),
      r.setAt,
    ]),
  );
  await insertRows(
    m,
    'school_closures',
    ['school_id', 'name', 'starts_on', 'ends_on', 'created_by', 'created_at'],
    map.closures.map((c) => [
      undefined,
      c.name,
      c.from,
      c.to,
      user(map.closuresSetBy),
      map.rates[0]?.setAt ?? null,
    ]),
  );
  const provisionIds = map.provisions.map(() => randomUUID());
  await insertRows(
    m,
    'provisions',
    [
      'school_id',
      'id',
      'intervention_id',
      'name',
      'sessions_per_week',
      'minutes',
      'weekdays',
      'start_date',
      'end_date',
      'location',
      'created_by',
      'created_at',
    ],
    map.provisions.map((p, i) => [
      undefined,
      provisionIds[i],
      idOf(interventionIds, p.intervention, 'intervention'),
      p.name,
      p.weekdays.length,
      p.minutes,
      p.weekdays,
      p.startDate,
      p.endDate,
      p.location,
      user(p.createdBy),
      p.createdAt,
    ]),
  );
  await insertRows(
    m,
    'provision_staff',
    ['school_id', 'provision_id', 'user_id'],
    map.provisions.flatMap((p, i) => p.staff.map((email) => [undefined, provisionIds[i], user(email)])),
  );
  await insertRows(
    m,
    'provision_pupils',
    [
      'school_id',
      'provision_id',
      'pupil_id',
      'joined_on',
      'left_on',
      'entry_score',
      'entry_date',
      'target_score',
      'exit_score',
      'exit_date',
    ],
    map.provisions.flatMap((p, i) =>
      p.places.map((place) => [
        undefined,
        provisionIds[i],
        pupil(place.pupilUpn),
        place.joinedOn,
        place.leftOn,
        place.entryScore,
        place.entryDate,
        place.targetScore,
        place.exitScore,
        place.exitDate,
      ]),
    ),
  );
  const sessions: unknown[][] = [];
  const attendance: unknown[][] = [];
  map.provisions.forEach((p, i) => {
    for (const s of p.sessions) {
      const id = randomUUID();
      sessions.push([
        id,
        provisionIds[i],
        s.heldOn,
        s.status,
        s.minutes,
        s.cancelReason,
        s.note,
        user(s.deliveredBy),
        user(s.loggedBy),
        s.loggedAt,
      ]);
      for (const a of s.attendance) attendance.push([id, pupil(a.pupilUpn), a.attended, a.absenceReason]);
    }
  });
  await insertArrays(
    m,
    'provision_sessions',
    [
      ['id', 'uuid'],
      ['provision_id', 'uuid'],
      ['held_on', 'date'],
      ['status', 'text'],
      ['minutes', 'smallint'],
      ['cancel_reason', 'text'],
      ['note', 'text'],
      ['delivered_by', 'uuid'],
      ['logged_by', 'uuid'],
      ['logged_at', 'timestamptz'],
    ],
    sessions,
  );
  await insertArrays(
    m,
    'session_attendance',
    [
      ['session_id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['attended', 'boolean'],
      ['absence_reason', 'text'],
    ],
    attendance,
  );
}

/**
 * Pupil passports: the published versions, the SENCO's draft of each (saved once per version, and the
 * same as the current version: nothing waiting to be published), read receipts and staff notices.
 */
async function seedPassports(
  m: EntityManager,
  school: DemoSchool,
  pupilIds: Map<string, string>,
  userIds: Map<string, string>,
): Promise<void> {
  const set = school.passports;
  if (!set) return;
  const user = (email: string) => idOf(userIds, email, 'member of staff');
  const pupil = (upn: string) => idOf(pupilIds, upn, 'pupil');
  const versionIds = new Map<string, string>();
  const versions: unknown[][] = [];
  const drafts: unknown[][] = [];
  for (const passport of set.passports) {
    for (const v of passport.versions) {
      const id = randomUUID();
      versionIds.set(`${passport.pupilUpn}|${v.number}`, id);
      versions.push([
        id,
        pupil(passport.pupilUpn),
        v.number,
        JSON.stringify(v.content),
        v.changeNote,
        user(passport.publishedBy),
        v.publishedAt,
      ]);
    }
    const current = passport.versions.at(-1)!;
    drafts.push([
      pupil(passport.pupilUpn),
      JSON.stringify(current.content),
      passport.versions.length,
      user(passport.publishedBy),
      new Date(Date.parse(current.publishedAt) - 15 * 60_000).toISOString(),
    ]);
  }
  await insertArrays(
    m,
    'passport_versions',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['number', 'int'],
      ['content', 'jsonb'],
      ['change_note', 'text'],
      ['published_by', 'uuid'],
      ['published_at', 'timestamptz'],
    ],
    versions,
  );
  await insertArrays(
    m,
    'passport_drafts',
    [
      ['pupil_id', 'uuid'],
      ['content', 'jsonb'],
      ['version', 'int'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    drafts,
  );
  await insertArrays(
    m,
    'passport_receipts',
    [
      ['version_id', 'uuid'],
      ['user_id', 'uuid'],
      ['read_at', 'timestamptz'],
    ],
    set.receipts.map((r) => [
      idOf(versionIds, `${r.pupilUpn}|${r.number}`, 'passport version'),
      user(r.staffEmail),
      r.readAt,
    ]),
  );
  await insertRows(
    m,
    'staff_notices',
    ['school_id', 'user_id', 'kind', 'message', 'created_by', 'created_at'],
    set.notices.map((n) => [undefined, user(n.toEmail), n.kind, n.message, user(n.fromEmail), n.createdAt]),
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
