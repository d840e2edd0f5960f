import { MAX_PAGE_SIZE, type Page, type ProvisionSummary, type PupilProvision } from '@sendreg/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { planKeys, pupilApiPath, schoolApiPath } from './plan-keys';

/**
 * GET /api/schools/{schoolId}/provisions: the school's groups, to link in a plan (provision.read). One
 * page of the largest size: a school runs a few dozen groups at most.
 */
export function useSchoolGroups(schoolId: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.groups(schoolId),
    queryFn: ({ signal }) =>
      api.get<Page<ProvisionSummary>>(`${schoolApiPath(schoolId)}/provisions`, {
        params: { page: 1, pageSize: MAX_PAGE_SIZE },
        signal,
      }),
    enabled,
  });
}

/** GET .../pupils/{pupilId}/provision: the groups the pupil is in this year, offered first. */
export function usePupilGroupIds(schoolId: string, pupilId: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.pupilGroups(schoolId, pupilId),
    queryFn: ({ signal }) =>
      api.get<PupilProvision>(`${pupilApiPath(schoolId, pupilId)}/provision`, { signal }),
    select: (answer) =>
      new Set(
        answer.places.filter(({ place }) => place.leftOn === null).map(({ provision }) => provision.id),
      ),
    enabled,
  });
}
