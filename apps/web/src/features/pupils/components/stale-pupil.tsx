import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { NotificationBanner } from '../../../components/ui/notification-banner';

import type { ConflictState } from '../../../lib/use-form-attempts';

/** The answer to a 409: someone else saved a change to the pupil's record after the page was opened. */
export function StalePupil({
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
      <NotificationBanner title="Record reloaded" role="status" focus>
        <p className="notification-banner__heading">This page now shows the latest record.</p>
        <p>Check the answers below, then save your change again if it is still right.</p>
      </NotificationBanner>
    );
  }
  if (state === 'none') return null;
  return (
    <ErrorSummary errors={[]} attempt={attempt} title="Someone else changed this record">
      <p>
        Someone saved a change to this pupil&rsquo;s record after you opened this page, so your change has not
        been saved.
      </p>
      <Button variant="secondary" onClick={onReload} aria-disabled={state === 'reloading' || undefined}>
        {state === 'reloading' ? 'Reloading the record…' : 'Reload the record'}
      </Button>
    </ErrorSummary>
  );
}
