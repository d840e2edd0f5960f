import {
  ABSENCE_REASONS,
  CANCEL_REASONS,
  type AbsenceReason,
  type CancelReason,
  type LogSessionRequest,
} from '@sendreg/contracts';
import { readDateParts } from '../../components/ui/date-input';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { parseDateParts, type DatePart, type DateParts } from '../../utils/dates';
import { formText } from '../../utils/form-text';
import type { SessionPupil } from './group-on-date';

/** The longest note the service keeps. */
export const NOTE_MAX_LENGTH = 1000;
export const MINUTES_MAX = 240;

/** The id of each field (the first radio of a group), so errors link to it. */
export const SESSION_FIELD = {
  heldOn: 'session-date',
  status: 'session-status',
  minutes: 'session-minutes',
  cancelReason: 'session-cancel-reason',
  note: 'session-note',
} as const;

/** The field names in the submitted form. */
export const SESSION_NAME = {
  heldOn: 'heldOn',
  status: 'status',
  minutes: 'minutes',
  present: 'present',
  cancelReason: 'cancelReason',
  note: 'note',
} as const;

export function presentFieldId(pupilId: string): string {
  return `session-present-${pupilId}`;
}

export function absenceFieldId(pupilId: string): string {
  return `session-absence-${pupilId}`;
}

export function absenceName(pupilId: string): string {
  return `absence-${pupilId}`;
}

/** What the session form holds, as typed and chosen. */
export interface SessionFormValues {
  date: DateParts;
  status: string;
  minutes: string;
  /** The ids of the pupils ticked as present. */
  present: string[];
  /** Why each pupil not ticked was absent, by pupil id. */
  absenceReasons: Record<string, string>;
  cancelReason: string;
  note: string;
}

export function readSessionForm(data: FormData, pupils: readonly SessionPupil[]): SessionFormValues {
  const absenceReasons: Record<string, string> = {};
  for (const pupil of pupils) absenceReasons[pupil.id] = formText(data, absenceName(pupil.id));
  return {
    date: readDateParts(data, SESSION_NAME.heldOn),
    status: formText(data, SESSION_NAME.status),
    minutes: formText(data, SESSION_NAME.minutes),
    present: data.getAll(SESSION_NAME.present).filter((value): value is string => typeof value === 'string'),
    absenceReasons,
    cancelReason: formText(data, SESSION_NAME.cancelReason),
    note: formText(data, SESSION_NAME.note),
  };
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Characters as people (and the database) count them: an emoji is one, not two. */
export function characterCount(text: string): number {
  return [...text].length;
}

function minutesMessage(text: string): string | undefined {
  if (text === '') return 'Enter how long the session lasted, in minutes';
  if (!/^\d+$/.test(text)) return 'Enter the length of the session as a whole number of minutes, like 30';
  const minutes = Number(text);
  if (minutes < 1 || minutes > MINUTES_MAX)
    return `The session must last between 1 and ${String(MINUTES_MAX)} minutes`;
  return undefined;
}

export type SessionFormCheck =
  { ok: true; request: LogSessionRequest } | { ok: false; problem: FormProblem; dateParts: DatePart[] };

/**
 * Checks the session form in the browser, with the GOV.UK wording, and builds the request: a held
 * session has its length and every pupil's attendance (an absent pupil with a reason); a cancelled
 * one its reason. The server checks again.
 */
export function checkSessionForm(
  values: SessionFormValues,
  pupils: readonly SessionPupil[],
  today: string,
): SessionFormCheck {
  const date = parseDateParts(values.date, {
    label: 'The date of the session',
    missing: 'Enter the date of the session',
  });
  const dateMessage = !date.ok
    ? date.message
    : date.iso > today
      ? 'The date of the session must be today or in the past'
      : undefined;
  const dateFirst: DatePart = date.ok ? 'day' : (date.parts[0] ?? 'day');
  const status = values.status;
  const held = status === 'held';
  const cancelled = status === 'cancelled';
  const minutes = values.minutes.trim();
  const present = new Set(values.present);
  const note = values.note.trim();

  const checks: [string, string | undefined][] = [
    [`${SESSION_FIELD.heldOn}-${dateFirst}`, dateMessage],
    [SESSION_FIELD.status, held || cancelled ? undefined : 'Select yes if the session happened'],
  ];
  if (held) {
    checks.push([SESSION_FIELD.minutes, minutesMessage(minutes)]);
    for (const pupil of pupils) {
      if (present.has(pupil.id)) continue;
      const reason = values.absenceReasons[pupil.id] ?? '';
      checks.push([
        absenceFieldId(pupil.id),
        oneOf(ABSENCE_REASONS, reason) ? undefined : `Select why ${pupil.name} was absent`,
      ]);
    }
  }
  if (cancelled) {
    checks.push([
      SESSION_FIELD.cancelReason,
      oneOf(CANCEL_REASONS, values.cancelReason) ? undefined : 'Select why the session did not happen',
    ]);
  }
  checks.push([
    SESSION_FIELD.note,
    characterCount(note) > NOTE_MAX_LENGTH ? 'The note must be 1,000 characters or fewer' : undefined,
  ]);

  const problem = formProblem(checks);
  if (problem || !date.ok) {
    return {
      ok: false,
      problem: problem ?? { fields: {}, summary: [] },
      dateParts: date.ok ? [] : date.parts,
    };
  }
  if (held) {
    return {
      ok: true,
      request: {
        heldOn: date.iso,
        status: 'held',
        minutes: Number(minutes),
        note,
        attendance: pupils.map((pupil) =>
          present.has(pupil.id)
            ? { pupilId: pupil.id, attended: true }
            : {
                pupilId: pupil.id,
                attended: false,
                absenceReason: values.absenceReasons[pupil.id] as AbsenceReason,
              },
        ),
      },
    };
  }
  return {
    ok: true,
    request: {
      heldOn: date.iso,
      status: 'cancelled',
      cancelReason: values.cancelReason as CancelReason,
      note,
    },
  };
}

/**
 * The field a server error is about: "heldOn", "minutes", or one pupil's attendance, named by its
 * place in the request ("attendance[2].absenceReason" or "attendance.2.absenceReason").
 */
export function sessionFieldIdFor(field: string, pupilIds: readonly string[]): string | undefined {
  if (field === 'heldOn') return `${SESSION_FIELD.heldOn}-day`;
  if (field === 'status' || field === 'minutes' || field === 'cancelReason' || field === 'note')
    return SESSION_FIELD[field];
  const match = /^attendance(?:\[(\d+)\]|\.(\d+))?(?:\.(\w+))?$/.exec(field);
  if (!match) return undefined;
  const index = match[1] ?? match[2];
  const pupilId = index === undefined ? pupilIds[0] : pupilIds[Number(index)];
  if (pupilId === undefined) return pupilIds.length ? presentFieldId(pupilIds[0]) : SESSION_FIELD.status;
  return match[3] === 'absenceReason' ? absenceFieldId(pupilId) : presentFieldId(pupilId);
}
