import { Fixture, seedFixture, signIn, withFixtureApp } from '../testing/fixture';
import { startTestApp, TestApp } from '../testing/test-app';

describe('classes and their staff', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
  });
  afterAll(() => t?.close());

  it('lists the classes in year order with pupil counts, teachers before teaching assistants', async () => {
    const { token } = await signIn(t, 'admin@ashdown.test');
    // Put the TA into 4A as well, so the class has both.
    await t.db.runAsSchool(f.schoolA, (m) =>
      m.query(`INSERT INTO class_staff (school_id, class_id, user_id, role) VALUES ($1, $2, $3, 'ta')`, [
        f.schoolA,
        f.classes['A:4A'],
        f.users['ta@ashdown.test'],
      ]),
    );
    const res = await t.http().get(`/api/schools/${f.schoolA}/classes`).auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((c: { name: string; pupilCount: number }) => [c.name, c.pupilCount])).toEqual([
      ['4A', 3],
      ['4B', 2],
      ['5A', 2],
    ]);
    expect(res.body.items[0].staff.map((s: { displayName: string; role: string }) => s.role)).toEqual([
      'teacher',
      'ta',
    ]);
  });
});

describe('assigning staff to classes', () => {
  const ctx = withFixtureApp();

  it('lets the admin create a class and assign staff; a teacher then sees its pupils on the next request', async () => {
    const admin = (await signIn(ctx.t, 'admin@ashdown.test')).token;
    const teacher = (await signIn(ctx.t, 'teacher@ashdown.test')).token;
    const base = `/api/schools/${ctx.f.schoolA}`;
    const before = await ctx.t.http().get(`${base}/pupils`).auth(teacher, { type: 'bearer' });
    expect(before.body.total).toBe(3);

    const created = await ctx.t
      .http()
      .post(`${base}/classes`)
      .auth(admin, { type: 'bearer' })
      .send({ name: '6A', yearGroup: '6' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '6A', pupilCount: 0, staff: [] });
    const dup = await ctx.t
      .http()
      .post(`${base}/classes`)
      .auth(admin, { type: 'bearer' })
      .send({ name: '6a' });
    expect(dup.body.errors).toEqual([{ field: 'name', message: 'There is already a class called 6a' }]);

    const assign = await ctx.t
      .http()
      .put(`${base}/classes/${ctx.f.classes['A:5A']}/staff`)
      .auth(admin, { type: 'bearer' })
      .send({ staff: [{ userId: ctx.f.users['teacher@ashdown.test'], role: 'teacher' }] });
    expect(assign.status).toBe(200);
    expect(assign.body.staff).toEqual([
      { userId: ctx.f.users['teacher@ashdown.test'], displayName: 'teacher', role: 'teacher' },
    ]);
    const after = await ctx.t.http().get(`${base}/pupils`).auth(teacher, { type: 'bearer' });
    expect(after.body.total).toBe(5);

    const outsider = await ctx.t
      .http()
      .put(`${base}/classes/${ctx.f.classes['A:5A']}/staff`)
      .auth(admin, { type: 'bearer' })
      .send({ staff: [{ userId: ctx.f.users['senco@beacon.test'], role: 'ta' }] });
    expect(outsider.body.errors).toEqual([
      { field: 'staff[0].userId', message: 'This person is not on the staff of this school' },
    ]);
    const otherSchoolClass = await ctx.t
      .http()
      .put(`${base}/classes/${ctx.f.classes['B:7A']}/staff`)
      .auth(admin, { type: 'bearer' })
      .send({ staff: [] });
    expect(otherSchoolClass.status).toBe(404);

    const staff = await ctx.t.http().get(`${base}/staff`).auth(admin, { type: 'bearer' });
    const t = staff.body.items.find((s: { email: string }) => s.email === 'teacher@ashdown.test');
    expect(t.classes.map((c: { name: string }) => c.name)).toEqual(['4A', '5A']);
    expect(
      (await ctx.t.http().post(`${base}/classes`).auth(teacher, { type: 'bearer' }).send({ name: 'X' }))
        .status,
    ).toBe(403);
  });
});
