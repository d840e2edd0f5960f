import { BLANK_EHCP_DATES } from './ehcp';
import type { ClockStep, ClockStepKey, EhcpDates } from './ehcp';
import { clockStepStatus, ehcpClock } from './ehcp-clock';

const BLANK: EhcpDates = BLANK_EHCP_DATES;

/** A child of 9 in 2026 (the fixture pupils' birthday): never under 5 in these examples. */
const NINE = '2017-01-15';

const record = (dates: Partial<EhcpDates>): EhcpDates => ({ ...BLANK, ...dates });

/** The steps by key, as [dueOn, doneOn, status, daysLate]: short enough to check by eye. */
function table(
  steps: ClockStep[],
): Partial<Record<ClockStepKey, [string | null, string | null, string, number]>> {
  return Object.fromEntries(steps.map((s) => [s.key, [s.dueOn, s.doneOn, s.status, s.daysLate]]));
}

function stepOf(steps: ClockStep[], key: ClockStepKey): ClockStep {
  const found = steps.find((s) => s.key === key);
  if (!found) throw new Error(`no ${key} step`);
  return found;
}

describe('ehcpClock: the needs assessment (20 weeks from the request)', () => {
  // Monday 5 January 2026. 6 weeks = 42 days: 26 more days to 31 January, 16 into February → 16 Feb.
  // 16 weeks = 112 days → 27 April; 20 weeks = 140 days → 25 May.
  it('counts every deadline from a request on 5 January 2026', () => {
    const clock = ehcpClock(record({ requestedOn: '2026-01-05' }), NINE, '2026-01-20');
    expect(table(clock.steps)).toEqual({
      'assess-decision': ['2026-02-16', null, 'upcoming', 0],
      advice: [null, null, 'waiting', 0],
      'draft-plan': ['2026-04-27', null, 'upcoming', 0],
      'parent-comments': [null, null, 'waiting', 0],
      'final-plan': ['2026-05-25', null, 'upcoming', 0],
    });
    expect(clock.steps.every((s) => s.stage === 'assessment')).toBe(true);
    expect(clock).toMatchObject({ today: '2026-01-20', annualReviewDueBy: null, underFive: false });
    expect(clock.overdue).toBe(0);
    expect(clock.dueSoon).toBe(0);
  });

  it('starts the advice clock on the decision to assess, and the comments clock on the draft', () => {
    // Decision 10 Feb → advice by 10 Feb + 42 days = 24 March; received 27 March: 3 days late.
    // Draft 20 April (within 27 April) → comments by 20 April + 15 days = 5 May; back 1 May.
    // Final 1 June: due 25 May, 7 days late.
    const clock = ehcpClock(
      record({
        requestedOn: '2026-01-05',
        assessDecision: 'assess',
        assessDecisionOn: '2026-02-10',
        adviceReceivedOn: '2026-03-27',
        issueDecision: 'issue',
        draftIssuedOn: '2026-04-20',
        parentCommentsOn: '2026-05-01',
        finalIssuedOn: '2026-06-01',
      }),
      NINE,
      '2026-06-10',
    );
    expect(table(clock.steps)).toEqual({
      'assess-decision': ['2026-02-16', '2026-02-10', 'done', 0],
      advice: ['2026-03-24', '2026-03-27', 'done-late', 3],
      'draft-plan': ['2026-04-27', '2026-04-20', 'done', 0],
      'parent-comments': ['2026-05-05', '2026-05-01', 'done', 0],
      'final-plan': ['2026-05-25', '2026-06-01', 'done-late', 7],
      // The first annual review: 12 months after the final plan.
      'annual-review': ['2027-06-01', null, 'upcoming', 0],
    });
    expect(clock.annualReviewDueBy).toBe('2027-06-01');
    expect(clock.overdue).toBe(0);
  });

  it('is done on the deadline day itself, and late the day after', () => {
    const onTheDay = ehcpClock(
      record({ requestedOn: '2026-01-05', assessDecision: 'assess', assessDecisionOn: '2026-02-16' }),
      NINE,
      '2026-03-01',
    );
    expect(stepOf(onTheDay.steps, 'assess-decision')).toMatchObject({ status: 'done', daysLate: 0 });
    const dayAfter = ehcpClock(
      record({ requestedOn: '2026-01-05', assessDecision: 'assess', assessDecisionOn: '2026-02-17' }),
      NINE,
      '2026-03-01',
    );
    expect(stepOf(dayAfter.steps, 'assess-decision')).toMatchObject({ status: 'done-late', daysLate: 1 });
  });

  describe('due soon and overdue, around the decision due on 16 February 2026', () => {
    const clockOn = (today: string) =>
      stepOf(ehcpClock(record({ requestedOn: '2026-01-05' }), NINE, today).steps, 'assess-decision');

    it('is upcoming 15 days before', () => {
      expect(clockOn('2026-02-01')).toMatchObject({ status: 'upcoming', daysLate: 0 });
    });
    it('is due soon exactly 14 days before', () => {
      expect(clockOn('2026-02-02')).toMatchObject({ status: 'due-soon', daysLate: 0 });
    });
    it('is due soon on the day', () => {
      expect(clockOn('2026-02-16')).toMatchObject({ status: 'due-soon', daysLate: 0 });
    });
    it('is overdue by 1 day the day after, and by 12 days on 28 February', () => {
      expect(clockOn('2026-02-17')).toMatchObject({ status: 'overdue', daysLate: 1 });
      expect(clockOn('2026-02-28')).toMatchObject({ status: 'overdue', daysLate: 12 });
    });
    it('counts overdue and due-soon steps on the clock', () => {
      // On 20 April: the decision (16 Feb) is 63 days overdue; the draft (27 April) due in 7 days.
      const clock = ehcpClock(record({ requestedOn: '2026-01-05' }), NINE, '2026-04-20');
      expect(table(clock.steps)).toMatchObject({
        'assess-decision': ['2026-02-16', null, 'overdue', 63],
        'draft-plan': ['2026-04-27', null, 'due-soon', 0],
        'final-plan': ['2026-05-25', null, 'upcoming', 0],
      });
      expect(clock.overdue).toBe(1);
      expect(clock.dueSoon).toBe(1);
    });
  });

  it('makes every later assessment step not apply when the LA refuses to assess', () => {
    // Refused on 20 February: due 16 February, so 4 days late. Months later nothing is overdue.
    const clock = ehcpClock(
      record({ requestedOn: '2026-01-05', assessDecision: 'refuse', assessDecisionOn: '2026-02-20' }),
      NINE,
      '2026-09-01',
    );
    expect(table(clock.steps)).toEqual({
      'assess-decision': ['2026-02-16', '2026-02-20', 'done-late', 4],
      advice: [null, null, 'not-applicable', 0],
      'draft-plan': [null, null, 'not-applicable', 0],
      'parent-comments': [null, null, 'not-applicable', 0],
      'final-plan': [null, null, 'not-applicable', 0],
    });
    expect(clock.overdue).toBe(0);
    expect(clock.annualReviewDueBy).toBeNull();
  });

  it('makes the draft, comments and final plan not apply when the LA decides not to issue', () => {
    const clock = ehcpClock(
      record({
        requestedOn: '2026-01-05',
        assessDecision: 'assess',
        assessDecisionOn: '2026-02-10',
        adviceReceivedOn: '2026-03-20',
        issueDecision: 'not-issue',
      }),
      NINE,
      '2026-09-01',
    );
    expect(table(clock.steps)).toEqual({
      'assess-decision': ['2026-02-16', '2026-02-10', 'done', 0],
      advice: ['2026-03-24', '2026-03-20', 'done', 0],
      'draft-plan': [null, null, 'not-applicable', 0],
      'parent-comments': [null, null, 'not-applicable', 0],
      'final-plan': [null, null, 'not-applicable', 0],
    });
    expect(clock.overdue).toBe(0);
  });

  it('keeps the deadline of a step with no date even once a later step is done', () => {
    // The final plan is recorded but the parents' comments are not: the clock cannot know they were
    // in time, so the step stays overdue until the school records the date.
    const clock = ehcpClock(
      record({
        requestedOn: '2026-01-05',
        assessDecision: 'assess',
        assessDecisionOn: '2026-02-10',
        adviceReceivedOn: '2026-03-20',
        issueDecision: 'issue',
        draftIssuedOn: '2026-04-20',
        finalIssuedOn: '2026-05-20',
      }),
      NINE,
      '2026-06-01',
    );
    expect(stepOf(clock.steps, 'parent-comments')).toMatchObject({
      dueOn: '2026-05-05',
      status: 'overdue',
      daysLate: 27,
    });
    expect(clock.overdue).toBe(1);
  });

  it('counts advice received before the decision is recorded as done (no deadline yet)', () => {
    const clock = ehcpClock(
      record({ requestedOn: '2026-01-05', adviceReceivedOn: '2026-02-01' }),
      NINE,
      '2026-02-05',
    );
    expect(stepOf(clock.steps, 'advice')).toMatchObject({
      dueOn: null,
      doneOn: '2026-02-01',
      status: 'done',
    });
  });

  it('leaves the assessment out when the request date is not known', () => {
    const clock = ehcpClock(
      record({ assessDecision: 'assess', assessDecisionOn: '2026-02-10' }),
      NINE,
      '2026-03-01',
    );
    expect(clock.steps).toEqual([]);
  });
});

describe('ehcpClock: the annual review', () => {
  it('is due 12 months after the last review, with the papers, report and amend decision around it', () => {
    // Last review 1 October 2026: report by 15 October (14 days), amend decision by 29 October (28 days),
    // next meeting by 1 October 2027. Booked for 24 September 2027: papers out by 10 September.
    const clock = ehcpClock(
      record({
        finalIssuedOn: '2025-06-01',
        lastAnnualReviewOn: '2026-10-01',
        reviewReportSentOn: '2026-10-20',
        amendDecisionOn: '2026-10-27',
        nextAnnualReviewMeetingOn: '2027-09-24',
      }),
      NINE,
      '2027-09-01',
    );
    expect(table(clock.steps)).toEqual({
      'annual-review': ['2027-10-01', null, 'upcoming', 0],
      'review-papers': ['2027-09-10', null, 'due-soon', 0],
      'review-report': ['2026-10-15', '2026-10-20', 'done-late', 5],
      'amend-decision': ['2026-10-29', '2026-10-27', 'done', 0],
    });
    expect(clock.steps.every((s) => s.stage === 'annual-review')).toBe(true);
    expect(clock.annualReviewDueBy).toBe('2027-10-01');
    expect(stepOf(clock.steps, 'annual-review').rule).toBe('At least every 12 months, from the last review');
  });

  it('runs from the final plan before the first review, and is overdue once the year has passed', () => {
    // Final plan 31 January 2026 → review by 31 January 2027; on 12 February 2027 that is 12 days ago.
    const clock = ehcpClock(record({ finalIssuedOn: '2026-01-31' }), NINE, '2027-02-12');
    expect(table(clock.steps)).toEqual({ 'annual-review': ['2027-01-31', null, 'overdue', 12] });
    expect(stepOf(clock.steps, 'annual-review').rule).toBe('At least every 12 months, from the final plan');
    expect(clock.overdue).toBe(1);
  });

  it('shows the papers only for a booked meeting, and the report and amend decision only after a meeting', () => {
    const clock = ehcpClock(record({ finalIssuedOn: '2026-01-31' }), NINE, '2026-03-01');
    expect(clock.steps.map((s) => s.key)).toEqual(['annual-review']);
  });

  it('ends a year from 29 February on 28 February', () => {
    const clock = ehcpClock(
      record({ finalIssuedOn: '2027-03-01', lastAnnualReviewOn: '2028-02-29' }),
      NINE,
      '2028-03-01',
    );
    expect(clock.annualReviewDueBy).toBe('2029-02-28');
  });

  describe('under-5s: every 6 months', () => {
    // Born 1 October 2021: 4 until 30 September 2026, 5 from 1 October 2026.
    const BORN = '2021-10-01';

    it('is 6 months for a child aged 4 at the last review', () => {
      const clock = ehcpClock(
        record({ finalIssuedOn: '2026-03-01', lastAnnualReviewOn: '2026-09-30' }),
        BORN,
        '2026-10-01',
      );
      expect(clock.underFive).toBe(true);
      expect(clock.annualReviewDueBy).toBe('2027-03-30');
      expect(stepOf(clock.steps, 'annual-review').rule).toBe(
        'At least every 6 months for a child under 5, from the last review',
      );
    });

    it('is 12 months for a child aged exactly 5 on the day of the review', () => {
      const clock = ehcpClock(
        record({ finalIssuedOn: '2026-03-01', lastAnnualReviewOn: '2026-10-01' }),
        BORN,
        '2026-10-02',
      );
      expect(clock.underFive).toBe(false);
      expect(clock.annualReviewDueBy).toBe('2027-10-01');
    });

    it('stays 6 months when the child turns 5 before the review is due (age counts on the start day)', () => {
      // Final plan 1 June 2026, aged 4: due 1 December 2026, though the child is 5 by then.
      const clock = ehcpClock(record({ finalIssuedOn: '2026-06-01' }), BORN, '2026-06-02');
      expect(clock.annualReviewDueBy).toBe('2026-12-01');
      expect(clock.underFive).toBe(true);
    });

    it('ends 6 months from 31 August on 28 February, or 29 February in a leap year', () => {
      const born = '2023-01-10';
      expect(ehcpClock(record({ finalIssuedOn: '2026-08-31' }), born, '2026-09-01').annualReviewDueBy).toBe(
        '2027-02-28',
      );
      expect(ehcpClock(record({ finalIssuedOn: '2027-08-31' }), born, '2027-09-01').annualReviewDueBy).toBe(
        '2028-02-29',
      );
    });

    it('ends 6 months from a final plan on 31 January on 31 July', () => {
      expect(
        ehcpClock(record({ finalIssuedOn: '2026-01-31' }), '2023-01-10', '2026-02-01').annualReviewDueBy,
      ).toBe('2026-07-31');
    });

    it('counts a 29 February birthday from 1 March in other years', () => {
      // Born 29 February 2020: still 4 on 28 February 2025, 5 on 1 March 2025.
      const born = '2020-02-29';
      const before = ehcpClock(record({ finalIssuedOn: '2025-02-28' }), born, '2025-03-01');
      expect(before.underFive).toBe(true);
      expect(before.annualReviewDueBy).toBe('2025-08-28');
      const after = ehcpClock(record({ finalIssuedOn: '2025-03-01' }), born, '2025-03-02');
      expect(after.underFive).toBe(false);
      expect(after.annualReviewDueBy).toBe('2026-03-01');
    });

    it('takes a child with no date of birth as 5 or over (12 months)', () => {
      const clock = ehcpClock(record({ finalIssuedOn: '2026-06-01' }), null, '2026-06-02');
      expect(clock.underFive).toBe(false);
      expect(clock.annualReviewDueBy).toBe('2027-06-01');
    });
  });

  it('has no annual review stage after a refusal, unless a final plan exists', () => {
    const refused = record({
      requestedOn: '2026-01-05',
      assessDecision: 'refuse',
      assessDecisionOn: '2026-02-10',
    });
    expect(ehcpClock(refused, NINE, '2026-03-01').steps.some((s) => s.stage === 'annual-review')).toBe(false);
    const withPlan = ehcpClock({ ...refused, finalIssuedOn: '2025-05-01' }, NINE, '2026-03-01');
    expect(withPlan.annualReviewDueBy).toBe('2026-05-01');
  });
});

describe('ehcpClock: phase transfer', () => {
  it('wants the amended plan by 15 February for a Year 6 pupil moving to secondary in September 2027', () => {
    const clock = ehcpClock(
      record({
        finalIssuedOn: '2024-05-01',
        lastAnnualReviewOn: '2026-10-05',
        phaseTransfer: 'primary-to-secondary',
        transferYear: 2027,
      }),
      NINE,
      '2026-11-01',
    );
    expect(stepOf(clock.steps, 'phase-transfer')).toMatchObject({
      stage: 'phase-transfer',
      dueOn: '2027-02-15',
      doneOn: null,
      status: 'upcoming',
      rule: 'The amended plan is issued by 15 February of the year of transfer',
    });
  });

  it('wants it by 31 March for Year 11 moving to post-16', () => {
    const clock = ehcpClock(
      record({ phaseTransfer: 'secondary-to-post16', transferYear: 2027, amendedPlanIssuedOn: '2027-03-31' }),
      NINE,
      '2027-04-01',
    );
    expect(table(clock.steps)).toEqual({ 'phase-transfer': ['2027-03-31', '2027-03-31', 'done', 0] });
  });

  it('counts an amended plan issued on 20 February 2027 as 5 days late, and none as overdue', () => {
    const late = ehcpClock(
      record({ phaseTransfer: 'infant-to-junior', transferYear: 2027, amendedPlanIssuedOn: '2027-02-20' }),
      NINE,
      '2027-03-01',
    );
    expect(table(late.steps)).toEqual({ 'phase-transfer': ['2027-02-15', '2027-02-20', 'done-late', 5] });
    const missing = ehcpClock(
      record({ phaseTransfer: 'infant-to-junior', transferYear: 2027 }),
      NINE,
      '2027-03-01',
    );
    expect(table(missing.steps)).toEqual({ 'phase-transfer': ['2027-02-15', null, 'overdue', 14] });
  });

  it('needs both the transfer and its year', () => {
    expect(ehcpClock(record({ phaseTransfer: 'primary-to-secondary' }), NINE, '2027-01-01').steps).toEqual(
      [],
    );
    expect(ehcpClock(record({ transferYear: 2027 }), NINE, '2027-01-01').steps).toEqual([]);
  });
});

describe('ehcpClock: odd data never throws', () => {
  it('gives an empty clock for a blank record', () => {
    expect(ehcpClock(BLANK, NINE, '2026-01-01')).toEqual({
      today: '2026-01-01',
      steps: [],
      annualReviewDueBy: null,
      underFive: false,
      overdue: 0,
      dueSoon: 0,
    });
  });

  it('computes a decision recorded before the request without complaint', () => {
    const clock = ehcpClock(
      record({ requestedOn: '2026-03-01', assessDecision: 'assess', assessDecisionOn: '2026-02-01' }),
      NINE,
      '2026-03-02',
    );
    expect(stepOf(clock.steps, 'assess-decision')).toMatchObject({ status: 'done', daysLate: 0 });
    expect(stepOf(clock.steps, 'advice')).toMatchObject({ dueOn: '2026-03-15', status: 'due-soon' });
  });

  it('treats dates that are not real dates as not known, and an odd transfer year as none', () => {
    const odd = {
      ...BLANK,
      requestedOn: '2026-02-30',
      finalIssuedOn: 'soon',
      draftIssuedOn: 42,
      phaseTransfer: 'primary-to-secondary',
      transferYear: 2027.5,
    } as unknown as EhcpDates;
    expect(() => ehcpClock(odd, 'not a date', '2026-03-01')).not.toThrow();
    expect(ehcpClock(odd, 'not a date', '2026-03-01').steps).toEqual([]);
    const partial = { finalIssuedOn: '2026-01-31' } as unknown as EhcpDates;
    expect(ehcpClock(partial, NINE, '2026-02-01').annualReviewDueBy).toBe('2027-01-31');
  });
});

describe('clockStepStatus', () => {
  it('answers waiting with no deadline and nothing done', () => {
    expect(clockStepStatus(null, null, '2026-01-01')).toEqual({ status: 'waiting', daysLate: 0 });
  });
  it('answers done when done with no deadline', () => {
    expect(clockStepStatus(null, '2026-01-01', '2026-01-01')).toEqual({ status: 'done', daysLate: 0 });
  });
});
