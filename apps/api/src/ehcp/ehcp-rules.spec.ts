import type { EhcpDates } from '@sendreg/contracts';
import { ehcpRecordProblems } from './ehcp-rules';

const BLANK: EhcpDates & { localAuthority: string } = {
  localAuthority: 'Kent',
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

const CONTEXT = { today: '2026-09-01', dateOfBirth: '2017-01-15' };
const problems = (dates: Partial<typeof BLANK>, context = CONTEXT) =>
  ehcpRecordProblems({ ...BLANK, ...dates }, context);
const fields = (dates: Partial<typeof BLANK>, context = CONTEXT) =>
  problems(dates, context).map((p) => p.field);

/** A whole assessment done in time, then a review held: a record with nothing wrong. */
const GOOD: Partial<typeof BLANK> = {
  requestedOn: '2025-01-06',
  assessDecision: 'assess',
  assessDecisionOn: '2025-02-10',
  adviceReceivedOn: '2025-03-20',
  issueDecision: 'issue',
  draftIssuedOn: '2025-04-20',
  parentCommentsOn: '2025-05-01',
  finalIssuedOn: '2025-05-20',
  lastAnnualReviewOn: '2026-05-12',
  reviewReportSentOn: '2026-05-20',
  amendDecisionOn: '2026-06-01',
  nextAnnualReviewMeetingOn: '2027-05-10',
  phaseTransfer: 'primary-to-secondary',
  transferYear: 2027,
};

describe('ehcpRecordProblems', () => {
  it('finds nothing wrong with a blank record, or a whole one in order', () => {
    expect(problems({})).toEqual([]);
    expect(problems(GOOD)).toEqual([]);
    // An older plan whose request date is not known: the final plan alone is fine.
    expect(problems({ finalIssuedOn: '2024-03-01', lastAnnualReviewOn: '2026-02-01' })).toEqual([]);
  });

  it('wants the local authority', () => {
    expect(problems({ localAuthority: '  ' })).toEqual([
      { field: 'localAuthority', message: 'Enter the local authority that maintains the plan' },
    ]);
  });

  it('refuses the dates of things that happened in the future, but not the booked meeting', () => {
    expect(problems({ requestedOn: '2026-09-02' })).toEqual([
      {
        field: 'requestedOn',
        message: 'The date of the request cannot be in the future: enter the date it happened',
      },
    ]);
    expect(fields({ finalIssuedOn: '2025-01-01', lastAnnualReviewOn: '2026-09-10' })).toEqual([
      'lastAnnualReviewOn',
    ]);
    expect(problems({ finalIssuedOn: '2025-01-01', nextAnnualReviewMeetingOn: '2026-12-01' })).toEqual([]);
    expect(problems({ finalIssuedOn: '2025-01-01', nextAnnualReviewMeetingOn: '2028-09-02' })).toEqual([
      {
        field: 'nextAnnualReviewMeetingOn',
        message: 'The date of the next annual review meeting is more than 2 years away: check the year',
      },
    ]);
  });

  it('refuses dates before the pupil was born', () => {
    expect(problems({ finalIssuedOn: '2016-01-01' })).toEqual([
      {
        field: 'finalIssuedOn',
        message: 'The date of the final plan cannot be before the pupil was born (15 January 2017)',
      },
    ]);
  });

  it('wants each decision with its date', () => {
    expect(problems({ requestedOn: '2026-01-05', assessDecisionOn: '2026-02-10' })).toEqual([
      { field: 'assessDecision', message: 'Choose what the LA decided: to assess, or not to assess' },
    ]);
    expect(problems({ requestedOn: '2026-01-05', assessDecision: 'refuse' })).toEqual([
      { field: 'assessDecisionOn', message: 'Enter the date of the decision not to assess' },
    ]);
  });

  it('wants the request date for any step of the assessment', () => {
    expect(problems({ assessDecision: 'assess', assessDecisionOn: '2026-02-10' })).toEqual([
      {
        field: 'requestedOn',
        message: 'Enter the date the request for an assessment reached the LA: the deadlines count from it',
      },
    ]);
  });

  it('puts a decision before the request on the decision, naming the request date', () => {
    expect(
      problems({ requestedOn: '2026-03-01', assessDecision: 'assess', assessDecisionOn: '2026-02-10' }),
    ).toEqual([
      {
        field: 'assessDecisionOn',
        message:
          'The date of the decision whether to assess must be on or after the date of the request (1 March 2026)',
      },
    ]);
  });

  it('keeps the assessment in order: draft after the decision, comments after the draft, final after the draft', () => {
    expect(
      fields({
        ...GOOD,
        adviceReceivedOn: '2025-02-01',
        draftIssuedOn: '2025-02-09',
        parentCommentsOn: '2025-02-01',
        finalIssuedOn: '2025-02-05',
        lastAnnualReviewOn: null,
        reviewReportSentOn: null,
        amendDecisionOn: null,
        nextAnnualReviewMeetingOn: null,
      }),
    ).toEqual(['adviceReceivedOn', 'draftIssuedOn', 'parentCommentsOn', 'finalIssuedOn']);
  });

  it('names the latest earlier date a date comes before', () => {
    const [problem] = problems({
      ...GOOD,
      finalIssuedOn: '2025-04-01',
      lastAnnualReviewOn: null,
      reviewReportSentOn: null,
      amendDecisionOn: null,
      nextAnnualReviewMeetingOn: null,
    });
    expect(problem).toEqual({
      field: 'finalIssuedOn',
      message: 'The date of the final plan must be on or after the date of the draft plan (20 April 2025)',
    });
  });

  it('leaves nothing after a refusal to assess', () => {
    expect(
      problems({
        requestedOn: '2026-01-05',
        assessDecision: 'refuse',
        assessDecisionOn: '2026-02-10',
        draftIssuedOn: '2026-04-01',
      }),
    ).toEqual([
      {
        field: 'draftIssuedOn',
        message:
          'The LA decided not to assess, so there is no draft plan. If the decision changed (on appeal, for example), choose "assess" instead',
      },
    ]);
    expect(
      fields({
        requestedOn: '2026-01-05',
        assessDecision: 'refuse',
        assessDecisionOn: '2026-02-10',
        issueDecision: 'issue',
      }),
    ).toEqual(['issueDecision']);
  });

  it('leaves no draft or final plan after a decision not to issue', () => {
    expect(
      fields({
        requestedOn: '2026-01-05',
        assessDecision: 'assess',
        assessDecisionOn: '2026-02-10',
        issueDecision: 'not-issue',
        finalIssuedOn: '2026-05-01',
      }),
    ).toEqual(['finalIssuedOn']);
  });

  it('wants the decision to issue with a draft, and the decision to assess before either', () => {
    expect(
      problems({
        requestedOn: '2026-01-05',
        assessDecision: 'assess',
        assessDecisionOn: '2026-02-10',
        draftIssuedOn: '2026-04-01',
      }),
    ).toEqual([{ field: 'issueDecision', message: 'Choose "issue a plan": the LA sent a draft plan' }]);
    expect(fields({ requestedOn: '2026-01-05', issueDecision: 'issue' })).toEqual(['assessDecision']);
  });

  it('wants the draft for the parents comments', () => {
    expect(
      fields({
        requestedOn: '2026-01-05',
        assessDecision: 'assess',
        assessDecisionOn: '2026-02-10',
        parentCommentsOn: '2026-04-01',
      }),
    ).toEqual(['draftIssuedOn']);
  });

  it('wants the final plan for any annual review date', () => {
    expect(problems({ lastAnnualReviewOn: '2026-05-01' })).toEqual([
      {
        field: 'finalIssuedOn',
        message: 'Enter the date of the final plan: the annual reviews count from it',
      },
    ]);
  });

  it('ties the reports to a booked meeting, before it, and the report and amend decision to a meeting held', () => {
    const plan = { finalIssuedOn: '2025-05-20' };
    expect(fields({ ...plan, reviewPapersSentOn: '2026-04-01' })).toEqual(['nextAnnualReviewMeetingOn']);
    expect(
      problems({ ...plan, nextAnnualReviewMeetingOn: '2026-05-12', reviewPapersSentOn: '2026-05-13' }),
    ).toEqual([
      {
        field: 'reviewPapersSentOn',
        message:
          'The reports go out before the meeting (12 May 2026): check the date, or record the meeting as held',
      },
    ]);
    expect(problems({ ...plan, amendDecisionOn: '2026-06-01' })).toEqual([
      {
        field: 'lastAnnualReviewOn',
        message: 'Enter the date of the annual review meeting: the decision whether to amend follows it',
      },
    ]);
    expect(fields({ ...plan, lastAnnualReviewOn: '2026-05-12', reviewReportSentOn: '2026-05-01' })).toEqual([
      'reviewReportSentOn',
    ]);
  });

  it('wants the next meeting after the last one, not the same day', () => {
    expect(
      problems({
        finalIssuedOn: '2026-05-12',
        lastAnnualReviewOn: '2026-05-12',
        nextAnnualReviewMeetingOn: '2026-05-12',
      }),
    ).toEqual([
      {
        field: 'nextAnnualReviewMeetingOn',
        message:
          'The date of the next annual review meeting must be after the date of the last annual review meeting (12 May 2026)',
      },
    ]);
  });

  it('wants the phase transfer and its year together, and the transfer for an amended plan', () => {
    expect(problems({ phaseTransfer: 'primary-to-secondary' })).toEqual([
      { field: 'transferYear', message: 'Enter the year of the move, for example 2027' },
    ]);
    expect(fields({ transferYear: 2027 })).toEqual(['phaseTransfer']);
    expect(problems({ amendedPlanIssuedOn: '2026-02-01' })).toEqual([
      { field: 'phaseTransfer', message: 'Choose the move between phases the amended plan is for' },
    ]);
  });

  it('gives one problem per field, in the order of the form', () => {
    const found = problems({ localAuthority: '', requestedOn: '2027-01-01', assessDecision: 'assess' });
    expect(found.map((p) => p.field)).toEqual(['localAuthority', 'requestedOn', 'assessDecisionOn']);
  });
});
