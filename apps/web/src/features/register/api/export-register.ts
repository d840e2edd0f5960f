import { mutationOptions, useMutation } from '@tanstack/react-query';
import type { ApiClient, DownloadedFile } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import type { RegisterParams } from '../register-search-params';
import { schoolPath } from './register-keys';

/** The export takes the list's filters, not its paging: it is the whole current view. */
export type RegisterExportParams = Omit<RegisterParams, 'page' | 'pageSize'>;

/**
 * GET /api/schools/{schoolId}/register/export: the current view as CSV. It needs the bearer token, so it
 * is fetched here and handed to the browser as a file, rather than linked to.
 */
export function exportRegister(
  api: ApiClient,
  schoolId: string,
  params: RegisterExportParams,
): Promise<DownloadedFile> {
  return api.download(`${schoolPath(schoolId)}/register/export`, { params, headers: { Accept: 'text/csv' } });
}

export function exportRegisterMutationOptions(api: ApiClient, schoolId: string) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'register', 'export'],
    mutationFn: (params: RegisterExportParams) => exportRegister(api, schoolId, params),
  });
}

export function useExportRegister(schoolId: string) {
  return useMutation(exportRegisterMutationOptions(useApiClient(), schoolId));
}
