import {
  PHASE_TRANSFER_LABELS,
  type AssessDecision,
  type EhcpDates,
  type EhcpRequestedBy,
  type IssueDecision,
  type PhaseTransfer,
  type SaveEhcpRecordRequest,
} from '@sendreg/contracts';
import { dateFieldId } from '../../components/ui/date-input';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { dateParts, parseDateParts, type DatePart, type DateParts } from '../../utils/dates';

/** The dates of the record (EhcpDates without the decisions and the transfer). */
export type EhcpDateKey = Exclude<
  keyof EhcpDates,
  'assessDecision' | 'issueDecision' | 'phaseTransfer' | 'transferYear'
>;

export interface EhcpDateField {
  key: EhcpDateKey;
  /** The input's id (its parts are `${id}-day` ...) and name. */
  id: string;
  stage: 'assessment' | 'annual-review' | 'phase-transfer';
  legend: string;
  hint?: string;
  /** The date named in an error message: "The date of the request must be a real date". */
  name: string;
}

/** Every date of the form, in the form's order. */
export const DATE_FIELDS: readonly EhcpDateField[] = [
  {
    key: 'requestedOn',
    id: 'requested-on',
    stage: 'assessment',
    legend: 'When did the request for an assessment reach the local authority?',
    hint: 'Every assessment deadline counts from it. Leave it blank if you do not know it.',
    name: 'The date of the request',
  },
  {
    key: 'assessDecisionOn',
    id: 'assess-decision-on',
    stage: 'assessment',
    legend: 'When did the LA decide whether to assess?',
    name: 'The date of the decision whether to assess',
  },
  {
    key: 'adviceReceivedOn',
    id: 'advice-received-on',
    stage: 'assessment',
    legend: 'When had all the advice from professionals arrived?',
    name: 'The date the advice arrived',
  },
  {
    key: 'draftIssuedOn',
    id: 'draft-issued-on',
    stage: 'assessment',
    legend: 'When was the draft plan sent?',
    name: 'The date of the draft plan',
  },
  {
    key: 'parentCommentsOn',
    id: 'parent-comments-on',
    stage: 'assessment',
    legend: "When did the parents' comments on the draft come back?",
    name: "The date of the parents' comments",
  },
  {
    key: 'finalIssuedOn',
    id: 'final-issued-on',
    stage: 'assessment',
    legend: 'When was the final plan issued?',
    hint: 'The annual reviews count from it until the first review. Leave it blank if it has not been issued yet.',
    name: 'The date of the final plan',
  },
  {
    key: 'lastAnnualReviewOn',
    id: 'last-annual-review-on',
    stage: 'annual-review',
    legend: 'When was the last annual review meeting held?',
    hint: 'Leave it blank before the first review: the clock then runs from the final plan.',
    name: 'The date of the last annual review meeting',
  },
  {
    key: 'reviewReportSentOn',
    id: 'review-report-sent-on',
    stage: 'annual-review',
    legend: 'When did the school send its report of that meeting to the LA?',
    name: 'The date the review report was sent',
  },
  {
    key: 'amendDecisionOn',
    id: 'amend-decision-on',
    stage: 'annual-review',
    legend: 'When did the LA decide whether to amend the plan after that meeting?',
    name: "The date of the LA's decision whether to amend",
  },
  {
    key: 'nextAnnualReviewMeetingOn',
    id: 'next-annual-review-meeting-on',
    stage: 'annual-review',
    legend: 'When is the next annual review meeting booked for?',
    hint: 'Leave it blank if no meeting is booked.',
    name: 'The date of the next annual review meeting',
  },
  {
    key: 'reviewPapersSentOn',
    id: 'review-papers-sent-on',
    stage: 'annual-review',
    legend: 'When did the reports go out for the next meeting?',
    hint: 'They must go to everyone invited at least 2 weeks before the meeting. Leave it blank if they have not gone yet.',
    name: 'The date the reports went out',
  },
  {
    key: 'amendedPlanIssuedOn',
    id: 'amended-plan-issued-on',
    stage: 'phase-transfer',
    legend: 'When was the amended plan for the move issued?',
    name: 'The date of the amended plan',
  },
];

/** The ids of the form's other fields; the error summary links to them. */
export const FIELD = {
  localAuthority: 'local-authority',
  requestedBy: 'requested-by',
  assessDecision: 'assess-decision',
  issueDecision: 'issue-decision',
  phaseTransfer: 'phase-transfer',
  transferYear: 'transfer-year',
  notes: 'notes',
  heldOn: 'held-on',
} as const;

export const LOCAL_AUTHORITY_MAX = 120;
export const NOTES_MAX = 4000;

export const REQUESTED_BY_LABELS: Record<EhcpRequestedBy, string> = {
  school: 'The school',
  parent: 'The parents',
  other: 'Someone else',
};
export const ASSESS_DECISION_LABELS: Record<AssessDecision, string> = {
  assess: 'To assess',
  refuse: 'Not to assess',
};
export const ISSUE_DECISION_LABELS: Record<IssueDecision, string> = {
  issue: 'To issue a plan',
  'not-issue': 'Not to issue a plan',
};

/** The form as typed: text, choices ('' for none) and each date as its three parts. */
export interface EhcpFormValues {
  localAuthority: string;
  requestedBy: string;
  assessDecision: string;
  issueDecision: string;
  phaseTransfer: string;
  transferYear: string;
  notes: string;
  dates: Record<EhcpDateKey, DateParts>;
}

type RecordFields = EhcpDates & Pick<SaveEhcpRecordRequest, 'localAuthority' | 'requestedBy' | 'notes'>;

/** The record as the form shows it. */
export function formFromRecord(record: RecordFields): EhcpFormValues {
  return {
    localAuthority: record.localAuthority,
    requestedBy: record.requestedBy ?? '',
    assessDecision: record.assessDecision ?? '',
    issueDecision: record.issueDecision ?? '',
    phaseTransfer: record.phaseTransfer ?? '',
    transferYear: record.transferYear === null ? '' : String(record.transferYear),
    notes: record.notes,
    dates: Object.fromEntries(DATE_FIELDS.map((f) => [f.key, dateParts(record[f.key])])) as Record<
      EhcpDateKey,
      DateParts
    >,
  };
}

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

/** The form's values from a submitted (or current) form. */
export function readEhcpForm(data: FormData): EhcpFormValues {
  const parts = (name: string): DateParts => ({
    day: text(data, `${name}-day`),
    month: text(data, `${name}-month`),
    year: text(data, `${name}-year`),
  });
  return {
    localAuthority: text(data, 'localAuthority'),
    requestedBy: text(data, 'requestedBy'),
    assessDecision: text(data, 'assessDecision'),
    issueDecision: text(data, 'issueDecision'),
    phaseTransfer: text(data, 'phaseTransfer'),
    transferYear: text(data, 'transferYear'),
    notes: text(data, 'notes'),
    dates: Object.fromEntries(DATE_FIELDS.map((f) => [f.key, parts(f.id)])) as Record<EhcpDateKey, DateParts>,
  };
}

const blank = (parts: DateParts) => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

/** A date that may be left blank: null when it is, else the date or what is wrong with it. */
function optionalDate(parts: DateParts, name: string) {
  if (blank(parts)) return { iso: null, message: undefined, parts: [] as DatePart[] };
  const result = parseDateParts(parts, { label: name, missing: '' });
  return result.ok
    ? { iso: result.iso, message: undefined, parts: [] as DatePart[] }
    : { iso: null, message: result.message, parts: result.parts };
}

export type CheckedEhcpForm =
  | { ok: true; request: Omit<SaveEhcpRecordRequest, 'version'> }
  | { ok: false; problem: FormProblem; dateParts: Partial<Record<EhcpDateKey, DatePart[]>> };

const oneOf = <T extends string>(value: string, allowed: readonly T[]): T | null =>
  (allowed as readonly string[]).includes(value) ? (value as T) : null;

/**
 * What can be checked in the browser: each date is blank or real, the local authority is given, the
 * year of the move is 4 numbers, the notes fit. Whether the dates make sense together is the API's
 * check (its answers go next to the same fields).
 */
export function checkEhcpForm(values: EhcpFormValues): CheckedEhcpForm {
  const localAuthority = values.localAuthority.trim();
  const notes = values.notes.trim();
  const year = values.transferYear.trim();
  const dates = Object.fromEntries(
    DATE_FIELDS.map((f) => [f.key, optionalDate(values.dates[f.key], f.name)]),
  ) as Record<EhcpDateKey, ReturnType<typeof optionalDate>>;

  const dateChecks = (stage: EhcpDateField['stage']) =>
    DATE_FIELDS.filter((f) => f.stage === stage).map((f): [string, string | undefined] => [
      dateFieldId(f.id, dates[f.key].parts[0]),
      dates[f.key].message,
    ]);
  const problem = formProblem([
    [
      FIELD.localAuthority,
      !localAuthority
        ? 'Enter the local authority that maintains the plan'
        : localAuthority.length > LOCAL_AUTHORITY_MAX
          ? `The local authority must be ${String(LOCAL_AUTHORITY_MAX)} characters or fewer`
          : undefined,
    ],
    ...dateChecks('assessment'),
    ...dateChecks('annual-review'),
    [
      FIELD.transferYear,
      year && !/^\d{4}$/.test(year) ? 'Enter the year of the move as 4 numbers, for example 2027' : undefined,
    ],
    ...dateChecks('phase-transfer'),
    [
      FIELD.notes,
      notes.length > NOTES_MAX
        ? `Notes must be ${NOTES_MAX.toLocaleString('en-GB')} characters or fewer`
        : undefined,
    ],
  ]);
  if (problem) {
    const parts = Object.fromEntries(
      DATE_FIELDS.filter((f) => dates[f.key].message).map((f) => [f.key, dates[f.key].parts]),
    );
    return { ok: false, problem, dateParts: parts };
  }
  return {
    ok: true,
    request: {
      localAuthority,
      requestedBy: oneOf(values.requestedBy, Object.keys(REQUESTED_BY_LABELS) as EhcpRequestedBy[]),
      notes,
      assessDecision: oneOf(values.assessDecision, ['assess', 'refuse'] as const),
      issueDecision: oneOf(values.issueDecision, ['issue', 'not-issue'] as const),
      phaseTransfer: oneOf(values.phaseTransfer, Object.keys(PHASE_TRANSFER_LABELS) as PhaseTransfer[]),
      transferYear: year ? Number(year) : null,
      ...(Object.fromEntries(DATE_FIELDS.map((f) => [f.key, dates[f.key].iso])) as Record<
        EhcpDateKey,
        string | null
      >),
    },
  };
}

/** The id on the page of a field the API names (a date's error goes to its day). */
export function ehcpFieldId(field: string): string | undefined {
  const date = DATE_FIELDS.find((f) => f.key === field);
  if (date) return dateFieldId(date.id);
  return (FIELD as Record<string, string>)[field];
}

/** The error shown on a date input, whichever of its parts it was linked to. */
export function dateError(problem: FormProblem | null, id: string): string | undefined {
  if (!problem) return undefined;
  return (['day', 'month', 'year'] as const)
    .map((part) => problem.fields[dateFieldId(id, part)])
    .find(Boolean);
}

export type MeetingHeld =
  { ok: true; values: EhcpFormValues } | { ok: false; message: string; parts: DatePart[] };

/**
 * "Record an annual review meeting held on ...": the meeting becomes the last one held, and what
 * belonged to the meeting booked before (its date and the reports sent for it) and to the previous
 * meeting (its review report and the LA's amend decision) is cleared, as the next cycle starts. Only
 * the form changes: the SENCO checks it and saves.
 */
export function recordMeetingHeld(values: EhcpFormValues, heldOn: DateParts): MeetingHeld {
  const held = parseDateParts(heldOn, {
    label: 'The date of the meeting',
    missing: 'Enter the date the annual review meeting was held',
  });
  if (!held.ok) return { ok: false, message: held.message, parts: held.parts };
  const none = { day: '', month: '', year: '' };
  return {
    ok: true,
    values: {
      ...values,
      dates: {
        ...values.dates,
        lastAnnualReviewOn: dateParts(held.iso),
        nextAnnualReviewMeetingOn: none,
        reviewPapersSentOn: none,
        reviewReportSentOn: none,
        amendDecisionOn: none,
      },
    },
  };
}
