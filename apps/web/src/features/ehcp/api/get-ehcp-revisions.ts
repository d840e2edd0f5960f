import type { EhcpRecordRevision } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { ehcpApiPath, ehcpKeys } from './ehcp-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/ehcp/revisions (ehcp.read): every save, newest first. */
export function getEhcpRevisions(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<EhcpRecordRevision[]> {
  return api.get<EhcpRecordRevision[]>(`${ehcpApiPath(schoolId, pupilId)}/revisions`, { signal });
}

export function ehcpRevisionsQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: ehcpKeys.revisions(schoolId, pupilId),
    queryFn: ({ signal }) => getEhcpRevisions(api, schoolId, pupilId, signal),
  });
}

export function useEhcpRevisions(schoolId: string, pupilId: string, enabled = true) {
  return useQuery({ ...ehcpRevisionsQueryOptions(useApiClient(), schoolId, pupilId), enabled });
}
