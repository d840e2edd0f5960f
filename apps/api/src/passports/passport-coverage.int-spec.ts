import { daysFromToday } from '../provision/testing/records-fixture';
import { withPassportApp } from './testing/passport-fixture';

/**
 * Read coverage, worked out by hand. Ashdown: the teacher has 4A (Ada, Ben, Cara), the TA 4B (Dev,
 * Eve); 5A (Finn, Gita) has no staff. Groups:
 *
 * - "Reading" (running, TA): Ada and Finn.
 * - "Ended long ago" (ended 40 days ago, teacher): Dev. Past the 30 days' grace: not counted.
 * - "Ben left" (running, TA): Ben left yesterday. Not counted.
 * - "SENCO's group" (running, SENCO): Ada. The SENCO does not confirm reading: not counted.
 * - "Just ended" (ended 10 days ago, teacher): Finn. Within the grace: counted.
 *
 * Published passports: Ada v1, Ben v1, Dev v1 then v2, Finn v1. Receipts: the teacher read Ada v1;
 * the TA read Dev v1 (before v2) and Finn v1. So:
 *
 * | Pupil | Works with       | Not read by |
 * |-------|------------------|-------------|
 * | Ada   | teacher, TA      | TA          |
 * | Ben   | teacher          | teacher     |
 * | Dev   | TA               | TA          |
 * | Finn  | TA, teacher      | teacher     |
 *
 * Teacher: 3 pupils, 2 unread; TA: 3 pupils, 2 unread. On the register without a passport: Cara (K)
 * and Eve (E); not Gita (monitoring, K only from next week) nor Finn (N since K ended).
 */
describe('passport read coverage and reminders', () => {
  const { ctx, as, user, publish, confirm, status, records } = withPassportApp();
  const person = (who: 'teacher' | 'ta') => ({ id: user(who), displayName: who });

  beforeAll(async () => {
    const rec = records();
    const intervention = await rec.intervention({ name: 'Reading' });
    const group = async (staff: string, pupils: [string, string?][], start: number, end: number) => {
      const id = await rec.provision({
        interventionId: intervention,
        weekdays: [1, 3],
        minutes: 30,
        startDate: daysFromToday(start),
        endDate: daysFromToday(end),
        staff: [staff],
      });
      for (const [name, leftOn] of pupils) {
        await rec.place({
          provisionId: id,
          pupilId: ctx.f.pupils[name]!,
          joinedOn: daysFromToday(start),
          ...(leftOn && { leftOn }),
        });
      }
    };
    await group(user('ta'), [['Ada'], ['Finn']], -30, 60);
    await group(user('teacher'), [['Dev']], -100, -40);
    await group(user('ta'), [['Ben', daysFromToday(-1)]], -30, 60);
    await group(user('senco'), [['Ada']], -30, 60);
    await group(user('teacher'), [['Finn']], -60, -10);

    for (const name of ['Ada', 'Ben', 'Cara']) await status(name, 'K', daysFromToday(-200));
    for (const name of ['Dev', 'Eve']) await status(name, 'E', daysFromToday(-200));
    await status('Finn', 'K', daysFromToday(-200));
    await status('Finn', 'N', daysFromToday(-10));
    await status('Gita', 'monitoring', daysFromToday(-20));
    await status('Gita', 'K', daysFromToday(7));

    for (const name of ['Ada', 'Ben', 'Dev', 'Finn'])
      await publish(name, { aboutMe: `About ${name}` }, 'First');
    expect((await confirm('teacher', 'Ada', 1)).status).toBe(201);
    expect((await confirm('ta', 'Dev', 1)).status).toBe(201);
    expect((await confirm('ta', 'Finn', 1)).status).toBe(201);
    await publish('Dev', { aboutMe: 'About Dev, updated' }, 'Second');
  });

  it('counts, per pupil and per member of staff, who has not read the current passport', async () => {
    const res = await as('senco').get('/passports/coverage');
    expect(res.status).toBe(200);
    const pupils = res.body.pupils.map(
      (p: {
        pupil: { name: string };
        currentNumber: number;
        staff: number;
        unreadBy: { displayName: string }[];
      }) => [p.pupil.name, p.currentNumber, p.staff, p.unreadBy.map((u) => u.displayName)],
    );
    expect(pupils).toEqual([
      ['Ada Archer', 1, 2, ['ta']],
      ['Ben Baker', 1, 1, ['teacher']],
      ['Dev Dunn', 2, 1, ['ta']],
      ['Finn Fox', 1, 2, ['teacher']],
    ]);
    expect(res.body.pupils[0]).toMatchObject({
      pupil: { id: ctx.f.pupils.Ada, className: '4A', yearGroup: '4' },
      publishedAt: expect.stringMatching(/Z$/),
      unreadBy: [person('ta')],
    });
    expect(res.body.staff).toEqual([
      { person: person('ta'), pupils: 3, unread: 2, lastNudgedAt: null },
      { person: person('teacher'), pupils: 3, unread: 2, lastNudgedAt: null },
    ]);
    expect(res.body.withoutPassport.map((p: { name: string }) => p.name)).toEqual(['Cara Cole', 'Eve Evans']);
  });

  it("agrees with each reader's own list", async () => {
    const names = async (who: 'teacher' | 'ta') =>
      (await as(who).get('/my-passports')).body.items.map(
        (i: { pupil: { name: string }; unread: boolean }) => `${i.pupil.name}${i.unread ? ' (unread)' : ''}`,
      );
    expect(await names('teacher')).toEqual(['Ben Baker (unread)', 'Finn Fox (unread)', 'Ada Archer']);
    expect(await names('ta')).toEqual(['Ada Archer (unread)', 'Dev Dunn (unread)', 'Finn Fox']);
  });

  it('is for the SENCO and the head only, in their own school', async () => {
    const head = await as('head').get('/passports/coverage');
    expect(head.status).toBe(200);
    expect(head.body.staff).toHaveLength(2);
    for (const who of ['teacher', 'ta', 'admin'] as const) {
      expect((await as(who).get('/passports/coverage')).status).toBe(403);
    }
    expect((await as('senco@beacon', ctx.f.schoolA).get('/passports/coverage')).status).toBe(404);
    const beacon = await as('senco@beacon').get('/passports/coverage');
    expect(beacon.body).toEqual({ pupils: [], staff: [], withoutPassport: [] });
  });

  it('reminds a member of staff with a notification they see, naming no pupil', async () => {
    const nudge = await as('senco').post('/passports/nudges', { userId: user('ta') });
    expect(nudge.status).toBe(201);
    expect(nudge.body).toEqual({
      id: expect.any(String),
      kind: 'passport-nudge',
      subject: "Please read your pupils' passports",
      body: 'You have 2 pupil passports to read: open Passports, read each one and confirm you have read it.\n\nSent by senco.',
      link: `/schools/${ctx.f.schoolA}/my-passports`,
      createdAt: expect.stringMatching(/Z$/),
      readAt: null,
      emailedAt: null,
    });
    const coverage = await as('senco').get('/passports/coverage');
    expect(coverage.body.staff[0]).toMatchObject({
      person: person('ta'),
      lastNudgedAt: nudge.body.createdAt,
    });
    expect(coverage.body.staff[1].lastNudgedAt).toBeNull();

    const notifications = await as('ta').get('/notifications');
    expect(notifications.status).toBe(200);
    expect(notifications.body).toEqual({ items: [nudge.body], unread: 1 });
    expect((await as('teacher').get('/notifications')).body).toEqual({ items: [], unread: 0 });
    expect((await as('teacher').post(`/notifications/${nudge.body.id}/read`)).status).toBe(404);

    expect((await as('ta').post(`/notifications/${nudge.body.id}/read`)).status).toBe(204);
    const read = (await as('ta').get('/notifications')).body;
    expect(read).toMatchObject({ unread: 0, items: [{ readAt: expect.stringMatching(/Z$/) }] });
    // The outbox is the same for everyone: the SENCO's own list does not show what they sent.
    expect((await as('senco').get('/notifications')).body).toEqual({ items: [], unread: 0 });
  });

  it('refuses a reminder to someone with nothing to read, or who is not on the staff', async () => {
    await confirm('teacher', 'Ben', 1);
    const one = await as('senco').post('/passports/nudges', { userId: user('teacher') });
    expect(one.body.body).toBe(
      'You have 1 pupil passport to read: open Passports, read it and confirm you have read it.\n\nSent by senco.',
    );
    await confirm('teacher', 'Finn', 1);
    const none = await as('senco').post('/passports/nudges', { userId: user('teacher') });
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([
      { field: 'userId', message: 'This person has read the current passport of every pupil they work with' },
    ]);
    const coverage = await as('senco').get('/passports/coverage');
    expect(coverage.body.staff[1]).toMatchObject({ person: person('teacher'), unread: 0 });

    for (const userId of [ctx.f.users['teacher@beacon.test'], '00000000-0000-4000-8000-000000000000']) {
      const res = await as('senco').post('/passports/nudges', { userId });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'userId', message: 'This person is not on the staff of this school' },
      ]);
    }
    expect((await as('senco').post('/passports/nudges', { userId: 'someone' })).body.errors[0].field).toBe(
      'userId',
    );
    for (const who of ['teacher', 'ta', 'head'] as const) {
      expect((await as(who).post('/passports/nudges', { userId: user('ta') })).status).toBe(403);
    }
    expect((await as('head').get('/my-passports')).status).toBe(403);
  });
});
