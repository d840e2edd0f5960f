import type { ImportSummary, Page } from '@sendreg/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { importsPath } from '../import-form';
import { importKeys, type ImportHistoryParams } from './import-keys';

/** GET /api/schools/{schoolId}/imports: the imports applied in the school, newest first (staff.read). */
export function getImportHistory(
  api: ApiClient,
  schoolId: string,
  params: ImportHistoryParams,
  signal?: AbortSignal,
): Promise<Page<ImportSummary>> {
  return api.get<Page<ImportSummary>>(importsPath(schoolId), { params, signal });
}

export function importHistoryQueryOptions(api: ApiClient, schoolId: string, params: ImportHistoryParams) {
  return queryOptions({
    queryKey: importKeys.history(schoolId, params),
    queryFn: ({ signal }) => getImportHistory(api, schoolId, params, signal),
    // Keep the current page on screen while the next one loads; never another school's imports.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === schoolId ? previous : undefined,
  });
}

export function useImportHistory(schoolId: string, params: ImportHistoryParams, { enabled = true } = {}) {
  return useQuery({ ...importHistoryQueryOptions(useApiClient(), schoolId, params), enabled });
}
