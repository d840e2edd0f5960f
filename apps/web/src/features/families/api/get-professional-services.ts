import type { ProfessionalService } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { familyKeys, schoolApiPath } from './family-keys';

/** GET /api/schools/{schoolId}/professional-services: the directory, archived entries left out. */
export function getProfessionalServices(
  api: ApiClient,
  schoolId: string,
  signal?: AbortSignal,
): Promise<ProfessionalService[]> {
  return api.get<ProfessionalService[]>(`${schoolApiPath(schoolId)}/professional-services`, { signal });
}

export function professionalServicesQueryOptions(api: ApiClient, schoolId: string) {
  return queryOptions({
    queryKey: familyKeys.directory(schoolId),
    queryFn: ({ signal }) => getProfessionalServices(api, schoolId, signal),
  });
}

export function useProfessionalServices(schoolId: string) {
  return useQuery(professionalServicesQueryOptions(useApiClient(), schoolId));
}
