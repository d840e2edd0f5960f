import type { ProvisionSession } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { sessionKeys, sessionsApiPath } from './session-keys';

/** GET /api/schools/{schoolId}/provisions/{provisionId}/sessions/{sessionId}. */
export function getSession(
  api: ApiClient,
  schoolId: string,
  provisionId: string,
  sessionId: string,
  signal?: AbortSignal,
) {
  return api.get<ProvisionSession>(
    `${sessionsApiPath(schoolId, provisionId)}/${encodeURIComponent(sessionId)}`,
    { signal },
  );
}

export function sessionQueryOptions(
  api: ApiClient,
  schoolId: string,
  provisionId: string,
  sessionId: string,
) {
  return queryOptions({
    queryKey: sessionKeys.detail(schoolId, provisionId, sessionId),
    queryFn: ({ signal }) => getSession(api, schoolId, provisionId, sessionId, signal),
  });
}

export function useSession(schoolId: string, provisionId: string, sessionId: string) {
  return useQuery(sessionQueryOptions(useApiClient(), schoolId, provisionId, sessionId));
}
