import type { EhcpClock, EhcpDates } from './ehcp';

/**
 * The EHCP statutory clock (DOMAIN.md): every deadline from the dates known, as a timeline.
 * TODO(ehcp helper): implement; see the task.
 */
export function ehcpClock(record: EhcpDates, dateOfBirth: string | null, today: string): EhcpClock {
  void record;
  void dateOfBirth;
  return { today, steps: [], annualReviewDueBy: null, underFive: false, overdue: 0, dueSoon: 0 };
}
