import type { Intervention, InterventionInput, Page, UpdateInterventionRequest } from '@sendreg/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { interventionKeys, interventionsPath } from './provision-keys';

/** The catalogue, the groups (which show intervention names) and the reports all read interventions. */
function catalogueChanged(queryClient: QueryClient, schoolId: string, saved: Intervention) {
  queryClient.setQueryData(interventionKeys.detail(schoolId, saved.id), saved);
  // The catalogue page shows the change at once, rather than its old copy until it is fetched again.
  queryClient.setQueryData<Page<Intervention>>(interventionKeys.catalogue(schoolId), (page) => {
    if (!page) return page;
    const known = page.items.some((item) => item.id === saved.id);
    return known
      ? { ...page, items: page.items.map((item) => (item.id === saved.id ? saved : item)) }
      : { ...page, items: [...page.items, saved], total: page.total + 1 };
  });
  return queryClient.invalidateQueries({ queryKey: ['schools', schoolId] });
}

/** POST /api/schools/{schoolId}/interventions (intervention.write). */
export function useCreateIntervention(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...interventionKeys.all(schoolId), 'create'],
    mutationFn: (body: InterventionInput) => api.post<Intervention>(interventionsPath(schoolId), body),
    onSuccess: (saved) => catalogueChanged(queryClient, schoolId, saved),
  });
}

/** PATCH /api/schools/{schoolId}/interventions/{id} with its version (409 when stale); archives too. */
export function useUpdateIntervention(schoolId: string, interventionId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...interventionKeys.all(schoolId), interventionId, 'update'],
    mutationFn: (body: UpdateInterventionRequest) =>
      api.patch<Intervention>(`${interventionsPath(schoolId)}/${encodeURIComponent(interventionId)}`, body),
    onSuccess: (saved) => catalogueChanged(queryClient, schoolId, saved),
  });
}
