import { DigestService } from './digest.service';
import { ReviewDigestScheduler } from './digest.scheduler';
import { T, withReviewApp, type Person } from './testing/review-fixture';

interface Row {
  user_id: string;
  school_id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  dedupe_key: string | null;
}

/** Every name of the fixture's pupils: none may appear in a subject or a body. */
const NAMES =
  /\b(Ada|Archer|Ben|Baker|Cara|Cole|Dev|Dunn|Eve|Evans|Finn|Fox|Gita|Gray|Hana|Hill|Ivan|Irwin|Jade|Jones)\b/;

/**
 * The daily review digest: one message a day per member of staff with something due for them, in
 * the outbox of their school, pupils by initials only.
 */
describe('review digest', () => {
  const { ctx, user, pupil, statuses, plans, groupWith, sql } = withReviewApp();
  const digests = () => ctx.t.app.get(DigestService);
  const messages = async (schoolId: string): Promise<Row[]> =>
    (await sql(
      `SELECT user_id, school_id, kind, subject, body, link, dedupe_key FROM outbox_messages
        WHERE school_id = $1 AND kind = 'review-digest' ORDER BY created_at, user_id`,
      [schoolId],
    )) as Row[];
  const messageOf = async (who: Person | 'both@ashdown', schoolId = ctx.f.schoolA) => {
    const userId = who === 'both@ashdown' ? ctx.f.users['both@ashdown.test'] : user(who);
    return (await messages(schoolId)).filter((m) => m.user_id === userId);
  };
  const planLink = (name: string, schoolId = ctx.f.schoolA) =>
    `${ctx.t.config.publicUrl}/schools/${schoolId}/pupils/${pupil(name)}/plan`;

  beforeAll(async () => {
    for (const name of ['Ada', 'Ben', 'Dev', 'Eve', 'Finn', 'Gita', 'Hana'])
      await statuses(name, [['K', T(-100)]]);
    // 4A (the teacher's class): Ada due in 3 days, Ben 2 days overdue.
    await plans('Ada', { current: { status: 'active', reviewDate: T(3) } });
    await plans('Ben', { current: { status: 'active', reviewDate: T(-2) } });
    // 4B (the TA's class): Dev due in 5 days; Eve on the register without a plan.
    await plans('Dev', { current: { status: 'active', reviewDate: T(5) } });
    // 5A: Finn, in a group the teacher delivers, due in 10 days; Gita in 20 (outside 14 days).
    await plans('Finn', { current: { status: 'active', reviewDate: T(10) } });
    await groupWith('teacher', 'Finn');
    await plans('Gita', { current: { status: 'active', reviewDate: T(20) } });
    // Beacon: Hana in 7A (teacher@beacon's class, and the class both@ashdown teaches there) tomorrow.
    await plans('Hana', { current: { status: 'active', reviewDate: T(1) } });
  });

  it('writes the SENCO the overdue and 14-day items and the pupils without a plan, by initials', async () => {
    expect(await digests().writeDigests(ctx.f.schoolA, T(0))).toBe(4);
    const [senco, ...more] = await messageOf('senco');
    expect(more).toEqual([]);
    expect(senco).toMatchObject({
      kind: 'review-digest',
      subject: 'Reviews: 1 overdue, 3 due in the next 14 days, 1 pupil without an active plan',
      link: `/schools/${ctx.f.schoolA}/reviews`,
      dedupe_key: `review-digest:${T(0)}`,
    });
    const lines = senco!.body.split('\n');
    expect(lines).toContain('Overdue');
    expect(lines.find((l) => l.startsWith('B.B.'))).toMatch(
      /^B\.B\. \(Year 4\): support plan review \(cycle 1\) was due \w{3} \d{1,2} \w+( \d{4})?, overdue by 2 days$/,
    );
    expect(lines.find((l) => l.startsWith('A.A.'))).toMatch(/due \w{3} \d{1,2} \w+( \d{4})?, in 3 days$/);
    expect(lines.find((l) => l.startsWith('D.D.'))).toMatch(/in 5 days$/);
    expect(lines.find((l) => l.startsWith('F.F. (Year 5)'))).toMatch(/in 10 days$/);
    expect(lines.some((l) => l.startsWith('G.G.'))).toBe(false);
    expect(lines).toContain('Pupils on the register without an active support plan: 1');
    expect(senco!.body).toContain(`${ctx.t.config.publicUrl}/schools/${ctx.f.schoolA}/reviews`);
    // The other SENCO of the school gets the same.
    expect((await messageOf('both@ashdown'))[0]?.subject).toBe(senco!.subject);
  });

  it('writes the head the counts only', async () => {
    const [head, ...more] = await messageOf('head');
    expect(more).toEqual([]);
    expect(head?.subject).toBe(
      'Reviews: 1 overdue, 3 due in the next 14 days, 1 pupil without an active plan',
    );
    expect(head?.body).toContain('Overdue: 1\nDue in the next 14 days: 3\nDue in 15 to 30 days: 1\n');
    expect(head?.body).not.toMatch(/[A-Z]\.[A-Z]\./);
  });

  it('writes a teacher the reviews of their own pupils (class and group) due in 14 days, asking for comments', async () => {
    const [teacher, ...more] = await messageOf('teacher');
    expect(more).toEqual([]);
    expect(teacher?.subject).toBe('Support plan reviews of your pupils: 2 in the next 14 days');
    expect(teacher?.link).toBe(`/schools/${ctx.f.schoolA}/my-pupils`);
    expect(teacher?.body).toContain('add your comments on progress before the review');
    expect(teacher?.body).toContain(`A.A. (Year 4): support plan review (cycle 1) due `);
    expect(teacher?.body).toContain(`Add your comments: ${planLink('Ada')}`);
    expect(teacher?.body).toContain(`F.F. (Year 5): support plan review (cycle 1) due `);
    expect(teacher?.body).toContain(`Add your comments: ${planLink('Finn')}`);
    // Ben's review is overdue: the SENCO chases that. Dev is not the teacher's pupil.
    expect(teacher?.body).not.toContain('B.B.');
    expect(teacher?.body).not.toContain('D.D.');
  });

  it('writes nothing to TAs or the school admin, and no pupil names anywhere', async () => {
    expect(await messageOf('ta')).toEqual([]);
    expect(await messageOf('admin')).toEqual([]);
    const all = await messages(ctx.f.schoolA);
    expect(all).toHaveLength(4);
    for (const message of all) {
      expect(message.subject).not.toMatch(NAMES);
      expect(message.body).not.toMatch(NAMES);
    }
  });

  it('writes each message once however often it runs that day', async () => {
    expect(await digests().writeDigests(ctx.f.schoolA, T(0))).toBe(0);
    expect(await messages(ctx.f.schoolA)).toHaveLength(4);
  });

  it('runs every school from the scheduler once the digest hour has come, each in its own school', async () => {
    const scheduler = ctx.t.app.get(ReviewDigestScheduler);
    expect(scheduler.started).toBe(false); // JOBS is off in tests: nothing runs by itself
    await scheduler.tick(new Date(`${T(0)}T03:00:00Z`)); // before 07:00 in London
    expect(await messages(ctx.f.schoolB)).toEqual([]);
    await scheduler.tick(new Date(`${T(0)}T12:00:00Z`));
    const beacon = await messages(ctx.f.schoolB);
    expect(beacon.map((m) => m.user_id).sort()).toEqual(
      [user('senco@beacon'), user('teacher@beacon'), ctx.f.users['both@ashdown.test']].sort(),
    );
    expect(beacon.every((m) => m.school_id === ctx.f.schoolB)).toBe(true);
    expect((await messageOf('teacher@beacon', ctx.f.schoolB))[0]?.subject).toBe(
      'A support plan review of one of your pupils is coming up',
    );
    // The person in both schools: the SENCO's digest at Ashdown, a teacher's at Beacon.
    const both = await messageOf('both@ashdown', ctx.f.schoolB);
    expect(both[0]?.link).toBe(`/schools/${ctx.f.schoolB}/pupils/${pupil('Hana')}/plan`);
    expect(both[0]?.body).toContain('H.H. (Year 7): support plan review (cycle 1) due tomorrow');
    expect(await messages(ctx.f.schoolA)).toHaveLength(4);
  });

  it("keeps a school's messages inside that school (row-level security)", async () => {
    const seen = await ctx.t.db.runAsSchool(
      ctx.f.schoolA,
      async (m) =>
        (await m.query(`SELECT school_id, user_id FROM outbox_messages`)) as {
          school_id: string;
          user_id: string;
        }[],
    );
    expect(seen).toHaveLength(4);
    expect(seen.every((row) => row.school_id === ctx.f.schoolA)).toBe(true);
    const both = ctx.f.users['both@ashdown.test'];
    expect(seen.filter((row) => row.user_id === both)).toHaveLength(1);
  });

  (process.env.DATABASE_URL ? it : it.skip)(
    'passes over a school whose digest another replica is writing (its advisory lock), and catches up later',
    async () => {
      await sql(`DELETE FROM outbox_messages WHERE school_id = $1`, [ctx.f.schoolB]);
      const other = ctx.t.dataSource.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      try {
        await other.query(`SELECT pg_advisory_xact_lock(hashtext('sendreg:review-digest'), hashtext($1))`, [
          ctx.f.schoolB,
        ]);
        const run = await digests().runAll(T(0));
        expect(run).toMatchObject({ schools: 2, failed: [], messages: 0 });
        expect(run.done.sort()).toEqual([ctx.f.schoolA, ctx.f.schoolB].sort());
        expect(await messages(ctx.f.schoolB)).toEqual([]);
      } finally {
        await other.rollbackTransaction();
        await other.release();
      }
      const again = await digests().runAll(T(0), new Set([ctx.f.schoolA]));
      expect(again.messages).toBe(3);
      expect(await messages(ctx.f.schoolB)).toHaveLength(3);
    },
  );
});
