import { EmptyState } from '../../../components/ui/empty-state';

/** Today's intervention sessions. None can exist until intervention groups do (a later release). */
export function SessionsToday() {
  return (
    <section className="panel" aria-label="Sessions today">
      <EmptyState title="You have no sessions today">
        <p>
          Sessions appear here once the SENCO sets up intervention groups and adds you to them. You will then
          log attendance and notes for each session from this page.
        </p>
      </EmptyState>
    </section>
  );
}
