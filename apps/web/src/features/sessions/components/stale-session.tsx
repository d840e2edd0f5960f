import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import type { ConflictState } from '../../../lib/use-form-attempts';

/** The answer to a 409 on a correction: someone saved a change to the session after it was opened. */
export function StaleSession({
  state,
  attempt,
  onReload,
}: {
  state: ConflictState;
  attempt: number;
  onReload: () => void;
}) {
  if (state === 'reloaded') {
    return (
      <NotificationBanner title="Session reloaded" role="status" focus>
        <p className="notification-banner__heading">This page now shows the session as it is now.</p>
        <p>Check the answers below, then save your correction again if it is still needed.</p>
      </NotificationBanner>
    );
  }
  if (state === 'none') return null;
  return (
    <ErrorSummary errors={[]} attempt={attempt} title="Someone else changed this session">
      <p>
        Someone saved a change to this session after you opened this page, so your correction has not been
        saved.
      </p>
      <Button variant="secondary" onClick={onReload} aria-disabled={state === 'reloading' || undefined}>
        {state === 'reloading' ? 'Reloading the session…' : 'Reload the session'}
      </Button>
    </ErrorSummary>
  );
}
