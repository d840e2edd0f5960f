import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import type { ConflictState } from '../../../lib/use-form-attempts';

export interface StalePlanProps {
  state: ConflictState;
  attempt: number;
  onReload: () => void;
  /** What to check once the latest version is loaded. */
  afterReload?: ReactNode;
}

/**
 * The answer to a 409 on a plan: someone else saved it after this page was opened. Nothing is
 * overwritten and nothing typed is lost: reloading fetches the latest version, while the person's own
 * text stays in the form, ready to send again over the latest version.
 */
export function StalePlan({ state, attempt, onReload, afterReload }: StalePlanProps) {
  if (state === 'none') return null;
  if (state === 'reloaded') {
    return (
      <NotificationBanner title="Reloaded" role="status" focus>
        <p className="notification-banner__heading">The latest saved version of this plan is loaded.</p>
        {afterReload ?? <p>Your changes are still in the form. Check them, then save again.</p>}
      </NotificationBanner>
    );
  }
  return (
    <ErrorSummary errors={[]} attempt={attempt} title="Someone else saved this plan since you opened it">
      <p>Your changes have not been saved. They are still in the form below.</p>
      <Button variant="secondary" onClick={onReload} aria-disabled={state === 'reloading' || undefined}>
        {state === 'reloading' ? 'Reloading…' : 'Reload the latest version'}
      </Button>
    </ErrorSummary>
  );
}
