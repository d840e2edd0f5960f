import type { TimelineEvent } from '@sendreg/contracts';

/** Newest first: by the date the change took effect, then by when it was recorded. */
export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at));
}
