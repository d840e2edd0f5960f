import { academicYear, type ExamArrangement } from '@sendreg/contracts';
import { withPlanApp } from '../plans/testing/plan-fixture';
import { daysFromToday } from '../provision/testing/records-fixture';
import { schoolToday } from '../register/register-query';

const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field);

const extraTime = (overrides: Record<string, unknown> = {}) => ({
  arrangement: 'extra-time',
  extraTimePercent: 25,
  details: 'In class tests too',
  evidence: 'Below average processing speed (SS 78), history of need since Year 3',
  assessor: 'Sam Patel, specialist assessor',
  approvedOn: daysFromToday(-30),
  expiresOn: daysFromToday(600),
  ...overrides,
});

const reader = (overrides: Record<string, unknown> = {}) => ({
  arrangement: 'reader',
  details: 'Reads questions aloud on request',
  evidence: 'Reading comprehension SS 80',
  assessor: 'Sam Patel',
  approvedOn: daysFromToday(-30),
  expiresOn: null,
  ...overrides,
});

/**
 * Exam access arrangements (Ashdown: the teacher has 4A with Ada, Ben and Cara; the TA 4B with Dev
 * and Eve; Finn and Gita in 5A have no staff): the SENCO records them, the head reads them, teachers
 * read their own pupils', and TAs only once the school shares them.
 */
describe('exam access arrangements', () => {
  const { as, pupil } = withPlanApp();
  const pathOf = (name: string) => `/pupils/${pupil(name)}/exam-arrangements`;

  async function record(name: string, body: object): Promise<ExamArrangement> {
    const res = await as('senco').post(pathOf(name), body);
    if (res.status !== 201) throw new Error(`record: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ExamArrangement;
  }

  describe('the life of an arrangement', () => {
    let arrangement: ExamArrangement;

    it('starts with none', async () => {
      const res = await as('senco').get(pathOf('Ada'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        pupil: { id: pupil('Ada'), name: 'Ada Archer', yearGroup: '4', className: '4A' },
        current: [],
        past: [],
        hiddenFromTeachingAssistants: false,
      });
    });

    it('records extra time with its percentage, trimmed', async () => {
      const res = await as('senco').post(pathOf('Ada'), extraTime({ details: '  In class tests too ' }));
      expect(res.status).toBe(201);
      arrangement = res.body;
      expect(arrangement).toMatchObject({
        pupilId: pupil('Ada'),
        arrangement: 'extra-time',
        extraTimePercent: 25,
        details: 'In class tests too',
        assessor: 'Sam Patel, specialist assessor',
        approvedOn: daysFromToday(-30),
        expiresOn: daysFromToday(600),
        withdrawnOn: null,
        version: 1,
        updatedBy: { displayName: 'senco' },
      });
      await record('Ada', reader());
      const list = await as('senco').get(pathOf('Ada'));
      expect(list.body.current.map((a: ExamArrangement) => a.arrangement)).toEqual(['extra-time', 'reader']);
    });

    it('saves a change at its version and refuses a stale one', async () => {
      const res = await as('senco').put(`${pathOf('Ada')}/${arrangement.id}`, {
        ...extraTime({ extraTimePercent: 50 }),
        version: 1,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ extraTimePercent: 50, version: 2 });

      const stale = await as('senco').put(`${pathOf('Ada')}/${arrangement.id}`, {
        ...extraTime(),
        version: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toBe('/problems/stale-version');
    });

    it('withdraws it into the past ones, where it no longer changes', async () => {
      const stale = await as('senco').post(`${pathOf('Ada')}/${arrangement.id}/withdraw`, {
        version: 1,
        withdrawnOn: schoolToday(),
      });
      expect(stale.status).toBe(409);

      const future = await as('senco').post(`${pathOf('Ada')}/${arrangement.id}/withdraw`, {
        version: 2,
        withdrawnOn: daysFromToday(1),
      });
      expect(future.status).toBe(400);
      expect(fieldsOf(future)).toEqual(['withdrawnOn']);

      const res = await as('senco').post(`${pathOf('Ada')}/${arrangement.id}/withdraw`, {
        version: 2,
        withdrawnOn: schoolToday(),
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ withdrawnOn: schoolToday(), version: 3 });

      const list = await as('senco').get(pathOf('Ada'));
      expect(list.body.current.map((a: ExamArrangement) => a.arrangement)).toEqual(['reader']);
      expect(list.body.past).toEqual([
        expect.objectContaining({ id: arrangement.id, withdrawnOn: schoolToday() }),
      ]);

      const again = await as('senco').put(`${pathOf('Ada')}/${arrangement.id}`, {
        ...extraTime(),
        version: 3,
      });
      expect(again.status).toBe(409);
      expect(again.body.title).toBe('A withdrawn arrangement cannot change');
    });

    it('counts an arrangement that has expired as a past one', async () => {
      await record('Cara', reader({ approvedOn: daysFromToday(-400), expiresOn: daysFromToday(-1) }));
      const res = await as('senco').get(pathOf('Cara'));
      expect(res.body.current).toEqual([]);
      expect(res.body.past).toHaveLength(1);
    });

    it('answers 404 for an arrangement of another pupil', async () => {
      const res = await as('senco').put(`${pathOf('Ben')}/${arrangement.id}`, { ...reader(), version: 3 });
      expect(res.status).toBe(404);
    });
  });

  describe('validation', () => {
    it('needs the percentage for extra time, and refuses one for anything else', async () => {
      const missing = await as('senco').post(pathOf('Ben'), extraTime({ extraTimePercent: null }));
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([
        { field: 'extraTimePercent', message: 'Enter how much extra time, as a percentage' },
      ]);
      const tooMuch = await as('senco').post(pathOf('Ben'), extraTime({ extraTimePercent: 101 }));
      expect(fieldsOf(tooMuch)).toEqual(['extraTimePercent']);
      const readerWithTime = await as('senco').post(pathOf('Ben'), reader({ extraTimePercent: 25 }));
      expect(readerWithTime.status).toBe(400);
      expect(readerWithTime.body.errors).toEqual([
        { field: 'extraTimePercent', message: 'Only extra time has a percentage' },
      ]);
    });

    it('refuses approval in the future and expiry before approval', async () => {
      const res = await as('senco').post(
        pathOf('Ben'),
        reader({ approvedOn: daysFromToday(1), expiresOn: daysFromToday(0) }),
      );
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['approvedOn', 'expiresOn']);
    });

    it('checks each field: the kind, real dates, lengths, nothing unknown', async () => {
      const res = await as('senco').post(pathOf('Ben'), {
        ...reader({ arrangement: 'calculator', approvedOn: '2026-02-30', assessor: 'x'.repeat(201) }),
        colour: 'blue',
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res).sort()).toEqual(['approvedOn', 'arrangement', 'assessor', 'colour']);
      expect((await as('senco').get(pathOf('Ben'))).body.current).toEqual([]);
    });
  });

  describe('who sees what', () => {
    beforeAll(async () => {
      await record('Ben', extraTime());
      await record('Dev', reader());
    });

    it('lets a teacher read their own pupils without evidence or assessor, and not others (404)', async () => {
      const own = await as('teacher').get(pathOf('Ben'));
      expect(own.status).toBe(200);
      expect(own.body.current).toEqual([
        expect.objectContaining({
          arrangement: 'extra-time',
          extraTimePercent: 25,
          evidence: null,
          assessor: null,
        }),
      ]);
      expect((await as('teacher').get(pathOf('Dev'))).status).toBe(404);

      const list = await as('teacher').get('/exam-arrangements');
      expect(list.status).toBe(200);
      expect(list.body.pupils.map((p: { pupil: { name: string } }) => p.pupil.name)).toEqual([
        'Ada Archer',
        'Ben Baker',
      ]);
      expect((await as('teacher').post(pathOf('Ben'), reader())).status).toBe(403);
    });

    it('hides them from a TA until the school shares them, then shows their own pupils only', async () => {
      const hidden = await as('ta').get(pathOf('Dev'));
      expect(hidden.status).toBe(200);
      expect(hidden.body).toMatchObject({ current: [], past: [], hiddenFromTeachingAssistants: true });
      const hiddenList = await as('ta').get('/exam-arrangements');
      expect(hiddenList.status).toBe(200);
      expect(hiddenList.body).toMatchObject({ pupils: [], hiddenFromTeachingAssistants: true });
      expect((await as('ta').get(pathOf('Ada'))).status).toBe(404);

      expect((await as('ta').get('/exam-settings')).body).toEqual({
        teachingAssistantsSee: false,
        version: 0,
      });
      expect((await as('ta').put('/exam-settings', { teachingAssistantsSee: true, version: 0 })).status).toBe(
        403,
      );
      const shared = await as('senco').put('/exam-settings', { teachingAssistantsSee: true, version: 0 });
      expect(shared.status).toBe(200);
      expect(shared.body).toEqual({ teachingAssistantsSee: true, version: 1 });
      const stale = await as('senco').put('/exam-settings', { teachingAssistantsSee: false, version: 0 });
      expect(stale.status).toBe(409);

      const visible = await as('ta').get(pathOf('Dev'));
      expect(visible.body.hiddenFromTeachingAssistants).toBe(false);
      expect(visible.body.current).toEqual([
        expect.objectContaining({ arrangement: 'reader', evidence: null, assessor: null }),
      ]);
      const list = await as('ta').get('/exam-arrangements');
      expect(list.body.pupils.map((p: { pupil: { name: string } }) => p.pupil.name)).toEqual(['Dev Dunn']);
      expect((await as('ta').get(pathOf('Ada'))).status).toBe(404);
    });

    it('lets the head read everything, evidence included, and change nothing', async () => {
      const res = await as('head').get(pathOf('Dev'));
      expect(res.status).toBe(200);
      expect(res.body.current[0]).toMatchObject({
        evidence: 'Reading comprehension SS 80',
        assessor: 'Sam Patel',
      });
      expect((await as('head').get('/exam-arrangements')).body.pupils.length).toBeGreaterThanOrEqual(3);
      expect((await as('head').post(pathOf('Dev'), reader())).status).toBe(403);
      const id = res.body.current[0].id as string;
      expect((await as('head').put(`${pathOf('Dev')}/${id}`, { ...reader(), version: 1 })).status).toBe(403);
      expect(
        (await as('head').post(`${pathOf('Dev')}/${id}/withdraw`, { version: 1, withdrawnOn: schoolToday() }))
          .status,
      ).toBe(403);
      expect(
        (await as('head').put('/exam-settings', { teachingAssistantsSee: false, version: 1 })).status,
      ).toBe(403);
      expect((await as('head').get('/exam-settings')).status).toBe(200);
    });

    it('keeps schools apart: 404 for another school’s pupil', async () => {
      expect((await as('senco@beacon').get(pathOf('Ada'))).status).toBe(404);
      expect((await as('senco@beacon').post(pathOf('Ada'), reader())).status).toBe(404);
      const list = await as('senco@beacon').get('/exam-arrangements');
      expect(list.status).toBe(200);
      expect(list.body.pupils).toEqual([]);
      expect((await as('senco@beacon').get('/exam-settings')).body).toEqual({
        teachingAssistantsSee: false,
        version: 0,
      });
    });
  });

  describe('arrangements expiring this year', () => {
    it('lists those in force that expire from today to 31 August, sorted by pupil', async () => {
      const year = academicYear(schoolToday());
      const dayAfterYear = new Date(`${year.to}T00:00:00Z`);
      dayAfterYear.setUTCDate(dayAfterYear.getUTCDate() + 1);
      await record('Gita', reader({ expiresOn: schoolToday() }));
      await record('Finn', extraTime({ expiresOn: year.to }));
      await record('Finn', reader({ expiresOn: dayAfterYear.toISOString().slice(0, 10) }));
      await record('Eve', reader({ approvedOn: daysFromToday(-400), expiresOn: daysFromToday(-1) }));

      const res = await as('senco').get('/exam-arrangements?expiring=this-year');
      expect(res.status).toBe(200);
      expect(res.body.expiring).toBe('this-year');
      expect(res.body.academicYear).toEqual(year);
      expect(
        res.body.pupils.map((p: { pupil: { name: string }; arrangements: ExamArrangement[] }) => [
          p.pupil.name,
          p.arrangements.map((a) => a.arrangement),
        ]),
      ).toEqual([
        ['Finn Fox', ['extra-time']],
        ['Gita Gray', ['reader']],
      ]);

      const all = await as('senco').get('/exam-arrangements');
      expect(all.body.expiring).toBeNull();
      expect(all.body.pupils.map((p: { pupil: { name: string } }) => p.pupil.name)).toEqual([
        'Ada Archer',
        'Ben Baker',
        'Dev Dunn',
        'Finn Fox',
        'Gita Gray',
      ]);
      expect(all.body.pupils[3].arrangements).toHaveLength(2);
    });

    it('refuses a filter it does not know', async () => {
      const res = await as('senco').get('/exam-arrangements?expiring=next-year');
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['expiring']);
    });
  });
});
