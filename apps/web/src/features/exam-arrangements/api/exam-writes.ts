import type {
  ExamArrangement,
  ExamSettings,
  RecordExamArrangementRequest,
  SaveExamArrangementRequest,
  SaveExamSettingsRequest,
  WithdrawExamArrangementRequest,
} from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { examKeys, pupilExamApiPath, schoolApiPath } from './exam-keys';

/** After any write the school's arrangements are fetched again: the pupil's page and every list. */
function useExamWrite<TBody, TAnswer>(
  schoolId: string,
  name: string,
  send: (body: TBody) => Promise<TAnswer>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...examKeys.all(schoolId), name],
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: examKeys.all(schoolId) }),
  });
}

/** POST .../exam-arrangements (exam.write). */
export function useRecordExamArrangement(schoolId: string, pupilId: string) {
  const api = useApiClient();
  return useExamWrite(schoolId, 'record', (body: RecordExamArrangementRequest) =>
    api.post<ExamArrangement>(pupilExamApiPath(schoolId, pupilId), body),
  );
}

/** PUT .../exam-arrangements/{id}: 409 when the version is stale or it was withdrawn. */
export function useSaveExamArrangement(schoolId: string, pupilId: string, arrangementId: string) {
  const api = useApiClient();
  return useExamWrite(schoolId, 'save', (body: SaveExamArrangementRequest) =>
    api.put<ExamArrangement>(
      `${pupilExamApiPath(schoolId, pupilId)}/${encodeURIComponent(arrangementId)}`,
      body,
    ),
  );
}

/** POST .../exam-arrangements/{id}/withdraw: kept as a past arrangement. */
export function useWithdrawExamArrangement(schoolId: string, pupilId: string, arrangementId: string) {
  const api = useApiClient();
  return useExamWrite(schoolId, 'withdraw', (body: WithdrawExamArrangementRequest) =>
    api.post<ExamArrangement>(
      `${pupilExamApiPath(schoolId, pupilId)}/${encodeURIComponent(arrangementId)}/withdraw`,
      body,
    ),
  );
}

/** PUT /api/schools/{schoolId}/exam-settings (exam.write). */
export function useSaveExamSettings(schoolId: string) {
  const api = useApiClient();
  return useExamWrite(schoolId, 'settings', (body: SaveExamSettingsRequest) =>
    api.put<ExamSettings>(`${schoolApiPath(schoolId)}/exam-settings`, body),
  );
}
