import type { TimelineEvent } from '@sendreg/contracts';
import { newestFirst } from './timeline';

const event = (date: string, at: string, summary: string): TimelineEvent => ({
  date,
  at,
  summary,
  kind: 'status',
  by: null,
});

describe('timeline', () => {
  it('puts the newest change first, by its date and then by when it was recorded', () => {
    const events = [
      event('2025-09-01', '2025-09-01T09:00:00Z', 'monitoring'),
      event('2026-03-03', '2026-03-03T10:00:00Z', 'SEN support'),
      event('2026-03-03', '2026-03-03T10:05:00Z', 'needs'),
      // Recorded later, but effective earlier: it sits by its effective date.
      event('2025-12-01', '2026-03-04T08:00:00Z', 'backdated'),
    ];
    expect(newestFirst(events).map((e) => e.summary)).toEqual([
      'needs',
      'SEN support',
      'backdated',
      'monitoring',
    ]);
    expect(events[0].summary).toBe('monitoring');
  });
});
