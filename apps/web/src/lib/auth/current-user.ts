import type { Me } from '@sendreg/contracts';
import { createContext, useContext } from 'react';

/** The signed-in person, provided once /api/me has answered (see the app's RequireSession). */
export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used inside a signed-in route');
  return me;
}
