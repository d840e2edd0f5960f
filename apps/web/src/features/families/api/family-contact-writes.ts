import type { FamilyContact, FamilyContactInput, UpdateFamilyContactRequest } from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { contactsApiPath, familyKeys } from './family-keys';

/** The writes to a pupil's contacts (family.write: the SENCO); each refreshes the list after. */
function useContactMutation<T, R>(
  schoolId: string,
  pupilId: string,
  name: string,
  send: (path: string, body: T) => Promise<R>,
) {
  const queryClient = useQueryClient();
  const key = familyKeys.contacts(schoolId, pupilId);
  return useMutation({
    mutationKey: [...key, name],
    mutationFn: (body: T) => send(contactsApiPath(schoolId, pupilId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** POST .../family-contacts. */
export function useAddFamilyContact(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return useContactMutation(schoolId, pupilId, 'add', (path, body: FamilyContactInput) =>
    api.post<FamilyContact>(path, body),
  );
}

/** PUT .../family-contacts/{contactId} with the version: 409 when someone changed it since. */
export function useUpdateFamilyContact(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return useContactMutation(
    schoolId,
    pupilId,
    'update',
    (path, { id, ...body }: UpdateFamilyContactRequest & { id: string }) =>
      api.put<FamilyContact>(`${path}/${encodeURIComponent(id)}`, body),
  );
}

/** POST .../family-contacts/{contactId}/remove with the version. */
export function useRemoveFamilyContact(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return useContactMutation(
    schoolId,
    pupilId,
    'remove',
    (path, { id, version }: { id: string; version: number }) =>
      api.post<undefined>(`${path}/${encodeURIComponent(id)}/remove`, { version }),
  );
}
