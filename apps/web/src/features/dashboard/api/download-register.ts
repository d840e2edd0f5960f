import { mutationOptions, useMutation } from '@tanstack/react-query';
import type { ApiClient, DownloadedFile } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { schoolApiPath } from './dashboard-keys';

/**
 * GET /api/schools/{schoolId}/register/export?status=K,E (report.read): the pupils on the register
 * today (SEN support and EHCP) as CSV, as the register page exports them. It needs the bearer token,
 * so it is fetched and handed to the browser as a file rather than linked to.
 */
export function downloadRegister(api: ApiClient, schoolId: string): Promise<DownloadedFile> {
  return api.download(`${schoolApiPath(schoolId)}/register/export`, {
    params: { status: 'K,E' },
    headers: { Accept: 'text/csv' },
  });
}

export function downloadRegisterMutationOptions(api: ApiClient, schoolId: string) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'register', 'export'],
    mutationFn: () => downloadRegister(api, schoolId),
  });
}

export function useDownloadRegister(schoolId: string) {
  return useMutation(downloadRegisterMutationOptions(useApiClient(), schoolId));
}
