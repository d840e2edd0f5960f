import { yearGroupLabel, type PupilSummary } from '@sendreg/contracts';
import type { ReactNode } from 'react';
import { PupilLink } from './pupil-link';

export interface PupilCardsProps<T extends PupilSummary> {
  schoolId: string;
  pupils: T[];
  /** Names the list for screen readers, for example "Your pupils". */
  label: string;
  busy?: boolean;
  /** More about each pupil below the year and class, for example SEN markers. */
  details?: (pupil: T) => ReactNode;
}

/** Pupils as cards: easier than a table on a phone, which is where TAs look between lessons. */
export function PupilCards<T extends PupilSummary>({
  schoolId,
  pupils,
  label,
  busy,
  details,
}: PupilCardsProps<T>) {
  return (
    <ul className="card-list" aria-label={label} aria-busy={busy || undefined}>
      {pupils.map((pupil) => (
        <li className="card" key={pupil.id}>
          <p className="card__title">
            <PupilLink schoolId={schoolId} pupil={pupil} />
          </p>
          <p className="card__meta">
            {yearGroupLabel(pupil.yearGroup)}
            {pupil.className ? `, class ${pupil.className}` : ''}
          </p>
          {details ? details(pupil) : null}
        </li>
      ))}
    </ul>
  );
}
