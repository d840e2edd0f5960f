import { ehcpClock, type EhcpDates, BLANK_EHCP_DATES } from '@sendreg/contracts';
import { clockStages, nextDeadline, overdueWarning, stepStatusText } from './ehcp-clock-text';

const BLANK: EhcpDates = BLANK_EHCP_DATES;

describe('stepStatusText', () => {
  const today = '2026-02-04';
  it('says how overdue, how late, or how soon, in words', () => {
    expect(
      stepStatusText({ key: 'final-plan', status: 'overdue', daysLate: 12, dueOn: '2026-01-23' }, today),
    ).toBe('Overdue by 12 days');
    expect(
      stepStatusText({ key: 'final-plan', status: 'overdue', daysLate: 1, dueOn: '2026-02-03' }, today),
    ).toBe('Overdue by 1 day');
    expect(
      stepStatusText({ key: 'final-plan', status: 'done-late', daysLate: 3, dueOn: '2026-01-01' }, today),
    ).toBe('Done 3 days late');
    expect(
      stepStatusText({ key: 'final-plan', status: 'done', daysLate: 0, dueOn: '2026-01-01' }, today),
    ).toBe('Done');
    expect(
      stepStatusText({ key: 'final-plan', status: 'due-soon', daysLate: 0, dueOn: '2026-02-09' }, today),
    ).toBe('Due in 5 days');
    expect(
      stepStatusText({ key: 'final-plan', status: 'due-soon', daysLate: 0, dueOn: '2026-02-05' }, today),
    ).toBe('Due in 1 day');
    expect(stepStatusText({ key: 'final-plan', status: 'due-soon', daysLate: 0, dueOn: today }, today)).toBe(
      'Due today',
    );
    expect(
      stepStatusText({ key: 'final-plan', status: 'upcoming', daysLate: 0, dueOn: '2026-03-16' }, today),
    ).toBe('Due in 40 days');
  });

  it('says what a waiting step waits for, and when a step does not apply', () => {
    expect(stepStatusText({ key: 'advice', status: 'waiting', daysLate: 0, dueOn: null }, today)).toBe(
      'Waiting for the decision to assess',
    );
    expect(
      stepStatusText({ key: 'parent-comments', status: 'waiting', daysLate: 0, dueOn: null }, today),
    ).toBe('Waiting for the draft plan');
    expect(
      stepStatusText({ key: 'draft-plan', status: 'not-applicable', daysLate: 0, dueOn: null }, today),
    ).toBe('Does not apply');
  });
});

describe('overdueWarning', () => {
  it('counts the deadlines passed, or says nothing', () => {
    expect(overdueWarning(0)).toBeNull();
    expect(overdueWarning(1)).toBe('1 statutory deadline has passed');
    expect(overdueWarning(2)).toBe('2 statutory deadlines have passed');
  });
});

describe('clockStages and nextDeadline', () => {
  // A plan in review: final plan 1 June 2025, so the review is due by 1 June 2026; moving to
  // secondary in September 2027, so the amended plan is due by 15 February 2027.
  const clock = ehcpClock(
    {
      ...BLANK,
      finalIssuedOn: '2025-06-01',
      phaseTransfer: 'primary-to-secondary',
      transferYear: 2027,
    },
    '2016-03-01',
    '2026-05-20',
  );

  it('groups the steps by stage, in order, leaving out empty stages', () => {
    expect(clockStages(clock).map((s) => [s.title, s.steps.map((step) => step.key)])).toEqual([
      ['Annual review', ['annual-review']],
      ['Phase transfer', ['phase-transfer']],
    ]);
  });

  it('finds the earliest deadline not met', () => {
    expect(nextDeadline(clock)).toMatchObject({ key: 'annual-review', dueOn: '2026-06-01' });
    const overdue = ehcpClock({ ...BLANK, requestedOn: '2026-01-05' }, '2016-03-01', '2026-03-01');
    expect(nextDeadline(overdue)).toMatchObject({ key: 'assess-decision', status: 'overdue' });
    expect(nextDeadline(ehcpClock(BLANK, null, '2026-03-01'))).toBeNull();
  });
});
