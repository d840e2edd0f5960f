import { digestDay, londonClock } from './digest-clock';

describe('the digest clock (England)', () => {
  it('reads the date and hour in London, in winter (GMT) and in summer (BST)', () => {
    expect(londonClock(new Date('2025-01-15T06:59:00Z'))).toEqual({ today: '2025-01-15', hour: 6 });
    expect(londonClock(new Date('2025-07-15T06:30:00Z'))).toEqual({ today: '2025-07-15', hour: 7 });
    // Just before midnight UTC in summer is already tomorrow in London.
    expect(londonClock(new Date('2025-07-15T23:30:00Z'))).toEqual({ today: '2025-07-16', hour: 0 });
  });

  it('is due from the digest hour to the end of the day, never before', () => {
    expect(digestDay(new Date('2025-01-15T06:59:59Z'), 7)).toBeNull();
    expect(digestDay(new Date('2025-01-15T07:00:00Z'), 7)).toBe('2025-01-15');
    expect(digestDay(new Date('2025-01-15T23:59:00Z'), 7)).toBe('2025-01-15');
    expect(digestDay(new Date('2025-07-15T05:59:00Z'), 7)).toBeNull();
    expect(digestDay(new Date('2025-07-15T06:00:00Z'), 7)).toBe('2025-07-15');
    expect(digestDay(new Date('2025-01-15T00:00:00Z'), 0)).toBe('2025-01-15');
  });
});
