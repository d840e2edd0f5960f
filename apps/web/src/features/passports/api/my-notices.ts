import type { StaffNotice } from '@sendreg/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { passportKeys, schoolApiPath } from './passport-keys';

/** GET /api/schools/{schoolId}/my-notices: reminders the SENCO sent the caller. */
export function getMyNotices(api: ApiClient, schoolId: string, signal?: AbortSignal): Promise<StaffNotice[]> {
  return api.get<StaffNotice[]>(`${schoolApiPath(schoolId)}/my-notices`, { signal });
}

export function myNoticesQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: passportKeys.notices(schoolId),
    queryFn: ({ signal }) => getMyNotices(api, schoolId, signal),
  });
}

export function useMyNotices(schoolId: string) {
  return useQuery(myNoticesQueryOptions(useApiClient(), schoolId));
}

/** POST /api/schools/{schoolId}/my-notices/{noticeId}/read. */
export function useMarkNoticeRead(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...passportKeys.notices(schoolId), 'read'],
    mutationFn: (noticeId: string) =>
      api.post<unknown>(`${schoolApiPath(schoolId)}/my-notices/${encodeURIComponent(noticeId)}/read`),
    onSuccess: (_answer, noticeId) => {
      queryClient.setQueryData<StaffNotice[]>(passportKeys.notices(schoolId), (notices) =>
        notices?.map((notice) =>
          notice.id === noticeId ? { ...notice, readAt: notice.readAt ?? new Date().toISOString() } : notice,
        ),
      );
      void queryClient.invalidateQueries({ queryKey: passportKeys.notices(schoolId) });
    },
  });
}
