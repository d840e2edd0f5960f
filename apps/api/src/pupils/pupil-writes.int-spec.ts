import { signIn, withFixtureApp } from '../testing/fixture';

describe('pupil core records', () => {
  const ctx = withFixtureApp();
  let admin: string;
  let teacher: string;

  beforeAll(async () => {
    admin = (await signIn(ctx.t, 'admin@ashdown.test')).token;
    teacher = (await signIn(ctx.t, 'teacher@ashdown.test')).token;
  });

  const post = (path: string, body: object, token = admin) =>
    ctx.t
      .http()
      .post(`/api/schools/${ctx.f.schoolA}/pupils${path}`)
      .auth(token, { type: 'bearer' })
      .send(body);
  const patch = (id: string, body: object) =>
    ctx.t
      .http()
      .patch(`/api/schools/${ctx.f.schoolA}/pupils/${id}`)
      .auth(admin, { type: 'bearer' })
      .send(body);
  const newPupil = {
    upn: 'R674123101121',
    legalForename: 'Zara',
    legalSurname: 'Zed',
    dateOfBirth: '2017-10-02',
    gender: 'F',
    yearGroup: '4',
  };

  it('adds a pupil, and says exactly what is wrong with a UPN', async () => {
    const bad = await post('', { ...newPupil, upn: 'A674123101121' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'upn', message: 'The check letter does not match: for these digits it should be R, not A.' },
    ]);
    const res = await post('', { ...newPupil, classId: ctx.f.classes['A:4B'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ upn: 'R674123101121', className: '4B', version: 1 });
    const duplicate = await post('', newPupil);
    expect(duplicate.body.errors).toEqual([
      { field: 'upn', message: 'Another pupil in this school already has this UPN' },
    ]);
    const otherSchoolsClass = await post('', {
      ...newPupil,
      upn: 'F674123101122',
      classId: ctx.f.classes['B:7A'],
    });
    expect(otherSchoolsClass.body.errors).toEqual([
      { field: 'classId', message: 'There is no such class in this school' },
    ]);
    expect((await post('', newPupil, teacher)).status).toBe(403);
  });

  it('edits with the version last read, refusing a stale one', async () => {
    const list = await ctx.t
      .http()
      .get(`/api/schools/${ctx.f.schoolA}/pupils?q=Zed`)
      .auth(admin, { type: 'bearer' });
    const id = list.body.items[0].id as string;
    const ok = await patch(id, { preferredForename: 'Zee', eal: true, version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ preferredForename: 'Zee', eal: true, version: 2 });
    const stale = await patch(id, { legalSurname: 'Other', version: 1 });
    expect(stale.status).toBe(409);
    const after = await ctx.t
      .http()
      .get(`/api/schools/${ctx.f.schoolA}/pupils/${id}`)
      .auth(admin, { type: 'bearer' });
    expect(after.body.legalSurname).toBe('Zed');
    const logged = await ctx.t.dataSource.query(
      `SELECT action, before, after FROM sen_changes WHERE pupil_id = $1 ORDER BY changed_at`,
      [id],
    );
    expect(logged.map((l: { action: string }) => l.action)).toEqual(['pupil-created', 'pupil-updated']);
    expect(logged[1].before).toEqual({ preferredForename: null, eal: false });
  });

  it('archives a leaver, who stays in history but leaves the lists', async () => {
    const res = await post(`/${ctx.f.pupils.Gita}/leaving`, {
      leavingDate: '2026-07-22',
      reason: 'Moved away',
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.leavingDate).toBe('2026-07-22');
    const list = await ctx.t
      .http()
      .get(`/api/schools/${ctx.f.schoolA}/pupils?yearGroup=5`)
      .auth(admin, { type: 'bearer' });
    expect(list.body.items.map((p: { legalForename: string }) => p.legalForename)).toEqual(['Finn']);
    const stillThere = await ctx.t
      .http()
      .get(`/api/schools/${ctx.f.schoolA}/pupils/${ctx.f.pupils.Gita}`)
      .auth(admin, { type: 'bearer' });
    expect(stillThere.status).toBe(200);
  });
});
