import { isApiError } from '../../../lib/api-error';
import { fromMyGroup, groupFromProvision, type GroupOnDate } from '../group-on-date';
import { useMyGroups } from './get-my-groups';
import { useProvision } from './get-provision';

export type GroupOnDateState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  /** Neither one of the person's groups nor a group they may read (or it does not exist). */
  | { status: 'not-theirs' }
  | {
      status: 'ready';
      /** The group on `group.date`, which is another date than the one asked while that one loads. */
      group: GroupOnDate;
      fetching: boolean;
      refetch: () => Promise<unknown>;
    };

/**
 * A group on a date, for the session form. The person's own groups running that day come from GET
 * /my-groups?date= (who is in the group that day, and whether its session is logged). Otherwise the
 * group's record (GET /provisions/:id) says who was in it that day: a group the SENCO does not deliver
 * herself, or a day outside the group's dates. The record is fetched from the start, so changing the
 * date never leaves the form without a group, and what was typed stays.
 */
export function useGroupOnDate(schoolId: string, provisionId: string, date: string): GroupOnDateState {
  const myGroups = useMyGroups(schoolId, date);
  const provision = useProvision(schoolId, provisionId);
  const mine = myGroups.data?.groups.find((group) => group.provision.id === provisionId);

  if (mine && myGroups.data) {
    return {
      status: 'ready',
      group: fromMyGroup(mine, myGroups.data.date),
      fetching: myGroups.isFetching,
      refetch: () => myGroups.refetch(),
    };
  }
  if (provision.data) {
    return {
      status: 'ready',
      group: groupFromProvision(provision.data, date),
      fetching: myGroups.isFetching || provision.isFetching,
      refetch: () => Promise.all([myGroups.refetch(), provision.refetch()]),
    };
  }
  if (myGroups.isPending || myGroups.isPlaceholderData || provision.isPending) return { status: 'pending' };
  return isApiError(provision.error, 404) || isApiError(provision.error, 403)
    ? { status: 'not-theirs' }
    : {
        status: 'error',
        error: myGroups.error ?? provision.error,
        retry: () => void Promise.all([myGroups.refetch(), provision.refetch()]),
      };
}
