import { formatDayDate, minutesText, returnPath, sessionPath } from './session-format';

describe('session wording', () => {
  it('writes minutes briefly', () => {
    expect(minutesText(30)).toBe('30 min');
  });

  it('writes a day with its weekday', () => {
    expect(formatDayDate('2026-10-08')).toBe('Thursday 8 October 2026');
    expect(formatDayDate('not a date')).toBe('not a date');
  });

  it('builds session paths with encoded ids', () => {
    expect(sessionPath('s 1', 'p/1', 'x')).toBe('/schools/s%201/provision/groups/p%2F1/sessions/x');
  });

  it('goes back only to a page of the same school', () => {
    expect(returnPath({ from: '/schools/s1/provision/groups/p1/sessions' }, 's1', '/fallback')).toBe(
      '/schools/s1/provision/groups/p1/sessions',
    );
    expect(returnPath({ from: '/schools/s2/my-sessions' }, 's1', '/fallback')).toBe('/fallback');
    expect(returnPath({ from: '//evil.example/schools/s1/' }, 's1', '/fallback')).toBe('/fallback');
    expect(returnPath({ from: 42 }, 's1', '/fallback')).toBe('/fallback');
    expect(returnPath(null, 's1', '/fallback')).toBe('/fallback');
  });
});
