import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { useSessionState } from '../../../lib/auth/session-context';
import { readSignInState, safeReturnPath } from '../../../lib/auth/sign-in-state';
import { SignInForm } from '../components/sign-in-form';

export function SignInPage() {
  const { status } = useSessionState();
  const location = useLocation();
  const { reason, from } = readSignInState(location.state);

  if (status === 'restoring') return <Loading label="Checking you are signed in" />;
  // Signed in (just now, or already): go home, or back to the page the session expired on.
  if (status === 'signed-in') {
    const back = reason === 'expired' ? safeReturnPath(from) : undefined;
    return <Navigate to={back ?? '/'} replace />;
  }

  const notice =
    reason === 'expired' ? (
      <NotificationBanner title="Important">
        <p className="notification-banner__heading">Your session has expired. Please sign in again.</p>
      </NotificationBanner>
    ) : reason === 'signed-out' ? (
      <NotificationBanner tone="success" title="Success">
        <p className="notification-banner__heading">You have signed out.</p>
      </NotificationBanner>
    ) : null;

  return (
    <div className="grid-row">
      <div className="column-two-thirds">
        <SignInForm notice={notice} />
      </div>
    </div>
  );
}
