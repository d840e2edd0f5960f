import type { TrustSummary } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** Every query key starts with the trust, so one trust's answers never serve another's. */
export const trustKeys = {
  all: (trustId: string) => ['trusts', trustId] as const,
  summary: (trustId: string) => [...trustKeys.all(trustId), 'summary'] as const,
};

/** GET /api/trusts/{trustId}/summary: each school's figures, small counts suppressed (trust.summary). */
export function getTrustSummary(
  api: ApiClient,
  trustId: string,
  signal?: AbortSignal,
): Promise<TrustSummary> {
  return api.get<TrustSummary>(`/trusts/${encodeURIComponent(trustId)}/summary`, { signal });
}

export function trustSummaryQueryOptions(api: ApiClient, trustId: string) {
  return queryOptions({
    queryKey: trustKeys.summary(trustId),
    queryFn: ({ signal }) => getTrustSummary(api, trustId, signal),
  });
}

export function useTrustSummary(trustId: string) {
  return useQuery(trustSummaryQueryOptions(useApiClient(), trustId));
}
