import type { PersonRef } from './register';

/** A problem with one field, named as the form names it. */
type FieldError = { field: string; message: string };

/**
 * A pupil's chronology: the meetings, calls and messages with their family and the professionals
 * around them, with what was agreed. It is the school's evidence at a tribunal, so nothing in it is
 * ever changed or removed: a mistake is put right by adding a dated correction, and the entry as
 * first recorded is always shown beside it.
 *
 * A correction always belongs to the original entry (its correctsId is the original's id, also
 * when the SENCO corrects an entry that has been corrected before): an entry and its corrections
 * are one chain, and what the chronology now says of it is the latest correction's (by when it was
 * recorded), or the original's when there is none.
 */
export const CHRONOLOGY_KINDS = ['meeting', 'call', 'message', 'email', 'letter', 'visit', 'other'] as const;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number];

export const CHRONOLOGY_KIND_LABELS: Record<ChronologyKind, string> = {
  meeting: 'Meeting',
  call: 'Phone call',
  message: 'Message',
  email: 'Email',
  letter: 'Letter',
  visit: 'Visit',
  other: 'Other',
};

/** The limits the database keeps to. */
export const CHRONOLOGY_LIMITS = { withWhom: 500, summary: 4000, agreed: 4000 } as const;

/** What an entry says: the original's values, or a correction's. */
export interface ChronologyValues {
  occurredOn: string;
  /** A meeting with the pupil's parents or carers: counts towards the three a year. Meetings only. */
  parentMeeting: boolean;
  withWhom: string;
  summary: string;
  agreed: string;
}

export interface ChronologyCorrection extends ChronologyValues {
  id: string;
  /** The original entry this correction belongs to. */
  correctsId: string;
  recordedBy: PersonRef | null;
  recordedAt: string;
}

export interface ChronologyEntry extends ChronologyValues {
  id: string;
  kind: ChronologyKind;
  referralId: string | null;
  recordedBy: PersonRef | null;
  recordedAt: string;
  /** Whether it has been corrected: the values above stay as first recorded. */
  corrected: boolean;
  /** Oldest first; empty when never corrected. */
  corrections: ChronologyCorrection[];
  /** What the chronology now says: the latest correction's values, or the original's. */
  effective: ChronologyValues;
}

/** GET .../chronology: newest first by the date it happened (as corrected), then when recorded. */
export interface ChronologyList {
  entries: ChronologyEntry[];
}

export interface NewChronologyEntry extends ChronologyValues {
  kind: ChronologyKind;
  /** A referral of this pupil the entry is about. */
  referralId?: string | null;
}

/**
 * A correction: the entry as it should read. The date, with whom and whether it was a parent
 * meeting stay as they were unless given; the summary and what was agreed are always written out.
 */
export interface ChronologyCorrectionRequest {
  occurredOn?: string;
  withWhom?: string;
  summary: string;
  agreed: string;
  parentMeeting?: boolean;
}

/**
 * The rules an entry (or a correction, with its kind and the values it ends up with) keeps to,
 * beyond the types: shared by the API and the form. Texts are checked as given (trim them first).
 * `today` is the school's today (YYYY-MM-DD): what happened cannot be in the future.
 */
export function chronologyProblems(
  values: ChronologyValues & { kind: ChronologyKind },
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (values.occurredOn > today)
    errors.push({ field: 'occurredOn', message: 'The date must be today or in the past' });
  if (values.parentMeeting && values.kind !== 'meeting')
    errors.push({ field: 'parentMeeting', message: 'Only a meeting can be a parent meeting' });
  const text = (field: 'withWhom' | 'summary' | 'agreed', what: string, required: boolean) => {
    const value = values[field];
    const max = CHRONOLOGY_LIMITS[field];
    if (required && value.length === 0) errors.push({ field, message: `Enter ${what}` });
    else if (value.length > max)
      errors.push({
        field,
        message: `${what[0]!.toUpperCase()}${what.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`,
      });
  };
  text('withWhom', 'who it was with', true);
  text('summary', 'what happened', true);
  text('agreed', 'what was agreed', false);
  return errors;
}
