import type { SignedOutReason } from './auth-session';

/** What the router tells the sign-in page: why the person is there, and where to go back to. */
export interface SignInState {
  reason: SignedOutReason;
  /** The page the person was on, to return to after signing in again. */
  from?: string;
}

export function readSignInState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return { reason: 'none' };
  const { reason, from } = state as Partial<Record<keyof SignInState, unknown>>;
  return {
    reason: reason === 'expired' || reason === 'signed-out' ? reason : 'none',
    from: typeof from === 'string' ? from : undefined,
  };
}

/** Only a path inside this app: never another site ("//evil.example" or "https://..."). */
export function safeReturnPath(from: string | undefined): string | undefined {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return undefined;
  if (from.startsWith('/sign-in')) return undefined;
  return from;
}
