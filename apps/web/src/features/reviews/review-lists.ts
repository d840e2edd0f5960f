import {
  DUE_WINDOWS_DAYS,
  PARENT_MEETINGS_EXPECTED_PER_YEAR,
  yearGroupLabel,
  type DueItem,
  type PupilRef,
  type ReviewDashboardCounts,
} from '@sendreg/contracts';

/** The dashboard's two windows: the next 14 days, and 15 to 30 days ahead. */
export const [NEAR_DAYS, FAR_DAYS] = DUE_WINDOWS_DAYS;

export interface DueGroups {
  overdue: DueItem[];
  /** Today to 14 days ahead. */
  soon: DueItem[];
  /** 15 to 30 days ahead. */
  later: DueItem[];
}

/** The due list split as the summary cards count it, each part in the server's order. */
export function groupDue(due: readonly DueItem[]): DueGroups {
  const groups: DueGroups = { overdue: [], soon: [], later: [] };
  for (const item of due) {
    if (item.daysUntil < 0) groups.overdue.push(item);
    else if (item.daysUntil <= NEAR_DAYS) groups.soon.push(item);
    else groups.later.push(item);
  }
  return groups;
}

const days = (n: number) => (n === 1 ? '1 day' : `${String(n)} days`);

/** How far off a date is, in words (never colour alone): "Overdue by 3 days", "Today", "In 5 days". */
export function whenText(daysUntil: number): string {
  if (daysUntil < 0) return `Overdue by ${days(-daysUntil)}`;
  if (daysUntil === 0) return 'Today';
  if (daysUntil === 1) return 'Tomorrow';
  return `In ${days(daysUntil)}`;
}

export interface SummaryFigure {
  key: 'overdue' | 'soon' | 'later';
  label: string;
  figure: number;
}

/** The three cards at the top: overdue, due in the next 14 days, due in 15 to 30 days. */
export function summaryFigures(counts: ReviewDashboardCounts): SummaryFigure[] {
  return [
    { key: 'overdue', label: 'Overdue', figure: counts.overdue },
    { key: 'soon', label: `Due in the next ${String(NEAR_DAYS)} days`, figure: counts.dueWithin14Days },
    {
      key: 'later',
      label: `Due in ${String(NEAR_DAYS + 1)}–${String(FAR_DAYS)} days`,
      figure: counts.dueWithin30Days - counts.dueWithin14Days,
    },
  ];
}

/** The head's other figures, as a summary list: the gaps in planning, counted. */
export function coverageRows(counts: ReviewDashboardCounts): { key: string; value: string }[] {
  return [
    {
      key: 'Pupils on the register without an active plan',
      value: String(counts.withoutActivePlan),
    },
    {
      key: `Pupils on SEN support with fewer than ${meetingsWord()} meetings (reviews and parent meetings) in the last 12 months`,
      value: String(counts.belowMeetingExpectation),
    },
  ];
}

/** "three": the Code of Practice's expectation, in words where it fits a sentence. */
export function meetingsWord(expected = PARENT_MEETINGS_EXPECTED_PER_YEAR): string {
  const words = ['none', 'one', 'two', 'three', 'four', 'five', 'six'];
  return words[expected] ?? String(expected);
}

/** Where a due item is dealt with: the pupil's plan for a review, their EHCP record for a step. */
export function duePath(schoolId: string, item: Pick<DueItem, 'kind' | 'pupil'>): string {
  return item.kind === 'ehcp-step'
    ? pupilEhcpPath(schoolId, item.pupil.id)
    : pupilPlanPath(schoolId, item.pupil.id);
}

export function pupilPlanPath(schoolId: string, pupilId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}/plan`;
}

export function pupilEhcpPath(schoolId: string, pupilId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}/ehcp`;
}

/** "Year 4, class 4A": who the pupil is, beside their name. */
export function pupilAbout(pupil: PupilRef): string {
  return [
    pupil.yearGroup ? yearGroupLabel(pupil.yearGroup) : null,
    pupil.className ? `class ${pupil.className}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** "2 of 3": meetings held (reviews and parent meetings) of those expected. */
export function heldText(held: number, expected: number): string {
  return `${String(held)} of ${String(expected)}`;
}
