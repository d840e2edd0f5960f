import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

function noticeOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return undefined;
  return typeof state.notice === 'string' ? state.notice : undefined;
}

/**
 * A confirmation handed to this page in history state by the page that did something (for example
 * "SEN status changed to SEN support"). It is shown once: it is taken out of the history entry, so a
 * reload or a later "Back" does not announce it again. History state keeps it out of the URL.
 */
export function useArrivalNotice(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState(() => noticeOf(location.state));

  useEffect(() => {
    if (noticeOf(location.state) === undefined) return;
    const { notice: _shown, ...rest } = location.state as Record<string, unknown>;
    void navigate(`${location.pathname}${location.search}`, {
      replace: true,
      state: Object.keys(rest).length ? rest : undefined,
    });
  }, [location.pathname, location.search, location.state, navigate]);

  return notice;
}
