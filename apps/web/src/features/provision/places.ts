import { yearGroupLabel, type ProvisionPlace, type PupilRef } from '@sendreg/contracts';

/** The pupils of a group as the page lists them. */

/** Pupils still in the group first, then those who left (latest first), each by name. */
export function orderPlaces(places: readonly ProvisionPlace[]): ProvisionPlace[] {
  return [...places].sort((a, b) => {
    if ((a.leftOn === null) !== (b.leftOn === null)) return a.leftOn === null ? -1 : 1;
    if (a.leftOn && b.leftOn && a.leftOn !== b.leftOn) return a.leftOn < b.leftOn ? 1 : -1;
    return a.pupil.name.localeCompare(b.pupil.name, 'en-GB');
  });
}

/** "Year 3, class 3B", or what is known of it. */
export function pupilLine(pupil: Pick<PupilRef, 'yearGroup' | 'className'>): string {
  const parts = [
    pupil.yearGroup ? yearGroupLabel(pupil.yearGroup) : null,
    pupil.className ? `class ${pupil.className}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

/** The day a pupil added now joins: today, or the group's first day if it has not started, or its last if it has ended. */
export function defaultJoinDate(today: string, startDate: string, endDate: string): string {
  if (today < startDate) return startDate;
  if (today > endDate) return endDate;
  return today;
}

/** Whether any place carries costs (only people who may see costs get them). */
export function showsCosts(places: readonly ProvisionPlace[]): boolean {
  return places.some((place) => place.plannedPence !== null || place.deliveredPence !== null);
}
