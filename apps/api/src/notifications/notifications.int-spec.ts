import { signIn, withFixtureApp } from '../testing/fixture';
import { client, writeMessage } from './testing/notifications-fixture';

describe('notifications', () => {
  const ctx = withFixtureApp();
  const tokens: Record<string, string> = {};
  const as = (email: string, schoolId = ctx.f.schoolA) => client(ctx.t, tokens[email]!, schoolId);
  const user = (email: string) => ctx.f.users[email]!;
  const subjects = (body: { items: { subject: string }[] }) => body.items.map((n) => n.subject);

  beforeAll(async () => {
    for (const email of [
      'senco@ashdown.test',
      'teacher@ashdown.test',
      'ta@ashdown.test',
      'head@ashdown.test',
      'admin@ashdown.test',
      'both@ashdown.test',
      'senco@beacon.test',
      'leader@trust.test',
    ])
      tokens[email] = (await signIn(ctx.t, email)).token;
  });

  it('lists my messages, newest first: unread ones whatever their age, read ones for 60 days', async () => {
    const teacher = user('teacher@ashdown.test');
    await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: teacher,
      subject: 'Read, 61 days ago',
      age: '61 days',
      readAge: '60 days',
    });
    await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: teacher,
      subject: 'Unread, 90 days ago',
      age: '90 days',
    });
    await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: teacher,
      subject: 'Read, 59 days ago',
      age: '59 days',
      readAge: '1 day',
    });
    await writeMessage(ctx.t, ctx.f.schoolA, { userId: teacher, subject: 'Yesterday', age: '1 day' });
    const newest = await writeMessage(ctx.t, ctx.f.schoolA, {
      userId: teacher,
      subject: 'Today',
      body: 'Line one\nLine two',
      link: null,
      kind: 'passport-nudge',
    });
    // Someone else's, and mine in another school, are not in this list.
    await writeMessage(ctx.t, ctx.f.schoolA, { userId: user('ta@ashdown.test'), subject: 'For the TA' });
    await writeMessage(ctx.t, ctx.f.schoolB, { userId: user('senco@beacon.test'), subject: 'At Beacon' });

    const res = await as('teacher@ashdown.test').get('/notifications');
    expect(res.status).toBe(200);
    expect(subjects(res.body)).toEqual(['Today', 'Yesterday', 'Read, 59 days ago', 'Unread, 90 days ago']);
    expect(res.body.unread).toBe(3);
    expect(res.body.items[0]).toEqual({
      id: newest,
      kind: 'passport-nudge',
      subject: 'Today',
      body: 'Line one\nLine two',
      link: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      readAt: null,
      emailedAt: null,
    });
    expect(res.body.items[1].link).toBe(`/schools/${ctx.f.schoolA}/reviews`);
  });

  it('marks one read (again is fine, the first time is kept), and all read', async () => {
    const teacher = as('teacher@ashdown.test');
    const [first, second] = (await teacher.get('/notifications')).body.items as { id: string }[];
    expect((await teacher.post(`/notifications/${first!.id}/read`)).status).toBe(204);
    const once = (await teacher.get('/notifications')).body;
    expect(once.unread).toBe(2);
    expect(once.items[0].readAt).toEqual(expect.stringMatching(/Z$/));
    expect((await teacher.post(`/notifications/${first!.id}/read`)).status).toBe(204);
    expect((await teacher.get('/notifications')).body.items[0].readAt).toBe(once.items[0].readAt);

    expect((await teacher.post('/notifications/read-all')).status).toBe(204);
    const all = (await teacher.get('/notifications')).body;
    expect(all.unread).toBe(0);
    expect(all.items.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
    expect(all.items[0].readAt).toBe(once.items[0].readAt);
    expect(all.items[1].id).toBe(second!.id);
    expect((await teacher.post('/notifications/read-all')).status).toBe(204);

    // The TA's message is untouched by the teacher's "all".
    expect((await as('ta@ashdown.test').get('/notifications')).body.unread).toBe(1);
  });

  it("answers 404 for someone else's message, one in another school, and an id that is not one", async () => {
    const ta = await as('ta@ashdown.test').get('/notifications');
    const theirs = ta.body.items[0].id as string;
    expect((await as('teacher@ashdown.test').post(`/notifications/${theirs}/read`)).status).toBe(404);
    expect((await as('senco@ashdown.test').post(`/notifications/${theirs}/read`)).status).toBe(404);
    expect((await as('ta@ashdown.test').get('/notifications')).body.unread).toBe(1);

    const beacon = (await as('senco@beacon.test', ctx.f.schoolB).get('/notifications')).body;
    expect(subjects(beacon)).toEqual(['At Beacon']);
    expect((await as('both@ashdown.test').post(`/notifications/${beacon.items[0].id}/read`)).status).toBe(
      404,
    );
    expect((await as('teacher@ashdown.test').post('/notifications/not-an-id/read')).status).toBe(404);
    expect(
      (await as('teacher@ashdown.test').post('/notifications/00000000-0000-4000-8000-000000000000/read'))
        .status,
    ).toBe(404);
  });

  it('is open to every member of the school, and to nobody else', async () => {
    for (const email of ['head@ashdown.test', 'admin@ashdown.test', 'senco@ashdown.test']) {
      const res = await as(email).get('/notifications');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [], unread: 0 });
    }
    expect((await as('senco@beacon.test', ctx.f.schoolA).get('/notifications')).status).toBe(404);
    expect((await as('leader@trust.test').get('/notifications')).status).toBe(404);
    expect((await ctx.t.http().get(`/api/schools/${ctx.f.schoolA}/notifications`)).status).toBe(401);
  });

  it('keeps the list to the newest 100, and counts every unread one', async () => {
    const head = user('head@ashdown.test');
    await ctx.t.db.runAsSchool(ctx.f.schoolA, (m) =>
      m.query(
        `INSERT INTO outbox_messages (school_id, user_id, kind, subject, body, created_at)
         SELECT app_current_school(), $1, 'review-digest', 'Digest ' || n, 'Nothing due', now() - n * interval '1 minute'
           FROM generate_series(1, 105) AS n`,
        [head],
      ),
    );
    const res = (await as('head@ashdown.test').get('/notifications')).body;
    expect(res.items).toHaveLength(100);
    expect(res.items[0].subject).toBe('Digest 1');
    expect(res.items[99].subject).toBe('Digest 100');
    expect(res.unread).toBe(105);
  });
});
