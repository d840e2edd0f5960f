import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '@sendreg/contracts';

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "9 of 10": part of a whole (sessions held of planned, pupils present of listed). */
export function ofText(part: number, whole: number): string {
  return `${String(part)} of ${String(whole)}`;
}

/** The days a group meets, in week order: "Mondays and Thursdays", "Every weekday". */
export function weekdaysText(weekdays: readonly number[]): string {
  const days = WEEKDAYS.filter((day) => weekdays.includes(day));
  if (days.length === WEEKDAYS.length) return 'Every weekday';
  return joinWords(days.map((day: Weekday) => `${WEEKDAY_LABELS[day]}s`));
}
