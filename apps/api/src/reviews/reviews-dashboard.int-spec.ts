import {
  addMonths,
  type DueItem,
  type PupilRef,
  type ReviewDashboard,
  type YearGroup,
} from '@sendreg/contracts';
import { T, withReviewApp } from './testing/review-fixture';

/**
 * The review dashboard: support plan reviews and EHCP steps overdue or due within 30 days, pupils on
 * the register without an active plan, and pupils on SEN support for a year with fewer than three
 * meetings (reviews and parent meetings in the chronology); lists for the SENCO, counts for the head.
 */
describe('review dashboard', () => {
  const { ctx, as, pupil, addPupil, statuses, plans, ehcp } = withReviewApp();
  const yearAgo = () => addMonths(T(0), -12);
  const ref = (name: string, surname: string, yearGroup: YearGroup, className: string): PupilRef => ({
    id: pupil(name),
    name: `${name} ${surname}`,
    yearGroup,
    className,
  });
  const review = (
    name: string,
    surname: string,
    cycle: number,
    days: number,
    yearGroup: YearGroup = '4',
    className = '4A',
  ): DueItem => ({
    kind: 'plan-review',
    pupil: ref(name, surname, yearGroup, className),
    label: `Support plan review (cycle ${String(cycle)})`,
    step: null,
    dueOn: T(days),
    daysUntil: days,
  });

  beforeAll(async () => {
    // Compliant: three reviews in the year; the current plan's review is 10 days overdue.
    await statuses('Ada', [['K', T(-400)]]);
    await plans('Ada', {
      heldOn: [T(-300), T(-200), T(-100)],
      current: { status: 'active', reviewDate: T(-10) },
    });
    // Two reviews in the year (one more exactly a year ago, which is outside it); due in 14 days.
    await statuses('Ben', [['K', T(-400)]]);
    await plans('Ben', {
      heldOn: [yearAgo(), T(-250), T(-90)],
      current: { status: 'active', reviewDate: T(14) },
    });
    // Joined the register six months ago: not expected to have met three times yet; due today.
    await statuses('Cara', [
      ['N', T(-400)],
      ['K', T(-180)],
    ]);
    await plans('Cara', { current: { status: 'active', reviewDate: T(0) } });
    // An EHCP (K then E is one spell); due in 15 days.
    await statuses('Dev', [
      ['K', T(-800)],
      ['E', T(-400)],
    ]);
    await plans('Dev', { current: { status: 'active', reviewDate: T(15) } });
    // Back on the register 200 days ago (K, N, K, E); only a draft plan.
    await statuses('Eve', [
      ['K', T(-500)],
      ['N', T(-450)],
      ['K', T(-200)],
      ['E', T(-50)],
    ]);
    await plans('Eve', { current: { status: 'draft', reviewDate: T(5) } });
    // Compliant, due at the 30-day boundary.
    await statuses('Finn', [['K', T(-400)]]);
    await plans('Finn', {
      heldOn: [T(-330), T(-220), T(-110)],
      current: { status: 'active', reviewDate: T(30) },
    });
    // Not on the register; a plan due the day after the window.
    await plans('Gita', { current: { status: 'active', reviewDate: T(31) } });
    // Left the school five days ago: nothing of theirs counts.
    await addPupil({
      forename: 'Hugo',
      surname: 'Hale',
      className: '5A',
      yearGroup: '5',
      leavingDate: T(-5),
    });
    await statuses('Hugo', [['K', T(-400)]]);
    await plans('Hugo', { current: { status: 'active', reviewDate: T(-3) } });
    // Monitoring now, on SEN support only from a date to come.
    await addPupil({ forename: 'Iris', surname: 'Ives', className: '5A', yearGroup: '5' });
    await statuses('Iris', [
      ['monitoring', T(-30)],
      ['K', T(10)],
    ]);
    // On SEN support for over a year: a day recorded N and then corrected to K (the later record wins)
    // does not break the spell. No plan, no reviews.
    await addPupil({ forename: 'Jack', surname: 'Jolly', className: '5A', yearGroup: '5' });
    await statuses('Jack', [
      ['K', T(-400)],
      ['N', T(-20)],
      ['K', T(-20)],
    ]);
    // Beacon: overdue, and no reviews in a year of SEN support.
    await statuses('Hana', [['K', T(-400)]]);
    await plans('Hana', { current: { status: 'active', reviewDate: T(-5) } });
  });

  it('gives the SENCO what is due, most overdue first, within 30 days at the boundaries, pupils on roll only', async () => {
    const res = await as('senco').get('/reviews/dashboard');
    expect(res.status).toBe(200);
    const body = res.body as ReviewDashboard;
    expect(body.today).toBe(T(0));
    expect(body.lists?.due).toEqual([
      review('Ada', 'Archer', 4, -10),
      review('Cara', 'Cole', 1, 0),
      review('Ben', 'Baker', 4, 14),
      review('Dev', 'Dunn', 1, 15, '4', '4B'),
      review('Finn', 'Fox', 4, 30, '5', '5A'),
    ]);
    expect(body.counts).toEqual({
      overdue: 1,
      dueWithin14Days: 2,
      dueWithin30Days: 4,
      withoutActivePlan: 2,
      belowMeetingExpectation: 2,
    });
  });

  it('lists pupils on the register without an active plan, with the start of their spell on the register', async () => {
    const body = (await as('senco').get('/reviews/dashboard')).body as ReviewDashboard;
    expect(body.lists?.withoutActivePlan).toEqual([
      { ...ref('Eve', 'Evans', '4', '4B'), senStatus: 'E', onRegisterSince: T(-200) },
      { ...ref('Jack', 'Jolly', '5', '5A'), senStatus: 'K', onRegisterSince: T(-400) },
    ]);
  });

  it('lists pupils on SEN support all year with fewer than three meetings in it, not those who joined since', async () => {
    const body = (await as('senco').get('/reviews/dashboard')).body as ReviewDashboard;
    expect(body.lists?.belowMeetingExpectation).toEqual([
      { pupil: ref('Jack', 'Jolly', '5', '5A'), held: 0, expected: 3, lastHeldOn: null },
      { pupil: ref('Ben', 'Baker', '4', '4A'), held: 2, expected: 3, lastHeldOn: T(-90) },
    ]);
  });

  it('gives the head the counts and no lists', async () => {
    const res = await as('head').get('/reviews/dashboard');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      today: T(0),
      counts: {
        overdue: 1,
        dueWithin14Days: 2,
        dueWithin30Days: 4,
        withoutActivePlan: 2,
        belowMeetingExpectation: 2,
      },
      lists: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/Archer|Baker|Evans|Jolly/);
  });

  it('refuses teachers, TAs and the school admin (403), and answers 404 for another school', async () => {
    for (const who of ['teacher', 'ta', 'admin'] as const)
      expect((await as(who).get('/reviews/dashboard')).status).toBe(403);
    expect((await as('senco', ctx.f.schoolB).get('/reviews/dashboard')).status).toBe(404);
    expect((await as('head', ctx.f.schoolB).get('/reviews/dashboard')).status).toBe(404);
  });

  it("keeps each school's dashboard to its own pupils", async () => {
    const beacon = (await as('senco@beacon').get('/reviews/dashboard')).body as ReviewDashboard;
    expect(beacon.lists?.due).toEqual([review('Hana', 'Hill', 1, -5, '7', '7A')]);
    expect(beacon.lists?.withoutActivePlan).toEqual([]);
    expect(beacon.lists?.belowMeetingExpectation).toEqual([
      { pupil: ref('Hana', 'Hill', '7', '7A'), held: 0, expected: 3, lastHeldOn: null },
    ]);
    expect(beacon.counts).toEqual({
      overdue: 1,
      dueWithin14Days: 0,
      dueWithin30Days: 0,
      withoutActivePlan: 0,
      belowMeetingExpectation: 1,
    });
  });

  it('adds EHCP steps overdue or due within 30 days from the statutory clock', async () => {
    // Cara: the request went to the LA 50 days ago, so the decision whether to assess (6 weeks) is 8
    // days overdue; the draft (16 weeks) and final plan (20 weeks) are further off than 30 days.
    await ehcp('Cara', { requested_on: T(-50) });
    // Dev: the final plan was issued 355 days ago and there has been no annual review since.
    await ehcp('Dev', {
      requested_on: T(-600),
      assess_decision: 'assess',
      assess_decision_on: T(-570),
      advice_received_on: T(-540),
      issue_decision: 'issue',
      draft_issued_on: T(-500),
      parent_comments_on: T(-490),
      final_issued_on: T(-355),
    });
    // Hugo has left: his clock is not the school's to watch.
    await ehcp('Hugo', { requested_on: T(-50) });
    const body = (await as('senco').get('/reviews/dashboard')).body as ReviewDashboard;
    const annualReview = addMonths(T(-355), 12);
    const ehcpItems = body.lists?.due.filter((item) => item.kind === 'ehcp-step');
    expect(ehcpItems).toEqual([
      {
        kind: 'ehcp-step',
        pupil: ref('Cara', 'Cole', '4', '4A'),
        label: 'Decision whether to assess (EHCP)',
        step: 'assess-decision',
        dueOn: T(-8),
        daysUntil: -8,
      },
      {
        kind: 'ehcp-step',
        pupil: ref('Dev', 'Dunn', '4', '4B'),
        label: 'Annual review meeting (EHCP)',
        step: 'annual-review',
        dueOn: annualReview,
        daysUntil: expect.any(Number),
      },
    ]);
    expect(body.lists?.due.map((item) => item.dueOn)).toEqual(
      [...body.lists!.due.map((item) => item.dueOn)].sort(),
    );
    expect(body.lists?.due[0]?.label).toBe('Support plan review (cycle 4)');
    expect(body.counts.overdue).toBe(2);
  });

  describe('parent meetings in the chronology', () => {
    /**
     * A chronology entry written as the database owner (the chronology's own routes are tested in
     * chronology.int-spec.ts), recorded the given minutes ago, optionally correcting another.
     */
    async function entry(
      name: string,
      o: { on: string; parentMeeting?: boolean; corrects?: string; minutesAgo?: number },
    ): Promise<string> {
      const [row] = (await ctx.t.dataSource.query(
        `INSERT INTO chronology_entries (school_id, pupil_id, occurred_on, kind, parent_meeting, with_whom, summary,
                                         corrects_id, recorded_at)
         SELECT school_id, id, $2, 'meeting', $3, 'Mum', 'Talked about reading', $4,
                now() - make_interval(mins => $5)
           FROM pupils WHERE id = $1
         RETURNING id`,
        [pupil(name), o.on, o.parentMeeting ?? true, o.corrects ?? null, o.minutesAgo ?? 0],
      )) as { id: string }[];
      return row!.id;
    }
    const shortfalls = async () =>
      ((await as('senco').get('/reviews/dashboard')).body as ReviewDashboard).lists!.belowMeetingExpectation;

    it('counts a parent meeting as it now reads, once a day with a review, within the year', async () => {
      // Ben has two reviews in the year (T-250, T-90). A parent meeting on the day of a review is the
      // same meeting; one a year and a day ago is outside the year; a meeting since un-marked as a
      // parent meeting by its latest correction no longer counts; nor does a meeting with others.
      await entry('Ben', { on: T(-90) });
      await entry('Ben', { on: addMonths(T(0), -12) });
      const unmarked = await entry('Ben', { on: T(-30), minutesAgo: 20 });
      await entry('Ben', { on: T(-30), parentMeeting: false, corrects: unmarked, minutesAgo: 10 });
      await entry('Ben', { on: T(-60), parentMeeting: false });
      // Jack: his first meeting, ten days ago, shows as his last held.
      await entry('Jack', { on: T(-10) });
      expect(await shortfalls()).toEqual([
        { pupil: ref('Jack', 'Jolly', '5', '5A'), held: 1, expected: 3, lastHeldOn: T(-10) },
        { pupil: ref('Ben', 'Baker', '4', '4A'), held: 2, expected: 3, lastHeldOn: T(-90) },
      ]);
    });

    it('lifts a pupil from two meetings to three with a parent meeting (here one whose corrected date moves it into the year)', async () => {
      const misdated = await entry('Ben', { on: T(-500), minutesAgo: 30 });
      // Corrected twice: the latest correction's date is the one that counts.
      await entry('Ben', { on: T(-600), corrects: misdated, minutesAgo: 20 });
      await entry('Ben', { on: T(-20), corrects: misdated, minutesAgo: 10 });
      expect(await shortfalls()).toEqual([
        { pupil: ref('Jack', 'Jolly', '5', '5A'), held: 1, expected: 3, lastHeldOn: T(-10) },
      ]);
      const head = (await as('head').get('/reviews/dashboard')).body as ReviewDashboard;
      expect(head.counts.belowMeetingExpectation).toBe(1);
    });
  });
});
