import { addDays } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { ownPupilsCondition } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { buildDemoTrust } from './demo-trust';
import { seedDemo } from './seed-demo';
import { startTestApp, TestApp } from '../testing/test-app';
import { seedFixture } from '../testing/fixture';

describe('demo seeding', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const trust = buildDemoTrust();

  it('seeds the whole trust once, then does nothing on the next start', async () => {
    expect(await seedDemo(t.dataSource, t.db, 'Demo-Password-1', trust)).toBe('seeded');
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM schools)::int AS schools, (SELECT count(*) FROM pupils)::int AS pupils,
              (SELECT count(*) FROM users WHERE password_hash IS NOT NULL)::int AS accounts`,
    );
    expect(counts.schools).toBe(2);
    expect(counts.pupils).toBeGreaterThan(1450);
    expect(counts.accounts).toBe(7);
    const [sen] = await t.dataSource.query(
      `SELECT (SELECT count(DISTINCT pupil_id) FROM sen_status_history)::int AS with_history,
              (SELECT count(*) FROM pupil_needs)::int AS needs, (SELECT count(*) FROM concerns WHERE status = 'open')::int AS open`,
    );
    expect(sen.with_history).toBeGreaterThan(250);
    expect(sen.needs).toBeGreaterThan(200);
    expect(sen.open).toBe(5);
    expect(await seedDemo(t.dataSource, t.db, 'Demo-Password-1', buildDemoTrust())).toBe('already-seeded');
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'senco@oakfield.example', password: 'Demo-Password-1' });
    expect(login.status).toBe(200);
  });

  it('refuses a database that holds other data', async () => {
    const other = await startTestApp();
    try {
      await seedFixture(other);
      await expect(seedDemo(other.dataSource, other.db, 'x', buildDemoTrust())).rejects.toThrow(
        /already holds other/,
      );
      const [row] = await other.dataSource.query(`SELECT count(*)::int AS n FROM schools`);
      expect(row.n).toBe(2);
    } finally {
      await other.close();
    }
  });

  it('writes the provision map of each school as generated, with sessions only before today', async () => {
    // Seeds the same trust unless the first test already has.
    expect(['seeded', 'already-seeded']).toContain(
      await seedDemo(t.dataSource, t.db, 'Demo-Password-1', trust),
    );
    const rows: Record<string, number | string>[] = await t.dataSource.query(
      `SELECT s.name,
              (SELECT count(*) FROM interventions i WHERE i.school_id = s.id)::int AS interventions,
              (SELECT count(*) FROM staff_rates r WHERE r.school_id = s.id)::int AS rates,
              (SELECT count(*) FROM provisions p WHERE p.school_id = s.id)::int AS provisions,
              (SELECT count(*) FROM provision_staff p WHERE p.school_id = s.id)::int AS staff,
              (SELECT count(*) FROM provision_pupils p WHERE p.school_id = s.id)::int AS places,
              (SELECT count(*) FROM provision_pupils p WHERE p.school_id = s.id AND p.exit_score IS NOT NULL)::int AS exits,
              (SELECT count(*) FROM provision_sessions p WHERE p.school_id = s.id)::int AS sessions,
              (SELECT count(*) FROM provision_sessions p WHERE p.school_id = s.id AND p.status = 'cancelled')::int AS cancelled,
              (SELECT count(*) FROM session_attendance a WHERE a.school_id = s.id)::int AS attendance,
              (SELECT to_char(max(held_on), 'YYYY-MM-DD') FROM provision_sessions p WHERE p.school_id = s.id) AS last
         FROM schools s ORDER BY s.name`,
    );
    const today = schoolToday();
    for (const school of trust.schools) {
      const map = school.provision!;
      const sessions = map.provisions.flatMap((p) => p.sessions);
      const row = rows.find((r) => r.name === school.name)!;
      expect(row).toEqual({
        name: school.name,
        interventions: map.interventions.length,
        rates: map.rates.length,
        provisions: map.provisions.length,
        staff: map.provisions.reduce((n, p) => n + p.staff.length, 0),
        places: map.provisions.reduce((n, p) => n + p.places.length, 0),
        exits: map.provisions.reduce((n, p) => n + p.places.filter((x) => x.exitScore !== null).length, 0),
        sessions: sessions.length,
        cancelled: sessions.filter((s) => s.status === 'cancelled').length,
        attendance: sessions.reduce((n, s) => n + s.attendance.length, 0),
        last: sessions.length
          ? sessions
              .map((s) => s.heldOn)
              .sort()
              .at(-1)
          : null,
      });
      if (row.last) expect(String(row.last) < today).toBe(true);
    }
    // The demo TA's running groups, as the database sees them in Oakfield's scope.
    const [oakfield] = await t.dataSource.query(`SELECT id FROM schools WHERE urn = '990401'`);
    const groups = await t.db.run({ schoolId: oakfield.id, userId: null }, (m) =>
      m.query(
        `SELECT p.name, p.weekdays FROM provisions p
           JOIN provision_staff ps ON ps.school_id = p.school_id AND ps.provision_id = p.id
           JOIN users u ON u.id = ps.user_id
          WHERE u.email = 'ta@oakfield.example' AND p.start_date <= $1 AND p.end_date >= $1`,
        [today],
      ),
    );
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(groups.some((g: { weekdays: number[] }) => g.weekdays.length === 5)).toBe(true);
  });

  it('writes the pupil passports of each school as generated, and the app role reads them under RLS', async () => {
    expect(['seeded', 'already-seeded']).toContain(
      await seedDemo(t.dataSource, t.db, 'Demo-Password-1', trust),
    );
    const rows: Record<string, number | string>[] = await t.dataSource.query(
      `SELECT s.name,
              (SELECT count(DISTINCT pupil_id) FROM passport_versions v WHERE v.school_id = s.id)::int AS passports,
              (SELECT count(*) FROM passport_versions v WHERE v.school_id = s.id)::int AS versions,
              (SELECT count(*) FROM passport_drafts d WHERE d.school_id = s.id)::int AS drafts,
              (SELECT count(*) FROM passport_receipts r WHERE r.school_id = s.id)::int AS receipts,
              (SELECT count(*) FROM outbox_messages n WHERE n.school_id = s.id)::int AS notices,
              (SELECT count(*) FROM passport_receipts r JOIN passport_versions v ON v.school_id = r.school_id AND v.id = r.version_id
                WHERE r.school_id = s.id AND (r.read_at < v.published_at OR r.read_at > now()))::int AS misdated,
              (SELECT count(*) FROM passport_versions v WHERE v.school_id = s.id AND v.published_at > now())::int AS future
         FROM schools s ORDER BY s.name`,
    );
    for (const school of trust.schools) {
      const set = school.passports!;
      expect(rows.find((r) => r.name === school.name)).toEqual({
        name: school.name,
        passports: set.passports.length,
        versions: set.passports.reduce((n, p) => n + p.versions.length, 0),
        drafts: set.passports.length,
        receipts: set.receipts.length,
        notices: set.notices.length,
        misdated: 0,
        future: 0,
      });
    }
    // Every pupil on the register (K or E) since before today has a version 1.
    const [missing] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pupils p
         JOIN LATERAL (SELECT h.status FROM sen_status_history h
                        WHERE h.school_id = p.school_id AND h.pupil_id = p.id AND h.effective_from < $1
                        ORDER BY h.effective_from DESC, h.recorded_at DESC LIMIT 1) st ON true
        WHERE st.status IN ('K', 'E')
          AND NOT EXISTS (SELECT 1 FROM passport_versions v
                           WHERE v.school_id = p.school_id AND v.pupil_id = p.id AND v.number = 1)`,
      [schoolToday()],
    );
    expect(missing.n).toBe(0);

    // As the application role in Oakfield's scope: Oakfield's rows, and nothing of Riverside's.
    const oakfield = trust.schools[0]!;
    const [{ id: schoolId }] = await t.dataSource.query(`SELECT id FROM schools WHERE urn = '990401'`);
    const users: { id: string; email: string }[] = await t.dataSource.query(
      `SELECT id, email FROM users WHERE email IN ('teacher@oakfield.example', 'ta@oakfield.example')`,
    );
    const userId = (email: string) => users.find((u) => u.email === email)!.id;
    const seen = await t.db.run({ schoolId, userId: null }, (m) =>
      m.query(
        `SELECT current_user AS role,
                (SELECT count(*) FROM passport_versions)::int AS versions,
                (SELECT count(*) FROM passport_drafts)::int AS drafts,
                (SELECT count(*) FROM passport_receipts)::int AS receipts,
                (SELECT count(*) FROM outbox_messages)::int AS notices`,
      ),
    );
    expect(seen).toEqual([
      {
        role: 'send_app',
        versions: oakfield.passports!.passports.reduce((n, p) => n + p.versions.length, 0),
        drafts: oakfield.passports!.passports.length,
        receipts: oakfield.passports!.receipts.length,
        notices: 1,
      },
    ]);

    // The content as generated, and each draft the same as the current version: nothing to publish.
    const stored: { upn: string; number: number; content: unknown; draft: unknown; latest: boolean }[] =
      await t.db.run({ schoolId, userId: null }, (m) =>
        m.query(
          `SELECT p.upn, v.number, v.content, d.content AS draft,
                  v.number = (SELECT max(number) FROM passport_versions x WHERE x.pupil_id = v.pupil_id) AS latest
             FROM passport_versions v JOIN pupils p ON p.school_id = v.school_id AND p.id = v.pupil_id
             JOIN passport_drafts d ON d.school_id = v.school_id AND d.pupil_id = v.pupil_id`,
        ),
      );
    const generated = new Map(
      oakfield.passports!.passports.flatMap((p) => p.versions.map((v) => [`${p.pupilUpn}|${v.number}`, v])),
    );
    expect(stored).toHaveLength(generated.size);
    for (const row of stored) {
      expect(row.content).toEqual(generated.get(`${row.upn}|${row.number}`)!.content);
      if (row.latest) expect(row.draft).toEqual(row.content);
    }

    // What each demo account has read of their own pupils' passports, by the API's own-pupils rule.
    const own = { scope: 'own' } as RequestAuth;
    const readState = (email: string) =>
      t.db.run({ schoolId, userId: userId(email) }, (m) =>
        m.query(
          `SELECT c.name AS class, cur.number AS current,
                  (SELECT max(v.number) FROM passport_receipts r
                     JOIN passport_versions v ON v.school_id = r.school_id AND v.id = r.version_id
                    WHERE r.user_id = $1 AND v.pupil_id = p.id)::int AS "lastRead",
                  (SELECT min(v.number) FROM passport_receipts r
                     JOIN passport_versions v ON v.school_id = r.school_id AND v.id = r.version_id
                    WHERE r.user_id = $1 AND v.pupil_id = p.id)::int AS "firstRead"
             FROM pupils p JOIN classes c ON c.school_id = p.school_id AND c.id = p.class_id
             JOIN LATERAL (SELECT max(v.number) AS number FROM passport_versions v
                            WHERE v.school_id = p.school_id AND v.pupil_id = p.id) cur ON cur.number IS NOT NULL
            WHERE ${ownPupilsCondition(own, 'p', 1)}`,
          [userId(email)],
        ),
      ) as Promise<{ class: string; current: number; lastRead: number | null; firstRead: number | null }[]>;
    const teacher = await readState('teacher@oakfield.example');
    expect(new Set(teacher.map((r) => r.class))).toEqual(new Set(['4A']));
    expect(teacher.filter((r) => r.current === 2 && r.lastRead === 1).length).toBeGreaterThanOrEqual(2);
    expect(teacher.filter((r) => r.lastRead === r.current).length).toBeGreaterThanOrEqual(1);
    expect(teacher.filter((r) => r.lastRead === null).length).toBeGreaterThanOrEqual(1);
    const ta = await readState('ta@oakfield.example');
    const unread = ta.filter((r) => r.lastRead !== r.current).length;
    expect(unread).toBeGreaterThanOrEqual(3);
    expect(ta.length - unread).toBeGreaterThanOrEqual(2);
    // The SENCO's nudge to the TA, unread, with the real count and no pupil's name.
    const notices = await t.db.run({ schoolId, userId: userId('ta@oakfield.example') }, (m) =>
      m.query(
        `SELECT n.kind, n.subject, n.body, n.link, n.read_at AS "readAt", u.email AS "from",
                to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
           FROM outbox_messages n JOIN users u ON u.id = n.created_by WHERE n.user_id = $1`,
        [userId('ta@oakfield.example')],
      ),
    );
    expect(notices).toEqual([
      {
        kind: 'passport-nudge',
        subject: "Please read your pupils' passports",
        body: `You have ${unread} pupil passports to read.`,
        link: `/schools/${schoolId}/my-passports`,
        readAt: null,
        from: 'senco@oakfield.example',
        day: addDays(schoolToday(), -1),
      },
    ]);
  });

  it('writes the support plans and EHCP records of each school as generated, dated before now', async () => {
    expect(['seeded', 'already-seeded']).toContain(
      await seedDemo(t.dataSource, t.db, 'Demo-Password-1', trust),
    );
    const rows: Record<string, number | string>[] = await t.dataSource.query(
      `SELECT s.name,
              (SELECT count(*) FROM plan_settings x WHERE x.school_id = s.id AND x.reviews_per_year = 3)::int AS settings,
              (SELECT count(*) FROM support_plans x WHERE x.school_id = s.id)::int AS plans,
              (SELECT count(*) FROM support_plans x WHERE x.school_id = s.id AND x.status = 'active')::int AS active,
              (SELECT count(*) FROM support_plans x WHERE x.school_id = s.id AND x.status = 'draft')::int AS drafts,
              (SELECT count(*) FROM plan_revisions x WHERE x.school_id = s.id)::int AS revisions,
              (SELECT count(*) FROM plan_comments x WHERE x.school_id = s.id)::int AS comments,
              (SELECT count(*) FROM plan_reviews x WHERE x.school_id = s.id)::int AS reviews,
              (SELECT count(*) FROM ehcp_records x WHERE x.school_id = s.id)::int AS ehcp,
              (SELECT count(*) FROM ehcp_record_revisions x WHERE x.school_id = s.id)::int AS "ehcpRevisions",
              (SELECT count(*) FROM support_plans x WHERE x.school_id = s.id
                 AND (x.created_at > now() OR x.updated_at > now() OR x.started_on >= current_date))::int
             + (SELECT count(*) FROM plan_revisions x WHERE x.school_id = s.id AND x.saved_at > now())::int
             + (SELECT count(*) FROM plan_comments x WHERE x.school_id = s.id AND x.created_at > now())::int
             + (SELECT count(*) FROM plan_reviews x WHERE x.school_id = s.id
                  AND (x.recorded_at > now() OR x.held_on >= current_date))::int AS future
         FROM schools s ORDER BY s.name`,
    );
    for (const school of trust.schools) {
      const plans = school.plans!.plans;
      expect(rows.find((r) => r.name === school.name)).toEqual({
        name: school.name,
        settings: 1,
        plans: plans.length,
        active: plans.filter((p) => p.status === 'active').length,
        drafts: plans.filter((p) => p.status === 'draft').length,
        revisions: plans.reduce((n, p) => n + p.revisions.length, 0),
        comments: plans.reduce((n, p) => n + p.comments.length, 0),
        reviews: plans.filter((p) => p.review).length,
        ehcp: school.ehcp!.length,
        ehcpRevisions: school.ehcp!.length,
        future: 0,
      });
    }

    // Every pupil on the register (K or E since before today) has an active plan, except a few new
    // to it (three to six a school), one of whom has a draft.
    const today = schoolToday();
    const withoutPlan: { school: string; n: number; drafts: number }[] = await t.dataSource.query(
      `SELECT s.name AS school, count(*)::int AS n,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM support_plans d WHERE d.school_id = p.school_id
                                               AND d.pupil_id = p.id AND d.status = 'draft'))::int AS drafts
         FROM pupils p JOIN schools s ON s.id = p.school_id
         JOIN LATERAL (SELECT h.status FROM sen_status_history h
                        WHERE h.school_id = p.school_id AND h.pupil_id = p.id AND h.effective_from < $1
                        ORDER BY h.effective_from DESC, h.recorded_at DESC LIMIT 1) st ON true
        WHERE st.status IN ('K', 'E')
          AND NOT EXISTS (SELECT 1 FROM support_plans a WHERE a.school_id = p.school_id AND a.pupil_id = p.id
                            AND a.status = 'active')
        GROUP BY s.name ORDER BY s.name`,
      [today],
    );
    expect(withoutPlan).toHaveLength(2);
    for (const row of withoutPlan) {
      expect(row.n).toBeGreaterThanOrEqual(3);
      expect(row.n).toBeLessThanOrEqual(6);
      expect(row.drafts).toBe(1);
    }

    // Carried outcomes point at an outcome of the plan before, which its review rated not (or partly) met;
    // linked provisions are groups the pupil has a place in.
    const [links] = await t.dataSource.query(
      `SELECT
         (SELECT count(*) FROM support_plans p, jsonb_array_elements(p.content->'outcomes') o
           WHERE o->>'carriedFrom' IS NOT NULL)::int AS carried,
         (SELECT count(*) FROM support_plans p, jsonb_array_elements(p.content->'outcomes') o
           WHERE o->>'carriedFrom' IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM support_plans q JOIN plan_reviews r ON r.school_id = q.school_id AND r.plan_id = q.id,
                    jsonb_array_elements(r.outcomes) ro
              WHERE q.school_id = p.school_id AND q.pupil_id = p.pupil_id AND q.cycle = p.cycle - 1
                AND r.next_plan_id = p.id AND ro->>'outcomeId' = o->>'carriedFrom'
                AND ro->>'rating' IN ('not-met', 'partly-met')))::int AS "badCarried",
         (SELECT count(*) FROM support_plans p, jsonb_array_elements_text(p.content->'provision'->'provisionIds') g)::int AS linked,
         (SELECT count(*) FROM support_plans p, jsonb_array_elements_text(p.content->'provision'->'provisionIds') g
           WHERE NOT EXISTS (SELECT 1 FROM provision_pupils pp WHERE pp.school_id = p.school_id
                               AND pp.provision_id = g::uuid AND pp.pupil_id = p.pupil_id))::int AS "badLinks",
         (SELECT count(*) FROM support_plans p WHERE p.version <> (SELECT max(number) FROM plan_revisions r
            WHERE r.school_id = p.school_id AND r.plan_id = p.id))::int AS "badVersions"`,
    );
    expect(links.carried).toBeGreaterThan(50);
    expect(links.linked).toBeGreaterThan(50);
    expect(links).toMatchObject({ badCarried: 0, badLinks: 0, badVersions: 0 });

    // The demo teacher, in Oakfield's scope as the app role: 4A pupils whose review is within 14 days,
    // one with the teacher's own comment and one without; the demo TA's pupils all have strategies.
    const [{ id: schoolId }] = await t.dataSource.query(`SELECT id FROM schools WHERE urn = '990401'`);
    const users: { id: string; email: string }[] = await t.dataSource.query(
      `SELECT id, email FROM users WHERE email IN ('teacher@oakfield.example', 'ta@oakfield.example')`,
    );
    const userId = (email: string) => users.find((u) => u.email === email)!.id;
    const own = { scope: 'own' } as RequestAuth;
    const dueSoon: { class: string; commented: boolean }[] = await t.db.run(
      { schoolId, userId: userId('teacher@oakfield.example') },
      (m) =>
        m.query(
          `SELECT c.name AS class,
                  EXISTS (SELECT 1 FROM plan_comments x WHERE x.plan_id = sp.id AND x.author_id = $1) AS commented
             FROM pupils p JOIN classes c ON c.school_id = p.school_id AND c.id = p.class_id
             JOIN support_plans sp ON sp.school_id = p.school_id AND sp.pupil_id = p.id AND sp.status = 'active'
            WHERE ${ownPupilsCondition(own, 'p', 1)} AND sp.review_date BETWEEN $2::date AND $2::date + 14`,
          [userId('teacher@oakfield.example'), today],
        ),
    );
    expect(dueSoon.length).toBeGreaterThanOrEqual(2);
    expect(dueSoon.every((r) => r.class === '4A')).toBe(true);
    expect(dueSoon.some((r) => r.commented)).toBe(true);
    expect(dueSoon.some((r) => !r.commented)).toBe(true);
    const taPlans: { strategies: number }[] = await t.db.run(
      { schoolId, userId: userId('ta@oakfield.example') },
      (m) =>
        m.query(
          `SELECT jsonb_array_length(coalesce(sp.content->'strategies', '[]'::jsonb)) AS strategies
             FROM pupils p JOIN support_plans sp ON sp.school_id = p.school_id AND sp.pupil_id = p.id
            WHERE ${ownPupilsCondition(own, 'p', 1)} AND sp.status = 'active'`,
          [userId('ta@oakfield.example')],
        ),
    );
    expect(taPlans.length).toBeGreaterThan(5);
    expect(taPlans.every((r) => r.strategies >= 3)).toBe(true);

    // Every pupil with an EHCP today has a record (with its final plan), and a few at SEN support have a
    // needs assessment under way; the app role sees only its school's.
    const [ehcp] = await t.dataSource.query(
      `SELECT
         (SELECT count(*) FROM pupils p
           JOIN LATERAL (SELECT h.status FROM sen_status_history h
                          WHERE h.school_id = p.school_id AND h.pupil_id = p.id AND h.effective_from < $1
                          ORDER BY h.effective_from DESC, h.recorded_at DESC LIMIT 1) st ON true
          WHERE st.status = 'E' AND NOT EXISTS (SELECT 1 FROM ehcp_records r WHERE r.school_id = p.school_id
                                                  AND r.pupil_id = p.id AND r.final_issued_on IS NOT NULL))::int AS missing,
         (SELECT count(*) FROM ehcp_records r WHERE r.final_issued_on IS NULL AND r.requested_on IS NOT NULL)::int AS assessing,
         (SELECT count(*) FROM ehcp_records r WHERE r.final_issued_on >= $1 OR r.last_annual_review_on >= $1)::int AS future`,
      [today],
    );
    expect(ehcp).toEqual({ missing: 0, assessing: 4, future: 0 });
    const [scoped] = await t.db.run({ schoolId, userId: null }, (m) =>
      m.query(
        `SELECT (SELECT count(*) FROM support_plans)::int AS plans, (SELECT count(*) FROM ehcp_records)::int AS ehcp`,
      ),
    );
    expect(scoped).toEqual({
      plans: trust.schools[0]!.plans!.plans.length,
      ehcp: trust.schools[0]!.ehcp!.length,
    });
  });
  it('writes the liaison records of each school as generated: contacts, referrals, reports, chronology, exams', async () => {
    expect(['seeded', 'already-seeded']).toContain(
      await seedDemo(t.dataSource, t.db, 'Demo-Password-1', trust),
    );
    const today = schoolToday();
    const rows: Record<string, number | string>[] = await t.dataSource.query(
      `SELECT s.name,
              (SELECT count(*) FROM family_contacts x WHERE x.school_id = s.id)::int AS contacts,
              (SELECT count(*) FROM professional_services x WHERE x.school_id = s.id)::int AS services,
              (SELECT count(*) FROM professionals x WHERE x.school_id = s.id)::int AS professionals,
              (SELECT count(*) FROM referrals x WHERE x.school_id = s.id)::int AS referrals,
              (SELECT count(*) FROM referral_status_changes x WHERE x.school_id = s.id)::int AS changes,
              (SELECT count(*) FROM pupil_documents x WHERE x.school_id = s.id)::int AS documents,
              (SELECT count(*) FROM chronology_entries x WHERE x.school_id = s.id)::int AS chronology,
              (SELECT count(*) FROM chronology_entries x WHERE x.school_id = s.id AND x.corrects_id IS NOT NULL)::int AS corrections,
              (SELECT count(*) FROM exam_arrangements x WHERE x.school_id = s.id)::int AS exams,
              (SELECT count(*) FROM exam_settings x WHERE x.school_id = s.id AND x.teaching_assistants_see)::int AS "taSee"
         FROM schools s ORDER BY s.name`,
    );
    for (const school of trust.schools) {
      const l = school.liaison!;
      expect(rows.find((r) => r.name === school.name)).toEqual({
        name: school.name,
        contacts: l.contacts.length,
        services: l.services.length,
        professionals: l.services.reduce((n, s) => n + s.professionals.length, 0),
        referrals: l.referrals.length,
        changes: l.referrals.reduce((n, r) => n + r.history.length, 0),
        documents: l.documents.length,
        chronology: l.chronology.length,
        corrections: l.chronology.filter((e) => e.corrects !== null).length,
        exams: l.examArrangements.length,
        taSee: school.phase === 'secondary' ? 1 : 0,
      });
    }

    // Consistent as stored: each referral's latest change is its status, in order of date; consent from
    // a contact of the pupil with parental responsibility; the reports intact; corrections pointing at an
    // earlier entry of the same pupil; nothing dated today or later.
    const [checks] = await t.dataSource.query(
      `SELECT
         (SELECT count(*) FROM referrals r
           JOIN LATERAL (SELECT c.status, c.status_on FROM referral_status_changes c
                          WHERE c.school_id = r.school_id AND c.referral_id = r.id
                          ORDER BY c.recorded_at DESC LIMIT 1) c ON true
          WHERE c.status <> r.status OR c.status_on <> r.status_on)::int AS "badStatus",
         (SELECT count(*) FROM referral_status_changes a JOIN referral_status_changes b
             ON b.school_id = a.school_id AND b.referral_id = a.referral_id AND b.recorded_at > a.recorded_at
          WHERE b.status_on < a.status_on)::int AS "badOrder",
         (SELECT count(*) FROM referrals r WHERE NOT EXISTS (
            SELECT 1 FROM family_contacts f WHERE f.school_id = r.school_id AND f.pupil_id = r.pupil_id
               AND f.name = r.consent_given_by AND f.relationship = r.consent_relationship
               AND f.parental_responsibility))::int AS "badConsent",
         (SELECT count(*) FROM pupil_documents d
           WHERE substring(d.content FROM 1 FOR 5) <> '%PDF-'::bytea OR sha256(d.content) <> d.sha256)::int AS "badDocuments",
         (SELECT count(*) FROM chronology_entries e JOIN chronology_entries o
             ON o.school_id = e.school_id AND o.id = e.corrects_id
          WHERE o.pupil_id <> e.pupil_id OR o.recorded_at >= e.recorded_at OR o.corrects_id IS NOT NULL)::int AS "badCorrections",
         (SELECT count(*) FROM referral_status_changes WHERE status_on >= $1 OR recorded_at > now())::int
           + (SELECT count(*) FROM chronology_entries WHERE occurred_on >= $1 OR recorded_at > now())::int
           + (SELECT count(*) FROM pupil_documents WHERE received_on >= $1)::int
           + (SELECT count(*) FROM exam_arrangements WHERE approved_on >= $1)::int AS future`,
      [today],
    );
    expect(checks).toEqual({
      badStatus: 0,
      badOrder: 0,
      badConsent: 0,
      badDocuments: 0,
      badCorrections: 0,
      future: 0,
    });

    // The Oakfield SENCO, as the app role under RLS: a pupil with an active plan (not in 4A or 4B) whose
    // open referral has been assessed, a few long waits, and no exam arrangements at a primary school.
    const [{ id: schoolId }] = await t.dataSource.query(`SELECT id FROM schools WHERE urn = '990401'`);
    const [oakfield] = await t.db.run({ schoolId, userId: null }, (m) =>
      m.query(
        `SELECT
           (SELECT count(*) FROM referrals r
              JOIN pupils p ON p.school_id = r.school_id AND p.id = r.pupil_id
              JOIN classes c ON c.school_id = p.school_id AND c.id = p.class_id
             WHERE r.status = 'assessed' AND c.name NOT IN ('4A', '4B')
               AND EXISTS (SELECT 1 FROM support_plans sp WHERE sp.school_id = r.school_id
                             AND sp.pupil_id = r.pupil_id AND sp.status = 'active'))::int AS assessed,
           (SELECT count(*) FROM referrals r
             WHERE r.status NOT IN ('closed', 'declined') AND r.referred_on < $1::date - 140)::int AS "longWaits",
           (SELECT count(*) FROM exam_arrangements)::int AS exams,
           (SELECT count(DISTINCT school_id) FROM family_contacts)::int AS schools`,
        [today],
      ),
    );
    expect(oakfield.assessed).toBeGreaterThanOrEqual(1);
    expect(oakfield.longWaits).toBeGreaterThanOrEqual(3);
    expect(oakfield).toMatchObject({ exams: 0, schools: 1 });
  });
});
