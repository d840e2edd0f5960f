import type { NotificationList } from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { allMarkedRead, markedRead } from '../notification-list';
import { notificationKeys, schoolApiPath } from './notification-keys';

/** POST /api/schools/{schoolId}/notifications/{id}/read. */
export function useMarkNotificationRead(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const key = notificationKeys.list(schoolId);
  return useMutation({
    mutationKey: [...key, 'read'],
    mutationFn: (id: string) =>
      api.post<unknown>(`${schoolApiPath(schoolId)}/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: (_answer, id) => {
      queryClient.setQueryData<NotificationList>(
        key,
        (list) => list && markedRead(list, id, new Date().toISOString()),
      );
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** POST /api/schools/{schoolId}/notifications/read-all. */
export function useMarkAllNotificationsRead(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const key = notificationKeys.list(schoolId);
  return useMutation({
    mutationKey: [...key, 'read-all'],
    mutationFn: () => api.post<unknown>(`${schoolApiPath(schoolId)}/notifications/read-all`),
    onSuccess: () => {
      queryClient.setQueryData<NotificationList>(
        key,
        (list) => list && allMarkedRead(list, new Date().toISOString()),
      );
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
