import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import type { ConflictState } from '../../../lib/use-form-attempts';

/** The answer to a 409: someone saved or published the passport after this page was opened. */
export function StaleDraft({
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
      <NotificationBanner title="Draft reloaded" role="status" focus>
        <p className="notification-banner__heading">The form now shows the latest draft.</p>
        <p>Check each section, then make your change again if it is still needed.</p>
      </NotificationBanner>
    );
  }
  if (state === 'none') return null;
  return (
    <ErrorSummary errors={[]} attempt={attempt} title="Someone else changed this passport">
      <p>
        Someone saved or published this passport after you opened this page, so your change has not been
        saved.
      </p>
      <Button variant="secondary" onClick={onReload} aria-disabled={state === 'reloading' || undefined}>
        {state === 'reloading' ? 'Reloading the draft…' : 'Reload the latest draft'}
      </Button>
    </ErrorSummary>
  );
}
