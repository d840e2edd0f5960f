/** Attempts to email a message before giving up (it stays readable in the app). */
export const MAX_EMAIL_ATTEMPTS = 8;

/** Messages older than this are never emailed: turning SMTP on later does not send a backlog. */
export const EMAIL_MAX_AGE_DAYS = 7;

const MINUTE = 60_000;
const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE];
const DAILY_MS = 24 * 60 * MINUTE;

/**
 * When to try again after the attempt numbered `attempts` (1 for the first) failed: 1 minute, 5, 30,
 * 2 hours, then daily; null once MAX_EMAIL_ATTEMPTS have failed.
 */
export function nextAttemptAt(attempts: number, failedAt: Date): Date | null {
  if (attempts >= MAX_EMAIL_ATTEMPTS) return null;
  const delay = RETRY_DELAYS_MS[attempts - 1] ?? DAILY_MS;
  return new Date(failedAt.getTime() + delay);
}

/**
 * What is kept of a failed send: the error's code, the SMTP command and the server's reply code. Never
 * its message, which can quote the server's reply and so the message or the address.
 */
export function sendErrorSummary(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    command?: unknown;
    responseCode?: unknown;
  };
  const part = (value: unknown, pattern: RegExp) =>
    typeof value === 'string' && pattern.test(value) ? value : null;
  const code = part(e.code, /^[A-Z_]{1,40}$/) ?? 'ERROR';
  const command = part(e.command, /^[A-Z ]{1,20}$/);
  const reply = typeof e.responseCode === 'number' ? String(e.responseCode) : null;
  return [code, command && `(${command})`, reply].filter(Boolean).join(' ');
}
