import type { NotificationList } from '@sendreg/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { passportKeys, schoolApiPath } from './passport-keys';

/**
 * GET /api/schools/{schoolId}/notifications: the caller's notifications, of which this feature shows
 * the SENCO's reminders to read passports (kind 'passport-nudge'). Same key and answer as the
 * notifications feature's list, so marking one read here updates the header's count.
 */
export function getMyNotifications(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<NotificationList> {
  return api.get<NotificationList>(`${schoolApiPath(schoolId)}/notifications`, { signal });
}

export function myNotificationsQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: passportKeys.notifications(schoolId),
    queryFn: ({ signal }) => getMyNotifications(api, schoolId, signal),
  });
}

export function useMyNotifications(schoolId: string) {
  return useQuery(myNotificationsQueryOptions(useApiClient(), schoolId));
}

/** POST /api/schools/{schoolId}/notifications/{id}/read. */
export function useMarkNoticeRead(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const key = passportKeys.notifications(schoolId);
  return useMutation({
    mutationKey: [...key, 'read'],
    mutationFn: (id: string) =>
      api.post<unknown>(`${schoolApiPath(schoolId)}/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: (_answer, id) => {
      queryClient.setQueryData<NotificationList>(key, (list) => {
        if (!list) return list;
        const wasUnread = list.items.some((n) => n.id === id && n.readAt === null);
        return {
          items: list.items.map((n) =>
            n.id === id && !n.readAt ? { ...n, readAt: new Date().toISOString() } : n,
          ),
          unread: wasUnread ? Math.max(0, list.unread - 1) : list.unread,
        };
      });
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
