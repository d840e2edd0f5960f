import type { LogSessionRequest } from '@sendreg/contracts';
import type { FieldError } from '../platform/http/problem';

/**
 * What makes a session log acceptable, beyond the shape of each field: the day (within the group's
 * dates, not in the future), held or cancelled with what each needs, and attendance for exactly the
 * pupils in the group on that day. Pure, so every mistake is reported at once, in plain words.
 */

/** A pupil's place in the group: in it on a day when joinedOn <= day and (leftOn null or >= day). */
export interface GroupPlace {
  pupilId: string;
  name: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface GroupDates {
  startDate: string;
  endDate: string;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 2026-01-12 → "12 January 2026". */
export function longDate(date: string): string {
  return LONG_DATE.format(new Date(`${date}T00:00:00Z`));
}

export function inGroupOn(place: Pick<GroupPlace, 'joinedOn' | 'leftOn'>, day: string): boolean {
  return place.joinedOn <= day && (place.leftOn === null || place.leftOn >= day);
}

/** The day itself: not in the future, and within the group's dates. */
export function dayProblems(heldOn: string, group: GroupDates, today: string): FieldError[] {
  if (heldOn > today) {
    return [{ field: 'heldOn', message: 'The session date cannot be in the future' }];
  }
  if (heldOn < group.startDate || heldOn > group.endDate) {
    return [
      {
        field: 'heldOn',
        message: `This group runs from ${longDate(group.startDate)} to ${longDate(group.endDate)}: choose a date in that range`,
      },
    ];
  }
  return [];
}

/** Held with minutes and attendance, or cancelled with a reason; attendance exactly the group that day. */
export function contentProblems(dto: LogSessionRequest, places: readonly GroupPlace[]): FieldError[] {
  const errors: FieldError[] = [];
  const attendance = dto.attendance ?? [];
  if (dto.status === 'cancelled') {
    if (!dto.cancelReason)
      errors.push({ field: 'cancelReason', message: 'Choose why the session was cancelled' });
    if (dto.minutes !== undefined && dto.minutes !== null) {
      errors.push({ field: 'minutes', message: 'Leave the length empty: the session was cancelled' });
    }
    if (attendance.length > 0) {
      errors.push({ field: 'attendance', message: 'Leave attendance empty: the session was cancelled' });
    }
    return errors;
  }

  if (dto.minutes === undefined || dto.minutes === null) {
    errors.push({ field: 'minutes', message: 'Enter how long the session lasted, in minutes' });
  }
  if (dto.cancelReason) {
    errors.push({
      field: 'cancelReason',
      message: 'Leave the cancellation reason empty: the session was held',
    });
  }
  const day = dto.heldOn;
  const inGroup = places.filter((p) => inGroupOn(p, day));
  if (inGroup.length === 0) {
    errors.push({
      field: 'attendance',
      message: `No pupils were in this group on ${longDate(day)}, so no session can be logged as held that day`,
    });
    return errors;
  }
  const byId = new Map(places.map((p) => [p.pupilId, p]));
  const seen = new Set<string>();
  attendance.forEach((entry, index) => {
    const id = entry.pupilId.toLowerCase();
    const place = byId.get(id);
    const at = `attendance.${index}`;
    if (!place) {
      errors.push({ field: `${at}.pupilId`, message: 'This pupil is not in this group' });
      return;
    }
    if (!inGroupOn(place, day)) {
      const why =
        place.joinedOn > day
          ? `joined on ${longDate(place.joinedOn)}`
          : `left on ${longDate(place.leftOn as string)}`;
      errors.push({
        field: `${at}.pupilId`,
        message: `${place.name} was not in this group on ${longDate(day)} (${why}): take them off the list`,
      });
      return;
    }
    if (seen.has(id)) {
      errors.push({ field: `${at}.pupilId`, message: `${place.name} is listed more than once` });
      return;
    }
    seen.add(id);
    if (!entry.attended && !entry.absenceReason) {
      errors.push({ field: `${at}.absenceReason`, message: `Choose why ${place.name} did not come` });
    }
    if (entry.attended && entry.absenceReason) {
      errors.push({
        field: `${at}.absenceReason`,
        message: `${place.name} came to the session: leave the absence reason empty`,
      });
    }
  });
  for (const place of inGroup) {
    if (!seen.has(place.pupilId)) {
      errors.push({ field: 'attendance', message: `Say whether ${place.name} came to the session` });
    }
  }
  return errors;
}
