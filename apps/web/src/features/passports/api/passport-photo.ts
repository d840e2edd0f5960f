import type { PassportPhotoUploaded } from '@sendreg/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { passportApiPath, passportKeys } from './passport-keys';

/**
 * GET /api/schools/{schoolId}/pupils/{pupilId}/passport/photos/{photoId}: the image bytes, fetched with
 * the bearer token (a photo of a child is never at a public URL). A photo never changes, so it is kept.
 */
export function usePassportPhoto(schoolId: string, pupilId: string, photoId: string | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: passportKeys.photo(schoolId, pupilId, photoId ?? ''),
    queryFn: async ({ signal }) => {
      const path = `${passportApiPath(schoolId, pupilId)}/photos/${encodeURIComponent(photoId ?? '')}`;
      return (await api.download(path, { signal })).blob;
    },
    enabled: photoId !== null,
    staleTime: Infinity,
  });
}

/** POST /api/schools/{schoolId}/pupils/{pupilId}/passport/photo (multipart `photo`): its id for the draft. */
export function useUploadPassportPhoto(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return useMutation({
    mutationKey: [...passportKeys.pupil(schoolId, pupilId), 'photo'],
    mutationFn: (photo: File) => {
      const form = new FormData();
      form.append('photo', photo, photo.name);
      return api.postForm<PassportPhotoUploaded>(`${passportApiPath(schoolId, pupilId)}/photo`, form);
    },
  });
}
