import {
  AREA_LABELS,
  PROVISION_STATE_LABELS,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type PlanProvisionRef,
  type ProvisionSummary,
} from '@sendreg/contracts';
import { formatDate } from '../../utils/format-date';
import { joinWords } from '../../utils/words';

/**
 * The groups a plan can link to: the school's groups that are running or planned, those the pupil is
 * in first (they are what the plan most likely means), and any already linked even if they have ended.
 */

export interface ProvisionChoice {
  id: string;
  name: string;
  /** e.g. "Lexia, Cognition and learning. Mondays and Thursdays, 30 minutes. Running, 1 September 2026 to 18 December 2026." */
  hint: string;
  pupilIsIn: boolean;
}

/** "Mondays and Thursdays, 30 minutes". */
export function scheduleText(weekdays: readonly number[], minutes: number): string {
  const days = WEEKDAYS.filter((day) => weekdays.includes(day)).map((day) => `${WEEKDAY_LABELS[day]}s`);
  const length = `${String(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
  if (days.length === 0) return length;
  return `${days.length === WEEKDAYS.length ? 'Every weekday' : joinWords(days)}, ${length}`;
}

export function provisionHint(provision: ProvisionSummary, pupilIsIn: boolean): string {
  const parts = [
    `${provision.intervention.name}, ${AREA_LABELS[provision.intervention.area].toLowerCase()}.`,
    `${scheduleText(provision.weekdays, provision.minutes)}.`,
    `${PROVISION_STATE_LABELS[provision.state]}, ${formatDate(provision.startDate)} to ${formatDate(provision.endDate)}.`,
  ];
  return pupilIsIn ? `In this group. ${parts.join(' ')}` : parts.join(' ');
}

export function provisionChoices(
  groups: readonly ProvisionSummary[],
  pupilGroupIds: ReadonlySet<string>,
  linked: readonly string[],
): ProvisionChoice[] {
  const shown = groups.filter((group) => group.state !== 'ended' || linked.includes(group.id));
  const choice = (group: ProvisionSummary): ProvisionChoice => ({
    id: group.id,
    name: group.name,
    hint: provisionHint(group, pupilGroupIds.has(group.id)),
    pupilIsIn: pupilGroupIds.has(group.id),
  });
  // A stable sort keeps the server's order (running first, then by name) within each half.
  return [
    ...shown.filter((group) => pupilGroupIds.has(group.id)),
    ...shown.filter((group) => !pupilGroupIds.has(group.id)),
  ].map(choice);
}

/** Linked groups that are not among the choices (ended and gone from the list): kept, and said so. */
export function missingLinkedIds(choices: readonly ProvisionChoice[], linked: readonly string[]): string[] {
  return linked.filter((id) => !choices.some((choice) => choice.id === id));
}

/** "Mon, Wed 20 min, from 1 September 2026 to 18 December 2026". */
export function linkedProvisionText(ref: PlanProvisionRef): string {
  const dates = ref.endDate
    ? `${formatDate(ref.startDate)} to ${formatDate(ref.endDate)}`
    : `from ${formatDate(ref.startDate)}`;
  return ref.schedule ? `${ref.schedule}, ${dates}` : dates;
}
