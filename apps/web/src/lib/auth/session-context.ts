import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AuthSession, SessionState } from './auth-session';

export const SessionContext = createContext<AuthSession | null>(null);

export function useAuthSession(): AuthSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useAuthSession must be used inside the app providers');
  return session;
}

/** The session's status, re-rendering when someone signs in, out, or their session expires. */
export function useSessionState(): SessionState {
  const session = useAuthSession();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
