import type { ConflictState } from '../../lib/use-form-attempts';
import { Button } from './button';
import { ErrorSummary } from './error-summary';
import { NotificationBanner } from './notification-banner';

export interface StaleNoticeProps {
  state: ConflictState;
  /** Changes on each refused attempt, so focus returns to the message. */
  attempt: number;
  onReload: () => void;
  /** What was changed, as it reads after "a change to": "this pupil's SEND record", "this session". */
  what: string;
  /** What the person should check after reloading: "the current status and needs below". */
  check?: string;
}

/**
 * The answer to a 409: someone else saved a change after the page was opened. Nothing is overwritten;
 * the person reloads, checks, and saves again (see lib/use-form-attempts.ts for the states).
 */
export function StaleNotice({
  state,
  attempt,
  onReload,
  what,
  check = 'the answers below',
}: StaleNoticeProps) {
  if (state === 'reloaded') {
    return (
      <NotificationBanner title="Reloaded" role="status" focus>
        <p className="notification-banner__heading">This page now shows the latest version of {what}.</p>
        <p>Check {check}, then save your change again if it is still right.</p>
      </NotificationBanner>
    );
  }
  if (state === 'none') return null;
  return (
    <ErrorSummary errors={[]} attempt={attempt} title="Someone else changed this">
      <p>Someone saved a change to {what} after you opened this page, so your change has not been saved.</p>
      <Button variant="secondary" onClick={onReload} aria-disabled={state === 'reloading' || undefined}>
        {state === 'reloading' ? 'Reloading…' : 'Reload the latest version'}
      </Button>
    </ErrorSummary>
  );
}
