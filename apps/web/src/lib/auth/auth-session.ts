import type { LoginRequest, TokenResponse } from '@sendreg/contracts';
import type { ApiSession } from '../api-client';
import type { TokenApi } from './token-api';

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';
/** Why the person is signed out, so the sign-in page can say so. */
export type SignedOutReason = 'none' | 'expired' | 'signed-out';

export interface SessionState {
  status: SessionStatus;
  reason: SignedOutReason;
}

export interface AuthSessionConfig {
  tokens: TokenApi;
  /** Called whenever a session ends (sign-out or expiry), to forget everything cached for the person. */
  onEnd?: () => void;
}

/**
 * The signed-in session. The access token is held in this object's memory only: never in
 * localStorage, sessionStorage or a readable cookie, so a script injected into the page cannot steal a
 * long-lived credential. A reload restores the session through the httpOnly refresh cookie.
 *
 * Framework-free: React reads it through subscribe/getSnapshot (useSyncExternalStore).
 */
export class AuthSession implements ApiSession {
  #tokens: TokenApi;
  #onEnd: () => void;
  #accessToken: string | null = null;
  #state: SessionState = { status: 'restoring', reason: 'none' };
  #listeners = new Set<() => void>();
  #refreshing: Promise<string | null> | null = null;
  // Bumped whenever the session starts or ends, so a late refresh answer cannot revive an ended session.
  #epoch = 0;

  constructor({ tokens, onEnd }: AuthSessionConfig) {
    this.#tokens = tokens;
    this.#onEnd = onEnd ?? (() => undefined);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.#state;

  accessToken(): string | null {
    return this.#accessToken;
  }

  /** On app load: try the refresh cookie once, silently. */
  async restore(): Promise<void> {
    if (this.#state.status !== 'restoring') return;
    let token: string | null = null;
    try {
      token = await this.refresh();
    } catch {
      token = null;
    }
    // Read the state afresh: a sign-in may have finished while the refresh was on its way.
    if (token === null && this.getSnapshot().status === 'restoring') this.#setState('signed-out', 'none');
  }

  async signIn(credentials: LoginRequest): Promise<void> {
    const epoch = ++this.#epoch;
    const response = await this.#tokens.login(credentials);
    if (epoch === this.#epoch) this.#accept(response);
  }

  /** One refresh at a time: concurrent callers share it, because the server rotates the refresh cookie. */
  refresh(): Promise<string | null> {
    if (this.#refreshing) return this.#refreshing;
    const epoch = this.#epoch;
    this.#refreshing = this.#tokens
      .refresh()
      .then((response) => {
        if (epoch !== this.#epoch) return null;
        if (response === null) return null;
        this.#accept(response);
        return response.accessToken;
      })
      .finally(() => {
        this.#refreshing = null;
      });
    return this.#refreshing;
  }

  expire(): void {
    if (this.#state.status === 'signed-out') return;
    this.#end('expired');
  }

  async signOut(): Promise<void> {
    if (this.#state.status === 'signed-out') return;
    const token = this.#accessToken;
    this.#end('signed-out');
    try {
      await this.#tokens.logout(token);
    } catch {
      // The person is signed out here whatever happens; the server forgets the cookie when it expires.
    }
  }

  #accept(response: TokenResponse): void {
    this.#accessToken = response.accessToken;
    if (this.#state.status !== 'signed-in') this.#setState('signed-in', 'none');
  }

  #end(reason: SignedOutReason): void {
    this.#epoch++;
    this.#accessToken = null;
    this.#setState('signed-out', reason);
    this.#onEnd();
  }

  #setState(status: SessionStatus, reason: SignedOutReason): void {
    this.#state = { status, reason };
    for (const listener of this.#listeners) listener();
  }
}
