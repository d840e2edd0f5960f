import type { ProfessionalService } from '@sendreg/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { referralKeys, schoolApiPath } from './referral-keys';

/** GET /api/schools/{schoolId}/professional-services: the directory's services (not archived), for the pickers. */
export function useProfessionalServices(schoolId: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: referralKeys.services(schoolId),
    queryFn: ({ signal }) =>
      api.get<ProfessionalService[]>(`${schoolApiPath(schoolId)}/professional-services`, { signal }),
    enabled,
  });
}
