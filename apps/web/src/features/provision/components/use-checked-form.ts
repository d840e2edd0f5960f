import { useState } from 'react';
import type { FormProblem } from '../../../lib/form-problem';
import type { ConflictState } from '../../../lib/use-form-attempts';
import { dateInputError } from '../form-dates';
import type { DateErrorParts } from '../form-numbers';

/**
 * What a saving form keeps between attempts (as lib/use-form-attempts does), for forms with more than
 * one date: the problem, the parts of each date at fault, a count of refused attempts (so focus returns
 * to the error summary each time), and the answer to a 409 with its reload.
 */
export function useCheckedForm() {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [dateParts, setDateParts] = useState<DateErrorParts>({});
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<ConflictState>('none');

  const fail = (next: FormProblem, parts: DateErrorParts = {}) => {
    setProblem(next);
    setDateParts(parts);
    setAttempt((count) => count + 1);
  };

  const clear = () => {
    setProblem(null);
    setDateParts({});
    setConflict('none');
  };

  const stale = () => {
    setConflict('stale');
    setAttempt((count) => count + 1);
  };

  const reloadWith = (refetch: () => Promise<{ isSuccess: boolean }>) => {
    setConflict('reloading');
    void refetch().then((result) => {
      setConflict(result.isSuccess ? 'reloaded' : 'stale');
    });
  };

  return {
    problem,
    attempt,
    conflict,
    fail,
    clear,
    stale,
    reloadWith,
    /** The message against a field, by its id. */
    error: (fieldId: string) => problem?.fields[fieldId],
    /** What a date input shows: its message and the parts at fault. */
    dateError: (id: string) => dateInputError(problem, dateParts, id),
  };
}

export type CheckedForm = ReturnType<typeof useCheckedForm>;
