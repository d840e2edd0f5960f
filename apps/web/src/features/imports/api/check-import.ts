import type { ImportDryRun } from '@sendreg/contracts';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { importForm, importPath, type ImportRequest } from '../import-form';
import type { Uploader } from './upload-client';
import { useUploader } from './use-uploader';

/**
 * POST /api/schools/{schoolId}/imports/{csv|ctf} with dryRun=true: what the import would do and every
 * problem by line and column. Nothing is changed, so it needs no Idempotency-Key.
 */
export function checkImport(
  upload: Uploader,
  schoolId: string,
  request: ImportRequest,
  onProgress?: (fraction: number) => void,
): Promise<ImportDryRun> {
  return upload.post<ImportDryRun>(importPath(schoolId, request.kind), importForm(request, true), {
    onProgress,
  });
}

export function checkImportMutationOptions(
  upload: Uploader,
  schoolId: string,
  onProgress?: (fraction: number) => void,
) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'imports', 'check'],
    mutationFn: (request: ImportRequest) => checkImport(upload, schoolId, request, onProgress),
  });
}

/** onProgress hears how much of the file has been sent, for files large enough to take a while. */
export function useCheckImport(schoolId: string, onProgress?: (fraction: number) => void) {
  return useMutation(checkImportMutationOptions(useUploader(), schoolId, onProgress));
}
