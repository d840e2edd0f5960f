import type { ReviewDashboard } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { dueItems } from './due-items.queries';
import { dueCounts, FAR_WINDOW_DAYS } from './due-windows';
import { meetingShortfalls, pupilsWithoutActivePlan } from './plan-coverage.queries';

/**
 * The whole dashboard as at a date, in the current school, with the lists (the counts are made from
 * them, so the two never disagree). Callers decide who may see the lists.
 */
export async function reviewDashboard(
  m: EntityManager,
  today: string,
): Promise<ReviewDashboard & { lists: NonNullable<ReviewDashboard['lists']> }> {
  const due = await dueItems(m, today, FAR_WINDOW_DAYS);
  const withoutActivePlan = await pupilsWithoutActivePlan(m, today);
  const belowMeetingExpectation = await meetingShortfalls(m, today);
  return {
    today,
    counts: {
      ...dueCounts(due),
      withoutActivePlan: withoutActivePlan.length,
      belowMeetingExpectation: belowMeetingExpectation.length,
    },
    lists: { due, withoutActivePlan, belowMeetingExpectation },
  };
}
