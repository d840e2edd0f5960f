import { CANCEL_REASON_LABELS, CANCEL_REASONS, type CancelReason } from '@sendreg/contracts';
import { useState, type FormEvent, type ReactNode, type SubmitEvent } from 'react';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { Radios } from '../../../components/ui/radios';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { FormProblem } from '../../../lib/form-problem';
import { dateParts, parseDateParts, type DatePart } from '../../../utils/dates';
import type { SessionPupil } from '../group-on-date';
import { SESSION_FIELD, SESSION_NAME } from '../session-form';
import { AttendanceFieldset } from './attendance-fieldset';

/** What the form shows to begin with: a new session's defaults, or the session being corrected. */
export interface SessionFormInitial {
  date: string;
  status?: 'held' | 'cancelled';
  /** The length to offer: the group's usual minutes, or the session's. */
  minutes: number | null;
  cancelReason?: CancelReason | null;
  note?: string;
  /** Pupils absent, and why, by pupil id. */
  absent?: Record<string, string>;
}

export interface SessionFormProps {
  initial: SessionFormInitial;
  /** The pupils in the group on the chosen date; undefined while they are not known. */
  pupils: SessionPupil[] | undefined;
  /** Shown where the attendance goes while the pupils are not known (loading, or failed to load). */
  pupilsUnknown: ReactNode;
  /** Shown just after the date: the group's schedule that day, or a session already logged. */
  dateNotice?: ReactNode;
  dateHint?: string;
  /** Called with each complete date typed, so the pupils of that day can be loaded. */
  onDateChange: (iso: string) => void;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  problem: FormProblem | null;
  dateErrorParts: DatePart[];
  /** The buttons. */
  children: ReactNode;
}

const STATUS_ITEMS = [
  { value: 'held', label: 'Yes' },
  { value: 'cancelled', label: 'No' },
];
const CANCEL_ITEMS = CANCEL_REASONS.map((reason) => ({ value: reason, label: CANCEL_REASON_LABELS[reason] }));

/** Logging a session and correcting one ask the same questions, in this order. */
export function SessionForm({
  initial,
  pupils,
  pupilsUnknown,
  dateNotice,
  dateHint = 'Today, unless you are logging a session from another day. For example, 27 3 2026.',
  onDateChange,
  onSubmit,
  problem,
  dateErrorParts,
  children,
}: SessionFormProps) {
  const [status, setStatus] = useState<string>(initial.status ?? '');
  const error = (id: string) => problem?.fields[id];

  // The date's three fields: once they make a whole date, the pupils of that day are loaded.
  const changed = (event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as { name?: unknown }).name;
    if (typeof name !== 'string' || !name.startsWith(`${SESSION_NAME.heldOn}-`)) return;
    const date = parseDateParts(readDateParts(new FormData(event.currentTarget), SESSION_NAME.heldOn), {
      label: '',
      missing: '',
    });
    if (date.ok) onDateChange(date.iso);
  };

  return (
    <form className="form session-form" onSubmit={onSubmit} onChange={changed} noValidate>
      <DateInput
        id={SESSION_FIELD.heldOn}
        name={SESSION_NAME.heldOn}
        legend="Date of the session"
        hint={dateHint}
        error={error(`${SESSION_FIELD.heldOn}-${dateErrorParts[0] ?? 'day'}`)}
        errorParts={dateErrorParts.length ? dateErrorParts : undefined}
        defaultValue={dateParts(initial.date)}
      />
      {dateNotice}
      <Radios
        idPrefix={SESSION_FIELD.status}
        name={SESSION_NAME.status}
        legend="Did the session happen?"
        error={error(SESSION_FIELD.status)}
        items={STATUS_ITEMS}
        defaultValue={initial.status}
        onChange={(event) => {
          setStatus(event.currentTarget.value);
        }}
      />
      {/* Hidden, not removed, while the other answer is chosen: changing one's mind keeps what was entered. */}
      <div className="conditional" id="session-held" hidden={status !== 'held'}>
        <TextField
          id={SESSION_FIELD.minutes}
          name={SESSION_NAME.minutes}
          label="How long did it last, in minutes?"
          error={error(SESSION_FIELD.minutes)}
          defaultValue={initial.minutes === null ? '' : String(initial.minutes)}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          className="input--width-4"
        />
        {pupils === undefined ? (
          pupilsUnknown
        ) : pupils.length > 0 ? (
          <AttendanceFieldset pupils={pupils} problem={problem} initialAbsent={initial.absent} />
        ) : (
          <p>No pupils were in this group on that date.</p>
        )}
      </div>
      <div className="conditional" id="session-cancelled" hidden={status !== 'cancelled'}>
        <Radios
          idPrefix={SESSION_FIELD.cancelReason}
          name={SESSION_NAME.cancelReason}
          legend="Why did the session not happen?"
          error={error(SESSION_FIELD.cancelReason)}
          items={CANCEL_ITEMS}
          defaultValue={initial.cancelReason ?? undefined}
        />
      </div>
      <div hidden={!status}>
        <TextareaField
          id={SESSION_FIELD.note}
          name={SESSION_NAME.note}
          label="Note (optional)"
          hint="What you worked on, or anything the SENCO should know. No pupil names needed. Up to 1,000 characters."
          error={error(SESSION_FIELD.note)}
          defaultValue={initial.note}
          rows={3}
        />
      </div>
      {children}
    </form>
  );
}
