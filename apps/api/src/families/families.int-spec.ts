import type { FamilyContact, Professional, ProfessionalService } from '@sendreg/contracts';
import { withPlanApp } from '../plans/testing/plan-fixture';

const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field);

const mother = {
  name: ' Sarah Archer ',
  relationship: 'Mother',
  parentalResponsibility: true,
  preferredContact: 'email',
  email: 'sarah.archer@example.com',
  phone: '',
  language: 'Polish',
  interpreterNeeded: true,
};

/**
 * Family contacts and the directory of services and professionals: the SENCO keeps them (a stale save
 * refused, nothing deleted), the head reads them, teachers and TAs get 403, another school 404.
 */
describe('family contacts', () => {
  const { as, pupil } = withPlanApp();
  const path = (name: string) => `/pupils/${pupil(name)}/family-contacts`;
  let first: FamilyContact;

  it('starts empty, then keeps a contact as given, tidied', async () => {
    expect((await as('senco').get(path('Ada'))).body).toEqual([]);
    const res = await as('senco').post(path('Ada'), mother);
    expect(res.status).toBe(201);
    first = res.body;
    expect(first).toMatchObject({
      pupilId: pupil('Ada'),
      name: 'Sarah Archer',
      relationship: 'Mother',
      parentalResponsibility: true,
      preferredContact: 'email',
      phone: null,
      email: 'sarah.archer@example.com',
      address: null,
      language: 'Polish',
      interpreterNeeded: true,
      notes: '',
      priority: 1,
      version: 1,
      updatedBy: { displayName: 'senco' },
    });
  });

  it('lists contacts in contact order', async () => {
    const grandad = await as('senco').post(path('Ada'), {
      name: 'Tom Archer',
      relationship: 'Grandfather',
      parentalResponsibility: false,
      preferredContact: 'letter',
      address: '1 High Street\nAshdown',
      priority: 2,
    });
    expect(grandad.status).toBe(201);
    expect(grandad.body).toMatchObject({ language: 'English', interpreterNeeded: false, priority: 2 });
    const list = await as('senco').get(path('Ada'));
    expect(list.body.map((c: FamilyContact) => c.name)).toEqual(['Sarah Archer', 'Tom Archer']);
    // Another pupil's contacts are theirs alone.
    expect((await as('senco').get(path('Ben'))).body).toEqual([]);
  });

  it('checks the fields one by one, and that the preferred way has its details', async () => {
    const res = await as('senco').post(path('Ada'), {
      name: ' ',
      relationship: '',
      parentalResponsibility: false,
      preferredContact: 'pigeon',
      email: 'not-an-email',
      phone: '0161 abc',
    });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('/problems/validation');
    expect(fieldsOf(res)).toEqual(['name', 'relationship', 'preferredContact', 'phone', 'email']);

    const needs = async (preferredContact: string) =>
      fieldsOf(
        await as('senco').post(path('Ada'), {
          name: 'A',
          relationship: 'Carer',
          parentalResponsibility: true,
          preferredContact,
        }),
      );
    expect(await needs('email')).toEqual(['email']);
    expect(await needs('phone')).toEqual(['phone']);
    expect(await needs('text')).toEqual(['phone']);
    expect(await needs('letter')).toEqual(['address']);

    const shape = await as('senco').post(path('Ada'), { ...mother, parentalResponsibility: 'yes', x: 1 });
    expect(fieldsOf(shape).sort()).toEqual(['parentalResponsibility', 'x']);
    expect((await as('senco').get(path('Ada'))).body).toHaveLength(2);
  });

  it('saves a change at the version read, and refuses a stale one with 409', async () => {
    const res = await as('senco').put(`${path('Ada')}/${first.id}`, {
      ...mother,
      preferredContact: 'phone',
      phone: '+44 7700 900982',
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ preferredContact: 'phone', phone: '+44 7700 900982', version: 2 });

    const stale = await as('senco').put(`${path('Ada')}/${first.id}`, { ...mother, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('/problems/stale-version');
    const invalid = await as('senco').put(`${path('Ada')}/${first.id}`, { ...mother, email: '', version: 2 });
    expect(fieldsOf(invalid)).toEqual(['email']);
    // Under another pupil, the contact is not there.
    expect((await as('senco').put(`${path('Ben')}/${first.id}`, { ...mother, version: 2 })).status).toBe(404);
  });

  it('removes a contact at its version: no longer listed, and no longer changeable', async () => {
    expect((await as('senco').post(`${path('Ada')}/${first.id}/remove`, { version: 1 })).status).toBe(409);
    expect((await as('senco').post(`${path('Ada')}/${first.id}/remove`, { version: 2 })).status).toBe(204);
    const list = await as('senco').get(path('Ada'));
    expect(list.body.map((c: FamilyContact) => c.name)).toEqual(['Tom Archer']);
    expect((await as('senco').post(`${path('Ada')}/${first.id}/remove`, { version: 3 })).status).toBe(404);
    expect((await as('senco').put(`${path('Ada')}/${first.id}`, { ...mother, version: 3 })).status).toBe(404);
  });

  it('lets the head read and refuses the head every write with 403', async () => {
    const list = await as('head').get(path('Ada'));
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    const [contact] = list.body as FamilyContact[];
    expect((await as('head').post(path('Ada'), mother)).status).toBe(403);
    expect((await as('head').put(`${path('Ada')}/${contact!.id}`, { ...mother, version: 1 })).status).toBe(
      403,
    );
    expect((await as('head').post(`${path('Ada')}/${contact!.id}/remove`, { version: 1 })).status).toBe(403);
  });

  it('refuses teachers and TAs with 403, even for their own pupils', async () => {
    expect((await as('teacher').get(path('Ada'))).status).toBe(403);
    expect((await as('teacher').post(path('Ada'), mother)).status).toBe(403);
    expect((await as('ta').get(path('Dev'))).status).toBe(403);
    expect((await as('ta').post(path('Dev'), mother)).status).toBe(403);
    expect((await as('admin').get(path('Ada'))).status).toBe(403);
  });

  it("answers 404 for another school's pupils and unknown ids", async () => {
    expect((await as('senco@beacon').get(path('Ada'))).status).toBe(404);
    expect((await as('senco@beacon').post(path('Ada'), mother)).status).toBe(404);
    expect((await as('senco').get(path('Hana'))).status).toBe(404);
    expect((await as('senco').get('/pupils/not-an-id/family-contacts')).status).toBe(404);
  });
});

describe('the directory of services and professionals', () => {
  const { as } = withPlanApp();
  const services = '/professional-services';
  let ep: ProfessionalService;
  let priya: Professional;

  it('starts empty, then keeps a service with its kind label', async () => {
    expect((await as('senco').get(services)).body).toEqual([]);
    const res = await as('senco').post(services, {
      name: 'County Educational Psychology Service',
      kind: 'educational-psychology',
      howToRefer: 'Request form from the EP link, with parental consent.',
      email: 'eps@county.example.gov.uk',
      website: 'https://www.county.example.gov.uk/eps',
    });
    expect(res.status).toBe(201);
    ep = res.body;
    expect(ep).toMatchObject({
      kind: 'educational-psychology',
      kindLabel: 'Educational psychology',
      phone: null,
      archived: false,
      version: 1,
      professionals: [],
    });
  });

  it('adds named professionals to a service and lists services by kind, then name', async () => {
    const res = await as('senco').post(`${services}/${ep.id}/professionals`, {
      name: 'Dr Priya Shah',
      role: 'Educational psychologist',
      phone: '01632 960001',
    });
    expect(res.status).toBe(201);
    priya = res.body;
    expect(priya).toMatchObject({ serviceId: ep.id, name: 'Dr Priya Shah', email: null, version: 1 });
    await as('senco').post(services, {
      name: 'Children’s Therapy Team',
      kind: 'speech-and-language-therapy',
    });
    await as('senco').post(services, { name: 'Advisory Teachers', kind: 'specialist-teaching' });
    await as('senco').post(services, { name: 'Autism Outreach', kind: 'specialist-teaching' });

    const list = await as('senco').get(services);
    expect(list.status).toBe(200);
    expect(list.body.map((s: ProfessionalService) => s.name)).toEqual([
      'County Educational Psychology Service',
      'Children’s Therapy Team',
      'Advisory Teachers',
      'Autism Outreach',
    ]);
    expect(list.body[0].professionals).toEqual([priya]);
  });

  it('checks services and professionals field by field', async () => {
    const bad = await as('senco').post(services, {
      name: '',
      kind: 'astrology',
      phone: 'call me',
      email: 'x@',
      website: 'javascript:alert(1)',
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['name', 'kind', 'phone', 'email', 'website']);
    const person = await as('senco').post(`${services}/${ep.id}/professionals`, { name: ' ', email: 'no' });
    expect(fieldsOf(person)).toEqual(['name', 'email']);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await as('senco').post(`${services}/${unknown}/professionals`, { name: 'A' })).status).toBe(404);
  });

  it('saves changes at the version read and refuses stale ones with 409', async () => {
    const saved = await as('senco').put(`${services}/${ep.id}`, {
      name: 'County EPS',
      kind: 'educational-psychology',
      howToRefer: 'Online form',
      version: 1,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: 'County EPS', email: null, website: null, version: 2 });
    const stale = await as('senco').put(`${services}/${ep.id}`, { name: 'X', kind: 'other', version: 1 });
    expect(stale.status).toBe(409);

    const person = await as('senco').put(`/professionals/${priya.id}`, {
      name: 'Dr Priya Shah',
      role: 'Senior educational psychologist',
      version: 1,
    });
    expect(person.status).toBe(200);
    expect(person.body).toMatchObject({ role: 'Senior educational psychologist', phone: null, version: 2 });
    expect((await as('senco').put(`/professionals/${priya.id}`, { name: 'P', version: 1 })).status).toBe(409);
  });

  it('archives professionals and services: hidden unless archived=true', async () => {
    const other = await as('senco').post(`${services}/${ep.id}/professionals`, { name: 'Sam Lee' });
    expect((await as('senco').post(`/professionals/${priya.id}/archive`, { version: 1 })).status).toBe(409);
    const archived = await as('senco').post(`/professionals/${priya.id}/archive`, { version: 2 });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, version: 3 });
    let list = (await as('senco').get(services)).body as ProfessionalService[];
    expect(list[0]!.professionals.map((p) => p.name)).toEqual(['Sam Lee']);

    const service = await as('senco').post(`${services}/${ep.id}/archive`, { version: 2 });
    expect(service.status).toBe(200);
    expect(service.body.archived).toBe(true);
    list = (await as('senco').get(services)).body as ProfessionalService[];
    expect(list.map((s) => s.name)).not.toContain('County EPS');
    const all = (await as('senco').get(`${services}?archived=true`)).body as ProfessionalService[];
    const eps = all.find((s) => s.id === ep.id)!;
    expect(eps.archived).toBe(true);
    expect(eps.professionals.map((p) => [p.name, p.archived])).toEqual([
      ['Dr Priya Shah', true],
      ['Sam Lee', false],
    ]);
    expect(other.status).toBe(201);
    expect((await as('senco').get(`${services}?archived=maybe`)).status).toBe(400);
  });

  it('lets the head read and refuses the head every write with 403', async () => {
    expect((await as('head').get(services)).status).toBe(200);
    expect((await as('head').post(services, { name: 'X', kind: 'other' })).status).toBe(403);
    expect(
      (await as('head').put(`${services}/${ep.id}`, { name: 'X', kind: 'other', version: 3 })).status,
    ).toBe(403);
    expect((await as('head').post(`${services}/${ep.id}/archive`, { version: 3 })).status).toBe(403);
    expect((await as('head').post(`${services}/${ep.id}/professionals`, { name: 'X' })).status).toBe(403);
    expect((await as('head').put(`/professionals/${priya.id}`, { name: 'X', version: 3 })).status).toBe(403);
    expect((await as('head').post(`/professionals/${priya.id}/archive`, { version: 3 })).status).toBe(403);
  });

  it('refuses teachers and TAs with 403', async () => {
    expect((await as('teacher').get(services)).status).toBe(403);
    expect((await as('ta').get(services)).status).toBe(403);
    expect((await as('teacher').post(services, { name: 'X', kind: 'other' })).status).toBe(403);
    expect((await as('ta').put(`/professionals/${priya.id}`, { name: 'X', version: 3 })).status).toBe(403);
  });

  it("keeps each school's directory its own: another school's entries are 404", async () => {
    expect((await as('senco@beacon').get(services)).body).toEqual([]);
    expect(
      (await as('senco@beacon').put(`${services}/${ep.id}`, { name: 'X', kind: 'other', version: 3 })).status,
    ).toBe(404);
    expect((await as('senco@beacon').post(`${services}/${ep.id}/professionals`, { name: 'X' })).status).toBe(
      404,
    );
    expect(
      (await as('senco@beacon').put(`/professionals/${priya.id}`, { name: 'X', version: 3 })).status,
    ).toBe(404);
    expect((await as('senco@beacon').post(`/professionals/${priya.id}/archive`, { version: 3 })).status).toBe(
      404,
    );
  });
});
