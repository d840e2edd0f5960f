import type { NotificationList } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { notificationKeys, schoolApiPath } from './notification-keys';

/** How often the header asks again while the page is open: gently, as nothing here is urgent. */
export const NOTIFICATIONS_POLL_MS = 5 * 60_000;

/** GET /api/schools/{schoolId}/notifications: my messages, unread and recent, newest first. */
export function getNotifications(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<NotificationList> {
  return api.get<NotificationList>(`${schoolApiPath(schoolId)}/notifications`, { signal });
}

export function notificationsQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: notificationKeys.list(schoolId),
    queryFn: ({ signal }) => getNotifications(api, schoolId, signal),
  });
}

/** The list; `poll` asks again every few minutes and when the window regains focus (the header). */
export function useNotifications(schoolId: string, { poll = false } = {}) {
  return useQuery({
    ...notificationsQueryOptions(useApiClient(), schoolId),
    refetchOnWindowFocus: true,
    ...(poll && { refetchInterval: NOTIFICATIONS_POLL_MS }),
  });
}
