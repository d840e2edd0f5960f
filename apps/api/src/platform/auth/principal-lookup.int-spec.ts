import { Fixture, seedFixture, signIn } from '../../testing/fixture';
import { startTestApp, TestApp } from '../../testing/test-app';

/** app_principal(): who the caller is, in one statement, with the application's own scoping. */
describe('the principal lookup', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
  });
  afterAll(() => t?.close());

  async function sessionOf(email: string): Promise<string> {
    await signIn(t, email);
    const [row] = await t.dataSource.query(
      `SELECT id FROM auth_sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [f.users[email]],
    );
    return row.id as string;
  }

  it("answers with the person's own memberships only, for a live session", async () => {
    const userId = f.users['senco@ashdown.test']!;
    const sessionId = await sessionOf('senco@ashdown.test');
    const [row] = await t.dataSource.query(`SELECT * FROM app_principal($1, $2)`, [userId, sessionId]);
    expect(row.email).toBe('senco@ashdown.test');
    expect(row.schools.map((s: { schoolId: string }) => s.schoolId)).toEqual([f.schoolA]);
    // Someone else's session is not this person's.
    const other = await sessionOf('head@ashdown.test');
    expect(await t.dataSource.query(`SELECT * FROM app_principal($1, $2)`, [userId, other])).toEqual([]);
    await t.dataSource.query(`UPDATE auth_sessions SET revoked_at = now() WHERE id = $1`, [sessionId]);
    expect(await t.dataSource.query(`SELECT * FROM app_principal($1, $2)`, [userId, sessionId])).toEqual([]);
  });

  it("leaves the calling transaction's school and user as they were", async () => {
    const userId = f.users['teacher@ashdown.test']!;
    const sessionId = await sessionOf('teacher@ashdown.test');
    const [after] = await t.db.run({ schoolId: f.schoolB, userId: f.users['senco@ashdown.test']! }, (m) =>
      m.query(
        `SELECT (SELECT count(*)::int FROM app_principal($1, $2)) AS found,
                current_setting('app.current_school') AS school, current_setting('app.current_user') AS "user"`,
        [userId, sessionId],
      ),
    );
    expect(after).toEqual({ found: 1, school: f.schoolB, user: f.users['senco@ashdown.test'] });
  });
});
