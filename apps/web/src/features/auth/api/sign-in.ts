import type { LoginRequest } from '@sendreg/contracts';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import type { AuthSession } from '../../../lib/auth/auth-session';
import { useAuthSession } from '../../../lib/auth/session-context';

/** POST /api/auth/login, through the session so the access token lands in memory and nowhere else. */
export function signIn(session: AuthSession, credentials: LoginRequest): Promise<void> {
  return session.signIn(credentials);
}

export function signInMutationOptions(session: AuthSession) {
  return mutationOptions({
    mutationKey: ['sign-in'],
    mutationFn: (credentials: LoginRequest) => signIn(session, credentials),
  });
}

export function useSignIn() {
  return useMutation(signInMutationOptions(useAuthSession()));
}
