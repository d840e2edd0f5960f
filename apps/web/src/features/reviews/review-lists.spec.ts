import type { DueItem, ReviewDashboardCounts } from '@sendreg/contracts';
import {
  coverageRows,
  duePath,
  groupDue,
  heldText,
  pupilAbout,
  summaryFigures,
  whenText,
} from './review-lists';

const item = (daysUntil: number, kind: DueItem['kind'] = 'plan-review'): DueItem => ({
  kind,
  pupil: { id: `p${String(daysUntil)}`, name: 'Ada Archer', yearGroup: '4', className: '4A' },
  label: 'Support plan review (cycle 1)',
  step: null,
  dueOn: '2025-11-23',
  daysUntil,
});

const counts: ReviewDashboardCounts = {
  overdue: 2,
  dueWithin14Days: 5,
  dueWithin30Days: 7,
  withoutActivePlan: 1,
  belowMeetingExpectation: 3,
};

describe('review lists', () => {
  it('splits what is due into overdue, the next 14 days and 15 to 30 days, at the boundaries', () => {
    const groups = groupDue([-3, -1, 0, 14, 15, 30].map((days) => item(days)));
    expect(groups.overdue.map((i) => i.daysUntil)).toEqual([-3, -1]);
    expect(groups.soon.map((i) => i.daysUntil)).toEqual([0, 14]);
    expect(groups.later.map((i) => i.daysUntil)).toEqual([15, 30]);
  });

  it('says how far off a date is in words', () => {
    expect(whenText(-1)).toBe('Overdue by 1 day');
    expect(whenText(-12)).toBe('Overdue by 12 days');
    expect(whenText(0)).toBe('Today');
    expect(whenText(1)).toBe('Tomorrow');
    expect(whenText(9)).toBe('In 9 days');
  });

  it('makes the three cards from the counts, 15 to 30 days being the 30 less the 14', () => {
    expect(summaryFigures(counts)).toEqual([
      { key: 'overdue', label: 'Overdue', figure: 2 },
      { key: 'soon', label: 'Due in the next 14 days', figure: 5 },
      { key: 'later', label: 'Due in 15–30 days', figure: 2 },
    ]);
    expect(coverageRows(counts)).toEqual([
      { key: 'Pupils on the register without an active plan', value: '1' },
      {
        key: 'Pupils on SEN support with fewer than three meetings (reviews and parent meetings) in the last 12 months',
        value: '3',
      },
    ]);
  });

  it("links a review to the pupil's plan and an EHCP step to their EHCP record", () => {
    expect(duePath('s 1', item(3))).toBe('/schools/s%201/pupils/p3/plan');
    expect(duePath('s1', item(-2, 'ehcp-step'))).toBe('/schools/s1/pupils/p-2/ehcp');
  });

  it('describes a pupil and their meetings held', () => {
    expect(pupilAbout({ id: 'p', name: 'Ada Archer', yearGroup: 'R', className: 'RA' })).toBe(
      'Reception, class RA',
    );
    expect(pupilAbout({ id: 'p', name: 'Ada Archer', yearGroup: null, className: null })).toBe('');
    expect(heldText(2, 3)).toBe('2 of 3');
  });
});
