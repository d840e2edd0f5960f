import { HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PROBLEM_TYPES, ProblemException } from '../http/problem';

/** Failed sign-ins allowed in the window, per account (email as typed) and per network address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

/**
 * Throttling kept in PostgreSQL, so it holds across any number of API replicas. Attempts are counted
 * by the email typed, whether or not such an account exists, so the answer says nothing about it.
 */
export async function assertLoginAllowed(m: EntityManager, email: string, address: string): Promise<void> {
  const [row] = await m.query(
    `SELECT count(*) FILTER (WHERE email = $1)::int AS by_account,
            count(*) FILTER (WHERE address = $2)::int AS by_address
       FROM login_attempts
      WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3)
        AND (email = $1 OR address = $2)`,
    [email, address, LOGIN_LIMITS.windowMinutes],
  );
  if (row.by_account >= LOGIN_LIMITS.perAccount || row.by_address >= LOGIN_LIMITS.perAddress) {
    throw new ProblemException(
      {
        type: PROBLEM_TYPES.tooManyAttempts,
        title: 'Too many sign-in attempts',
        status: HttpStatus.TOO_MANY_REQUESTS,
        detail: `Too many failed sign-in attempts. Wait ${LOGIN_LIMITS.windowMinutes} minutes and try again, or ask your school administrator to reset your password.`,
      },
      { 'Retry-After': String(LOGIN_LIMITS.windowMinutes * 60) },
    );
  }
}

export async function recordLoginAttempt(
  m: EntityManager,
  email: string,
  address: string,
  succeeded: boolean,
): Promise<void> {
  await m.query(`INSERT INTO login_attempts (email, address, succeeded) VALUES ($1, $2, $3)`, [
    email,
    address,
    succeeded,
  ]);
  if (succeeded) {
    // A successful sign-in clears the account's failures (not the address's: one address may be
    // trying many accounts).
    await m.query(`DELETE FROM login_attempts WHERE email = $1 AND NOT succeeded`, [email]);
  }
}
