import type {
  Passport,
  PassportDraft,
  PassportReceipt,
  PublishPassportRequest,
  SavePassportDraftRequest,
} from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { publishedNumber, savedDraft } from '../passport-answers';
import { passportApiPath, passportKeys } from './passport-keys';

/** PUT /api/schools/{schoolId}/pupils/{pupilId}/passport/draft (passport.write): 409 when the version is stale. */
export function useSavePassportDraft(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...passportKeys.pupil(schoolId, pupilId), 'draft'],
    mutationFn: async (body: SavePassportDraftRequest) =>
      savedDraft(
        await api.put<PassportDraft | Passport>(`${passportApiPath(schoolId, pupilId)}/draft`, body),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passportKeys.pupil(schoolId, pupilId) }),
  });
}

/** POST /api/schools/{schoolId}/pupils/{pupilId}/passport/publish: the draft becomes the next version. */
export function usePublishPassport(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...passportKeys.pupil(schoolId, pupilId), 'publish'],
    mutationFn: async (body: PublishPassportRequest) =>
      publishedNumber(await api.post<unknown>(`${passportApiPath(schoolId, pupilId)}/publish`, body)),
    // Every reader's list and the coverage change with a new version.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passportKeys.all(schoolId) }),
  });
}

/** POST /api/schools/{schoolId}/pupils/{pupilId}/passport/versions/{number}/receipt: "I have read this passport". */
export function useConfirmPassportRead(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const key = passportKeys.pupil(schoolId, pupilId);
  return useMutation({
    mutationKey: [...key, 'receipt'],
    mutationFn: (number: number) =>
      api.post<PassportReceipt>(`${passportApiPath(schoolId, pupilId)}/versions/${String(number)}/receipt`),
    onSuccess: (receipt) => {
      queryClient.setQueryData<Passport>(key, (passport) =>
        passport
          ? { ...passport, myLastRead: receipt, lastReadContent: null, changesSinceRead: [] }
          : passport,
      );
      void queryClient.invalidateQueries({
        queryKey: passportKeys.all(schoolId),
        predicate: (query) => query.queryKey[3] !== 'pupil' || query.queryKey[4] !== pupilId,
      });
    },
  });
}
