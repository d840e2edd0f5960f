import { isoWeekday } from '@sendreg/contracts';
import { schoolToday } from '../register/register-query';
import { signIn, withFixtureApp } from '../testing/fixture';
import { addDays } from '@sendreg/contracts';
import { datesOn, ProvisionRecords } from './testing/sessions-fixture';

describe('session logging', () => {
  const ctx = withFixtureApp();
  const token: Record<string, string> = {};
  const today = schoolToday();
  // Weekdays before today, most recent first: the days sessions are logged for.
  const W = datesOn(addDays(today, -70), addDays(today, -1), [1, 2, 3, 4, 5]).reverse();
  const start = addDays(today, -100);
  let rec: ProvisionRecords;
  let group: string;
  let tuesdays: string;
  let shared: string;
  let ta: string;
  let ta2: string;
  let first: { id: string; version: number };

  const api = (who: string, school = () => ctx.f.schoolA) => {
    const url = (path: string) => `/api/schools/${school()}${path}`;
    return {
      get: (path: string) => ctx.t.http().get(url(path)).auth(token[who]!, { type: 'bearer' }),
      post: (path: string, body: object, key?: string) => {
        const req = ctx.t.http().post(url(path)).auth(token[who]!, { type: 'bearer' });
        return (key ? req.set('Idempotency-Key', key) : req).send(body);
      },
      patch: (path: string, body: object) =>
        ctx.t.http().patch(url(path)).auth(token[who]!, { type: 'bearer' }).send(body),
    };
  };
  const pupil = (name: string) => ctx.f.pupils[name]!;
  type Attendance = { pupilId: string; attended: boolean; absenceReason?: string };
  const present = (...names: string[]): Attendance[] =>
    names.map((n) => ({ pupilId: pupil(n), attended: true }));
  const held = (heldOn: string, attendance = present('Ben', 'Dev', 'Eve'), minutes = 30) => ({
    heldOn,
    status: 'held',
    minutes,
    attendance,
  });
  const sessions = (id = group) => `/provisions/${id}/sessions`;
  const fields = (body: { errors?: { field: string; message: string }[] }) =>
    (body.errors ?? []).map((e) => `${e.field}: ${e.message}`);

  beforeAll(async () => {
    rec = new ProvisionRecords(ctx.t, ctx.f.schoolA);
    ta = ctx.f.users['ta@ashdown.test']!;
    ta2 = await rec.addStaff('ta2@ashdown.test', ['ta']);
    for (const who of ['senco', 'teacher', 'ta', 'ta2', 'head', 'admin'])
      token[who] = (await signIn(ctx.t, `${who}@ashdown.test`)).token;
    token.beacon = (await signIn(ctx.t, 'senco@beacon.test')).token;

    const reading = await rec.intervention({ name: 'Reading group', deliveredBy: 'ta' });
    await rec.rate({ role: 'ta', pence: 1550, from: '2020-09-01' });
    group = await rec.provision({
      interventionId: reading,
      name: 'Reading every day',
      weekdays: [1, 2, 3, 4, 5],
      minutes: 30,
      startDate: start,
      endDate: addDays(today, 60),
      staff: [ta],
      location: 'Library',
    });
    // Ben is in 4A (the teacher's class); Dev and Eve in 4B; Finn (5A) left the group 40 days ago.
    for (const name of ['Ben', 'Dev', 'Eve'])
      await rec.place({ provisionId: group, pupilId: pupil(name), joinedOn: start });
    await rec.place({
      provisionId: group,
      pupilId: pupil('Finn'),
      joinedOn: start,
      leftOn: addDays(today, -40),
    });
    tuesdays = await rec.provision({
      interventionId: reading,
      name: 'Tuesday reading',
      weekdays: [2],
      minutes: 20,
      startDate: start,
      endDate: addDays(today, 60),
      staff: [ta],
    });
    await rec.place({ provisionId: tuesdays, pupilId: pupil('Gita'), joinedOn: start });
    // A group both TAs deliver, and one that has ended.
    shared = await rec.provision({
      interventionId: reading,
      name: 'Shared group',
      weekdays: [1, 2, 3, 4, 5],
      minutes: 30,
      startDate: start,
      endDate: addDays(today, 60),
      staff: [ta, ta2],
    });
    await rec.place({ provisionId: shared, pupilId: pupil('Dev'), joinedOn: start });
    await rec.provision({
      interventionId: reading,
      name: 'Ended last term',
      weekdays: [1, 2, 3, 4, 5],
      minutes: 30,
      startDate: addDays(today, -200),
      endDate: addDays(today, -150),
      staff: [ta],
    });
  });

  describe('logging', () => {
    it('logs a held session with who came, as the TA who delivers the group', async () => {
      const res = await api('ta').post(sessions(), {
        ...held(W[0]!, [
          ...present('Ben', 'Dev'),
          { pupilId: pupil('Eve'), attended: false, absenceReason: 'ill' },
        ]),
        note: '  Good focus today  ',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        provisionId: group,
        heldOn: W[0],
        status: 'held',
        minutes: 30,
        cancelReason: null,
        note: 'Good focus today',
        deliveredBy: { id: ta, displayName: 'ta' },
        loggedBy: { id: ta },
        canCorrect: true,
        costPence: null,
        version: 1,
      });
      expect(res.body.attendance).toEqual([
        { pupil: { id: pupil('Ben'), name: 'Ben Baker' }, attended: true, absenceReason: null },
        { pupil: { id: pupil('Dev'), name: 'Dev Dunn' }, attended: true, absenceReason: null },
        { pupil: { id: pupil('Eve'), name: 'Eve Evans' }, attended: false, absenceReason: 'ill' },
      ]);
      const window = Date.parse(res.body.correctableUntil) - Date.parse(res.body.loggedAt);
      expect(window).toBe(7 * 86_400_000);
      first = res.body;
      expect(await rec.count('session_attendance', 'session_id = $1', [first.id])).toBe(3);
      expect(
        await rec.count('provision_changes', `entity_id = $1 AND action = 'session-logged'`, [first.id]),
      ).toBe(1);
    });

    it('shows the SENCO the cost of a held session and lets them correct it at any time', async () => {
      const res = await api('senco').get(`${sessions()}/${first.id}`);
      expect(res.status).toBe(200);
      // GBP 15.50 an hour for 30 minutes.
      expect(res.body).toMatchObject({ costPence: 775, canCorrect: true, correctableUntil: null });
    });

    it('logs a cancelled session with its reason, and no minutes, attendance or cost', async () => {
      const res = await api('ta').post(sessions(), {
        heldOn: W[1],
        status: 'cancelled',
        cancelReason: 'cover',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'cancelled',
        cancelReason: 'cover',
        minutes: null,
        attendance: [],
      });
      const seen = await api('senco').get(`${sessions()}/${res.body.id}`);
      expect(seen.body.costPence).toBeNull();
    });

    it('names the pupil missing from the attendance, and the absent pupil without a reason', async () => {
      let res = await api('ta').post(sessions(), held(W[2]!, present('Ben', 'Dev')));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fields(res.body)).toEqual(['attendance: Say whether Eve Evans came to the session']);
      res = await api('ta').post(
        sessions(),
        held(W[2]!, [...present('Ben', 'Dev'), { pupilId: pupil('Eve'), attended: false }]),
      );
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['attendance.2.absenceReason: Choose why Eve Evans did not come']);
    });

    it('refuses pupils who are not in the group that day, naming those it may', async () => {
      const res = await api('ta').post(
        sessions(),
        held(W[2]!, [...present('Ben', 'Dev', 'Eve'), ...present('Finn', 'Ada'), ...present('Ben')]),
      );
      expect(res.status).toBe(400);
      const errors = fields(res.body);
      expect(errors).toHaveLength(3);
      expect(errors[0]).toMatch(
        /^attendance\.3\.pupilId: Finn Fox was not in this group on .* \(left on .*\)/,
      );
      // Ada has no place in the group: her name is not the TA's to learn from an error.
      expect(errors[1]).toBe('attendance.4.pupilId: This pupil is not in this group');
      expect(errors[2]).toBe('attendance.5.pupilId: Ben Baker is listed more than once');
    });

    it('refuses a day in the future or outside the group, and incomplete held or cancelled logs', async () => {
      let res = await api('ta').post(sessions(), held(addDays(today, 1)));
      expect(fields(res.body)).toEqual(['heldOn: The session date cannot be in the future']);
      res = await api('ta').post(sessions(), held(addDays(start, -1)));
      expect(res.status).toBe(400);
      expect(fields(res.body)[0]).toMatch(
        /^heldOn: This group runs from .* to .*: choose a date in that range$/,
      );
      res = await api('ta').post(sessions(), {
        heldOn: W[2],
        status: 'held',
        attendance: present('Ben', 'Dev', 'Eve'),
      });
      expect(fields(res.body)).toEqual(['minutes: Enter how long the session lasted, in minutes']);
      res = await api('ta').post(sessions(), { heldOn: W[2], status: 'cancelled', minutes: 30 });
      expect(fields(res.body)).toEqual([
        'cancelReason: Choose why the session was cancelled',
        'minutes: Leave the length empty: the session was cancelled',
      ]);
      res = await api('ta').post(sessions(), { heldOn: '2026-02-30', status: 'sometimes', minutes: 500 });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'heldOn',
        'minutes',
        'status',
      ]);
      expect(await rec.count('provision_sessions', 'held_on = $1', [W[2]])).toBe(0);
    });

    it('answers a retry with the same Idempotency-Key with the first session, creating one', async () => {
      const body = held(W[2]!);
      const a = await api('ta').post(sessions(), body, 'retry-key-0001');
      const b = await api('ta').post(sessions(), body, 'retry-key-0001');
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      expect(b.body).toEqual(a.body);
      expect(await rec.count('provision_sessions', 'provision_id = $1 AND held_on = $2', [group, W[2]])).toBe(
        1,
      );
      expect(await rec.count('session_attendance', 'session_id = $1', [a.body.id])).toBe(3);
    });

    it('refuses the same Idempotency-Key with another body (422)', async () => {
      const res = await api('ta').post(sessions(), held(W[3]!), 'retry-key-0001');
      expect(res.status).toBe(422);
      expect(res.body.type).toBe('/problems/idempotency-key-reused');
      expect(await rec.count('provision_sessions', 'held_on = $1', [W[3]])).toBe(0);
    });

    it('refuses a second log of the group for the same day, saying how to correct it (409)', async () => {
      const res = await api('senco').post(sessions(), held(W[0]!));
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        type: '/problems/session-already-logged',
        sessionId: first.id,
        provisionId: group,
        heldOn: W[0],
      });
      expect(res.body.detail).toMatch(/already logged for .*correct it/);
      expect(await rec.count('provision_sessions', 'provision_id = $1 AND held_on = $2', [group, W[0]])).toBe(
        1,
      );
    });

    it('lets only the staff who deliver the group log it (403), and nobody without the permission', async () => {
      let res = await api('ta2').post(sessions(), held(W[3]!));
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/Only the staff who deliver this group/);
      for (const who of ['teacher', 'head', 'admin']) {
        res = await api(who).post(sessions(), held(W[3]!));
        expect(res.status).toBe(403);
      }
      expect(await rec.count('provision_sessions', 'held_on = $1', [W[3]])).toBe(0);
    });

    it('lets the SENCO log any group, as the one who delivered it', async () => {
      const res = await api('senco').post(sessions(tuesdays), held(W[3]!, present('Gita'), 20));
      expect(res.status).toBe(201);
      expect(res.body.deliveredBy.id).toBe(ctx.f.users['senco@ashdown.test']);
      expect(res.body.costPence).toBe(517); // 20 minutes at GBP 15.50 an hour (516⅔p)
    });
  });

  describe('reading', () => {
    it('lists the sessions of a group newest first, paged', async () => {
      const res = await api('ta').get(`${sessions()}?pageSize=2`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(res.body.items.map((s: { heldOn: string }) => s.heldOn)).toEqual([W[0], W[1]]);
      const next = await api('ta').get(`${sessions()}?pageSize=2&page=2`);
      expect(next.body.items.map((s: { heldOn: string }) => s.heldOn)).toEqual([W[2]]);
    });

    it('shows a teacher the sessions of a group with their pupil, but only their pupils and no costs', async () => {
      const res = await api('teacher').get(`${sessions()}/${first.id}`);
      expect(res.status).toBe(200);
      expect(res.body.attendance).toEqual([
        { pupil: { id: pupil('Ben'), name: 'Ben Baker' }, attended: true, absenceReason: null },
      ]);
      expect(res.body).toMatchObject({ costPence: null, canCorrect: false, correctableUntil: null });
      const list = await api('teacher').get(sessions());
      expect(list.body.items.every((s: { attendance: unknown[] }) => s.attendance.length <= 1)).toBe(true);
    });

    it('never shows a TA costs, and shows the head them', async () => {
      const mine = await api('ta').get(sessions());
      expect(mine.body.items.map((s: { costPence: number | null }) => s.costPence)).toEqual([
        null,
        null,
        null,
      ]);
      const head = await api('head').get(sessions());
      expect(head.body.items.map((s: { costPence: number | null }) => s.costPence)).toEqual([775, null, 775]);
      expect(head.body.items[0].canCorrect).toBe(false);
    });

    it('hides the group from a TA who does not deliver it, and from another school (404)', async () => {
      expect((await api('ta2').get(sessions())).status).toBe(404);
      expect((await api('ta2').get(`${sessions()}/${first.id}`)).status).toBe(404);
      expect((await api('admin').get(sessions())).status).toBe(403);
      // Not a member of Ashdown: the school itself is not found.
      expect((await api('beacon').get(sessions())).status).toBe(404);
      // Beacon's own SENCO asking for Ashdown's group through Beacon: nothing there.
      const beacon = api('beacon', () => ctx.f.schoolB);
      expect((await beacon.get(sessions())).status).toBe(404);
      expect((await beacon.get(`${sessions()}/${first.id}`)).status).toBe(404);
      expect((await beacon.post(sessions(), held(W[4]!))).status).toBe(404);
      expect((await beacon.patch(`${sessions()}/${first.id}`, { ...held(W[0]!), version: 1 })).status).toBe(
        404,
      );
    });
  });

  describe('correcting', () => {
    it('lets the TA who logged it correct it within the week, replacing the attendance', async () => {
      const res = await api('ta').patch(`${sessions()}/${first.id}`, {
        ...held(W[0]!, present('Ben', 'Dev', 'Eve'), 25),
        version: first.version,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ minutes: 25, version: 2, note: 'Good focus today' });
      expect(res.body.attendance.map((a: { attended: boolean }) => a.attended)).toEqual([true, true, true]);
      const [change] = await rec.inSchool((m) =>
        m.query(
          `SELECT before, after, changed_by FROM provision_changes WHERE entity_id = $1 AND action = 'session-corrected'`,
          [first.id],
        ),
      );
      expect(change.changed_by).toBe(ta);
      expect(change.before).toMatchObject({ minutes: 30, status: 'held' });
      expect(change.before.attendance).toContainEqual({
        pupilId: pupil('Eve'),
        attended: false,
        absenceReason: 'ill',
      });
      expect(change.after).toMatchObject({ minutes: 25 });
      expect(change.after.attendance).toContainEqual({
        pupilId: pupil('Eve'),
        attended: true,
        absenceReason: null,
      });
      first = res.body;
    });

    it('refuses a stale version (409), changing nothing', async () => {
      const res = await api('ta').patch(`${sessions()}/${first.id}`, { ...held(W[0]!), version: 1 });
      expect(res.status).toBe(409);
      expect(res.body.type).toBe('/problems/stale-version');
      expect((await api('ta').get(`${sessions()}/${first.id}`)).body.minutes).toBe(25);
    });

    it('refuses moving a session onto a day already logged (409), and checks the new day like a new log', async () => {
      let res = await api('ta').patch(`${sessions()}/${first.id}`, {
        ...held(W[2]!),
        version: first.version,
      });
      expect(res.status).toBe(409);
      expect(res.body.type).toBe('/problems/session-already-logged');
      res = await api('ta').patch(`${sessions()}/${first.id}`, {
        ...held(W[0]!, present('Ben', 'Dev')),
        version: first.version,
      });
      expect(fields(res.body)).toEqual(['attendance: Say whether Eve Evans came to the session']);
    });

    it('turns a held session into a cancelled one', async () => {
      const logged = await api('ta').post(sessions(), held(W[4]!));
      const res = await api('ta').patch(`${sessions()}/${logged.body.id}`, {
        heldOn: W[4],
        status: 'cancelled',
        cancelReason: 'trip',
        version: 1,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'cancelled', minutes: null, attendance: [], version: 2 });
      expect(await rec.count('session_attendance', 'session_id = $1', [logged.body.id])).toBe(0);
    });

    it('lets only the person who logged a session correct it, not another TA of the group', async () => {
      const logged = await api('ta').post(sessions(shared), held(W[0]!, present('Dev')));
      expect(logged.status).toBe(201);
      const res = await api('ta2').patch(`${sessions(shared)}/${logged.body.id}`, {
        ...held(W[0]!, present('Dev'), 20),
        version: 1,
      });
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/Only the person who logged this session/);
      const seen = await api('ta2').get(`${sessions(shared)}/${logged.body.id}`);
      expect(seen.body).toMatchObject({ canCorrect: false, correctableUntil: null });
    });

    it('stops the TA correcting after 7 days (403) but not the SENCO', async () => {
      await rec.backdateLog(first.id, 8);
      const seen = await api('ta').get(`${sessions()}/${first.id}`);
      expect(seen.body.canCorrect).toBe(false);
      expect(Date.parse(seen.body.correctableUntil)).toBeLessThan(Date.now());
      let res = await api('ta').patch(`${sessions()}/${first.id}`, {
        ...held(W[0]!),
        version: first.version,
      });
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/for 7 days; after that, ask the SENCO/);
      res = await api('senco').patch(`${sessions()}/${first.id}`, { ...held(W[0]!), version: first.version });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ minutes: 30, version: 3, deliveredBy: { id: ta } });
    });
  });

  describe('my groups', () => {
    const monday = W.slice(5).find((d) => isoWeekday(d) === 1)!;

    it("lists the groups I deliver that run that day, due ones first, with the day's log and pupils", async () => {
      await api('ta').post(sessions(), held(monday));
      const res = await api('ta').get(`/my-groups?date=${monday}`);
      expect(res.status).toBe(200);
      expect(res.body.date).toBe(monday);
      const groups = res.body.groups as {
        provision: { name: string; staff: { id: string }[]; pupilCount: number; state: string };
        due: boolean;
        session: { status: string } | null;
        pupils: { name: string }[];
      }[];
      expect(groups.map((g) => [g.provision.name, g.due, g.session?.status ?? null])).toEqual([
        ['Reading every day', true, 'held'],
        ['Shared group', true, null],
        ['Tuesday reading', false, null],
      ]);
      expect(groups[0]!.pupils.map((p) => p.name)).toEqual(['Ben Baker', 'Dev Dunn', 'Eve Evans']);
      expect(groups[0]!.provision).toMatchObject({ pupilCount: 3, state: 'running', location: 'Library' });
      expect(groups[1]!.provision.staff.map((s) => s.id).sort()).toEqual([ta, ta2].sort());
    });

    it('on a Tuesday, the Tuesday group is due too, and defaults to today', async () => {
      const tuesday = W.find((d) => isoWeekday(d) === 2)!;
      const res = await api('ta').get(`/my-groups?date=${tuesday}`);
      expect(res.body.groups.map((g: { due: boolean }) => g.due)).toEqual([true, true, true]);
      const now = await api('ta').get('/my-groups');
      expect(now.body.date).toBe(today);
      expect((await api('ta2').get(`/my-groups?date=${monday}`)).body.groups).toHaveLength(1);
      expect((await api('teacher').get('/my-groups')).status).toBe(403);
      expect((await api('ta').get('/my-groups?date=tomorrow')).status).toBe(400);
    });
  });
});
