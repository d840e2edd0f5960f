import type {
  Professional,
  ProfessionalInput,
  ProfessionalService,
  ServiceInput,
  UpdateProfessionalRequest,
  UpdateServiceRequest,
} from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { familyKeys, schoolApiPath } from './family-keys';

/** What the directory page can change (professional.write: the SENCO). */
export type DirectoryChange =
  | { kind: 'add-service'; body: ServiceInput }
  | { kind: 'update-service'; serviceId: string; body: UpdateServiceRequest }
  | { kind: 'archive-service'; serviceId: string; version: number }
  | { kind: 'add-professional'; serviceId: string; body: ProfessionalInput }
  | { kind: 'update-professional'; professionalId: string; body: UpdateProfessionalRequest }
  | { kind: 'archive-professional'; professionalId: string; version: number };

function send(
  api: ApiClient,
  schoolId: string,
  change: DirectoryChange,
): Promise<ProfessionalService | Professional> {
  const services = `${schoolApiPath(schoolId)}/professional-services`;
  const professionals = `${schoolApiPath(schoolId)}/professionals`;
  switch (change.kind) {
    case 'add-service':
      return api.post<ProfessionalService>(services, change.body);
    case 'update-service':
      return api.put<ProfessionalService>(`${services}/${encodeURIComponent(change.serviceId)}`, change.body);
    case 'archive-service':
      return api.post<ProfessionalService>(`${services}/${encodeURIComponent(change.serviceId)}/archive`, {
        version: change.version,
      });
    case 'add-professional':
      return api.post<Professional>(
        `${services}/${encodeURIComponent(change.serviceId)}/professionals`,
        change.body,
      );
    case 'update-professional':
      return api.put<Professional>(
        `${professionals}/${encodeURIComponent(change.professionalId)}`,
        change.body,
      );
    case 'archive-professional':
      return api.post<Professional>(`${professionals}/${encodeURIComponent(change.professionalId)}/archive`, {
        version: change.version,
      });
  }
}

/** Any change to the directory; the directory is read again after each. */
export function useChangeDirectory(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const key = familyKeys.directory(schoolId);
  return useMutation({
    mutationKey: [...key, 'change'],
    mutationFn: (change: DirectoryChange) => send(api, schoolId, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
