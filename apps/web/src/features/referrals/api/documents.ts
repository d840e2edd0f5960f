import type { PupilDocument, UploadDocumentFields } from '@sendreg/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { pupilApiPath, referralKeys } from './referral-keys';

const documentsPath = (schoolId: string, pupilId: string) => `${pupilApiPath(schoolId, pupilId)}/documents`;

/** GET /api/schools/{schoolId}/pupils/{pupilId}/documents: newest first, without their content. */
export function usePupilDocuments(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: referralKeys.documents(schoolId, pupilId),
    queryFn: ({ signal }) => api.get<PupilDocument[]>(documentsPath(schoolId, pupilId), { signal }),
  });
}

/** POST .../documents as a multipart form: the file, and the fields. */
export function useUploadDocument(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...referralKeys.documents(schoolId, pupilId), 'upload'],
    mutationFn: ({ file, fields }: { file: File; fields: UploadDocumentFields }) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) {
        if (typeof value === 'string') form.append(name, value);
      }
      form.append('file', file, file.name);
      return api.postForm<PupilDocument>(documentsPath(schoolId, pupilId), form);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.documents(schoolId, pupilId) }),
        queryClient.invalidateQueries({ queryKey: referralKeys.pupil(schoolId, pupilId) }),
      ]),
  });
}

/**
 * GET .../documents/{documentId}/file: fetched with the bearer token (a document about a child is
 * never at a public URL), then handed to the browser as a download.
 */
export function useDownloadDocument(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return useMutation({
    mutationKey: [...referralKeys.documents(schoolId, pupilId), 'download'],
    mutationFn: (document: PupilDocument) =>
      api.download(`${documentsPath(schoolId, pupilId)}/${encodeURIComponent(document.id)}/file`),
  });
}
