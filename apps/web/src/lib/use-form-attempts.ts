import { useState } from 'react';
import type { DatePart } from '../utils/dates';
import type { FormProblem } from './form-problem';

/** Where a form stands after a 409: not refused, refused as stale, reloading, or reloaded. */
export type ConflictState = 'none' | 'stale' | 'reloading' | 'reloaded';

/**
 * The state every saving form keeps between attempts: the problem to show (and which parts of a date
 * input are wrong), a count of refused attempts (so focus returns to the error summary each time),
 * and the answer to a 409 with its reload.
 */
export function useFormAttempts() {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<ConflictState>('none');

  const fail = (next: FormProblem, parts: DatePart[]) => {
    setProblem(next);
    setDateErrorParts(parts);
    setAttempt((count) => count + 1);
  };

  /** Reloads the record after a 409; the form then says whether that worked. */
  const reloadWith = (refetch: () => Promise<{ isSuccess: boolean }>) => {
    setConflict('reloading');
    void refetch().then((result) => {
      setConflict(result.isSuccess ? 'reloaded' : 'stale');
    });
  };

  return {
    problem,
    setProblem,
    dateErrorParts,
    attempt,
    setAttempt,
    conflict,
    setConflict,
    fail,
    reloadWith,
  };
}
