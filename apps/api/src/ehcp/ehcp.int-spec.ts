import { addDays, type EhcpDates } from '@sendreg/contracts';
import { withPassportApp } from '../passports/testing/passport-fixture';
import { schoolToday } from '../register/register-query';
import { ehcpClocks } from './ehcp-clocks';

const BLANK_DATES: EhcpDates = {
  requestedOn: null,
  assessDecision: null,
  assessDecisionOn: null,
  adviceReceivedOn: null,
  issueDecision: null,
  draftIssuedOn: null,
  parentCommentsOn: null,
  finalIssuedOn: null,
  lastAnnualReviewOn: null,
  nextAnnualReviewMeetingOn: null,
  reviewPapersSentOn: null,
  reviewReportSentOn: null,
  amendDecisionOn: null,
  phaseTransfer: null,
  transferYear: null,
  amendedPlanIssuedOn: null,
};

const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field);

/**
 * EHCP records: the SENCO records the dates of a pupil's plan; the API answers them with the
 * statutory clock for today, refuses impossible dates field by field and stale versions, and keeps
 * every save.
 */
describe('EHCP records', () => {
  const { ctx, as, user, pupil, records } = withPassportApp();
  const today = schoolToday();
  const ago = (days: number) => addDays(today, -days);
  const path = (name: string) => `/pupils/${pupil(name)}/ehcp`;
  const save = (
    name: string,
    body: Partial<EhcpDates> & { version: number; localAuthority?: string; notes?: string },
  ) =>
    as('senco').put(path(name), {
      ...BLANK_DATES,
      localAuthority: 'Kent County Council',
      requestedBy: 'school',
      notes: '',
      ...body,
    });

  it('answers a blank record with version 0 and an empty clock before the first save', async () => {
    const res = await as('senco').get(path('Ada'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      pupil: { id: pupil('Ada'), name: 'Ada Archer', yearGroup: '4', className: '4A' },
      localAuthority: '',
      requestedBy: null,
      notes: '',
      version: 0,
      updatedBy: null,
      updatedAt: null,
      ...BLANK_DATES,
      clock: { today, steps: [], annualReviewDueBy: null, underFive: false, overdue: 0, dueSoon: 0 },
    });
    expect((await as('senco').get(`${path('Ada')}/revisions`)).body).toEqual([]);
  });

  it('creates the record with version 0, answering it with its clock', async () => {
    // Requested 50 days ago: the decision (due at 42 days) is 8 days overdue; the draft (112) and
    // final plan (140) are ahead; advice and comments wait for the decision and the draft.
    const res = await save('Ada', {
      version: 0,
      requestedOn: ago(50),
      localAuthority: '  Kent County Council ',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      localAuthority: 'Kent County Council',
      requestedBy: 'school',
      version: 1,
      requestedOn: ago(50),
      updatedBy: { id: user('senco'), displayName: 'senco' },
    });
    expect(res.body.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const steps = (
      res.body.clock.steps as { key: string; dueOn: string; status: string; daysLate: number }[]
    ).map((s) => [s.key, s.dueOn, s.status, s.daysLate]);
    expect(steps).toEqual([
      ['assess-decision', addDays(ago(50), 42), 'overdue', 8],
      ['advice', null, 'waiting', 0],
      ['draft-plan', addDays(ago(50), 112), 'upcoming', 0],
      ['parent-comments', null, 'waiting', 0],
      ['final-plan', addDays(ago(50), 140), 'upcoming', 0],
    ]);
    expect(res.body.clock).toMatchObject({ today, overdue: 1, dueSoon: 0 });
    expect((await as('senco').get(path('Ada'))).body).toEqual(res.body);
  });

  it('refuses a second "new" record and a stale version with 409, overwriting nothing', async () => {
    const again = await save('Ada', { version: 0, requestedOn: ago(10) });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('/problems/stale-version');

    // Two people opened version 1: the first save wins, the second is refused.
    const first = await save('Ada', {
      version: 1,
      requestedOn: ago(50),
      assessDecision: 'assess',
      assessDecisionOn: ago(45),
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const second = await save('Ada', { version: 1, requestedOn: ago(50), notes: 'Overwrite?' });
    expect(second.status).toBe(409);
    expect(second.body.detail).toContain("this pupil's EHCP record");
    const now = await as('senco').get(path('Ada'));
    expect(now.body).toMatchObject({
      version: 2,
      assessDecision: 'assess',
      assessDecisionOn: ago(45),
      notes: '',
    });
    // Decided 45 days after... 5 days before the 6 weeks were up: done. Advice now due at 45 − 42 = 3 days ago.
    const byKey = Object.fromEntries(
      (now.body.clock.steps as { key: string; status: string; daysLate: number }[]).map((s) => [s.key, s]),
    );
    expect(byKey['assess-decision']).toMatchObject({ status: 'done', doneOn: ago(45) });
    expect(byKey.advice).toMatchObject({ dueOn: addDays(ago(45), 42), status: 'overdue', daysLate: 3 });
  });

  it('names every impossible date, field by field, and saves nothing', async () => {
    const res = await save('Ada', {
      version: 2,
      localAuthority: ' ',
      requestedOn: ago(50),
      assessDecision: 'assess',
      assessDecisionOn: ago(60),
      draftIssuedOn: addDays(today, 3),
      phaseTransfer: 'primary-to-secondary',
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(['localAuthority']);

    const dates = await save('Ada', {
      version: 2,
      requestedOn: ago(50),
      assessDecision: 'assess',
      assessDecisionOn: ago(60),
      draftIssuedOn: addDays(today, 3),
      phaseTransfer: 'primary-to-secondary',
      lastAnnualReviewOn: ago(1),
    });
    expect(dates.status).toBe(400);
    expect(dates.body.errors).toEqual([
      {
        field: 'assessDecisionOn',
        message: expect.stringMatching(
          /^The date of the decision whether to assess must be on or after the date of the request \(\d+ \w+ \d{4}\)$/,
        ),
      },
      { field: 'issueDecision', message: 'Choose "issue a plan": the LA sent a draft plan' },
      {
        field: 'draftIssuedOn',
        message: 'The date of the draft plan cannot be in the future: enter the date it happened',
      },
      {
        field: 'finalIssuedOn',
        message: 'Enter the date of the final plan: the annual reviews count from it',
      },
      { field: 'transferYear', message: 'Enter the year of the move, for example 2027' },
    ]);

    const forms = await as('senco').put(path('Ada'), {
      ...BLANK_DATES,
      requestedOn: '2026-02-30',
      assessDecision: 'maybe',
      transferYear: 27,
      requestedBy: 'school',
      notes: 'n'.repeat(4001),
      version: 2,
      schoolId: ctx.f.schoolB,
    });
    expect(forms.status).toBe(400);
    expect(forms.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'localAuthority', message: 'Enter the local authority that maintains the plan' },
        { field: 'requestedOn', message: 'The date of the request must be a real date' },
        { field: 'assessDecision', message: 'Choose what the LA decided: to assess, or not to assess' },
        { field: 'transferYear', message: 'Enter the year of the move as 4 numbers, for example 2027' },
        { field: 'notes', message: 'Notes must be 4,000 characters or fewer' },
        { field: 'schoolId', message: 'schoolId is not a field this endpoint accepts' },
      ]),
    );
    // Leaving a date out is an error, not a silent blank.
    const { finalIssuedOn: _left, ...withoutFinal } = {
      ...BLANK_DATES,
      localAuthority: 'Kent',
      requestedBy: null,
      notes: '',
      version: 2,
    };
    expect(fieldsOf(await as('senco').put(path('Ada'), withoutFinal))).toEqual(['finalIssuedOn']);

    const now = await as('senco').get(path('Ada'));
    expect(now.body).toMatchObject({
      version: 2,
      localAuthority: 'Kent County Council',
      draftIssuedOn: null,
    });
  });

  it('keeps every save as a revision, newest first', async () => {
    const res = await as('senco').get(`${path('Ada')}/revisions`);
    expect(res.status).toBe(200);
    expect(res.body.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    expect(res.body[0]).toMatchObject({
      number: 2,
      savedBy: { id: user('senco'), displayName: 'senco' },
      record: {
        version: 2,
        localAuthority: 'Kent County Council',
        assessDecision: 'assess',
        assessDecisionOn: ago(45),
      },
    });
    expect(res.body[1].record).toEqual({
      ...BLANK_DATES,
      localAuthority: 'Kent County Council',
      requestedBy: 'school',
      notes: '',
      version: 1,
      requestedOn: ago(50),
    });
    expect(res.body[0].savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('lets the head read but not change it, and keeps teachers, TAs and admins out', async () => {
    expect((await as('head').get(path('Ada'))).status).toBe(200);
    expect((await as('head').get(`${path('Ada')}/revisions`)).status).toBe(200);
    const body = { ...BLANK_DATES, localAuthority: 'Kent', requestedBy: null, notes: '', version: 2 };
    expect((await as('head').put(path('Ada'), body)).status).toBe(403);
    for (const who of ['teacher', 'ta', 'admin'] as const) {
      expect((await as(who).get(path('Ada'))).status).toBe(403);
      expect((await as(who).put(path('Ada'), body)).status).toBe(403);
    }
    expect((await as('senco').get(path('Ada'))).body.version).toBe(2);
  });

  it('answers 404 for a pupil of another school, or one that does not exist', async () => {
    expect((await as('senco@beacon').get(path('Ada'))).status).toBe(404);
    expect((await as('senco@beacon').get(`${path('Ada')}/revisions`)).status).toBe(404);
    const body = { ...BLANK_DATES, localAuthority: 'Kent', requestedBy: null, notes: '', version: 0 };
    expect((await as('senco@beacon').put(path('Ada'), body)).status).toBe(404);
    expect((await as('senco').get(path('Hana'))).status).toBe(404);
    expect((await as('senco').get('/pupils/00000000-0000-4000-8000-000000000000/ehcp')).status).toBe(404);
    expect((await as('senco').get(path('Ada'))).body.version).toBe(2);
  });

  it('counts the annual review from the final plan, with the papers for a booked meeting', async () => {
    // Final plan 340 days ago: review due at 12 months (≈ 25 days ahead); meeting booked in 10 days,
    // so the reports were due 4 days ago.
    const finalOn = ago(340);
    const res = await save('Ben', {
      version: 0,
      finalIssuedOn: finalOn,
      nextAnnualReviewMeetingOn: addDays(today, 10),
      phaseTransfer: 'primary-to-secondary',
      transferYear: Number(today.slice(0, 4)) - 1,
    });
    expect(res.status).toBe(200);
    const [y, m, d] = finalOn.split('-');
    expect(res.body.clock.annualReviewDueBy.slice(0, 7)).toBe(`${Number(y) + 1}-${m}`);
    expect(res.body.clock.annualReviewDueBy.slice(8) <= d!).toBe(true);
    const byKey = Object.fromEntries(
      (res.body.clock.steps as { key: string; status: string }[]).map((s) => [s.key, s]),
    );
    expect(byKey['review-papers']).toMatchObject({ dueOn: ago(4), status: 'overdue', daysLate: 4 });
    expect(byKey['phase-transfer']).toMatchObject({
      dueOn: `${Number(today.slice(0, 4)) - 1}-02-15`,
      status: 'overdue',
    });
    expect(res.body.clock.overdue).toBe(2);
  });

  it('gives the clocks of the pupils on roll with a record, for the dashboard and the calendar', async () => {
    // Cara has a record but left yesterday: not on roll.
    expect((await save('Cara', { version: 0, finalIssuedOn: ago(30) })).status).toBe(200);
    await records().inSchool((m) =>
      m.query(`UPDATE pupils SET leaving_date = $2 WHERE id = $1`, [pupil('Cara'), ago(1)]),
    );
    const all = await records().inSchool((m) => ehcpClocks(m, today));
    expect(all.map((c) => c.pupil.name)).toEqual(['Ada Archer', 'Ben Baker']);
    expect(all[0]!.clock).toEqual((await as('senco').get(path('Ada'))).body.clock);
    expect(all[1]!.clock.overdue).toBe(2);

    const onlyBen = await records().inSchool((m) => ehcpClocks(m, today, [pupil('Ben'), pupil('Dev')]));
    expect(onlyBen.map((c) => c.pupil.name)).toEqual(['Ben Baker']);
    expect(await records().inSchool((m) => ehcpClocks(m, today, []))).toEqual([]);
    // Another school's records never show.
    const beacon = await ctx.t.dataSource.transaction((m) =>
      ctx.t.db.within(m, { schoolId: ctx.f.schoolB, userId: null }, (tx) => ehcpClocks(tx, today)),
    );
    expect(beacon).toEqual([]);
  });
});
