import { daysFromToday } from '../provision/testing/records-fixture';
import { withPassportApp } from './testing/passport-fixture';

const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field);

/**
 * Pupil passports: the SENCO drafts and publishes numbered versions that never change; the teachers
 * and TAs who work with the pupil read the current one, confirm it, and see what changed since.
 */
describe('pupil passports', () => {
  const { ctx, as, user, pupil, passportPath, publish, confirm, records } = withPassportApp();

  describe('drafts', () => {
    it('starts with nothing, then saves a draft whose content is checked against the sections', async () => {
      const empty = await as('senco').get(passportPath('Ada'));
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({
        pupil: { id: pupil('Ada'), name: 'Ada Archer', yearGroup: '4', className: '4A' },
        current: null,
        draft: null,
        myLastRead: null,
        lastReadContent: null,
        changesSinceRead: [],
      });

      const saved = await as('senco').put(`${passportPath('Ada')}/draft`, {
        content: { aboutMe: '  I love dinosaurs.  ', strengths: '', howToHelp: ['Sit me near the front'] },
        version: 0,
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        content: { aboutMe: 'I love dinosaurs.', howToHelp: ['Sit me near the front'] },
        photoId: null,
        version: 1,
        updatedBy: { id: user('senco'), displayName: 'senco' },
        unpublishedChanges: true,
      });
      expect(saved.body.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

      const again = await as('senco').get(passportPath('Ada'));
      expect(again.body.draft).toEqual(saved.body);
    });

    it('refuses a second "new" draft and a stale version with 409', async () => {
      const second = await as('senco').put(`${passportPath('Ada')}/draft`, { content: {}, version: 0 });
      expect(second.status).toBe(409);
      expect(second.body.type).toBe('/problems/stale-version');
      const stale = await as('senco').put(`${passportPath('Ada')}/draft`, { content: {}, version: 7 });
      expect(stale.status).toBe(409);
      const fresh = await as('senco').put(`${passportPath('Ada')}/draft`, {
        content: { aboutMe: 'I love dinosaurs and drawing.', howToHelp: ['Sit me near the front'] },
        version: 1,
      });
      expect(fresh.status).toBe(200);
      expect(fresh.body.version).toBe(2);
    });

    it('names every problem in the content, field by field, and saves nothing', async () => {
      const res = await as('senco').put(`${passportPath('Ada')}/draft`, {
        content: {
          aboutMe: 'x'.repeat(401),
          favouriteFood: 'Pasta',
          howToHelp: ['Fine', ' ', 'y'.repeat(151)],
          communication: 42,
        },
        version: 2,
      });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toEqual([
        { field: 'content.aboutMe', message: 'About me must be 400 characters or fewer (it has 401)' },
        { field: 'content.favouriteFood', message: 'The passport has no section called "favouriteFood"' },
        {
          field: 'content.howToHelp.1',
          message: 'Item 2 of How to help me is empty: write something or remove it',
        },
        {
          field: 'content.howToHelp.2',
          message: 'Item 3 of How to help me must be 150 characters or fewer (it has 151)',
        },
        { field: 'content.communication', message: 'How I communicate must be written as text' },
      ]);
      const tooMany = await as('senco').put(`${passportPath('Ada')}/draft`, {
        content: { howToHelp: Array(13).fill('Something') },
        version: 2,
      });
      expect(fieldsOf(tooMany)).toEqual(['content.howToHelp']);
      const notContent = await as('senco').put(`${passportPath('Ada')}/draft`, {
        content: ['x'],
        version: 2,
      });
      expect(fieldsOf(notContent)).toEqual(['content']);
      const noVersion = await as('senco').put(`${passportPath('Ada')}/draft`, { content: {} });
      expect(fieldsOf(noVersion)).toEqual(['version']);
      const unknownField = await as('senco').put(`${passportPath('Ada')}/draft`, {
        content: {},
        version: 2,
        schoolId: ctx.f.schoolB,
      });
      expect(fieldsOf(unknownField)).toEqual(['schoolId']);
      expect((await as('senco').get(passportPath('Ada'))).body.draft.version).toBe(2);
    });

    it('answers 404 for a pupil of another school or one that does not exist', async () => {
      const body = { content: {}, version: 0 };
      expect((await as('senco').put(`/pupils/${pupil('Hana')}/passport/draft`, body)).status).toBe(404);
      expect((await as('senco').get(`/pupils/${pupil('Hana')}/passport`)).status).toBe(404);
      expect(
        (await as('senco').put('/pupils/00000000-0000-4000-8000-000000000000/passport/draft', body)).status,
      ).toBe(404);
      expect((await as('senco').get('/pupils/not-a-uuid/passport')).status).toBe(404);
    });
  });

  describe('publishing', () => {
    it('publishes the draft as version 1, then 2, with the change note', async () => {
      const stale = await as('senco').post(`${passportPath('Ada')}/publish`, {
        changeNote: 'First passport',
        draftVersion: 1,
      });
      expect(stale.status).toBe(409);
      const noNote = await as('senco').post(`${passportPath('Ada')}/publish`, {
        changeNote: '  ',
        draftVersion: 2,
      });
      expect(fieldsOf(noNote)).toEqual(['changeNote']);
      const longNote = await as('senco').post(`${passportPath('Ada')}/publish`, {
        changeNote: 'n'.repeat(501),
        draftVersion: 2,
      });
      expect(fieldsOf(longNote)).toEqual(['changeNote']);

      const first = await as('senco').post(`${passportPath('Ada')}/publish`, {
        changeNote: ' First passport, written with Ada and her mum ',
        draftVersion: 2,
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        number: 1,
        content: { aboutMe: 'I love dinosaurs and drawing.', howToHelp: ['Sit me near the front'] },
        photoId: null,
        changeNote: 'First passport, written with Ada and her mum',
        publishedBy: { id: user('senco'), displayName: 'senco' },
      });

      const unchanged = await as('senco').post(`${passportPath('Ada')}/publish`, {
        changeNote: 'Again',
        draftVersion: 2,
      });
      expect(unchanged.status).toBe(400);
      expect(unchanged.body.errors).toEqual([
        {
          field: 'draft',
          message: 'There is nothing to publish: the draft is the same as the current passport',
        },
      ]);
      const passport = await as('senco').get(passportPath('Ada'));
      expect(passport.body.current).toEqual(first.body);
      expect(passport.body.draft).toMatchObject({ version: 2, unpublishedChanges: false });

      const v2 = await publish(
        'Ada',
        { aboutMe: 'I love dinosaurs and drawing.', howToHelp: ['Sit me near the front', 'Show me a timer'] },
        'Added: a timer helps',
      );
      expect(v2.number).toBe(2);
      const versions = await as('senco').get(`${passportPath('Ada')}/versions`);
      expect(versions.status).toBe(200);
      expect(
        versions.body.map((v: { number: number; changeNote: string }) => [v.number, v.changeNote]),
      ).toEqual([
        [2, 'Added: a timer helps'],
        [1, 'First passport, written with Ada and her mum'],
      ]);
      const one = await as('senco').get(`${passportPath('Ada')}/versions/1`);
      expect(one.body).toEqual(first.body);
      expect((await as('senco').get(`${passportPath('Ada')}/versions/3`)).status).toBe(404);
      expect((await as('senco').get(`${passportPath('Ada')}/versions/0`)).status).toBe(404);
      expect((await as('senco').get(`${passportPath('Ada')}/versions/two`)).status).toBe(404);
    });

    it('has nothing to publish without a draft, or with an empty one', async () => {
      const none = await as('senco').post(`${passportPath('Cara')}/publish`, {
        changeNote: 'New',
        draftVersion: 1,
      });
      expect(none.status).toBe(400);
      expect(fieldsOf(none)).toEqual(['draft']);
      await as('senco').put(`${passportPath('Cara')}/draft`, { content: { aboutMe: '   ' }, version: 0 });
      const empty = await as('senco').post(`${passportPath('Cara')}/publish`, {
        changeNote: 'New',
        draftVersion: 1,
      });
      expect(empty.body.errors).toEqual([
        { field: 'draft', message: 'There is nothing to publish: write the passport first, then publish it' },
      ]);
      expect((await as('senco').get(passportPath('Cara'))).body.draft.unpublishedChanges).toBe(false);
    });

    it('never changes or removes a published version: the application role may not', async () => {
      const inSchool = <T>(sql: string) => records().inSchool((m) => m.query(sql) as Promise<T>);
      await expect(
        inSchool(`UPDATE passport_versions SET change_note = 'Rewritten history'`),
      ).rejects.toThrow(/permission denied/);
      await expect(inSchool(`DELETE FROM passport_versions`)).rejects.toThrow(/permission denied/);
      await expect(inSchool(`UPDATE passport_receipts SET read_at = now()`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(inSchool(`DELETE FROM passport_drafts`)).rejects.toThrow(/permission denied/);
      const versions = await as('senco').get(`${passportPath('Ada')}/versions`);
      expect(versions.body[1].changeNote).toBe('First passport, written with Ada and her mum');
    });

    it('lets only the SENCO write: teachers, TAs and the head get 403', async () => {
      for (const who of ['teacher', 'ta', 'head', 'admin'] as const) {
        const draft = await as(who).put(`${passportPath('Ada')}/draft`, { content: {}, version: 0 });
        const published = await as(who).post(`${passportPath('Ada')}/publish`, {
          changeNote: 'x',
          draftVersion: 2,
        });
        expect([who, draft.status, published.status]).toEqual([who, 403, 403]);
      }
      expect((await as('admin').get(passportPath('Ada'))).status).toBe(403);
    });
  });

  describe('who reads a passport', () => {
    it('shows the teacher the passports of their class, without the draft, and 404 for other classes', async () => {
      const mine = await as('teacher').get(passportPath('Ada'));
      expect(mine.status).toBe(200);
      expect(mine.body.current.number).toBe(2);
      expect(mine.body.draft).toBeNull();
      expect((await as('teacher').get(`${passportPath('Ada')}/versions`)).status).toBe(200);
      await publish('Dev', { aboutMe: 'I like football.' }, 'First passport');
      for (const path of [
        passportPath('Dev'),
        `${passportPath('Dev')}/versions`,
        `${passportPath('Dev')}/versions/1`,
      ]) {
        expect((await as('teacher').get(path)).status).toBe(404);
      }
      expect((await confirm('teacher', 'Dev', 1)).status).toBe(404);
    });

    it("shows a TA their class's pupils and their groups' pupils, and no others", async () => {
      expect((await as('ta').get(passportPath('Dev'))).status).toBe(200);
      await publish('Finn', { aboutMe: 'I like maths.' }, 'First passport');
      expect((await as('ta').get(passportPath('Finn'))).status).toBe(404);
      expect((await as('ta').get(passportPath('Ada'))).status).toBe(404);
      const rec = records();
      const group = await rec.provision({
        interventionId: await rec.intervention({ name: 'Number sense' }),
        weekdays: [2],
        minutes: 30,
        startDate: daysFromToday(-20),
        endDate: daysFromToday(40),
        staff: [user('ta')],
      });
      await rec.place({ provisionId: group, pupilId: pupil('Finn'), joinedOn: daysFromToday(-20) });
      const finn = await as('ta').get(passportPath('Finn'));
      expect(finn.status).toBe(200);
      expect(finn.body.current.content).toEqual({ aboutMe: 'I like maths.' });
      expect((await as('ta').get(passportPath('Ada'))).status).toBe(404);
      expect((await as('teacher').get(passportPath('Finn'))).status).toBe(404);
    });

    it('lets the head read every passport, but never the draft, and not confirm', async () => {
      for (const name of ['Ada', 'Dev', 'Finn']) {
        const res = await as('head').get(passportPath(name));
        expect([name, res.status, res.body.draft]).toEqual([name, 200, null]);
      }
      expect((await confirm('head', 'Ada', 2)).status).toBe(403);
      expect((await confirm('senco', 'Ada', 2)).status).toBe(403);
    });

    it("answers 404 to another school's staff, and for another school's pupils", async () => {
      const beacon = await as('senco@beacon', ctx.f.schoolA).get(passportPath('Ada'));
      expect(beacon.status).toBe(404);
      const teacher = await as('teacher@beacon', ctx.f.schoolA).get('/my-passports');
      expect(teacher.status).toBe(404);
      expect((await as('teacher@beacon').get(`/pupils/${pupil('Ada')}/passport`)).status).toBe(404);
    });
  });

  describe('read receipts', () => {
    it('confirms only the current version, once; a second confirmation keeps the first time', async () => {
      const never = await as('teacher').get(passportPath('Ada'));
      expect(never.body).toMatchObject({ myLastRead: null, lastReadContent: null, changesSinceRead: [] });

      const old = await confirm('teacher', 'Ada', 1);
      expect(old.status).toBe(400);
      expect(old.body.errors).toEqual([
        {
          field: 'number',
          message:
            'A newer version of this passport (version 2) has been published: read that one and confirm it instead',
        },
      ]);
      expect((await confirm('teacher', 'Ada', 9)).status).toBe(404);

      const first = await confirm('teacher', 'Ada', 2);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ number: 2, readAt: expect.stringMatching(/Z$/) });
      const second = await confirm('teacher', 'Ada', 2);
      expect(second.status).toBe(200);
      expect(second.body).toEqual(first.body);

      const read = await as('teacher').get(passportPath('Ada'));
      expect(read.body).toMatchObject({
        myLastRead: first.body,
        lastReadContent: null,
        changesSinceRead: [],
      });
      // Receipts are per person: the TA's own view is unaffected.
      expect((await as('ta').get(passportPath('Dev'))).body.myLastRead).toBeNull();
    });

    it('shows what changed since the version last read: its content and the newer change notes', async () => {
      const v2 = (await as('teacher').get(`${passportPath('Ada')}/versions/2`)).body;
      await publish(
        'Ada',
        { ...v2.content, strengths: 'Drawing and building things.' },
        'Added her strengths',
      );
      await publish('Ada', { ...v2.content, strengths: 'Drawing, building and football.' }, 'Football too');
      const res = await as('teacher').get(passportPath('Ada'));
      expect(res.body.current.number).toBe(4);
      expect(res.body.myLastRead.number).toBe(2);
      expect(res.body.lastReadContent).toEqual(v2.content);
      expect(res.body.changesSinceRead).toEqual([
        { number: 4, changeNote: 'Football too', publishedAt: expect.stringMatching(/Z$/) },
        { number: 3, changeNote: 'Added her strengths', publishedAt: expect.stringMatching(/Z$/) },
      ]);
      expect((await confirm('teacher', 'Ada', 3)).status).toBe(400);
      expect((await confirm('teacher', 'Ada', 4)).status).toBe(201);
      const caughtUp = await as('teacher').get(passportPath('Ada'));
      expect(caughtUp.body).toMatchObject({
        myLastRead: { number: 4 },
        lastReadContent: null,
        changesSinceRead: [],
      });
    });
  });

  describe("my pupils' passports", () => {
    it('lists my pupils with a published passport, unread first, then by surname', async () => {
      await publish('Ben', { aboutMe: 'I like music.' }, 'First passport');
      let mine = await as('teacher').get('/my-passports');
      expect(mine.status).toBe(200);
      // Ada is read (version 4); Ben is not; Cara has no published passport.
      expect(
        mine.body.items.map(
          (i: { pupil: { name: string }; unread: boolean; lastReadNumber: number | null }) => [
            i.pupil.name,
            i.unread,
            i.lastReadNumber,
          ],
        ),
      ).toEqual([
        ['Ben Baker', true, null],
        ['Ada Archer', false, 4],
      ]);
      expect(mine.body.items[0]).toMatchObject({
        pupil: { id: pupil('Ben'), className: '4A', yearGroup: '4' },
        current: { number: 1, changeNote: 'First passport', publishedAt: expect.stringMatching(/Z$/) },
      });

      await confirm('teacher', 'Ben', 1);
      await publish('Ada', { aboutMe: 'Version five.' }, 'Rewritten with Ada');
      mine = await as('teacher').get('/my-passports');
      expect(
        mine.body.items.map((i: { pupil: { name: string }; unread: boolean }) => [i.pupil.name, i.unread]),
      ).toEqual([
        ['Ada Archer', true],
        ['Ben Baker', false],
      ]);
    });

    it('filters by name, ignoring case', async () => {
      const names = async (q: string) =>
        (await as('teacher').get(`/my-passports?q=${encodeURIComponent(q)}`)).body.items.map(
          (i: { pupil: { name: string } }) => i.pupil.name,
        );
      expect(await names('BAK')).toEqual(['Ben Baker']);
      expect(await names('ada arch')).toEqual(['Ada Archer']);
      expect(await names('%')).toEqual([]);
      expect(await names('Dev')).toEqual([]);
    });

    it("lists a TA's class and group pupils, and only the readers may ask", async () => {
      const mine = await as('ta').get('/my-passports');
      expect(mine.body.items.map((i: { pupil: { name: string } }) => i.pupil.name)).toEqual([
        'Dev Dunn',
        'Finn Fox',
      ]);
      expect((await as('senco').get('/my-passports')).status).toBe(403);
      expect((await as('head').get('/my-passports')).status).toBe(403);
    });
  });
});
