import {
  daysFromToday,
  fieldsOf,
  interventionBody,
  messageFor,
  withRecordsApp,
} from './testing/records-fixture';

describe('intervention catalogue', () => {
  const { ctx, as, user, changes } = withRecordsApp();
  let phonicsId: string;

  it('lets the SENCO add an intervention, logged as a change', async () => {
    const res = await as('senco').post(
      '/interventions',
      interventionBody({ name: '  Phonics catch-up ', resourceCostPerSessionPence: 120 }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Phonics catch-up',
      area: 'cognition_and_learning',
      delivery: 'group',
      usualGroupSize: 3,
      deliveredBy: 'ta',
      resourceCostPerSessionPence: 120,
      measure: { name: 'Reading age', unit: 'months', higherIsBetter: true },
      archived: false,
      runningProvisions: 0,
      version: 1,
    });
    phonicsId = res.body.id;
    const log = await changes(phonicsId);
    expect(log).toEqual([
      expect.objectContaining({
        entity: 'intervention',
        action: 'created',
        before: null,
        after: expect.objectContaining({ name: 'Phonics catch-up', resourceCostPerSessionPence: 120 }),
        changed_by: user('senco'),
      }),
    ]);
  });

  it('lists the catalogue by name, with paging, for everyone who may read it', async () => {
    await as('senco').post('/interventions', interventionBody({ name: 'attention autism' }));
    await as('senco').post(
      '/interventions',
      interventionBody({ name: 'Zones of regulation', area: 'social_emotional_mental_health' }),
    );
    const all = await as('ta').get('/interventions');
    expect(all.status).toBe(200);
    expect(all.body.items.map((i: { name: string }) => i.name)).toEqual([
      'attention autism',
      'Phonics catch-up',
      'Zones of regulation',
    ]);
    const page = await as('teacher').get('/interventions?pageSize=2&page=2');
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.body.items.map((i: { name: string }) => i.name)).toEqual(['Zones of regulation']);
    const beyond = await as('senco').get('/interventions?pageSize=2&page=5');
    expect(beyond.body).toMatchObject({ items: [], total: 3 });
    const tooMany = await as('senco').get('/interventions?pageSize=201');
    expect(tooMany.status).toBe(400);
    expect(fieldsOf(tooMany)).toEqual(['pageSize']);
    expect((await as('senco').get('/interventions?includeArchived=maybe')).status).toBe(400);
  });

  it('shows the resource cost only to people who may read costs', async () => {
    for (const who of ['senco', 'head'] as const) {
      const res = await as(who).get(`/interventions/${phonicsId}`);
      expect(res.body.resourceCostPerSessionPence).toBe(120);
    }
    for (const who of ['teacher', 'ta'] as const) {
      const one = await as(who).get(`/interventions/${phonicsId}`);
      expect(one.status).toBe(200);
      expect(one.body.resourceCostPerSessionPence).toBeNull();
      const list = await as(who).get('/interventions');
      expect(
        list.body.items.every(
          (i: { resourceCostPerSessionPence: unknown }) => i.resourceCostPerSessionPence === null,
        ),
      ).toBe(true);
    }
  });

  it('refuses what a role may never do', async () => {
    expect((await as('teacher').post('/interventions', interventionBody({ name: 'Mine' }))).status).toBe(403);
    expect((await as('head').post('/interventions', interventionBody({ name: 'Mine' }))).status).toBe(403);
    expect((await as('ta').patch(`/interventions/${phonicsId}`, { version: 1, name: 'Mine' })).status).toBe(
      403,
    );
    // A school administrator manages staff and rates, not the catalogue.
    expect((await as('admin').get('/interventions')).status).toBe(403);
  });

  it('answers field by field, in words a SENCO can act on', async () => {
    const res = await as('senco').post('/interventions', {
      ...interventionBody({ name: ' ' }),
      usualMinutes: 3,
      area: 'reading',
      resourceCostPerSessionPence: -1,
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldsOf(res)).toEqual(['area', 'name', 'resourceCostPerSessionPence', 'usualMinutes']);
    expect(messageFor(res, 'usualMinutes')).toBe('Enter the usual session length in minutes, from 5 to 240');
    const missing = await as('senco').post('/interventions', { name: 'Lego therapy' });
    expect(fieldsOf(missing)).toEqual([
      'area',
      'deliveredBy',
      'delivery',
      'higherIsBetter',
      'measureName',
      'measureUnit',
      'resourceCostPerSessionPence',
      'usualGroupSize',
      'usualMinutes',
      'usualSessionsPerWeek',
    ]);
    const oneToOne = await as('senco').post(
      '/interventions',
      interventionBody({ name: 'Reading recovery', delivery: 'one_to_one', usualGroupSize: 2 }),
    );
    expect(fieldsOf(oneToOne)).toEqual(['usualGroupSize']);
    expect(messageFor(oneToOne, 'usualGroupSize')).toBe('A 1:1 intervention has a group size of 1');
  });

  it('keeps names unique in the school, whatever the case', async () => {
    const res = await as('senco').post('/interventions', interventionBody({ name: 'PHONICS CATCH-UP' }));
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['name']);
    expect(messageFor(res, 'name')).toMatch(/already an intervention called PHONICS CATCH-UP/);
    // Another school may use the same name.
    expect(
      (await as('senco@beacon').post('/interventions', interventionBody({ name: 'Phonics catch-up' })))
        .status,
    ).toBe(201);
  });

  it('edits with the version read, refusing a stale one with 409', async () => {
    const res = await as('senco').patch(`/interventions/${phonicsId}`, {
      version: 1,
      usualMinutes: 20,
      description: 'Daily, in the library',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ usualMinutes: 20, description: 'Daily, in the library', version: 2 });
    const stale = await as('senco').patch(`/interventions/${phonicsId}`, { version: 1, usualMinutes: 25 });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('/problems/stale-version');
    expect((await as('senco').get(`/interventions/${phonicsId}`)).body.usualMinutes).toBe(20);
    const clash = await as('senco').patch(`/interventions/${phonicsId}`, {
      version: 2,
      name: 'Attention Autism',
    });
    expect(fieldsOf(clash)).toEqual(['name']);
    const nulled = await as('senco').patch(`/interventions/${phonicsId}`, { version: 2, name: null });
    expect(fieldsOf(nulled)).toEqual(['name']);
    const last = (await changes(phonicsId)).at(-1)!;
    expect(last).toMatchObject({
      action: 'updated',
      before: { usualMinutes: 30, description: 'Short daily practice of a few facts until they are fluent' },
      after: { usualMinutes: 20, description: 'Daily, in the library' },
    });
  });

  it('archives and restores: archived ones leave the list and cannot start groups', async () => {
    const archived = await as('senco').patch(`/interventions/${phonicsId}`, { version: 2, archived: true });
    expect(archived.body).toMatchObject({ archived: true, version: 3 });
    const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((i) => i.name);
    expect(names(await as('senco').get('/interventions'))).not.toContain('Phonics catch-up');
    expect(names(await as('senco').get('/interventions?includeArchived=true'))).toContain('Phonics catch-up');
    const group = await as('senco').post('/provisions', {
      interventionId: phonicsId,
      name: 'Year 4 phonics',
      staffIds: [user('ta')],
      weekdays: [1],
      minutes: 30,
      startDate: daysFromToday(0),
      endDate: daysFromToday(30),
    });
    expect(fieldsOf(group)).toEqual(['interventionId']);
    expect(messageFor(group, 'interventionId')).toMatch(/archived/);
    const taken = await as('senco').post('/interventions', interventionBody({ name: 'Phonics Catch-up' }));
    expect(messageFor(taken, 'name')).toMatch(/archived intervention/);
    const restored = await as('senco').patch(`/interventions/${phonicsId}`, { version: 3, archived: false });
    expect(restored.body).toMatchObject({ archived: false, version: 4 });
    expect((await changes(phonicsId)).slice(-2).map((c) => c.action)).toEqual(['archived', 'restored']);
  });

  it('counts the groups of an intervention that have not ended', async () => {
    const body = (startDate: string, endDate: string) => ({
      interventionId: phonicsId,
      name: `Group ${startDate}`,
      staffIds: [user('ta')],
      weekdays: [2],
      minutes: 30,
      startDate,
      endDate,
    });
    await as('senco').post('/provisions', body(daysFromToday(-60), daysFromToday(-1)));
    await as('senco').post('/provisions', body(daysFromToday(-10), daysFromToday(0)));
    await as('senco').post('/provisions', body(daysFromToday(10), daysFromToday(40)));
    expect((await as('senco').get(`/interventions/${phonicsId}`)).body.runningProvisions).toBe(2);
  });

  it("answers 404 for another school's intervention, and for another school's catalogue", async () => {
    const beacon = await as('senco@beacon').get('/interventions');
    const beaconId = beacon.body.items[0].id as string;
    expect((await as('senco').get(`/interventions/${beaconId}`)).status).toBe(404);
    expect(
      (await as('senco').patch(`/interventions/${beaconId}`, { version: 1, name: 'Taken' })).status,
    ).toBe(404);
    expect((await as('senco', ctx.f.schoolB).get('/interventions')).status).toBe(404);
    expect((await as('senco').get('/interventions/not-a-uuid')).status).toBe(404);
    expect((await as('senco@beacon').get(`/interventions/${phonicsId}`)).status).toBe(404);
  });
});
