import type { Me } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../api-client';
import { useApiClient } from '../api-client-context';

export function getMe(api: ApiClient, signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/me', { signal });
}

export const meQueryKey = ['me'] as const;

export function meQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(api, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApiClient();
  return useQuery({ ...meQueryOptions(api), enabled });
}
