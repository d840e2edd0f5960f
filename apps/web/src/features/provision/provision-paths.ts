import { safeReturnPath } from '../../lib/auth/sign-in-state';

/** The provision pages' addresses, below /schools/:schoolId. */
export function provisionPaths(schoolId: string) {
  const root = `/schools/${encodeURIComponent(schoolId)}`;
  const group = (provisionId: string) => `${root}/provision/groups/${encodeURIComponent(provisionId)}`;
  return {
    root,
    groups: `${root}/provision`,
    newGroup: `${root}/provision/new`,
    group,
    editGroup: (provisionId: string) => `${group(provisionId)}/edit`,
    sessions: (provisionId: string) => `${group(provisionId)}/sessions`,
    logSession: (provisionId: string) => `${root}/my-sessions/${encodeURIComponent(provisionId)}`,
    staffTimetable: (userId: string) => `${root}/provision/staff/${encodeURIComponent(userId)}`,
    pupil: (pupilId: string) => `${root}/pupils/${encodeURIComponent(pupilId)}`,
    interventions: `${root}/interventions`,
    newIntervention: `${root}/interventions/new`,
    editIntervention: (interventionId: string) =>
      `${root}/interventions/${encodeURIComponent(interventionId)}/edit`,
    staffRates: `${root}/staff-rates`,
  };
}

/**
 * Where "Back" leads: the list the person came from (with its search, kept in history state), when it
 * is one of the pages allowed; otherwise the fallback.
 */
export interface ReturnTo {
  path: string;
  state: { q: string } | undefined;
}

export function readReturnTo(state: unknown, allowed: readonly string[], fallback: string): ReturnTo {
  const record = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  const from = safeReturnPath(typeof record.from === 'string' ? record.from : undefined);
  const ok = from !== undefined && allowed.some((path) => from === path || from.startsWith(`${path}?`));
  const q = typeof record.q === 'string' && record.q ? record.q : undefined;
  return ok ? { path: from, state: q ? { q } : undefined } : { path: fallback, state: undefined };
}
