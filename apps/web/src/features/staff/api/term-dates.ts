import type { AddSchoolClosureRequest, SchoolClosure } from '@sendreg/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';

const path = (schoolId: string) => `/schools/${encodeURIComponent(schoolId)}/term-dates`;
const key = (schoolId: string) => ['schools', schoolId, 'term-dates'] as const;

/** GET /api/schools/{schoolId}/term-dates (staff.read): the days the school is closed. */
export function useTermDates(schoolId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: key(schoolId),
    queryFn: ({ signal }) => api.get<SchoolClosure[]>(path(schoolId), { signal }),
  });
}

/**
 * POST and DELETE /api/schools/{schoolId}/term-dates (staff.write). Planned sessions and costs depend on
 * them, so the whole school's cached answers are refreshed afterwards.
 */
export function useTermDateWrites(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['schools', schoolId] });
  const add = useMutation({
    mutationFn: (request: AddSchoolClosureRequest) => api.post<SchoolClosure>(path(schoolId), request),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (closureId: string) => api.delete<void>(`${path(schoolId)}/${encodeURIComponent(closureId)}`),
    onSuccess: refresh,
  });
  return { add, remove };
}
