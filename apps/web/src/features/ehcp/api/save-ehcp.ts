import type { EhcpRecord, SaveEhcpRecordRequest } from '@sendreg/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { ehcpApiPath, ehcpKeys } from './ehcp-keys';

/** PUT /api/schools/{schoolId}/pupils/{pupilId}/ehcp (ehcp.write): 409 when the version is stale. */
export function useSaveEhcp(schoolId: string, pupilId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...ehcpKeys.pupil(schoolId, pupilId), 'save'],
    mutationFn: (body: SaveEhcpRecordRequest) => api.put<EhcpRecord>(ehcpApiPath(schoolId, pupilId), body),
    onSuccess: (record) => {
      queryClient.setQueryData(ehcpKeys.pupil(schoolId, pupilId), record);
      // The record's revisions, and any school-wide list of deadlines (the reviews dashboard).
      void queryClient.invalidateQueries({ queryKey: ehcpKeys.revisions(schoolId, pupilId) });
      void queryClient.invalidateQueries({ queryKey: ['schools', schoolId, 'reviews'] });
    },
  });
}
