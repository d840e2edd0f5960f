import { Fixture, seedFixture, signIn } from '../testing/fixture';
import { startTestApp, TestApp } from '../testing/test-app';

describe('pupils', () => {
  let t: TestApp;
  let f: Fixture;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
    for (const who of ['senco', 'teacher', 'ta', 'head', 'admin'])
      token[who] = (await signIn(t, `${who}@ashdown.test`)).token;
  });
  afterAll(() => t?.close());

  const list = (who: string, query = '') =>
    t.http().get(`/api/schools/${f.schoolA}/pupils${query}`).auth(token[who]!, { type: 'bearer' });
  const names = (res: { body: { items: { legalForename: string }[] } }) =>
    res.body.items.map((p) => p.legalForename);

  it('pages the list, sorted by surname, with the total', async () => {
    const first = await list('senco', '?pageSize=3');
    expect(first.body).toMatchObject({ total: 7, page: 1, pageSize: 3 });
    expect(names(first)).toEqual(['Ada', 'Ben', 'Cara']);
    const last = await list('senco', '?pageSize=3&page=3');
    expect(names(last)).toEqual(['Gita']);
    const beyond = await list('senco', '?pageSize=3&page=9');
    expect(beyond.body).toMatchObject({ items: [], total: 7, page: 9 });
  });

  it('filters by year group, class and a search on name or UPN', async () => {
    expect(names(await list('senco', '?yearGroup=5'))).toEqual(['Finn', 'Gita']);
    expect(names(await list('senco', `?classId=${f.classes['A:4B']}`))).toEqual(['Dev', 'Eve']);
    expect(names(await list('senco', '?q=eva'))).toEqual(['Eve']);
    const upn = (await list('senco', '?q=cole')).body.items[0].upn as string;
    expect(names(await list('senco', `?q=${upn.toLowerCase()}`))).toEqual(['Cara']);
    // Search text is matched literally: % is not a wildcard.
    expect((await list('senco', '?q=%25')).body.total).toBe(0);
  });

  it("shows a teacher their class's pupils only, and a TA theirs", async () => {
    expect(names(await list('teacher'))).toEqual(['Ada', 'Ben', 'Cara']);
    expect(names(await list('ta'))).toEqual(['Dev', 'Eve']);
    expect((await list('head')).body.total).toBe(7);
    expect((await list('admin')).body.total).toBe(7);
  });

  it('answers 404 to a teacher for a pupil they do not teach, exactly as for one that does not exist', async () => {
    const own = await t
      .http()
      .get(`/api/schools/${f.schoolA}/pupils/${f.pupils.Ada}`)
      .auth(token.teacher!, { type: 'bearer' });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      legalForename: 'Ada',
      className: '4A',
      yearGroup: '4',
      version: 1,
      dateOfBirth: '2017-01-15',
    });
    const notTheirs = await t
      .http()
      .get(`/api/schools/${f.schoolA}/pupils/${f.pupils.Finn}`)
      .auth(token.teacher!, { type: 'bearer' });
    expect(notTheirs.status).toBe(404);
    const malformed = await t
      .http()
      .get(`/api/schools/${f.schoolA}/pupils/not-a-uuid`)
      .auth(token.teacher!, { type: 'bearer' });
    expect(malformed.status).toBe(404);
  });

  it('leaves leavers out of the list', async () => {
    await t.db.runAsSchool(f.schoolA, (m) =>
      m.query(`UPDATE pupils SET leaving_date = '2025-07-20' WHERE id = $1`, [f.pupils.Gita]),
    );
    expect(names(await list('senco', '?yearGroup=5'))).toEqual(['Finn']);
  });
});
