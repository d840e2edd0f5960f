import type { ImportResult } from '@sendreg/contracts';
import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { importForm, importPath, type ImportRequest } from '../import-form';
import { isRetryable, type Uploader } from './upload-client';
import { useUploader } from './use-uploader';

/** One attempt to apply an import: the key stays the same for every retry of the attempt. */
export interface ApplyImport {
  request: ImportRequest;
  idempotencyKey: string;
}

/**
 * POST /api/schools/{schoolId}/imports/{csv|ctf}: applies the file, all or nothing (201). 422 with the
 * problems when the file has any; the same Idempotency-Key and file answer the first result again.
 */
export function applyImport(
  upload: Uploader,
  schoolId: string,
  { request, idempotencyKey }: ApplyImport,
  onProgress?: (fraction: number) => void,
): Promise<ImportResult> {
  return upload.post<ImportResult>(importPath(schoolId, request.kind), importForm(request, false), {
    headers: { 'Idempotency-Key': idempotencyKey },
    onProgress,
  });
}

/** How often a dropped connection is retried by itself before the person is asked. */
const AUTOMATIC_RETRIES = 2;

export function applyImportMutationOptions(
  upload: Uploader,
  queryClient: QueryClient,
  schoolId: string,
  onProgress?: (fraction: number) => void,
) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'imports', 'apply'],
    mutationFn: (attempt: ApplyImport) => applyImport(upload, schoolId, attempt, onProgress),
    // Safe because each retry sends the same Idempotency-Key: the server imports at most once.
    retry: (failures, error) => failures < AUTOMATIC_RETRIES && isRetryable(error),
    // An import can add and change pupils, classes' members, SEN statuses and needs: everything the
    // school's pages show may have changed (the register, pupils, counts, the census check, the
    // import history), so all of the school's queries are marked stale and refetched when shown.
    // Not awaited: the confirmation shows at once.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['schools', schoolId] });
    },
  });
}

export function useApplyImport(schoolId: string, onProgress?: (fraction: number) => void) {
  return useMutation(applyImportMutationOptions(useUploader(), useQueryClient(), schoolId, onProgress));
}
