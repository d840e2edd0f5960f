import type { SendRecord } from '@sendreg/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { registerKeys } from './register-keys';

/**
 * After a change to a pupil's SEND record: the answer is the new record, so it goes straight into the
 * cache; everything else of the school that shows statuses or needs (register, counts, census check,
 * concerns) is marked stale and refetched when next shown. Not awaited: the person moves on at once.
 */
export function recordUpdated(queryClient: QueryClient, schoolId: string, record: SendRecord): void {
  const key = registerKeys.record(schoolId, record.pupilId);
  queryClient.setQueryData(key, record);
  const unchanged = (queryKey: readonly unknown[]) =>
    (queryKey[2] === key[2] && queryKey[3] === key[3]) || queryKey[2] === registerKeys.needTypes(schoolId)[2];
  void queryClient.invalidateQueries({
    queryKey: ['schools', schoolId],
    predicate: (query) => !unchanged(query.queryKey),
  });
}
