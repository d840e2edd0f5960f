import type {
  AddProvisionPupilRequest,
  Page,
  Provision,
  ProvisionSummary,
  ProvisionInput,
  UpdateProvisionPlaceRequest,
  UpdateProvisionRequest,
} from '@sendreg/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { provisionKeys, provisionsPath } from './provision-keys';

/**
 * A group changed, and the API answered with it as it now stands: that is its page's data. The lists,
 * sessions, reports and pupils' provision also read it, so the rest of the school is asked again.
 */
function groupChanged(queryClient: QueryClient, schoolId: string, group: Provision) {
  queryClient.setQueryData(provisionKeys.detail(schoolId, group.id), group);
  // Lists already holding the group show its new name, staff and dates while they are asked again.
  const { measure: _m, places: _p, sessions: _s, costs: _c, ...summary } = group;
  queryClient.setQueriesData<Page<ProvisionSummary>>(
    { queryKey: [...provisionKeys.all(schoolId), 'list'] },
    (page) => page && { ...page, items: page.items.map((item) => (item.id === group.id ? summary : item)) },
  );
  return queryClient.invalidateQueries({
    queryKey: ['schools', schoolId],
    // The group's own page already shows the answer; every other view of the school is asked again.
    predicate: (query) => {
      const [, , kind, view, id] = query.queryKey;
      return !(kind === 'provisions' && view === 'detail' && id === group.id);
    },
  });
}

function groupPath(schoolId: string, provisionId: string): string {
  return `${provisionsPath(schoolId)}/${encodeURIComponent(provisionId)}`;
}

/** POST /api/schools/{schoolId}/provisions (provision.write). */
export function useCreateProvision(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...provisionKeys.all(schoolId), 'create'],
    mutationFn: (body: ProvisionInput) => api.post<Provision>(provisionsPath(schoolId), body),
    onSuccess: (group) => groupChanged(queryClient, schoolId, group),
  });
}

/** PATCH /api/schools/{schoolId}/provisions/{id} with its version: 409 when stale. */
export function useUpdateProvision(schoolId: string, provisionId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...provisionKeys.detail(schoolId, provisionId), 'update'],
    mutationFn: (body: UpdateProvisionRequest) =>
      api.patch<Provision>(groupPath(schoolId, provisionId), body),
    onSuccess: (group) => groupChanged(queryClient, schoolId, group),
  });
}

/** POST /api/schools/{schoolId}/provisions/{id}/pupils (provision.write). */
export function useAddProvisionPupil(schoolId: string, provisionId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...provisionKeys.detail(schoolId, provisionId), 'add-pupil'],
    mutationFn: (body: AddProvisionPupilRequest) =>
      api.post<Provision>(`${groupPath(schoolId, provisionId)}/pupils`, body),
    onSuccess: (group) => groupChanged(queryClient, schoolId, group),
  });
}

/**
 * PATCH /api/schools/{schoolId}/provisions/{id}/pupils/{pupilId} with the place's version: measures
 * (session.write: the SENCO, and the staff who deliver the group) or leaving (provision.write).
 */
export function useUpdateProvisionPlace(schoolId: string, provisionId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...provisionKeys.detail(schoolId, provisionId), 'update-place'],
    mutationFn: ({ pupilId, ...body }: UpdateProvisionPlaceRequest & { pupilId: string }) =>
      api.patch<Provision>(`${groupPath(schoolId, provisionId)}/pupils/${encodeURIComponent(pupilId)}`, body),
    onSuccess: (group) => groupChanged(queryClient, schoolId, group),
  });
}
