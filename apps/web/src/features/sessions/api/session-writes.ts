import type { CorrectSessionRequest, LogSessionRequest, Page, ProvisionSession } from '@sendreg/contracts';
import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { isRetryable } from '../session-errors';
import { sessionKeys, sessionsApiPath } from './session-keys';

/** One attempt to log a session: every automatic retry of it sends the same key. */
export interface LogSessionAttempt {
  request: LogSessionRequest;
  idempotencyKey: string;
}

/** How often a dropped connection is retried by itself before the person is asked. */
const AUTOMATIC_RETRIES = 2;

/**
 * A logged or corrected session changes much of what the school's pages show: the TA's groups, the
 * group's sessions and counts, attendance, costs, the pupil's provision and the reports. All of the
 * school's queries are marked stale, and those on screen are fetched again; not awaited, so the
 * confirmation shows at once.
 */
function sessionSaved(queryClient: QueryClient, schoolId: string, session: ProvisionSession) {
  queryClient.setQueryData(sessionKeys.detail(schoolId, session.provisionId, session.id), session);
  // A corrected session shows corrected at once in the lists already loaded, while they are asked again.
  queryClient.setQueriesData<Page<ProvisionSession>>(
    { queryKey: [...sessionKeys.all(schoolId), 'list', session.provisionId] },
    (page) => page && { ...page, items: page.items.map((item) => (item.id === session.id ? session : item)) },
  );
  void queryClient.invalidateQueries({ queryKey: ['schools', schoolId] });
}

/**
 * POST /api/schools/{schoolId}/provisions/{provisionId}/sessions with an Idempotency-Key: 201 with the
 * session; 409 when the group already has a session that day; the same key and body answer the first
 * result again, so a retry never logs a session twice.
 */
export function logSession(
  api: ApiClient,
  schoolId: string,
  provisionId: string,
  attempt: LogSessionAttempt,
) {
  return api.post<ProvisionSession>(sessionsApiPath(schoolId, provisionId), attempt.request, {
    headers: { 'Idempotency-Key': attempt.idempotencyKey },
  });
}

export function logSessionMutationOptions(
  api: ApiClient,
  queryClient: QueryClient,
  schoolId: string,
  provisionId: string,
) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'sessions', provisionId, 'log'],
    mutationFn: (attempt: LogSessionAttempt) => logSession(api, schoolId, provisionId, attempt),
    // Safe because each retry sends the same Idempotency-Key: the server logs the session at most once.
    retry: (failures, error) => failures < AUTOMATIC_RETRIES && isRetryable(error),
    onSuccess: (session) => {
      sessionSaved(queryClient, schoolId, session);
    },
  });
}

export function useLogSession(schoolId: string, provisionId: string) {
  return useMutation(logSessionMutationOptions(useApiClient(), useQueryClient(), schoolId, provisionId));
}

/** PATCH /api/schools/{schoolId}/provisions/{provisionId}/sessions/{sessionId}: 409 when the version is stale. */
export function useCorrectSession(schoolId: string, provisionId: string, sessionId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['schools', schoolId, 'sessions', provisionId, sessionId, 'correct'],
    mutationFn: (body: CorrectSessionRequest) =>
      api.patch<ProvisionSession>(
        `${sessionsApiPath(schoolId, provisionId)}/${encodeURIComponent(sessionId)}`,
        body,
      ),
    onSuccess: (session) => {
      sessionSaved(queryClient, schoolId, session);
    },
  });
}
