import { formatDateTime, pupilCount } from './import-labels';

describe('import labels', () => {
  it('writes a moment in UK time, the GOV.UK way', () => {
    expect(formatDateTime('2025-03-04T14:05:00Z')).toBe('4 March 2025 at 2:05pm');
    // British Summer Time, and midnight as 12am.
    expect(formatDateTime('2025-07-03T23:30:00Z')).toBe('4 July 2025 at 12:30am');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('counts pupils', () => {
    expect(pupilCount(1)).toBe('1 pupil');
    expect(pupilCount(3600)).toBe('3,600 pupils');
  });
});
