import type { ChronologyEntry, ChronologyList, ReviewDashboard } from '@sendreg/contracts';
import { ProvisionRecords } from '../provision/testing/sessions-fixture';
import { T, withReviewApp } from '../reviews/testing/review-fixture';
import { signIn } from '../testing/fixture';

type Person = 'senco' | 'head' | 'teacher' | 'ta' | 'admin' | 'senco@beacon';
const PEOPLE: Person[] = ['senco', 'head', 'teacher', 'ta', 'admin', 'senco@beacon'];
const email = (who: Person) => (who.includes('@') ? `${who}.test` : `${who}@ashdown.test`);

const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field);

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A pupil's chronology: the SENCO adds meetings, calls and messages with families and professionals;
 * a mistake is put right by adding a dated correction, and the entry as first recorded always stays;
 * parent meetings count towards the three meetings a year on the review dashboard.
 */
describe('chronology', () => {
  const { ctx, pupil, user, statuses, plans } = withReviewApp();
  const token = {} as Record<Person, string>;
  let records: ProvisionRecords;

  beforeAll(async () => {
    for (const who of PEOPLE) token[who] = (await signIn(ctx.t, email(who))).token;
    records = new ProvisionRecords(ctx.t, ctx.f.schoolA);
  });

  const as = (who: Person, schoolId?: string) => {
    const school = schoolId ?? (who.endsWith('@beacon') ? ctx.f.schoolB : ctx.f.schoolA);
    const url = (path: string) => `/api/schools/${school}${path}`;
    const auth = { type: 'bearer' } as const;
    return {
      get: (path: string) => ctx.t.http().get(url(path)).auth(token[who], auth),
      post: (path: string, body?: object) => ctx.t.http().post(url(path)).auth(token[who], auth).send(body),
    };
  };
  const path = (name: string) => `/pupils/${pupil(name)}/chronology`;
  const meeting = (o: object = {}) => ({
    occurredOn: T(-3),
    kind: 'meeting',
    parentMeeting: true,
    withWhom: 'Mum (Sarah Archer) and the class teacher',
    summary: 'Talked about reading at home and the new phonics group.',
    agreed: 'Mum will read with Ada for ten minutes each evening.',
    ...o,
  });
  const add = async (name: string, body: object) => {
    const res = await as('senco').post(path(name), body);
    if (res.status !== 201) throw new Error(`add: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ChronologyEntry;
  };
  const list = async (name: string, query = '') =>
    ((await as('senco').get(`${path(name)}${query}`)).body as ChronologyList).entries;

  describe('adding and listing', () => {
    it('adds an entry (201) with who recorded it and when, and lists it', async () => {
      const res = await as('senco').post(path('Ada'), meeting({ summary: '  Talked about reading.  ' }));
      expect(res.status).toBe(201);
      const entry = res.body as ChronologyEntry;
      const values = {
        occurredOn: T(-3),
        parentMeeting: true,
        withWhom: 'Mum (Sarah Archer) and the class teacher',
        summary: 'Talked about reading.',
        agreed: 'Mum will read with Ada for ten minutes each evening.',
      };
      expect(entry).toEqual({
        id: expect.any(String),
        kind: 'meeting',
        referralId: null,
        ...values,
        recordedBy: { id: user('senco'), displayName: 'senco' },
        recordedAt: expect.stringMatching(ISO),
        corrected: false,
        corrections: [],
        effective: values,
      });
      expect(await list('Ada')).toEqual([entry]);
    });

    it('lists newest first by the date it happened, then by when recorded, and filters by kind', async () => {
      const call = await add('Ada', {
        ...meeting({ kind: 'call', parentMeeting: false, occurredOn: T(-1) }),
        withWhom: 'Speech and language therapist',
      });
      const email1 = await add('Ada', meeting({ kind: 'email', parentMeeting: false, occurredOn: T(-10) }));
      const sameDay = await add('Ada', meeting({ kind: 'message', parentMeeting: false, occurredOn: T(-3) }));
      const all = await list('Ada');
      expect(all.map((e) => e.id)).toEqual([call.id, sameDay.id, all[2]!.id, email1.id]);
      expect(all[2]!.kind).toBe('meeting');
      expect((await list('Ada', '?kind=call')).map((e) => e.id)).toEqual([call.id]);
      expect((await as('senco').get(`${path('Ada')}?kind=rumour`)).status).toBe(400);
    });

    it('links an entry to a referral of the pupil, and no other', async () => {
      const referral = await records.inSchool(async (m) => {
        const [service] = (await m.query(
          `INSERT INTO professional_services (school_id, name, kind)
           VALUES (app_current_school(), 'Testshire EPS', 'educational-psychology') RETURNING id`,
        )) as { id: string }[];
        const [row] = (await m.query(
          `INSERT INTO referrals (school_id, pupil_id, service_id, referred_on, reason, consent_given_by,
                                  consent_relationship, consent_given_on, status, status_on)
           VALUES (app_current_school(), $1, $2, $3, 'Reading', 'Sarah Archer', 'Mother', $3, 'waiting', $3)
           RETURNING id`,
          [pupil('Ada'), service!.id, T(-40)],
        )) as { id: string }[];
        return row!.id;
      });
      const linked = await add('Ada', meeting({ kind: 'call', parentMeeting: false, referralId: referral }));
      expect(linked.referralId).toBe(referral);
      const other = await as('senco').post(path('Ben'), meeting({ referralId: referral }));
      expect(other.status).toBe(400);
      expect(fieldsOf(other)).toEqual(['referralId']);
    });

    it('checks what is sent, field by field, and records nothing', async () => {
      const before = (await list('Cara')).length;
      const wrong = await as('senco').post(
        path('Cara'),
        meeting({
          occurredOn: T(1),
          kind: 'call',
          parentMeeting: true,
          withWhom: '   ',
          summary: 'x'.repeat(4001),
        }),
      );
      expect(wrong.status).toBe(400);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect(wrong.body.errors).toEqual([
        { field: 'occurredOn', message: 'The date must be today or in the past' },
        { field: 'parentMeeting', message: 'Only a meeting can be a parent meeting' },
        { field: 'withWhom', message: 'Enter who it was with' },
        { field: 'summary', message: 'What happened must be 4,000 characters or fewer' },
      ]);
      const types = await as('senco').post(
        path('Cara'),
        meeting({ occurredOn: '2026-02-30', kind: 'rumour', parentMeeting: 'yes', extra: 1 }),
      );
      expect(types.status).toBe(400);
      expect(fieldsOf(types).sort()).toEqual(['extra', 'kind', 'occurredOn', 'parentMeeting']);
      expect(await list('Cara')).toHaveLength(before);
      // Today is allowed.
      expect((await as('senco').post(path('Cara'), meeting({ occurredOn: T(0) }))).status).toBe(201);
    });
  });

  describe('corrections', () => {
    let original: ChronologyEntry;

    beforeAll(async () => {
      original = await add('Dev', meeting({ occurredOn: T(-20), withWhom: 'Dad' }));
    });

    it('adds a correction as a new entry: the original is kept as recorded and both are returned', async () => {
      const res = await as('senco').post(`${path('Dev')}/${original.id}/corrections`, {
        summary: 'Talked about reading at home and the new phonics group, and about sleep.',
        agreed: 'Dad will read with Dev for ten minutes each evening.',
        withWhom: 'Dad (Tom Dunn)',
      });
      expect(res.status).toBe(201);
      const entry = res.body as ChronologyEntry;
      const corrected = {
        occurredOn: T(-20),
        parentMeeting: true,
        withWhom: 'Dad (Tom Dunn)',
        summary: 'Talked about reading at home and the new phonics group, and about sleep.',
        agreed: 'Dad will read with Dev for ten minutes each evening.',
      };
      expect(entry).toEqual({
        ...original,
        corrected: true,
        corrections: [
          {
            id: expect.any(String),
            correctsId: original.id,
            ...corrected,
            recordedBy: { id: user('senco'), displayName: 'senco' },
            recordedAt: expect.stringMatching(ISO),
          },
        ],
        effective: corrected,
      });
      expect(entry.corrections[0]!.id).not.toBe(original.id);
      // The list shows the one entry (not the correction on its own), with the original as recorded.
      expect(await list('Dev')).toEqual([entry]);
    });

    it('corrects a correction: it joins the original’s chain, and the latest is what the entry now says', async () => {
      const [entry] = await list('Dev');
      const first = entry!.corrections[0]!;
      const res = await as('senco').post(`${path('Dev')}/${first.id}/corrections`, {
        occurredOn: T(-21),
        parentMeeting: false,
        summary: first.summary,
        agreed: first.agreed,
      });
      expect(res.status).toBe(201);
      const twice = res.body as ChronologyEntry;
      expect(twice.id).toBe(original.id);
      expect(twice.summary).toBe(original.summary);
      expect(twice.withWhom).toBe('Dad');
      expect(twice.corrections.map((c) => c.correctsId)).toEqual([original.id, original.id]);
      expect(twice.corrections[0]).toEqual(first);
      expect(twice.effective).toEqual({
        occurredOn: T(-21),
        parentMeeting: false,
        withWhom: 'Dad (Tom Dunn)',
        summary: first.summary,
        agreed: first.agreed,
      });
    });

    it('refuses a correction that changes nothing, a future date, and an entry of another pupil (404)', async () => {
      const [entry] = await list('Dev');
      const same = await as('senco').post(`${path('Dev')}/${original.id}/corrections`, {
        summary: entry!.effective.summary,
        agreed: entry!.effective.agreed,
      });
      expect(same.status).toBe(400);
      expect(fieldsOf(same)).toEqual(['summary']);
      const future = await as('senco').post(`${path('Dev')}/${original.id}/corrections`, {
        occurredOn: T(2),
        summary: 'Later',
        agreed: '',
      });
      expect(fieldsOf(future)).toEqual(['occurredOn']);
      const call = await add('Dev', meeting({ kind: 'call', parentMeeting: false }));
      const notMeeting = await as('senco').post(`${path('Dev')}/${call.id}/corrections`, {
        parentMeeting: true,
        summary: 'A call',
        agreed: '',
      });
      expect(fieldsOf(notMeeting)).toEqual(['parentMeeting']);
      const elsewhere = await as('senco').post(`${path('Eve')}/${original.id}/corrections`, {
        summary: 'Moved',
        agreed: '',
      });
      expect(elsewhere.status).toBe(404);
      expect(
        (await as('senco').post(`${path('Dev')}/not-an-id/corrections`, { summary: 'x', agreed: '' })).status,
      ).toBe(404);
      expect((await list('Dev')).find((e) => e.id === original.id)!.corrections).toHaveLength(2);
    });

    it('never changes or removes an entry: the application role may not UPDATE or DELETE', async () => {
      const inSchool = (sql: string) => records.inSchool((m) => m.query(sql));
      await expect(inSchool(`UPDATE chronology_entries SET summary = 'Rewritten history'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(inSchool(`DELETE FROM chronology_entries`)).rejects.toThrow(/permission denied/);
      const [entry] = (await list('Dev')).filter((e) => e.id === original.id);
      expect(entry!.summary).toBe(original.summary);
    });
  });

  describe('who may', () => {
    it('lets the head read but not write (403); refuses teachers, TAs and the school admin (403)', async () => {
      expect((await as('head').get(path('Ada'))).status).toBe(200);
      expect((await as('head').get(path('Ada'))).body.entries.length).toBeGreaterThan(0);
      expect((await as('head').post(path('Ada'), meeting())).status).toBe(403);
      const [entry] = await list('Ada');
      expect(
        (await as('head').post(`${path('Ada')}/${entry!.id}/corrections`, { summary: 'x', agreed: '' }))
          .status,
      ).toBe(403);
      for (const who of ['teacher', 'ta', 'admin'] as const) {
        expect((await as(who).get(path('Ada'))).status).toBe(403);
        expect((await as(who).post(path('Ada'), meeting())).status).toBe(403);
      }
    });

    it('answers 404 for a pupil of another school, and keeps each school to its own entries', async () => {
      expect((await as('senco@beacon').get(path('Ada'))).status).toBe(404);
      expect((await as('senco@beacon').post(path('Ada'), meeting())).status).toBe(404);
      const [entry] = await list('Ada');
      expect(
        (
          await as('senco@beacon').post(`${path('Hana')}/${entry!.id}/corrections`, {
            summary: 'x',
            agreed: '',
          })
        ).status,
      ).toBe(404);
      expect((await as('senco', ctx.f.schoolB).get(path('Hana'))).status).toBe(404);
      expect(((await as('senco@beacon').get(path('Hana'))).body as ChronologyList).entries).toEqual([]);
    });
  });

  it('counts a parent meeting towards the three a year: two reviews and a parent meeting make three', async () => {
    await statuses('Finn', [['K', T(-400)]]);
    await plans('Finn', { heldOn: [T(-200), T(-100)], current: { status: 'active', reviewDate: T(60) } });
    const finnShort = async () => {
      const res = await as('senco').get('/reviews/dashboard');
      return (res.body as ReviewDashboard).lists!.belowMeetingExpectation.find(
        (s) => s.pupil.id === pupil('Finn'),
      );
    };
    expect(await finnShort()).toMatchObject({ held: 2, lastHeldOn: T(-100) });
    // A call, or a meeting with a professional only, is not a parent meeting.
    await add('Finn', meeting({ kind: 'call', parentMeeting: false, occurredOn: T(-50) }));
    await add(
      'Finn',
      meeting({ parentMeeting: false, occurredOn: T(-40), withWhom: 'Educational psychologist' }),
    );
    expect(await finnShort()).toMatchObject({ held: 2 });
    const parents = await add('Finn', meeting({ occurredOn: T(-30), withWhom: 'Mum and Dad' }));
    expect(await finnShort()).toBeUndefined();
    // Corrected: it was not a parent meeting after all, so Finn falls short again.
    await as('senco').post(`${path('Finn')}/${parents.id}/corrections`, {
      parentMeeting: false,
      summary: parents.summary,
      agreed: parents.agreed,
    });
    expect(await finnShort()).toMatchObject({ held: 2, lastHeldOn: T(-100) });
  });
});
