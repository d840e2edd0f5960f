import type { FamilyContact } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { contactsApiPath, familyKeys } from './family-keys';

/** GET /api/schools/{schoolId}/pupils/{pupilId}/family-contacts: in contact order (family.read). */
export function getFamilyContacts(
  api: ApiClient,
  schoolId: string,
  pupilId: string,
  signal?: AbortSignal,
): Promise<FamilyContact[]> {
  return api.get<FamilyContact[]>(contactsApiPath(schoolId, pupilId), { signal });
}

export function familyContactsQueryOptions(api: ApiClient, schoolId: string, pupilId: string) {
  return queryOptions({
    queryKey: familyKeys.contacts(schoolId, pupilId),
    queryFn: ({ signal }) => getFamilyContacts(api, schoolId, pupilId, signal),
  });
}

export function useFamilyContacts(schoolId: string, pupilId: string) {
  return useQuery(familyContactsQueryOptions(useApiClient(), schoolId, pupilId));
}
