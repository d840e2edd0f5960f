import type { ClockStep, DueItem } from '@sendreg/contracts';
import { compareDue, dueCounts, stepIsDue } from './due-windows';

const item = (
  daysUntil: number,
  name = 'Ada Archer',
  dueOn = `2025-11-${String(10 + daysUntil).padStart(2, '0')}`,
): DueItem => ({
  kind: 'plan-review',
  pupil: { id: name, name, yearGroup: '4', className: '4A' },
  label: 'Support plan review (cycle 1)',
  step: null,
  dueOn,
  daysUntil,
});

const step = (status: ClockStep['status'], dueOn: string | null): ClockStep => ({
  key: 'final-plan',
  stage: 'assessment',
  label: 'Final plan issued',
  rule: 'Within 20 weeks of the request',
  dueOn,
  doneOn: null,
  status,
  daysLate: 0,
});

describe('due windows', () => {
  it('counts overdue apart, and today to 14 and today to 30 days ahead with their boundaries', () => {
    const due = [-30, -1, 0, 14, 15, 30].map((days) => item(days));
    expect(dueCounts(due)).toEqual({ overdue: 2, dueWithin14Days: 2, dueWithin30Days: 4 });
    expect(dueCounts([])).toEqual({ overdue: 0, dueWithin14Days: 0, dueWithin30Days: 0 });
  });

  it('takes EHCP steps overdue at any date, and those not done with a deadline inside the window', () => {
    const horizon = '2025-12-10';
    expect(stepIsDue(step('overdue', '2024-01-01'), horizon)).toBe(true);
    expect(stepIsDue(step('due-soon', '2025-11-20'), horizon)).toBe(true);
    expect(stepIsDue(step('upcoming', '2025-12-10'), horizon)).toBe(true);
    expect(stepIsDue(step('upcoming', '2025-12-11'), horizon)).toBe(false);
    for (const status of ['done', 'done-late', 'not-applicable'] as const)
      expect(stepIsDue(step(status, '2025-11-20'), horizon)).toBe(false);
    expect(stepIsDue(step('waiting', null), horizon)).toBe(false);
  });

  it('orders the most overdue first, then the soonest, then by pupil', () => {
    const list = [item(3, 'Cara Cole'), item(-5, 'Ben Baker'), item(3, 'Ada Archer'), item(-9, 'Dev Dunn')];
    expect(list.sort(compareDue).map((i) => i.pupil.name)).toEqual([
      'Dev Dunn',
      'Ben Baker',
      'Ada Archer',
      'Cara Cole',
    ]);
  });
});
