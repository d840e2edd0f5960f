import type { CsvPreview } from '@sendreg/contracts';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { previewForm, previewPath } from '../import-form';
import type { Uploader } from './upload-client';
import { useUploader } from './use-uploader';

/**
 * POST /api/schools/{schoolId}/imports/csv/preview: the CSV's headers, first rows, row count and a
 * suggested mapping. Reads the upload only; 400 for a file that cannot be read, 413 over 20 MB.
 */
export function previewCsv(upload: Uploader, schoolId: string, file: File): Promise<CsvPreview> {
  return upload.post<CsvPreview>(previewPath(schoolId), previewForm(file));
}

export function previewCsvMutationOptions(upload: Uploader, schoolId: string) {
  return mutationOptions({
    mutationKey: ['schools', schoolId, 'imports', 'preview'],
    mutationFn: (file: File) => previewCsv(upload, schoolId, file),
  });
}

export function usePreviewCsv(schoolId: string) {
  return useMutation(previewCsvMutationOptions(useUploader(), schoolId));
}
