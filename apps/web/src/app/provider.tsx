import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { API_BASE_URL } from '../config/service';
import { createApiClient } from '../lib/api-client';
import { ApiClientContext } from '../lib/api-client-context';
import { AuthSession } from '../lib/auth/auth-session';
import { SessionContext } from '../lib/auth/session-context';
import { createTokenApi } from '../lib/auth/token-api';
import { createQueryClient } from '../lib/query-client';

const browserFetch: typeof fetch = (input, init) => window.fetch(input, init);

/**
 * Creates the app's long-lived objects once and hands them down: the query cache, the session (which
 * holds the access token in memory) and the API client that reads the session.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [session] = useState(
    () =>
      new AuthSession({
        tokens: createTokenApi({ baseUrl: API_BASE_URL, fetch: browserFetch }),
        // Whoever signs in next must not see a single cached byte of the previous person's pupils.
        onEnd: () => {
          queryClient.clear();
        },
      }),
  );
  const [api] = useState(() => createApiClient({ baseUrl: API_BASE_URL, session, fetch: browserFetch }));

  useEffect(() => {
    void session.restore();
  }, [session]);

  return (
    <QueryClientProvider client={queryClient}>
      <SessionContext.Provider value={session}>
        <ApiClientContext.Provider value={api}>{children}</ApiClientContext.Provider>
      </SessionContext.Provider>
    </QueryClientProvider>
  );
}
