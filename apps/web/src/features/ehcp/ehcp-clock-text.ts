import {
  daysBetween,
  type ClockStep,
  type ClockStepKey,
  type ClockStepStatus,
  type EhcpClock,
} from '@sendreg/contracts';
import type { TagColour } from '../../components/ui/tag';

const days = (n: number) => `${String(n)} ${n === 1 ? 'day' : 'days'}`;

/** What a step waits for, in words: only the steps whose clock starts on an earlier step wait. */
const WAITING_FOR: Partial<Record<ClockStepKey, string>> = {
  advice: 'the decision to assess',
  'parent-comments': 'the draft plan',
};

/**
 * A step's status as words, which carry the meaning on their own (the tag's colour only helps
 * scanning): "Overdue by 12 days", "Due in 5 days", "Due today", "Done", "Done 3 days late",
 * "Waiting for the draft plan", "Does not apply".
 */
export function stepStatusText(
  step: Pick<ClockStep, 'key' | 'status' | 'daysLate' | 'dueOn'>,
  today: string,
): string {
  switch (step.status) {
    case 'overdue':
      return `Overdue by ${days(step.daysLate)}`;
    case 'done-late':
      return `Done ${days(step.daysLate)} late`;
    case 'done':
      return 'Done';
    case 'waiting':
      return `Waiting for ${WAITING_FOR[step.key] ?? 'an earlier step'}`;
    case 'not-applicable':
      return 'Does not apply';
    case 'due-soon':
    case 'upcoming': {
      const left = step.dueOn ? daysBetween(today, step.dueOn) : 0;
      return left <= 0 ? 'Due today' : `Due in ${days(left)}`;
    }
  }
}

export const STATUS_COLOURS: Record<ClockStepStatus, TagColour> = {
  overdue: 'red',
  'due-soon': 'yellow',
  upcoming: 'blue',
  done: 'green',
  'done-late': 'purple',
  waiting: 'grey',
  'not-applicable': 'grey',
};

export interface ClockStage {
  stage: ClockStep['stage'];
  title: string;
  steps: ClockStep[];
}

const STAGES: { stage: ClockStep['stage']; title: string }[] = [
  { stage: 'assessment', title: 'Needs assessment' },
  { stage: 'annual-review', title: 'Annual review' },
  { stage: 'phase-transfer', title: 'Phase transfer' },
];

/** The clock's steps grouped by stage, in the law's order; stages with no step are left out. */
export function clockStages(clock: EhcpClock): ClockStage[] {
  return STAGES.map(({ stage, title }) => ({
    stage,
    title,
    steps: clock.steps.filter((s) => s.stage === stage),
  })).filter((s) => s.steps.length > 0);
}

/** "1 statutory deadline has passed", "2 statutory deadlines have passed"; null when none has. */
export function overdueWarning(overdue: number): string | null {
  if (overdue <= 0) return null;
  return overdue === 1
    ? '1 statutory deadline has passed'
    : `${String(overdue)} statutory deadlines have passed`;
}

/**
 * The deadline to act on next: the earliest step not done that has a deadline (an overdue one comes
 * first, as it is the earliest). Null when nothing is pending.
 */
export function nextDeadline(clock: EhcpClock): ClockStep | null {
  const pending = clock.steps.filter(
    (s) => s.dueOn !== null && (s.status === 'overdue' || s.status === 'due-soon' || s.status === 'upcoming'),
  );
  return pending.sort((a, b) => a.dueOn!.localeCompare(b.dueOn!))[0] ?? null;
}
