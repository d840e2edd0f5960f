import {
  DUE_WINDOWS_DAYS,
  type ClockStep,
  type DueItem,
  type ReviewDashboardCounts,
} from '@sendreg/contracts';

/** The digest's window: overdue, and due from today to this many days ahead. */
export const NEAR_WINDOW_DAYS = DUE_WINDOWS_DAYS[0];
/** The dashboard's window. */
export const FAR_WINDOW_DAYS = DUE_WINDOWS_DAYS[1];

/**
 * Whether an EHCP clock step belongs in a list of what is due within `withinDays` of today: overdue
 * whenever its deadline was, otherwise not yet done with a deadline inside the window. Steps done,
 * waiting for an earlier one, or not applicable never do.
 */
export function stepIsDue(step: ClockStep, horizon: string): step is ClockStep & { dueOn: string } {
  if (step.dueOn === null) return false;
  if (step.status === 'overdue') return true;
  return (step.status === 'due-soon' || step.status === 'upcoming') && step.dueOn <= horizon;
}

/** Overdue first, the most overdue first, then soonest; then by pupil and what is due, for a stable list. */
export function compareDue(a: DueItem, b: DueItem): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  const byName = a.pupil.name.localeCompare(b.pupil.name, 'en-GB');
  if (byName !== 0) return byName;
  if (a.pupil.id !== b.pupil.id) return a.pupil.id < b.pupil.id ? -1 : 1;
  return a.label.localeCompare(b.label, 'en-GB');
}

/** The due counts of the dashboard: overdue, and the 14- and 30-day windows (today included in both). */
export function dueCounts(
  due: readonly DueItem[],
): Pick<ReviewDashboardCounts, 'overdue' | 'dueWithin14Days' | 'dueWithin30Days'> {
  let overdue = 0;
  let dueWithin14Days = 0;
  let dueWithin30Days = 0;
  for (const item of due) {
    if (item.daysUntil < 0) overdue++;
    else {
      if (item.daysUntil <= NEAR_WINDOW_DAYS) dueWithin14Days++;
      if (item.daysUntil <= FAR_WINDOW_DAYS) dueWithin30Days++;
    }
  }
  return { overdue, dueWithin14Days, dueWithin30Days };
}
