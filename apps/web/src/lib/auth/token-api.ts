import type { LoginRequest, TokenResponse } from '@sendreg/contracts';
import { toApiError } from '../api-error';

/**
 * The three token endpoints. The refresh token lives in an httpOnly cookie scoped to /api/auth, so the
 * browser sends it for us; JavaScript only ever sees the short-lived access token.
 */
export interface TokenApi {
  login(credentials: LoginRequest): Promise<TokenResponse>;
  /** A new access token, or null when there is no session to renew. */
  refresh(): Promise<TokenResponse | null>;
  logout(accessToken: string | null): Promise<void>;
}

export interface TokenApiConfig {
  baseUrl: string;
  fetch: typeof fetch;
}

export function createTokenApi({ baseUrl, fetch }: TokenApiConfig): TokenApi {
  const post = (path: string, init: { body?: unknown; accessToken?: string | null } = {}) => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.accessToken) headers.Authorization = `Bearer ${init.accessToken}`;
    return fetch(`${baseUrl}/auth/${path}`, {
      method: 'POST',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  };

  return {
    async login(credentials) {
      const response = await post('login', { body: credentials });
      if (!response.ok) throw await toApiError(response);
      return (await response.json()) as TokenResponse;
    },
    async refresh() {
      const response = await post('refresh');
      // 4xx: no cookie, or it expired or was revoked. 5xx: the server is unwell, which is not a sign-out.
      if (response.status >= 400 && response.status < 500) return null;
      if (!response.ok) throw await toApiError(response);
      return (await response.json()) as TokenResponse;
    },
    async logout(accessToken) {
      const response = await post('logout', { accessToken });
      if (!response.ok && response.status !== 401) throw await toApiError(response);
    },
  };
}
