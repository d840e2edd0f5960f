import type {
  CreatePupilRequest,
  Page,
  Pupil,
  PupilLeavingRequest,
  SchoolClass,
  UpdatePupilRequest,
} from '@sendreg/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { pupilKeys } from './pupil-keys';

function pupilsPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/pupils`;
}

/** After any change to a pupil: the new record for their page, and every list asked again. */
function pupilSaved(queryClient: QueryClient, schoolId: string, pupil: Pupil) {
  queryClient.setQueryData(pupilKeys.detail(schoolId, pupil.id), pupil);
  void queryClient.invalidateQueries({ queryKey: ['schools', schoolId] });
}

/** POST /api/schools/{schoolId}/pupils (pupil.write). */
export function useCreatePupil(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['schools', schoolId, 'pupils', 'create'],
    mutationFn: (body: CreatePupilRequest) => api.post<Pupil>(pupilsPath(schoolId), body),
    onSuccess: (pupil) => pupilSaved(queryClient, schoolId, pupil),
  });
}

/** PATCH /api/schools/{schoolId}/pupils/{pupilId}: 409 when the version is stale. */
export function useUpdatePupil(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['schools', schoolId, 'pupils', pupilId, 'update'],
    mutationFn: (body: UpdatePupilRequest) =>
      api.patch<Pupil>(`${pupilsPath(schoolId)}/${encodeURIComponent(pupilId)}`, body),
    onSuccess: (pupil) => pupilSaved(queryClient, schoolId, pupil),
  });
}

/** POST /api/schools/{schoolId}/pupils/{pupilId}/leaving: 409 when the version is stale. */
export function useRecordLeaving(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['schools', schoolId, 'pupils', pupilId, 'leaving'],
    mutationFn: (body: PupilLeavingRequest) =>
      api.post<Pupil>(`${pupilsPath(schoolId)}/${encodeURIComponent(pupilId)}/leaving`, body),
    onSuccess: (pupil) => pupilSaved(queryClient, schoolId, pupil),
  });
}

/** The school's classes, for the class select (staff.read). */
export function useClassOptions(schoolId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['schools', schoolId, 'classes', { page: 1, pageSize: 200 }] as const,
    queryFn: ({ signal }) =>
      api.get<Page<SchoolClass>>(`/schools/${encodeURIComponent(schoolId)}/classes`, {
        params: { page: 1, pageSize: 200 },
        signal,
      }),
    enabled,
  });
}
