import type { ProvisionSummary } from '@sendreg/contracts';
import { closedReasonText, closeReasonProblem, commentProblem } from './plan-comments';
import { linkedProvisionText, missingLinkedIds, provisionChoices, scheduleText } from './plan-provision';
import { characterCount, linesOf, listCount } from './plan-text';

describe('counts', () => {
  it('counts characters as the GOV.UK character count does', () => {
    expect(characterCount(2000, 'x'.repeat(1990))).toEqual({
      message: 'You have 10 characters remaining',
      over: false,
    });
    expect(characterCount(10, 'x'.repeat(9))).toEqual({
      message: 'You have 1 character remaining',
      over: false,
    });
    expect(characterCount(2000, 'x'.repeat(2003))).toEqual({
      message: 'You have 3 characters too many',
      over: true,
    });
    expect(characterCount(2000, '')).toEqual({ message: 'You have 2,000 characters remaining', over: false });
  });

  it('counts the items of a one-per-line list', () => {
    expect(linesOf(' a \n\n b  c \r\n')).toEqual(['a', 'b c']);
    expect(listCount(12, 'One\nTwo\n\nThree')).toEqual({ message: '3 of 12 items', over: false });
    expect(listCount(2, 'One\nTwo\nThree')).toEqual({ message: 'You have 1 item too many', over: true });
  });
});

describe('comments and closing', () => {
  it('asks for a comment within the limit', () => {
    expect(commentProblem('  ')).toBe('Enter your comment on progress');
    expect(commentProblem('x'.repeat(2001))).toBe('Your comment must be 2,000 characters or fewer');
    expect(commentProblem(' Reading has improved ')).toBeUndefined();
  });

  it('asks why a plan closes', () => {
    expect(closeReasonProblem('')).toBe('Enter why the plan is closing');
    expect(closeReasonProblem('x'.repeat(501))).toBe('The reason must be 500 characters or fewer');
    expect(closeReasonProblem('Left the register')).toBeUndefined();
  });

  it("says why a plan closed in the school's words", () => {
    expect(closedReasonText('reviewed')).toBe('Closed by its review');
    expect(closedReasonText('replaced')).toBe('Replaced when another plan was made active');
    expect(closedReasonText('Moved to an EHC plan')).toBe('Moved to an EHC plan');
    expect(closedReasonText(null)).toBe('Closed');
  });
});

describe('provision choices', () => {
  const group = (id: string, state: ProvisionSummary['state'], name = id): ProvisionSummary => ({
    id,
    name,
    intervention: {
      id: 'i1',
      name: 'Lexia',
      area: 'cognition_and_learning',
      delivery: 'group',
    } as ProvisionSummary['intervention'],
    staff: [],
    weekdays: [4, 1],
    sessionsPerWeek: 2,
    minutes: 30,
    startDate: '2026-09-01',
    endDate: '2026-12-18',
    location: '',
    pupilCount: 4,
    state,
    version: 1,
  });
  const groups = [
    group('g1', 'running'),
    group('g2', 'planned'),
    group('g3', 'ended'),
    group('g4', 'running'),
  ];

  it("puts the pupil's groups first and leaves out ended groups not linked", () => {
    const choices = provisionChoices(groups, new Set(['g4']), []);
    expect(choices.map((choice) => choice.id)).toEqual(['g4', 'g1', 'g2']);
    expect(choices[0]?.pupilIsIn).toBe(true);
    expect(choices[0]?.hint).toBe(
      'In this group. Lexia, cognition and learning. Mondays and Thursdays, 30 minutes. Running, 1 September 2026 to 18 December 2026.',
    );
  });

  it('keeps an ended group that is already linked, and notices linked groups gone from the list', () => {
    const choices = provisionChoices(groups, new Set(), ['g3', 'gone']);
    expect(choices.map((choice) => choice.id)).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(missingLinkedIds(choices, ['g3', 'gone'])).toEqual(['gone']);
  });

  it('writes schedules and dates', () => {
    expect(scheduleText([1, 2, 3, 4, 5], 20)).toBe('Every weekday, 20 minutes');
    expect(scheduleText([], 1)).toBe('1 minute');
    expect(
      linkedProvisionText({
        id: 'g',
        name: 'G',
        interventionName: 'Lexia',
        schedule: 'Mon, Wed 20 min',
        startDate: '2026-09-01',
        endDate: null,
      }),
    ).toBe('Mon, Wed 20 min, from 1 September 2026');
  });
});
