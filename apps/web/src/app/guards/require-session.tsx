import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryError } from '../../components/ui/query-error';
import { CurrentUserContext } from '../../lib/auth/current-user';
import { useMe } from '../../lib/auth/get-me';
import { useSessionState } from '../../lib/auth/session-context';
import type { SignInState } from '../../lib/auth/sign-in-state';

/** Every page below needs someone signed in, and knows who they are (GET /api/me). */
export function RequireSession() {
  const { status, reason } = useSessionState();
  const location = useLocation();
  const me = useMe({ enabled: status === 'signed-in' });

  if (status === 'restoring') return <Loading label="Checking you are signed in" />;
  if (status === 'signed-out') {
    // Only a session that expired mid-task returns to its page after signing in again; anyone else
    // (a new visit, or the next person at a shared computer) starts from their own home.
    const state: SignInState =
      reason === 'expired' ? { reason, from: `${location.pathname}${location.search}` } : { reason };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  if (me.isPending) return <Loading label="Loading your account" />;
  if (me.isError) {
    return (
      <>
        <PageHeading title="Sorry, there is a problem with the service" />
        <QueryError error={me.error} what="your account" onRetry={() => void me.refetch()} />
      </>
    );
  }
  return (
    <CurrentUserContext.Provider value={me.data}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}
