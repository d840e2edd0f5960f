import { safeReturnPath } from '../../lib/auth/sign-in-state';

/** A session's length as a TA says it: "30 min". */
export function minutesText(minutes: number): string {
  return `${String(minutes)} min`;
}

/** The base path of a school's pages. */
export function schoolPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}`;
}

export function mySessionsPath(schoolId: string): string {
  return `${schoolPath(schoolId)}/my-sessions`;
}

export function logSessionPath(schoolId: string, provisionId: string): string {
  return `${mySessionsPath(schoolId)}/${encodeURIComponent(provisionId)}`;
}

export function groupPath(schoolId: string, provisionId: string): string {
  return `${schoolPath(schoolId)}/provision/groups/${encodeURIComponent(provisionId)}`;
}

export function groupSessionsPath(schoolId: string, provisionId: string): string {
  return `${groupPath(schoolId, provisionId)}/sessions`;
}

export function sessionPath(schoolId: string, provisionId: string, sessionId: string): string {
  return `${groupSessionsPath(schoolId, provisionId)}/${encodeURIComponent(sessionId)}`;
}

/** Where a page was opened from (history state), when it is a page of this school; else the fallback. */
export function returnPath(state: unknown, schoolId: string, fallback: string): string {
  const from =
    typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string'
      ? safeReturnPath(state.from)
      : undefined;
  return from?.startsWith(`${schoolPath(schoolId)}/`) ? from : fallback;
}

const dayDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-10-08" as "Thursday 8 October 2026": a TA thinks of sessions by the day of the week. */
export function formatDayDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dayDate.format(date).replace(',', '');
}
