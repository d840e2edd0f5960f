import { MAX_PAGE_SIZE, type Page } from '@sendreg/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import type { StaffPerson } from '../delivering-staff';
import { schoolPath } from './provision-keys';

/**
 * GET /api/schools/{schoolId}/staff (staff.read): the school's staff in one page, to choose who
 * delivers a group or carries a rate. Only the fields this feature reads are typed.
 */
export function useStaff(schoolId: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['schools', schoolId, 'staff', { pageSize: MAX_PAGE_SIZE }] as const,
    queryFn: ({ signal }) =>
      api.get<Page<StaffPerson>>(`${schoolPath(schoolId)}/staff`, {
        params: { pageSize: MAX_PAGE_SIZE },
        signal,
      }),
    enabled,
  });
}
