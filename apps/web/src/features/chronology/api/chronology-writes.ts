import type { ChronologyCorrectionRequest, ChronologyEntry, NewChronologyEntry } from '@sendreg/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { chronologyApiPath, chronologyKeys } from './chronology-keys';

/** Every list of the pupil (each filter), and the dashboard that counts parent meetings. */
function refresh(queryClient: QueryClient, schoolId: string, pupilId: string) {
  void queryClient.invalidateQueries({ queryKey: chronologyKeys.reviewDashboard(schoolId) });
  return queryClient.invalidateQueries({ queryKey: chronologyKeys.pupil(schoolId, pupilId) });
}

/** POST /api/schools/{schoolId}/pupils/{pupilId}/chronology (chronology.write): a new entry. */
export function useAddChronologyEntry(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...chronologyKeys.pupil(schoolId, pupilId), 'add'],
    mutationFn: (body: NewChronologyEntry) =>
      api.post<ChronologyEntry>(chronologyApiPath(schoolId, pupilId), body),
    onSuccess: () => refresh(queryClient, schoolId, pupilId),
  });
}

/** POST .../chronology/{entryId}/corrections: a dated correction added beneath the entry. */
export function useCorrectChronologyEntry(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...chronologyKeys.pupil(schoolId, pupilId), 'correct'],
    mutationFn: ({ entryId, body }: { entryId: string; body: ChronologyCorrectionRequest }) =>
      api.post<ChronologyEntry>(
        `${chronologyApiPath(schoolId, pupilId)}/${encodeURIComponent(entryId)}/corrections`,
        body,
      ),
    onSuccess: () => refresh(queryClient, schoolId, pupilId),
  });
}
