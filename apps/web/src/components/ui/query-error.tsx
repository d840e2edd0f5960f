import { problemMessage } from '../../lib/problem-message';
import { Button } from './button';

export interface QueryErrorProps {
  error: unknown;
  /** What could not be loaded, for example "the pupils". */
  what: string;
  onRetry?: () => void;
}

/** Says in plain words that something could not be loaded, and offers to try again. */
export function QueryError({ error, what, onRetry }: QueryErrorProps) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">Sorry, we could not load {what}.</p>
      <p>{problemMessage(error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
