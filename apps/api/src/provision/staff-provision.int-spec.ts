import { randomUUID } from 'node:crypto';
import { schoolToday } from '../register/register-query';
import { signIn, withFixtureApp } from '../testing/fixture';
import { addDays } from '@sendreg/contracts';
import { ProvisionRecords } from './testing/sessions-fixture';

describe("a member of staff's groups and timetable", () => {
  const ctx = withFixtureApp();
  const token: Record<string, string> = {};
  const today = schoolToday();
  let ta: string;

  beforeAll(async () => {
    for (const who of ['senco', 'teacher', 'ta', 'head', 'admin'])
      token[who] = (await signIn(ctx.t, `${who}@ashdown.test`)).token;
    token.beacon = (await signIn(ctx.t, 'senco@beacon.test')).token;
    const rec = new ProvisionRecords(ctx.t, ctx.f.schoolA);
    ta = ctx.f.users['ta@ashdown.test']!;
    const senco = ctx.f.users['senco@ashdown.test']!;
    const reading = await rec.intervention({ name: 'Reading' });
    const group = (name: string, weekdays: number[], from: number, to: number, staff: string[]) =>
      rec.provision({
        interventionId: reading,
        name,
        weekdays,
        minutes: 25,
        startDate: addDays(today, from),
        endDate: addDays(today, to),
        staff,
        location: 'Room 3',
      });
    await group('Running Mon/Wed', [1, 3], -10, 30, [ta]);
    await group('Starts soon on Fridays', [5], 10, 60, [ta]);
    await group('Ended', [1, 2, 3, 4, 5], -100, -50, [ta]);
    await group("The SENCO's group", [2], -10, 30, [senco]);
  });

  const staffProvision = (who: string, userId: string, school = ctx.f.schoolA) =>
    ctx.t
      .http()
      .get(`/api/schools/${school}/staff/${userId}/provision`)
      .auth(token[who]!, { type: 'bearer' });

  it('lists the groups running or to come, and a Monday to Friday timetable of those running', async () => {
    const res = await staffProvision('ta', ta);
    expect(res.status).toBe(200);
    expect(res.body.person).toEqual({ id: ta, displayName: 'ta' });
    expect(res.body.provisions.map((p: { name: string; state: string }) => [p.name, p.state])).toEqual([
      ['Running Mon/Wed', 'running'],
      ['Starts soon on Fridays', 'planned'],
    ]);
    const running = res.body.provisions[0];
    expect(res.body.timetable).toEqual([
      {
        weekday: 1,
        provisions: [{ id: running.id, name: 'Running Mon/Wed', minutes: 25, location: 'Room 3' }],
      },
      { weekday: 2, provisions: [] },
      {
        weekday: 3,
        provisions: [{ id: running.id, name: 'Running Mon/Wed', minutes: 25, location: 'Room 3' }],
      },
      { weekday: 4, provisions: [] },
      { weekday: 5, provisions: [] },
    ]);
  });

  it("lets the SENCO and the head see anyone's, and others only their own", async () => {
    expect((await staffProvision('senco', ta)).body.provisions).toHaveLength(2);
    expect((await staffProvision('head', ta)).body.provisions).toHaveLength(2);
    expect((await staffProvision('ta', ctx.f.users['senco@ashdown.test']!)).status).toBe(404);
    const teacher = await staffProvision('teacher', ctx.f.users['teacher@ashdown.test']!);
    expect(teacher.status).toBe(200);
    expect(teacher.body.provisions).toEqual([]);
    expect((await staffProvision('admin', ta)).status).toBe(403);
  });

  it('is 404 for someone not at the school, and for another school', async () => {
    expect((await staffProvision('senco', randomUUID())).status).toBe(404);
    expect((await staffProvision('senco', ctx.f.users['senco@beacon.test']!)).status).toBe(404);
    expect((await staffProvision('beacon', ta)).status).toBe(404);
    expect((await staffProvision('beacon', ta, ctx.f.schoolB)).status).toBe(404);
  });
});
