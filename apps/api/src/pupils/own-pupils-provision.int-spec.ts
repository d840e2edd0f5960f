import { daysFromToday, withRecordsApp } from '../provision/testing/records-fixture';

/**
 * "Own pupils" (PRODUCT.md) are the pupils of a person's classes and of the groups they deliver. The TA
 * of the fixture works in 4B; these tests give them groups with pupils of other classes.
 */
describe('own pupils include the pupils of the groups a person delivers', () => {
  const { ctx, as, user, provision } = withRecordsApp();
  const pupil = (who: 'ta' | 'teacher', name: string) => as(who).get(`/pupils/${ctx.f.pupils[name]}`);
  const listed = async (who: 'ta' | 'teacher') =>
    ((await as(who).get('/pupils')).body.items as { legalForename: string }[]).map((p) => p.legalForename);

  it('shows a TA a pupil of another class once they deliver that pupil’s group, and not before', async () => {
    expect((await pupil('ta', 'Ada')).status).toBe(404);
    expect(await listed('ta')).toEqual(['Dev', 'Eve']);
    await provision({ name: 'Phonics', pupils: ['Ada'] });
    const res = await pupil('ta', 'Ada');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ legalForename: 'Ada', className: '4A' });
    expect(await listed('ta')).toEqual(['Ada', 'Dev', 'Eve']);
    // Delivering the group does not open the rest of that pupil's class.
    expect((await pupil('ta', 'Ben')).status).toBe(404);
  });

  it('does the same for a teacher who delivers a group', async () => {
    expect((await pupil('teacher', 'Finn')).status).toBe(404);
    await provision({ name: 'Maths catch-up', staffIds: [user('teacher')], pupils: ['Finn'] });
    expect((await pupil('teacher', 'Finn')).status).toBe(200);
  });

  it('keeps a pupil for 30 days after their group ends, for late logs and exit measures', async () => {
    await provision({
      name: 'Ended 20 days ago',
      startDate: daysFromToday(-80),
      endDate: daysFromToday(-20),
      pupils: ['Gita'],
      joinedOn: daysFromToday(-80),
    });
    await provision({
      name: 'Ended 31 days ago',
      startDate: daysFromToday(-80),
      endDate: daysFromToday(-31),
      pupils: ['Cara'],
      joinedOn: daysFromToday(-80),
    });
    expect((await pupil('ta', 'Gita')).status).toBe(200);
    expect((await pupil('ta', 'Cara')).status).toBe(404);
  });

  it('stops once the pupil has left the group', async () => {
    const group = await provision({ name: 'Left', pupils: ['Ben'], joinedOn: daysFromToday(-14) });
    expect((await pupil('ta', 'Ben')).status).toBe(200);
    const leftToday = await as('senco').patch(`/provisions/${group}/pupils/${ctx.f.pupils.Ben}`, {
      version: 1,
      leftOn: daysFromToday(0),
    });
    expect(leftToday.status).toBe(200);
    // Still theirs on the day they leave: today's session can be logged.
    expect((await pupil('ta', 'Ben')).status).toBe(200);
    await as('senco').patch(`/provisions/${group}/pupils/${ctx.f.pupils.Ben}`, {
      version: 2,
      leftOn: daysFromToday(-1),
    });
    expect((await pupil('ta', 'Ben')).status).toBe(404);
  });
});
