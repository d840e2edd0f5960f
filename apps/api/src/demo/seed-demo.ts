import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../platform/auth/passwords';
import { DbContext } from '../platform/tenancy/db-context';
import { ehcpRevisionRecord } from './demo-ehcp';
import { planContent, type DemoPlan, type DemoPlanRevision } from './demo-plans';
import { buildDemoTrust, DEMO_TRUST_NAME, DemoSchool, DemoTrust } from './demo-trust';

export type SeedOutcome = 'seeded' | 'already-seeded';

/** The subject of a passport nudge: it shows in mail previews, so it names no pupil. */
export const PASSPORT_NUDGE_SUBJECT = "Please read your pupils' passports";

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

/**
 * Inserts rows given as one JSON array (jsonb_to_recordset), for tables with JSON columns: one parse of
 * one parameter, where arrays of JSON text would be escaped, sent and cast value by value.
 */
async function insertJson(
  m: EntityManager,
  table: string,
  columns: [name: string, type: string][],
  rows: unknown[][],
  chunkSize = 5_000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const records = chunk.map((row) => Object.fromEntries(columns.map(([name], i) => [name, row[i]])));
    await m.query(
      `INSERT INTO ${table} (school_id, ${columns.map(([name]) => name).join(', ')})
       SELECT app_current_school(), ${columns.map(([name]) => `r.${name}`).join(', ')}
         FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map(([name, type]) => `${name} ${type}`).join(', ')})`,
      [JSON.stringify(records)],
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
    const provisionIds = await seedProvisionMap(m, school, pupilIds, userIds);
    await seedPassports(m, school, schoolId, pupilIds, userIds);
    await seedPlans(m, school, pupilIds, userIds, provisionIds);
    await seedEhcpRecords(m, school, pupilIds, userIds);
    await seedLiaison(m, school, pupilIds, userIds);
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
 * The provision map: catalogue, rates, groups with staff and places, logged sessions and attendance.
 * Answers the groups' ids by name (unique in the school), for the plans that link them.
 */
async function seedProvisionMap(
  m: EntityManager,
  school: DemoSchool,
  pupilIds: Map<string, string>,
  userIds: Map<string, string>,
): Promise<Map<string, string>> {
  const map = school.provision;
  if (!map) return new Map();
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
  return new Map(map.provisions.map((p, i) => [p.name, provisionIds[i]!]));
}

/**
 * Pupil passports: the published versions, the SENCO's draft of each (saved once per version, and the
 * same as the current version: nothing waiting to be published), read receipts and the SENCO's nudges.
 */
async function seedPassports(
  m: EntityManager,
  school: DemoSchool,
  schoolId: string,
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
  // The SENCO's nudges, as notifications: no pupil's name in the subject, a link to act on them.
  await insertRows(
    m,
    'outbox_messages',
    ['school_id', 'user_id', 'kind', 'subject', 'body', 'link', 'created_by', 'created_at'],
    set.notices.map((n) => [
      undefined,
      user(n.toEmail),
      n.kind,
      PASSPORT_NUDGE_SUBJECT,
      n.message,
      `/schools/${schoolId}/my-passports`,
      user(n.fromEmail),
      n.createdAt,
    ]),
  );
}

/**
 * Support plans: the school's review cycle, every plan with its revisions, teachers' comments, and the
 * reviews that closed plans and started the next (so the reviews go in after every plan).
 */
async function seedPlans(
  m: EntityManager,
  school: DemoSchool,
  pupilIds: Map<string, string>,
  userIds: Map<string, string>,
  provisionIds: Map<string, string>,
): Promise<void> {
  const set = school.plans;
  if (!set) return;
  const user = (email: string) => idOf(userIds, email, 'member of staff');
  const pupil = (upn: string) => idOf(pupilIds, upn, 'pupil');
  const provision = (name: string) => idOf(provisionIds, name, 'provision');
  await insertRows(
    m,
    'plan_settings',
    ['school_id', 'reviews_per_year', 'updated_by', 'updated_at'],
    [[undefined, set.settings.reviewsPerYear, user(set.settings.updatedBy), set.settings.updatedAt]],
  );
  const planIds = new Map(set.plans.map((p) => [`${p.pupilUpn}|${p.cycle}`, randomUUID()]));
  const planId = (upn: string, cycle: number) => idOf(planIds, `${upn}|${cycle}`, 'plan');
  await insertJson(
    m,
    'support_plans',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['cycle', 'int'],
      ['status', 'text'],
      ['format', 'text'],
      ['content', 'jsonb'],
      ['review_date', 'date'],
      ['started_on', 'date'],
      ['closed_on', 'date'],
      ['closed_reason', 'text'],
      ['version', 'int'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    set.plans.map((p) => [
      planId(p.pupilUpn, p.cycle),
      pupil(p.pupilUpn),
      p.cycle,
      p.status,
      p.format,
      planContent(p.content, provision),
      p.reviewDate,
      p.startedOn,
      p.closedOn,
      p.closedReason,
      p.revisions.length,
      user(p.createdBy),
      p.createdAt,
      user(p.updatedBy),
      p.updatedAt,
    ]),
  );
  // The last revision of each plan is the plan as it stands: its content is copied from the plan
  // rather than sent again.
  const revisionColumns: [string, string][] = [
    ['plan_id', 'uuid'],
    ['number', 'int'],
    ['status', 'text'],
    ['review_date', 'date'],
    ['saved_by', 'uuid'],
    ['saved_at', 'timestamptz'],
  ];
  const revisionRow = (p: DemoPlan, r: DemoPlanRevision) => [
    planId(p.pupilUpn, p.cycle),
    r.number,
    r.status,
    r.reviewDate,
    user(r.savedBy),
    r.savedAt,
  ];
  await insertJson(
    m,
    'plan_revisions',
    [...revisionColumns, ['content', 'jsonb']],
    set.plans.flatMap((p) =>
      p.revisions.slice(0, -1).map((r) => [...revisionRow(p, r), planContent(r.content, provision)]),
    ),
  );
  await m.query(
    `INSERT INTO plan_revisions (school_id, ${revisionColumns.map(([name]) => name).join(', ')}, content)
     SELECT app_current_school(), ${revisionColumns.map(([name]) => `r.${name}`).join(', ')}, p.content
       FROM jsonb_to_recordset($1::jsonb) AS r(${revisionColumns.map(([n, t]) => `${n} ${t}`).join(', ')})
       JOIN support_plans p ON p.school_id = app_current_school() AND p.id = r.plan_id`,
    [
      JSON.stringify(
        set.plans.map((p) =>
          Object.fromEntries(
            revisionColumns.map(([name], i) => [name, revisionRow(p, p.revisions.at(-1)!)[i]]),
          ),
        ),
      ),
    ],
  );
  await insertArrays(
    m,
    'plan_comments',
    [
      ['plan_id', 'uuid'],
      ['author_id', 'uuid'],
      ['body', 'text'],
      ['created_at', 'timestamptz'],
    ],
    set.plans.flatMap((p) =>
      p.comments.map((c) => [planId(p.pupilUpn, p.cycle), user(c.authorEmail), c.body, c.createdAt]),
    ),
  );
  await insertJson(
    m,
    'plan_reviews',
    [
      ['plan_id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['held_on', 'date'],
      ['attendees', 'jsonb'],
      ['pupil_views', 'text'],
      ['parent_views', 'text'],
      ['outcomes', 'jsonb'],
      ['decisions', 'text'],
      ['next_plan_id', 'uuid'],
      ['next_review_date', 'date'],
      ['recorded_by', 'uuid'],
      ['recorded_at', 'timestamptz'],
    ],
    set.plans
      .filter((p) => p.review)
      .map((p) => [
        planId(p.pupilUpn, p.cycle),
        pupil(p.pupilUpn),
        p.review!.heldOn,
        p.review!.attendees,
        p.review!.pupilViews,
        p.review!.parentViews,
        p.review!.outcomes,
        p.review!.decisions,
        planId(p.pupilUpn, p.cycle + 1),
        p.review!.nextReviewDate,
        user(p.review!.recordedBy),
        p.review!.recordedAt,
      ]),
  );
}

/** EHCP records, each saved once (so one revision holding the record as saved). */
async function seedEhcpRecords(
  m: EntityManager,
  school: DemoSchool,
  pupilIds: Map<string, string>,
  userIds: Map<string, string>,
): Promise<void> {
  const records = school.ehcp ?? [];
  const user = (email: string) => idOf(userIds, email, 'member of staff');
  const pupil = (upn: string) => idOf(pupilIds, upn, 'pupil');
  await insertRows(
    m,
    'ehcp_records',
    [
      'school_id',
      'pupil_id',
      'local_authority',
      'requested_by',
      'requested_on',
      'assess_decision',
      'assess_decision_on',
      'advice_received_on',
      'issue_decision',
      'draft_issued_on',
      'parent_comments_on',
      'final_issued_on',
      'last_annual_review_on',
      'next_annual_review_meeting_on',
      'review_papers_sent_on',
      'review_report_sent_on',
      'amend_decision_on',
      'phase_transfer',
      'transfer_year',
      'amended_plan_issued_on',
      'notes',
      'updated_by',
      'updated_at',
    ],
    records.map((r) => [
      undefined,
      pupil(r.pupilUpn),
      r.localAuthority,
      r.requestedBy,
      r.requestedOn,
      r.assessDecision,
      r.assessDecisionOn,
      r.adviceReceivedOn,
      r.issueDecision,
      r.draftIssuedOn,
      r.parentCommentsOn,
      r.finalIssuedOn,
      r.lastAnnualReviewOn,
      r.nextAnnualReviewMeetingOn,
      r.reviewPapersSentOn,
      r.reviewReportSentOn,
      r.amendDecisionOn,
      r.phaseTransfer,
      r.transferYear,
      r.amendedPlanIssuedOn,
      r.notes,
      user(r.updatedBy),
      r.updatedAt,
    ]),
  );
  await insertRows(
    m,
    'ehcp_record_revisions',
    ['school_id', 'pupil_id', 'number', 'record', 'saved_by', 'saved_at'],
    records.map((r) => [
      undefined,
      pupil(r.pupilUpn),
      1,
      JSON.stringify(ehcpRevisionRecord(r)),
      user(r.updatedBy),
      r.updatedAt,
    ]),
  );
}

/**
 * Liaison with families and professionals: contacts, the directory, referrals with every status they
 * have had, the reports received (kept in the database, as uploads are), the chronology with its
 * corrections (each after the entry it corrects), and exam access arrangements with the school's setting.
 */
async function seedLiaison(
  m: EntityManager,
  school: DemoSchool,
  pupilIds: Map<string, string>,
  userIds: Map<string, string>,
): Promise<void> {
  const set = school.liaison;
  if (!set) return;
  const user = (email: string) => idOf(userIds, email, 'member of staff');
  const pupil = (upn: string) => idOf(pupilIds, upn, 'pupil');
  await insertArrays(
    m,
    'family_contacts',
    [
      ['pupil_id', 'uuid'],
      ['name', 'text'],
      ['relationship', 'text'],
      ['parental_responsibility', 'boolean'],
      ['preferred_contact', 'text'],
      ['phone', 'text'],
      ['email', 'text'],
      ['address', 'text'],
      ['language', 'text'],
      ['interpreter_needed', 'boolean'],
      ['notes', 'text'],
      ['priority', 'int'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    set.contacts.map((c) => [
      pupil(c.pupilUpn),
      c.name,
      c.relationship,
      c.parentalResponsibility,
      c.preferredContact,
      c.phone,
      c.email,
      c.address,
      c.language,
      c.interpreterNeeded,
      c.notes,
      c.priority,
      user(c.createdBy),
      c.createdAt,
      user(c.createdBy),
      c.createdAt,
    ]),
  );
  const serviceIds = new Map(set.services.map((s) => [s.name, randomUUID()]));
  const professionalIds = new Map(
    set.services.flatMap((s) => s.professionals.map((p) => [`${s.name}|${p.name}`, randomUUID()])),
  );
  await insertRows(
    m,
    'professional_services',
    [
      'school_id',
      'id',
      'name',
      'kind',
      'how_to_refer',
      'phone',
      'email',
      'website',
      'updated_by',
      'updated_at',
    ],
    set.services.map((s) => [
      undefined,
      serviceIds.get(s.name),
      s.name,
      s.kind,
      s.howToRefer,
      s.phone,
      s.email,
      s.website,
      user(s.updatedBy),
      s.updatedAt,
    ]),
  );
  await insertRows(
    m,
    'professionals',
    ['school_id', 'id', 'service_id', 'name', 'role', 'phone', 'email', 'updated_by', 'updated_at'],
    set.services.flatMap((s) =>
      s.professionals.map((p) => [
        undefined,
        professionalIds.get(`${s.name}|${p.name}`),
        serviceIds.get(s.name),
        p.name,
        p.role,
        p.phone,
        p.email,
        user(s.updatedBy),
        s.updatedAt,
      ]),
    ),
  );
  const referralIds = set.referrals.map(() => randomUUID());
  await insertArrays(
    m,
    'referrals',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['service_id', 'uuid'],
      ['professional_id', 'uuid'],
      ['referred_on', 'date'],
      ['reason', 'text'],
      ['consent_given_by', 'text'],
      ['consent_relationship', 'text'],
      ['consent_given_on', 'date'],
      ['status', 'text'],
      ['status_on', 'date'],
      ['version', 'int'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    set.referrals.map((r, i) => [
      referralIds[i],
      pupil(r.pupilUpn),
      idOf(serviceIds, r.service, 'service'),
      r.professional ? idOf(professionalIds, `${r.service}|${r.professional}`, 'professional') : null,
      r.referredOn,
      r.reason,
      r.consentGivenBy,
      r.consentRelationship,
      r.consentGivenOn,
      r.status,
      r.statusOn,
      r.history.length,
      user(r.createdBy),
      r.createdAt,
      user(r.createdBy),
      r.history.at(-1)!.recordedAt,
    ]),
  );
  await insertArrays(
    m,
    'referral_status_changes',
    [
      ['referral_id', 'uuid'],
      ['status', 'text'],
      ['status_on', 'date'],
      ['note', 'text'],
      ['recorded_by', 'uuid'],
      ['recorded_at', 'timestamptz'],
    ],
    set.referrals.flatMap((r, i) =>
      r.history.map((h) => [referralIds[i], h.status, h.statusOn, h.note, user(r.createdBy), h.recordedAt]),
    ),
  );
  await insertRows(
    m,
    'pupil_documents',
    [
      'school_id',
      'pupil_id',
      'referral_id',
      'kind',
      'title',
      'file_name',
      'media_type',
      'size_bytes',
      'content',
      'sha256',
      'received_on',
      'recommendations',
      'uploaded_by',
      'uploaded_at',
    ],
    set.documents.map((d) => [
      undefined,
      pupil(d.pupilUpn),
      referralIds[d.referral],
      d.kind,
      d.title,
      d.fileName,
      d.mediaType,
      d.content.length,
      d.content,
      d.sha256,
      d.receivedOn,
      d.recommendations,
      user(d.uploadedBy),
      d.uploadedAt,
    ]),
  );
  // Corrections come after the entries they correct, so one statement (or an earlier one) holds both.
  const entryIds = set.chronology.map(() => randomUUID());
  await insertArrays(
    m,
    'chronology_entries',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['occurred_on', 'date'],
      ['kind', 'text'],
      ['parent_meeting', 'boolean'],
      ['with_whom', 'text'],
      ['summary', 'text'],
      ['agreed', 'text'],
      ['corrects_id', 'uuid'],
      ['referral_id', 'uuid'],
      ['recorded_by', 'uuid'],
      ['recorded_at', 'timestamptz'],
    ],
    set.chronology.map((e, i) => [
      entryIds[i],
      pupil(e.pupilUpn),
      e.occurredOn,
      e.kind,
      e.parentMeeting,
      e.withWhom,
      e.summary,
      e.agreed,
      e.corrects === null ? null : entryIds[e.corrects],
      e.referral === null ? null : referralIds[e.referral],
      user(e.recordedBy),
      e.recordedAt,
    ]),
  );
  await insertArrays(
    m,
    'exam_arrangements',
    [
      ['pupil_id', 'uuid'],
      ['arrangement', 'text'],
      ['extra_time_percent', 'int'],
      ['details', 'text'],
      ['evidence', 'text'],
      ['assessor', 'text'],
      ['approved_on', 'date'],
      ['expires_on', 'date'],
      ['withdrawn_on', 'date'],
      ['version', 'int'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    set.examArrangements.map((a) => [
      pupil(a.pupilUpn),
      a.arrangement,
      a.extraTimePercent,
      a.details,
      a.evidence,
      a.assessor,
      a.approvedOn,
      a.expiresOn,
      a.withdrawnOn,
      a.withdrawnOn ? 2 : 1,
      user(a.createdBy),
      a.createdAt,
      user(a.createdBy),
      a.updatedAt,
    ]),
  );
  if (set.examSettings) {
    await insertRows(
      m,
      'exam_settings',
      ['school_id', 'teaching_assistants_see', 'updated_by', 'updated_at'],
      [
        [
          undefined,
          set.examSettings.teachingAssistantsSee,
          user(set.examSettings.updatedBy),
          set.examSettings.updatedAt,
        ],
      ],
    );
  }
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
