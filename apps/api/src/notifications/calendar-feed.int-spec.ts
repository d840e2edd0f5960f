import { daysFromToday } from '../provision/testing/records-fixture';
import { fixtureTrust, signIn, withFixtureApp } from '../testing/fixture';
import { client } from './testing/notifications-fixture';
import { parseEvents } from './testing/ics';

const PUBLIC_URL = 'https://send.example';

/** Every pupil's forename and surname in the fixture: none may appear in a feed. */
const PUPIL_NAMES = fixtureTrust().schools.flatMap((s) =>
  s.pupils.flatMap((p) => [p.legalForename, p.legalSurname]),
);

/**
 * Ashdown: the teacher has 4A (Ada, Ben, Cara), the TA 4B (Dev, Eve). Active plans: Ada, Dev, Finn
 * (5A), and Gita, who has left; Ben has a draft only, Cara a closed plan. Eve has an EHC plan with an
 * annual review meeting booked. Beacon: Hana has an active plan (the person in both schools teaches
 * 7A there).
 */
describe('calendar feeds', () => {
  const ctx = withFixtureApp({ PUBLIC_URL });
  const tokens: Record<string, string> = {};
  const as = (email: string, schoolId = ctx.f.schoolA) => client(ctx.t, tokens[email]!, schoolId);
  const ids: string[] = [];
  const review = {
    Ada: daysFromToday(10),
    Dev: daysFromToday(-3),
    Finn: daysFromToday(40),
    Gita: daysFromToday(20),
    Hana: daysFromToday(15),
    eveMeeting: daysFromToday(30),
  };

  /** The feed at an address, fetched as a calendar app does: no session, no cookie. */
  const fetchFeed = (url: string) => ctx.t.http().get(url.slice(PUBLIC_URL.length));
  const summaries = (text: string) => parseEvents(text).map((e) => `${e.date} ${e.summary}`);

  async function plan(
    schoolId: string,
    name: string,
    status: 'draft' | 'active' | 'closed',
    reviewDate: string | null,
  ): Promise<void> {
    const [row] = (await ctx.t.db.runAsSchool(schoolId, (m) =>
      m.query(
        `INSERT INTO support_plans (school_id, pupil_id, cycle, status, format, review_date, started_on, closed_on)
         VALUES (app_current_school(), $1, 1, $2, 'SEN support plan', $3, $4, $5) RETURNING id`,
        [
          ctx.f.pupils[name],
          status,
          reviewDate,
          status === 'draft' ? null : daysFromToday(-60),
          status === 'closed' ? daysFromToday(-1) : null,
        ],
      ),
    )) as { id: string }[];
    ids.push(row!.id, ctx.f.pupils[name]!);
  }

  beforeAll(async () => {
    for (const email of [
      'senco@ashdown.test',
      'teacher@ashdown.test',
      'ta@ashdown.test',
      'head@ashdown.test',
      'admin@ashdown.test',
      'both@ashdown.test',
      'senco@beacon.test',
    ])
      tokens[email] = (await signIn(ctx.t, email)).token;
    await plan(ctx.f.schoolA, 'Ada', 'active', review.Ada);
    await plan(ctx.f.schoolA, 'Dev', 'active', review.Dev);
    await plan(ctx.f.schoolA, 'Finn', 'active', review.Finn);
    await plan(ctx.f.schoolA, 'Gita', 'active', review.Gita);
    await plan(ctx.f.schoolA, 'Ben', 'draft', null);
    await plan(ctx.f.schoolA, 'Cara', 'closed', daysFromToday(5));
    await plan(ctx.f.schoolB, 'Hana', 'active', review.Hana);
    await ctx.t.dataSource.query(`UPDATE pupils SET leaving_date = $2 WHERE id = $1`, [
      ctx.f.pupils.Gita,
      daysFromToday(-1),
    ]);
    await ctx.t.db.runAsSchool(ctx.f.schoolA, (m) =>
      m.query(
        `INSERT INTO ehcp_records (school_id, pupil_id, local_authority, requested_on, final_issued_on,
                                   next_annual_review_meeting_on)
         VALUES (app_current_school(), $1, 'Testshire', $2, $3, $4)`,
        [ctx.f.pupils.Eve, daysFromToday(-300), daysFromToday(-160), review.eveMeeting],
      ),
    );
    ids.push(ctx.f.pupils.Eve!);
  });

  it("gives the SENCO a secret address once, and a feed of every active plan's review and EHCP meetings", async () => {
    const created = await as('senco@ashdown.test').post('/calendar-feed');
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      active: true,
      createdAt: expect.stringMatching(/Z$/),
      url: expect.stringMatching(/^https:\/\/send\.example\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/),
    });
    const state = await as('senco@ashdown.test').get('/calendar-feed');
    expect(state.body).toEqual({ active: true, createdAt: created.body.createdAt, url: null });

    const feed = await fetchFeed(created.body.url);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('private, no-store');
    expect(feed.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.text).toContain('X-WR-CALNAME:Review dates: Ashdown Primary');
    const events = summaries(feed.text);
    expect(events).toEqual(
      expect.arrayContaining([
        `${review.Dev} Support plan review: D.D. (Year 4)`,
        `${review.Ada} Support plan review: A.A. (Year 4)`,
        `${review.eveMeeting} EHCP annual review meeting: E.E. (Year 4)`,
        `${review.Finn} Support plan review: F.F. (Year 5)`,
      ]),
    );
    // Not the leaver, the draft, the closed plan, nor Beacon's pupil.
    expect(events.filter((e) => e.includes('Support plan review'))).toHaveLength(3);
    for (const name of PUPIL_NAMES) expect(feed.text).not.toContain(name);
    for (const id of ids) expect(feed.text).not.toContain(id);
    const uids = parseEvents(feed.text).map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    // The same event keeps its UID from one fetch to the next.
    expect(parseEvents((await fetchFeed(created.body.url)).text).map((e) => e.uid)).toEqual(uids);
  });

  it("adds each EHC plan's annual review deadline to the SENCO's feed", async () => {
    const created = await as('senco@ashdown.test').post('/calendar-feed');
    const events = summaries((await fetchFeed(created.body.url)).text);
    // Final plan 160 days ago, no review yet: the meeting is due 12 months after the final plan.
    const final = new Date(`${daysFromToday(-160)}T00:00:00Z`);
    final.setUTCFullYear(final.getUTCFullYear() + 1);
    expect(events).toContain(`${final.toISOString().slice(0, 10)} EHCP annual review due by: E.E. (Year 4)`);
  });

  it('replaces the address on a new one (the old stops working) and turns it off', async () => {
    const senco = as('senco@ashdown.test');
    const first = (await senco.post('/calendar-feed')).body.url as string;
    const second = (await senco.post('/calendar-feed')).body.url as string;
    expect(second).not.toBe(first);
    const old = await fetchFeed(first);
    expect(old.status).toBe(404);
    expect(old.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await fetchFeed(second)).status).toBe(200);

    expect((await senco.delete('/calendar-feed')).status).toBe(204);
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await senco.get('/calendar-feed')).body).toEqual({ active: false, createdAt: null, url: null });
    expect((await senco.delete('/calendar-feed')).status).toBe(204);
  });

  it('answers 404 for an address that is not a feed', async () => {
    for (const token of ['A'.repeat(43), 'short', '..%2F..%2Fetc', 'A'.repeat(44)]) {
      expect((await ctx.t.http().get(`/api/calendar/${token}.ics`)).status).toBe(404);
    }
  });

  it("gives a teacher their own pupils' reviews only, and others an empty calendar", async () => {
    const teacher = (await as('teacher@ashdown.test').post('/calendar-feed')).body.url as string;
    expect(summaries((await fetchFeed(teacher)).text)).toEqual([
      `${review.Ada} Support plan review: A.A. (Year 4)`,
    ]);
    for (const email of ['ta@ashdown.test', 'head@ashdown.test', 'admin@ashdown.test']) {
      const url = (await as(email).post('/calendar-feed')).body.url as string;
      const feed = await fetchFeed(url);
      expect(feed.status).toBe(200);
      expect(parseEvents(feed.text)).toEqual([]);
    }
  });

  it('stops working for a disabled account, and for someone no longer in the school', async () => {
    const url = (await as('admin@ashdown.test').post('/calendar-feed')).body.url as string;
    const admin = ctx.f.users['admin@ashdown.test'];
    await ctx.t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [admin]);
    expect((await fetchFeed(url)).status).toBe(404);
    await ctx.t.dataSource.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [admin]);
    expect((await fetchFeed(url)).status).toBe(200);

    const both = ctx.f.users['both@ashdown.test']!;
    const beacon = (await as('both@ashdown.test', ctx.f.schoolB).post('/calendar-feed')).body.url as string;
    expect((await fetchFeed(beacon)).status).toBe(200);
    await ctx.t.dataSource.query(`DELETE FROM class_staff WHERE school_id = $1 AND user_id = $2`, [
      ctx.f.schoolB,
      both,
    ]);
    await ctx.t.dataSource.query(`DELETE FROM memberships WHERE school_id = $1 AND user_id = $2`, [
      ctx.f.schoolB,
      both,
    ]);
    expect((await fetchFeed(beacon)).status).toBe(404);
    await ctx.t.dataSource.query(
      `INSERT INTO memberships (school_id, user_id, roles) VALUES ($1, $2, '{teacher}')`,
      [ctx.f.schoolB, both],
    );
    await ctx.t.dataSource.query(
      `INSERT INTO class_staff (school_id, class_id, user_id, role) VALUES ($1, $2, $3, 'teacher')`,
      [ctx.f.schoolB, ctx.f.classes['B:7A'], both],
    );
  });

  it('keeps feeds per school: one person has a feed in each, with that school’s dates for their role there', async () => {
    const inA = (await as('both@ashdown.test').post('/calendar-feed')).body.url as string;
    const inB = (await as('both@ashdown.test', ctx.f.schoolB).post('/calendar-feed')).body.url as string;
    // A new address in one school leaves the other's working.
    const a = summaries((await fetchFeed(inA)).text);
    expect(a).toContain(`${review.Ada} Support plan review: A.A. (Year 4)`);
    expect(a.some((e) => e.includes('H.H.'))).toBe(false);
    const b = await fetchFeed(inB);
    expect(b.text).toContain('X-WR-CALNAME:Review dates: Beacon School');
    expect(summaries(b.text)).toEqual([`${review.Hana} Support plan review: H.H. (Year 7)`]);

    expect((await as('both@ashdown.test', ctx.f.schoolB).get('/calendar-feed')).body.active).toBe(true);
    expect((await as('senco@beacon.test', ctx.f.schoolB).get('/calendar-feed')).body.active).toBe(false);
    // Another school's member cannot reach this school's feed routes.
    expect((await as('senco@beacon.test', ctx.f.schoolA).post('/calendar-feed')).status).toBe(404);
    expect((await ctx.t.http().post(`/api/schools/${ctx.f.schoolA}/calendar-feed`)).status).toBe(401);
  });
});
