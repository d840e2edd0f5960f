import type { Pupil } from '@sendreg/contracts';
import { createContext, useContext } from 'react';

/**
 * The pupil whose pages the person is on (/schools/:schoolId/pupils/:pupilId/...), loaded once by the
 * app's pupil route, so the pupil page and the pages below it (change status, set needs, raise a
 * concern) share one record without one feature importing another.
 */
export interface CurrentPupil {
  pupil: Pupil;
  /** The pupil page itself. */
  path: string;
  /** History state to carry between the pupil's pages: where "Back" on the pupil page leads. */
  state: PupilPageState;
}

/** What the pupil pages carry in history state: never in the URL. */
export interface PupilPageState {
  /** The list the person came from (register, my pupils, census check), for the back link. */
  from?: string;
  /** A confirmation to show once on arrival, for example "SEN status changed to SEN support". */
  notice?: string;
}

export function readPupilPageState(state: unknown): PupilPageState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, notice } = state as Partial<Record<keyof PupilPageState, unknown>>;
  return {
    from: typeof from === 'string' ? from : undefined,
    notice: typeof notice === 'string' ? notice : undefined,
  };
}

export const PupilContext = createContext<CurrentPupil | null>(null);

export function useCurrentPupil(): CurrentPupil {
  const pupil = useContext(PupilContext);
  if (!pupil) throw new Error('useCurrentPupil must be used inside a /pupils/:pupilId route');
  return pupil;
}
