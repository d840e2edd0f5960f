import { StaleNotice } from '../../../components/ui/stale-notice';
import type { ConflictState } from '../../../lib/use-form-attempts';

/** The answer to a 409 on this passport: see StaleNotice. */
export function StaleDraft({
  state,
  attempt,
  onReload,
}: {
  state: ConflictState;
  attempt: number;
  onReload: () => void;
}) {
  return (
    <StaleNotice
      state={state}
      attempt={attempt}
      onReload={onReload}
      what="this passport"
      check="each section"
    />
  );
}
