import type { SendRecord } from '@sendreg/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { ehcpKeys } from './ehcp-keys';

/**
 * GET /api/schools/{schoolId}/pupils/{pupilId}/send (sen.read): the pupil's SEND record, read here
 * only for their SEN status (E: has an EHCP). The same key and answer as the register feature's, so
 * the pupil page fetches it once.
 */
export function useSendStatus(schoolId: string, pupilId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: ehcpKeys.sendRecord(schoolId, pupilId),
    queryFn: ({ signal }) =>
      api.get<SendRecord>(
        `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}/send`,
        { signal },
      ),
    enabled,
    select: (record) => record.status,
  });
}
