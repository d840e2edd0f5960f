import { daysFromToday, fieldsOf, messageFor, withRecordsApp } from './testing/records-fixture';

type Place = {
  pupil: { id: string; name: string };
  joinedOn: string;
  leftOn: string | null;
  entryScore: number | null;
  exitScore: number | null;
  progress: number | null;
  version: number;
};

describe("pupils' places in groups", () => {
  const { ctx, as, user, intervention, provision, changes } = withRecordsApp();
  let groupId: string; // delivered by the TA, started 14 days ago
  let otherId: string; // delivered by the SENCO
  const placeOf = (res: { body: { places: Place[] } }, name: string) =>
    res.body.places.find((p) => p.pupil.id === ctx.f.pupils[name])!;

  beforeAll(async () => {
    groupId = await provision({ name: 'Reading group' });
    otherId = await provision({ name: "The SENCO's group", staffIds: [user('senco')], pupils: ['Eve'] });
  });

  it('adds a pupil from today when the group has started, logged as a change', async () => {
    const res = await as('senco').post(`/provisions/${groupId}/pupils`, {
      pupilId: ctx.f.pupils.Dev,
      entryScore: 84.5,
      entryDate: daysFromToday(0),
      targetScore: 90,
    });
    expect(res.status).toBe(201);
    expect(res.body.pupilCount).toBe(1);
    expect(placeOf(res, 'Dev')).toMatchObject({
      pupil: { name: 'Dev Dunn', yearGroup: '4', className: '4B' },
      joinedOn: daysFromToday(0),
      leftOn: null,
      entryScore: 84.5,
      entryDate: daysFromToday(0),
      targetScore: 90,
      exitScore: null,
      progress: null,
      attended: 0,
      listed: 0,
      version: 1,
    });
    expect(await changes(groupId)).toContainEqual(
      expect.objectContaining({
        entity: 'provision_pupil',
        pupil_id: ctx.f.pupils.Dev,
        action: 'added',
        after: expect.objectContaining({ joinedOn: daysFromToday(0), entryScore: 84.5 }),
      }),
    );
  });

  it('adds a pupil from the start of a group that has not started yet', async () => {
    const planned = await provision({ startDate: daysFromToday(10), endDate: daysFromToday(40) });
    const res = await as('senco').post(`/provisions/${planned}/pupils`, { pupilId: ctx.f.pupils.Eve });
    expect(placeOf(res, 'Eve').joinedOn).toBe(daysFromToday(10));
  });

  it('refuses pupils who cannot join, field by field', async () => {
    const add = (body: object) => as('senco').post(`/provisions/${groupId}/pupils`, body);
    const twice = await add({ pupilId: ctx.f.pupils.Dev });
    expect(fieldsOf(twice)).toEqual(['pupilId']);
    expect(messageFor(twice, 'pupilId')).toBe('This pupil is already in the group');
    await ctx.t.db.runAsSchool(ctx.f.schoolA, (m) =>
      m.query(`UPDATE pupils SET leaving_date = $2 WHERE id = $1`, [ctx.f.pupils.Gita, daysFromToday(-3)]),
    );
    expect(messageFor(await add({ pupilId: ctx.f.pupils.Gita }), 'pupilId')).toMatch(
      /^This pupil left the school on/,
    );
    const [hana] = await ctx.t.dataSource.query(`SELECT id FROM pupils WHERE legal_forename = 'Hana'`);
    expect(messageFor(await add({ pupilId: hana.id }), 'pupilId')).toBe(
      'Choose a pupil on roll at this school',
    );
    expect(fieldsOf(await add({ pupilId: ctx.f.pupils.Finn, entryScore: 80 }))).toEqual(['entryDate']);
    expect(
      fieldsOf(await add({ pupilId: ctx.f.pupils.Finn, entryScore: 80.123, entryDate: daysFromToday(0) })),
    ).toEqual(['entryScore']);
    const early = await add({ pupilId: ctx.f.pupils.Finn, joinedOn: daysFromToday(-15) });
    expect(fieldsOf(early)).toEqual(['joinedOn']);
    expect(messageFor(early, 'joinedOn')).toMatch(/^Enter a date on or after the group starts/);
    expect(fieldsOf(await add({ pupilId: ctx.f.pupils.Finn, joinedOn: daysFromToday(61) }))).toEqual([
      'joinedOn',
    ]);
    expect(fieldsOf(await add({ pupilId: 'Finn' }))).toEqual(['pupilId']);
    for (const who of ['teacher', 'ta', 'head'] as const) {
      const res = await as(who).post(`/provisions/${groupId}/pupils`, { pupilId: ctx.f.pupils.Finn });
      expect(res.status).toBe(403);
    }
  });

  it('lets the TA who delivers the group record exit measures, with progress', async () => {
    const res = await as('ta').patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Dev}`, {
      version: 1,
      exitScore: 96.25,
      exitDate: daysFromToday(0),
    });
    expect(res.status).toBe(200);
    expect(placeOf(res, 'Dev')).toMatchObject({ exitScore: 96.25, progress: 11.75, version: 2 });
    expect(res.body.costs).toBeNull();
    const log = (await changes(groupId)).at(-1)!;
    expect(log).toMatchObject({
      action: 'updated',
      pupil_id: ctx.f.pupils.Dev,
      before: { exitScore: null, exitDate: null },
      after: { exitScore: 96.25, exitDate: daysFromToday(0) },
      changed_by: user('ta'),
    });
  });

  it('keeps a score and its date together, and refuses a stale version with 409', async () => {
    const patch = (body: object) => as('ta').patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Dev}`, body);
    const noDate = await patch({ version: 2, exitDate: null });
    expect(fieldsOf(noDate)).toEqual(['exitDate']);
    expect(messageFor(noDate, 'exitDate')).toBe('Enter the date of the exit measure');
    const noScore = await patch({ version: 2, entryScore: null });
    expect(fieldsOf(noScore)).toEqual(['entryScore']);
    expect(messageFor(noScore, 'entryScore')).toBe('Enter the entry score, or clear its date');
    const before = await patch({ version: 2, exitDate: daysFromToday(-1) });
    expect(fieldsOf(before)).toEqual(['exitDate']);
    const stale = await patch({ version: 1, targetScore: 95 });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('/problems/stale-version');
    const cleared = await patch({ version: 2, exitScore: null, exitDate: null });
    expect(placeOf(cleared, 'Dev')).toMatchObject({ exitScore: null, progress: null, version: 3 });
  });

  it('reverses progress when a lower score is better', async () => {
    const errors = await intervention({
      name: 'Spelling errors',
      higherIsBetter: false,
      measureUnit: 'errors',
    });
    const group = await provision({ interventionId: errors, pupils: ['Dev'] });
    const res = await as('ta').patch(`/provisions/${group}/pupils/${ctx.f.pupils.Dev}`, {
      version: 1,
      entryScore: 12,
      entryDate: daysFromToday(-7),
      exitScore: 5,
      exitDate: daysFromToday(0),
    });
    expect(placeOf(res, 'Dev').progress).toBe(7);
  });

  it('refuses measures from staff who do not deliver the group, and leaving dates from anyone but the SENCO', async () => {
    const other = await as('ta').patch(`/provisions/${otherId}/pupils/${ctx.f.pupils.Eve}`, {
      version: 1,
      entryScore: 1,
      entryDate: daysFromToday(0),
    });
    expect(other.status).toBe(403);
    const leaving = await as('ta').patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Dev}`, {
      version: 3,
      leftOn: daysFromToday(0),
    });
    expect(leaving.status).toBe(403);
    for (const who of ['teacher', 'head'] as const) {
      const res = await as(who).patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Dev}`, {
        version: 3,
        targetScore: 1,
      });
      expect(res.status).toBe(403);
    }
    expect((await as('senco').get(`/provisions/${groupId}`)).body.places[0].version).toBe(3);
  });

  it('lets the SENCO record that a pupil left, and bring them back', async () => {
    const early = await as('senco').patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Dev}`, {
      version: 3,
      leftOn: daysFromToday(-1),
    });
    expect(fieldsOf(early)).toEqual(['leftOn']);
    const left = await as('senco').patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Dev}`, {
      version: 3,
      leftOn: daysFromToday(5),
    });
    expect(left.status).toBe(200);
    // A pupil with a leaving date no longer counts in the group (nor shares its planned cost).
    expect(left.body.pupilCount).toBe(0);
    expect(placeOf(left, 'Dev')).toMatchObject({ leftOn: daysFromToday(5), version: 4 });
    expect((await changes(groupId)).at(-1)).toMatchObject({
      action: 'left',
      pupil_id: ctx.f.pupils.Dev,
      before: { leftOn: null },
      after: { leftOn: daysFromToday(5) },
    });
    const again = await as('senco').post(`/provisions/${groupId}/pupils`, { pupilId: ctx.f.pupils.Dev });
    expect(messageFor(again, 'pupilId')).toMatch(/^This pupil is already in the group until/);
    const back = await as('senco').patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Dev}`, {
      version: 4,
      leftOn: null,
    });
    expect(placeOf(back, 'Dev')).toMatchObject({ leftOn: null, version: 5, entryScore: 84.5 });
    expect((await changes(groupId)).at(-1)).toMatchObject({ action: 'returned' });
  });

  it('reopens the place of a pupil who left earlier when they are added again', async () => {
    const group = await provision({
      startDate: daysFromToday(-30),
      pupils: ['Ben'],
      joinedOn: daysFromToday(-30),
    });
    await as('senco').patch(`/provisions/${group}/pupils/${ctx.f.pupils.Ben}`, {
      version: 1,
      leftOn: daysFromToday(-20),
    });
    const tooEarly = await as('senco').post(`/provisions/${group}/pupils`, {
      pupilId: ctx.f.pupils.Ben,
      joinedOn: daysFromToday(-25),
    });
    expect(fieldsOf(tooEarly)).toEqual(['joinedOn']);
    const res = await as('senco').post(`/provisions/${group}/pupils`, { pupilId: ctx.f.pupils.Ben });
    expect(res.status).toBe(201);
    expect(placeOf(res, 'Ben')).toMatchObject({ joinedOn: daysFromToday(0), leftOn: null, version: 3 });
    expect((await changes(group)).at(-1)).toMatchObject({
      action: 'rejoined',
      before: { joinedOn: daysFromToday(-30), leftOn: daysFromToday(-20) },
    });
  });

  it("answers 404 for a pupil not in the group, and for another school's group", async () => {
    const notIn = await as('senco').patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Finn}`, {
      version: 1,
    });
    expect(notIn.status).toBe(404);
    expect(
      (
        await as('senco@beacon').patch(`/provisions/${groupId}/pupils/${ctx.f.pupils.Dev}`, {
          version: 5,
          targetScore: 1,
        })
      ).status,
    ).toBe(404);
    expect(
      (await as('senco@beacon').post(`/provisions/${groupId}/pupils`, { pupilId: ctx.f.pupils.Dev })).status,
    ).toBe(404);
    expect(
      (await as('senco').post(`/provisions/not-a-uuid/pupils`, { pupilId: ctx.f.pupils.Dev })).status,
    ).toBe(404);
  });
});
