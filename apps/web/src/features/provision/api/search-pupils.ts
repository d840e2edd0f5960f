import type { Page, PupilSummary } from '@sendreg/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { schoolPath } from './provision-keys';

export const PUPIL_SEARCH_SIZE = 20;

/**
 * GET /api/schools/{schoolId}/pupils?q=… to find a pupil to add to a group. The search goes to the
 * API as a query parameter (as the register's does) but never into the page's own address.
 */
export function usePupilSearch(schoolId: string, q: string) {
  const api = useApiClient();
  const params = { page: 1, pageSize: PUPIL_SEARCH_SIZE, q };
  return useQuery({
    queryKey: ['schools', schoolId, 'pupils', 'list', params] as const,
    queryFn: ({ signal }) =>
      api.get<Page<PupilSummary>>(`${schoolPath(schoolId)}/pupils`, { params, signal }),
    enabled: q !== '',
  });
}
