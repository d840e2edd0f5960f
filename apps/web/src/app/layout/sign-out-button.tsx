import { useNavigate } from 'react-router';
import { useAuthSession } from '../../lib/auth/session-context';
import type { SignInState } from '../../lib/auth/sign-in-state';

/**
 * Ends the session: the token is dropped from memory and the query cache cleared at once (the session's
 * onEnd), the server is asked to revoke the refresh cookie, and the person lands on the sign-in page.
 */
export function SignOutButton() {
  const session = useAuthSession();
  const navigate = useNavigate();

  const signOut = async () => {
    await session.signOut();
    const state: SignInState = { reason: 'signed-out' };
    await navigate('/sign-in', { replace: true, state });
  };

  return (
    <button type="button" className="header__sign-out" onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
