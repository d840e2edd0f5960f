import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SchoolDashboard, TrustSummary } from '@sendreg/contracts';
import request from 'supertest';
import { createApp } from '../app.factory';
import { schoolToday } from '../register/register-query';
import { signIn, withFixtureApp } from '../testing/fixture';
import { MeasuresSnapshots } from './measures-snapshot';

/** Asks again every few milliseconds until the answer is the one awaited (or gives up). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error('Gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const senSupport = (d: SchoolDashboard) => d.byStatus.find((s) => s.status === 'K')!.count;

/**
 * The head's dashboard and the trust summary served from each school's measures snapshot, with a
 * five-minute age as in production: the snapshot is served within its age whatever changes, a stale
 * one is served at once and refreshed behind it by one process only, one of another day never, and
 * one school's snapshot is invisible to another.
 */
describe('school measures served from a snapshot', () => {
  const ctx = withFixtureApp({ MEASURES_MAX_AGE_SECONDS: '300' });
  const token: Record<string, string> = {};
  const today = schoolToday();
  const A = () => ctx.f.schoolA;
  const B = () => ctx.f.schoolB;
  const snapshots = () => ctx.t.app.get(MeasuresSnapshots);
  /** As the owner: row-level security does not apply. */
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    ctx.t.dataSource.query(text, params) as Promise<T[]>;

  const dashboardOf = async (who: string, schoolId = A(), http = ctx.t.http()) => {
    const res = await http
      .get(`/api/schools/${schoolId}/reports/dashboard`)
      .auth(token[who]!, { type: 'bearer' });
    expect(res.status).toBe(200);
    return res.body as SchoolDashboard;
  };
  const snapshotRow = async (schoolId: string) =>
    (
      await sql<{ as_at: string; computed_at: Date }>(
        `SELECT to_char(as_at, 'YYYY-MM-DD') AS as_at, computed_at FROM school_measures WHERE school_id = $1`,
        [schoolId],
      )
    )[0];
  /** Makes the school's snapshot look computed some minutes earlier. */
  const age = (schoolId: string, minutes: number) =>
    sql(
      `UPDATE school_measures SET computed_at = computed_at - make_interval(mins => $2) WHERE school_id = $1`,
      [schoolId, minutes],
    );
  /** Snapshot writes so far (counted by a trigger this suite adds), across every process. */
  const writes = async () =>
    (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM measures_writes`))[0]!.n;
  const putOnSenSupport = (name: string) =>
    ctx.t.db.runAsSchool(A(), (m) =>
      m.query(
        `INSERT INTO sen_status_history (school_id, pupil_id, status, effective_from, reason)
         VALUES (app_current_school(), $1, 'K', $2, 'Support')`,
        [ctx.f.pupils[name], today],
      ),
    );

  beforeAll(async () => {
    await sql(`
      CREATE TABLE measures_writes (school_id uuid NOT NULL, written_at timestamptz NOT NULL DEFAULT clock_timestamp());
      CREATE FUNCTION count_measures_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS
        $$ BEGIN INSERT INTO measures_writes (school_id) VALUES (NEW.school_id); RETURN NEW; END $$;
      CREATE TRIGGER count_measures_write AFTER INSERT OR UPDATE ON school_measures
        FOR EACH ROW EXECUTE FUNCTION count_measures_write();
    `);
    token.head = (await signIn(ctx.t, 'head@ashdown.test')).token;
    token.beacon = (await signIn(ctx.t, 'senco@beacon.test')).token;
    token.leader = (await signIn(ctx.t, 'leader@trust.test')).token;
  });
  afterEach(() => snapshots().settled());

  it('computes the figures on the first read, then serves that snapshot within its age whatever changes', async () => {
    const first = await dashboardOf('head');
    const row = await snapshotRow(A());
    expect(row).toEqual({ as_at: today, computed_at: new Date(first.computedAt) });
    expect(first.today).toBe(today);
    const writesBefore = await writes();

    await putOnSenSupport('Ada');
    const second = await dashboardOf('head');
    expect(second).toEqual(first);
    expect(senSupport(second)).toBe(senSupport(first));
    await snapshots().settled();
    expect(await writes()).toBe(writesBefore);
  });

  it('serves a stale snapshot at once and refreshes it behind the reader', async () => {
    await age(A(), 10);
    const stale = (await snapshotRow(A()))!.computed_at.toISOString();
    const before = await dashboardOf('head');
    expect(before.computedAt).toBe(stale);
    expect(senSupport(before)).toBe(0);

    const after = await until(
      () => dashboardOf('head'),
      (d) => d.computedAt !== stale,
    );
    expect(Date.parse(after.computedAt)).toBeGreaterThan(Date.parse(stale));
    expect(senSupport(after)).toBe(1);
  });

  it('never serves a snapshot of another day, however young', async () => {
    await dashboardOf('head');
    await putOnSenSupport('Ben');
    await sql(`UPDATE school_measures SET as_at = as_at - 1 WHERE school_id = $1`, [A()]);
    const writesBefore = await writes();

    const body = await dashboardOf('head');
    expect(body.today).toBe(today);
    expect(senSupport(body)).toBe(2);
    expect(await writes()).toBe(writesBefore + 1);
    expect((await snapshotRow(A()))!.as_at).toBe(today);
  });

  it('has readers arriving together for the first snapshot of the day wait for one computation', async () => {
    await sql(`DELETE FROM school_measures WHERE school_id = $1`, [A()]);
    const writesBefore = await writes();
    const answers = await Promise.all(Array.from({ length: 5 }, () => dashboardOf('head')));
    expect(await writes()).toBe(writesBefore + 1);
    expect(new Set(answers.map((d) => d.computedAt)).size).toBe(1);
  });

  it("keeps each school's snapshot from every other school, as the application role", async () => {
    await dashboardOf('beacon', B());
    const bBefore = await snapshotRow(B());
    expect(bBefore).toBeDefined();
    await ctx.t.db.runAsSchool(A(), async (m) => {
      expect(await m.query(`SELECT school_id FROM school_measures`)).toEqual([{ school_id: A() }]);
      expect(await m.query(`SELECT 1 FROM school_measures WHERE school_id = $1`, [B()])).toEqual([]);
      const [, updated] = (await m.query(
        `UPDATE school_measures SET computed_at = now() - interval '1 day' WHERE school_id = $1`,
        [B()],
      )) as [unknown, number];
      expect(updated).toBe(0);
    });
    await expect(
      ctx.t.db.runAsSchool(A(), (m) =>
        m.query(`INSERT INTO school_measures (school_id, measures, as_at) VALUES ($1, '{}', $2)`, [
          B(),
          today,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await snapshotRow(B())).toEqual(bBefore);
  });

  it('answers ten concurrent readers of a stale snapshot on two replicas with one recomputation', async () => {
    let other: NestExpressApplication | undefined;
    try {
      if (process.env.DATABASE_URL) {
        // A second replica of the service on the same database (the embedded one takes one connection).
        other = await createApp(ctx.t.config, ctx.t.database.url, 4);
        await other.init();
      }
      await dashboardOf('head');
      await age(A(), 10);
      const stale = (await snapshotRow(A()))!.computed_at.toISOString();
      const writesBefore = await writes();

      const replicas = [ctx.t.http, ...(other ? [() => request(other!.getHttpServer())] : [])];
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => dashboardOf('head', A(), replicas[i % replicas.length]!())),
      );
      expect(answers.some((d) => d.computedAt === stale)).toBe(true);
      await snapshots().settled();
      await other?.get(MeasuresSnapshots).settled();

      expect(await writes()).toBe(writesBefore + 1);
      const fresh = (await snapshotRow(A()))!.computed_at.toISOString();
      expect(fresh).not.toBe(stale);
      expect(answers.every((d) => d.computedAt === stale || d.computedAt === fresh)).toBe(true);
    } finally {
      await other?.close();
    }
  });

  (process.env.DATABASE_URL ? it : it.skip)(
    'passes over a school another process is refreshing (its advisory lock), and refreshes it later',
    async () => {
      await age(A(), 10);
      const writesBefore = await writes();
      const holder = ctx.t.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      try {
        await holder.query(
          `SELECT pg_advisory_xact_lock(hashtext('sendreg:school-measures'), hashtext($1))`,
          [A()],
        );
        expect(await snapshots().refresh(A(), today)).toBe(false);
        expect(await writes()).toBe(writesBefore);
      } finally {
        await holder.rollbackTransaction();
        await holder.release();
      }
      expect(await snapshots().refresh(A(), today)).toBe(true);
      expect(await snapshots().refresh(A(), today)).toBe(false);
      expect(await writes()).toBe(writesBefore + 1);
    },
  );

  it('logs a failed refresh without pupil data and keeps serving the stale figures', async () => {
    await dashboardOf('head');
    await age(A(), 10);
    const stale = (await snapshotRow(A()))!.computed_at.toISOString();
    const failure = Object.assign(new Error('duplicate key value (pupil Ada Archer)'), {
      name: 'QueryFailedError',
      code: '23505',
    });
    const refresh = jest.spyOn(snapshots(), 'refresh').mockRejectedValueOnce(failure);
    const logged = jest.spyOn(Logger.prototype, 'error');
    try {
      expect((await dashboardOf('head')).computedAt).toBe(stale);
      await snapshots().settled();
      expect(refresh).toHaveBeenCalledWith(A(), today);
      expect(logged).toHaveBeenCalledWith(
        { schoolId: A(), today, err: { type: 'QueryFailedError', code: '23505' } },
        'school measures refresh failed',
      );
      expect(JSON.stringify(logged.mock.calls)).not.toMatch(/Ada|Archer/);
      expect((await snapshotRow(A()))!.computed_at.toISOString()).toBe(stale);
    } finally {
      refresh.mockRestore();
      logged.mockRestore();
    }
    // The next reader's request queues a refresh again, which succeeds.
    await dashboardOf('head');
    await snapshots().settled();
    expect((await snapshotRow(A()))!.computed_at.toISOString()).not.toBe(stale);
  });

  it("gives the trust's snapshots, in one statement, to a member of the trust only", async () => {
    await dashboardOf('head');
    await dashboardOf('beacon', B());
    const read = async (userId: string | null, trustId = ctx.f.trustId) =>
      (
        (await ctx.t.db.run({ schoolId: null, userId }, (m) =>
          m.query(`SELECT school_id FROM app_trust_school_measures($1, $2)`, [trustId, today]),
        )) as { school_id: string }[]
      )
        .map((row) => row.school_id)
        .sort();
    expect(await read(ctx.f.users['leader@trust.test']!)).toEqual([A(), B()].sort());
    expect(await read(ctx.f.users['head@ashdown.test']!)).toEqual([]);
    expect(await read(null)).toEqual([]);
    const [other] = await sql<{ id: string }>(
      `INSERT INTO trusts (name) VALUES ('Other Trust') RETURNING id`,
    );
    await sql(`INSERT INTO trust_memberships (trust_id, user_id, roles) VALUES ($1, $2, '{trust_leader}')`, [
      other!.id,
      ctx.f.users['senco@beacon.test'],
    ]);
    expect(await read(ctx.f.users['senco@beacon.test']!)).toEqual([]);
    // The application role itself, with no school in scope, sees no snapshot.
    expect(
      await ctx.t.db.run({ schoolId: null, userId: ctx.f.users['leader@trust.test']! }, (m) =>
        m.query(`SELECT 1 FROM school_measures`),
      ),
    ).toEqual([]);
  });

  it("reads the trust's schools from their snapshots, computing only those without one for today", async () => {
    await sql(`DELETE FROM school_measures`);
    await dashboardOf('head');
    await age(A(), 2);
    const ashdown = (await snapshotRow(A()))!.computed_at.toISOString();
    const writesBefore = await writes();

    const summaryOf = async () => {
      const res = await ctx.t
        .http()
        .get(`/api/trusts/${ctx.f.trustId}/summary`)
        .auth(token.leader!, { type: 'bearer' });
      expect(res.status).toBe(200);
      return res.body as TrustSummary;
    };
    const first = await summaryOf();
    // Beacon had none: computed and saved on the way. Ashdown's is two minutes old, so still served.
    expect(await writes()).toBe(writesBefore + 1);
    expect((await snapshotRow(B()))!.as_at).toBe(today);
    expect(first.computedAt).toBe(ashdown);
    expect(first.schools.map((s) => s.school.id)).toEqual([A(), B()]);

    // Asked again: the same snapshots (this process holds their figures already, and is not sent them).
    const again = await summaryOf();
    await snapshots().settled();
    expect(again).toEqual(first);
    expect(await writes()).toBe(writesBefore + 1);

    // Once Ashdown's snapshot is stale it is served as it was, then refreshed: the new figures show.
    const onRegister = (s: TrustSummary) => s.schools[0]!.trend.at(-1)!.onRegister;
    expect(onRegister(again)).toBe('fewer than 5');
    for (const name of ['Cara', 'Dev', 'Eve']) await putOnSenSupport(name);
    await age(A(), 10);
    const stale = (await snapshotRow(A()))!.computed_at.toISOString();
    expect(onRegister(await summaryOf())).toBe('fewer than 5');
    const refreshed = await until(
      summaryOf,
      (s) => s.schools[0]!.trend.at(-1)!.onRegister !== 'fewer than 5',
    );
    expect(onRegister(refreshed)).toBe(5);
    expect(Date.parse(refreshed.computedAt!)).toBeGreaterThan(Date.parse(stale));
  });
});
