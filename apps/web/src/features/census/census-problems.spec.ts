import type { CensusProblem } from '@sendreg/contracts';
import { groupByRule, pupilsWithProblems } from './census-problems';

const problem = (pupilId: string, name: string, rule: CensusProblem['rule']): CensusProblem => ({
  pupilId,
  name,
  rule,
  upn: 'A123',
  yearGroup: '4',
  status: 'K',
  message: 'x',
});

describe('census problems', () => {
  it('groups by rule in the order of the rules, pupils by name', () => {
    const groups = groupByRule([
      problem('1', 'Zara Young', 'needs-at-n'),
      problem('2', 'Ava Brown', 'no-primary-need'),
      problem('3', 'Ben Cole', 'needs-at-n'),
    ]);
    expect(groups.map((group) => group.rule)).toEqual(['no-primary-need', 'needs-at-n']);
    expect(groups[1].problems.map((p) => p.name)).toEqual(['Ben Cole', 'Zara Young']);
    expect(groups[0].title).toBe('No primary need');
    expect(groups[0].explanation).toMatch(/primary need/);
  });

  it('counts each pupil once', () => {
    expect(pupilsWithProblems([problem('1', 'A', 'needs-at-n'), problem('1', 'A', 'too-many-needs')])).toBe(
      1,
    );
    expect(groupByRule([])).toEqual([]);
  });
});
