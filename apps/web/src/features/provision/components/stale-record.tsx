import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import type { ConflictState } from '../../../lib/use-form-attempts';

/** The answer to a 409: someone else saved a change after the form was opened. */
export function StaleRecord({
  state,
  attempt,
  onReload,
  what,
}: {
  state: ConflictState;
  attempt: number;
  onReload: () => void;
  /** What changed, for example "this group" or "Ava Smith’s place in the group". */
  what: string;
}) {
  if (state === 'reloaded') {
    return (
      <NotificationBanner title="Reloaded" role="status" focus>
        <p className="notification-banner__heading">The form now shows the latest version of {what}.</p>
        <p>Check the answers, then save your change again if it is still right.</p>
      </NotificationBanner>
    );
  }
  if (state === 'none') return null;
  return (
    <ErrorSummary errors={[]} attempt={attempt} title="Someone else changed this">
      <p>Someone saved a change to {what} after you opened this form, so your change has not been saved.</p>
      <Button variant="secondary" onClick={onReload} aria-disabled={state === 'reloading' || undefined}>
        {state === 'reloading' ? 'Reloading…' : 'Reload the latest version'}
      </Button>
    </ErrorSummary>
  );
}
