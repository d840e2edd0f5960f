import type { Page, ProvisionSession } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { sessionKeys, sessionsApiPath, type SessionListParams } from './session-keys';

/** GET /api/schools/{schoolId}/provisions/{provisionId}/sessions: the group's sessions, newest first. */
export function getGroupSessions(
  api: ApiClient,
  schoolId: string,
  provisionId: string,
  params: SessionListParams,
  signal?: AbortSignal,
) {
  return api.get<Page<ProvisionSession>>(sessionsApiPath(schoolId, provisionId), { params, signal });
}

export function groupSessionsQueryOptions(
  api: ApiClient,
  schoolId: string,
  provisionId: string,
  params: SessionListParams,
) {
  return queryOptions({
    queryKey: sessionKeys.list(schoolId, provisionId, params),
    queryFn: ({ signal }) => getGroupSessions(api, schoolId, provisionId, params, signal),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId && previousQuery.queryKey[4] === provisionId
        ? previous
        : undefined,
  });
}

export function useGroupSessions(schoolId: string, provisionId: string, params: SessionListParams) {
  return useQuery(groupSessionsQueryOptions(useApiClient(), schoolId, provisionId, params));
}
