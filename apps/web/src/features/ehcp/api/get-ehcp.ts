import type { EhcpRecord } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { ehcpApiPath, ehcpKeys } from './ehcp-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/ehcp (ehcp.read): the record and its clock; version 0 before the first save. */
export function getEhcp(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<EhcpRecord> {
  return api.get<EhcpRecord>(ehcpApiPath(schoolId, pupilId), { signal });
}

export function ehcpQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: ehcpKeys.pupil(schoolId, pupilId),
    queryFn: ({ signal }) => getEhcp(api, schoolId, pupilId, signal),
  });
}

export function useEhcp(schoolId: string, pupilId: string) {
  return useQuery(ehcpQueryOptions(useApiClient(), schoolId, pupilId));
}
