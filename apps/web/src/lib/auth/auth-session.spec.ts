import type { TokenResponse } from '@sendreg/contracts';
import { ApiError } from '../api-error';
import { AuthSession } from './auth-session';
import type { TokenApi } from './token-api';

const token = (accessToken: string): TokenResponse => ({ accessToken, tokenType: 'Bearer', expiresIn: 900 });

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function fakeTokens(overrides: Partial<TokenApi> = {}): TokenApi & { logouts: number } {
  const api = {
    logouts: 0,
    login: () => Promise.resolve(token('from-login')),
    refresh: () => Promise.resolve(null),
    logout: () => {
      api.logouts++;
      return Promise.resolve();
    },
    ...overrides,
  };
  return api;
}

describe('AuthSession', () => {
  it('restores a session from the refresh cookie on load', async () => {
    const session = new AuthSession({
      tokens: fakeTokens({ refresh: () => Promise.resolve(token('restored')) }),
    });
    expect(session.getSnapshot().status).toBe('restoring');
    await session.restore();
    expect(session.getSnapshot()).toEqual({ status: 'signed-in', reason: 'none' });
    expect(session.accessToken()).toBe('restored');
  });

  it('is signed out, without an "expired" message, when there is nothing to restore', async () => {
    const session = new AuthSession({ tokens: fakeTokens() });
    await session.restore();
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'none' });
  });

  it('shares one refresh between concurrent callers (the server rotates the cookie)', async () => {
    const answer = deferred<TokenResponse | null>();
    let calls = 0;
    const session = new AuthSession({
      tokens: fakeTokens({
        refresh: () => {
          calls++;
          return answer.promise;
        },
      }),
    });
    const first = session.refresh();
    const second = session.refresh();
    answer.resolve(token('t2'));
    await expect(Promise.all([first, second])).resolves.toEqual(['t2', 't2']);
    expect(calls).toBe(1);
  });

  it('signs in, keeping the token in memory only', async () => {
    const session = new AuthSession({ tokens: fakeTokens() });
    await session.restore();
    await session.signIn({ email: 'a@b.sch.uk', password: 'x' });
    expect(session.getSnapshot().status).toBe('signed-in');
    expect(session.accessToken()).toBe('from-login');
  });

  it('stays signed out when sign-in fails', async () => {
    const failure = new ApiError({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    const session = new AuthSession({ tokens: fakeTokens({ login: () => Promise.reject(failure) }) });
    await session.restore();
    await expect(session.signIn({ email: 'a@b.sch.uk', password: 'x' })).rejects.toBe(failure);
    expect(session.getSnapshot().status).toBe('signed-out');
  });

  it('expiry forgets the token, says why, and clears the cache', async () => {
    const onEnd = jest.fn();
    const session = new AuthSession({
      tokens: fakeTokens({ refresh: () => Promise.resolve(token('t')) }),
      onEnd,
    });
    await session.restore();
    session.expire();
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(session.accessToken()).toBeNull();
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('sign-out calls logout once, clears the cache and ignores a failing server', async () => {
    const onEnd = jest.fn();
    const tokens = fakeTokens({ refresh: () => Promise.resolve(token('t')) });
    tokens.logout = () => {
      tokens.logouts++;
      return Promise.reject(new Error('offline'));
    };
    const session = new AuthSession({ tokens, onEnd });
    await session.restore();
    await session.signOut();
    await session.signOut();
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'signed-out' });
    expect(tokens.logouts).toBe(1);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('a refresh that answers after sign-out does not sign the person back in', async () => {
    const answer = deferred<TokenResponse | null>();
    const session = new AuthSession({ tokens: fakeTokens({ refresh: () => answer.promise }) });
    await session.signIn({ email: 'a@b.sch.uk', password: 'x' });
    const late = session.refresh();
    await session.signOut();
    answer.resolve(token('late'));
    await expect(late).resolves.toBeNull();
    expect(session.getSnapshot().status).toBe('signed-out');
    expect(session.accessToken()).toBeNull();
  });

  it('notifies subscribers on every change', async () => {
    const session = new AuthSession({ tokens: fakeTokens() });
    const listener = jest.fn();
    const unsubscribe = session.subscribe(listener);
    await session.restore();
    await session.signIn({ email: 'a@b.sch.uk', password: 'x' });
    unsubscribe();
    session.expire();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
