import type { TrustMembership } from '@sendreg/contracts';
import { createContext, useContext } from 'react';

/** The trust a trust leader is looking at: the membership matching the :trustId of the URL. */
export const TrustContext = createContext<TrustMembership | null>(null);

export function useTrust(): TrustMembership {
  const trust = useContext(TrustContext);
  if (!trust) throw new Error('useTrust must be used inside a /trusts/:trustId route');
  return trust;
}
