import type { CalendarFeed } from '@sendreg/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { notificationKeys, schoolApiPath } from './notification-keys';

const feedPath = (schoolId: string) => `${schoolApiPath(schoolId)}/calendar-feed`;

/** GET /api/schools/{schoolId}/calendar-feed: whether I have a feed (never its address). */
export function getCalendarFeed(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<CalendarFeed> {
  return api.get<CalendarFeed>(feedPath(schoolId), { signal });
}

export function calendarFeedQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: notificationKeys.calendarFeed(schoolId),
    queryFn: ({ signal }) => getCalendarFeed(api, schoolId, signal),
  });
}

export function useCalendarFeed(schoolId: string) {
  return useQuery(calendarFeedQueryOptions(useApiClient(), schoolId));
}

/**
 * POST: a new feed address (the previous one stops working). The answer holds the address once: the
 * caller shows it from the mutation's answer, and the cache keeps only that a feed is on.
 */
export function useCreateCalendarFeed(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...notificationKeys.calendarFeed(schoolId), 'create'],
    mutationFn: () => api.post<CalendarFeed>(feedPath(schoolId)),
    onSuccess: (feed) => {
      queryClient.setQueryData<CalendarFeed>(notificationKeys.calendarFeed(schoolId), { ...feed, url: null });
    },
  });
}

/** DELETE: the feed address stops working. */
export function useTurnOffCalendarFeed(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...notificationKeys.calendarFeed(schoolId), 'turn-off'],
    mutationFn: () => api.delete<unknown>(feedPath(schoolId)),
    onSuccess: () => {
      queryClient.setQueryData<CalendarFeed>(notificationKeys.calendarFeed(schoolId), {
        active: false,
        createdAt: null,
        url: null,
      });
    },
  });
}
