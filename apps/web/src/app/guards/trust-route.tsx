import { Outlet, useParams } from 'react-router';
import { useCurrentUser } from '../../lib/auth/current-user';
import { TrustContext } from '../../lib/trust-context';
import { NotFoundPage } from '../routes/not-found';

/** /trusts/:trustId/... : the trust must be one of the person's trust memberships. */
export function TrustRoute() {
  const { trustId } = useParams();
  const me = useCurrentUser();
  const trust = me.trusts.find((membership) => membership.trustId === trustId);
  if (!trust) return <NotFoundPage />;
  return (
    <TrustContext.Provider value={trust}>
      <Outlet />
    </TrustContext.Provider>
  );
}
