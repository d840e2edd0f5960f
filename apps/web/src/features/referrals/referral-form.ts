import {
  canMoveReferral,
  DOCUMENT_LIMITS,
  DOCUMENT_MAX_BYTES,
  DOCUMENT_SNIFF_BYTES,
  longRecommendation,
  longRecommendationMessage,
  PUPIL_DOCUMENT_KINDS,
  REFERRAL_LIMITS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  sniffDocumentType,
  type ChangeReferralStatusRequest,
  type CreateReferralRequest,
  type PupilDocumentKind,
  type ReferralStatus,
  type UploadDocumentFields,
} from '@sendreg/contracts';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { parseDateParts, type DateParts } from '../../utils/dates';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FormProblem };

const count = (value: number) => value.toLocaleString('en-GB');

/** The ids of the fields, which the error summary links to (a date links to its day). */
export const REFERRAL_FIELDS = {
  serviceId: 'referral-service',
  professionalId: 'referral-professional',
  referredOn: 'referred-on',
  reason: 'referral-reason',
  consentGivenBy: 'consent-given-by',
  consentRelationship: 'consent-relationship',
  consentGivenOn: 'consent-given-on',
} as const;

export const STATUS_FIELDS = {
  status: 'referral-status',
  statusOn: 'status-on',
  note: 'status-note',
} as const;

export const DOCUMENT_FIELDS = {
  file: 'document-file',
  title: 'document-title',
  kind: 'document-kind',
  receivedOn: 'received-on',
  recommendations: 'document-recommendations',
} as const;

const DATE_FIELDS: ReadonlySet<string> = new Set([
  REFERRAL_FIELDS.referredOn,
  REFERRAL_FIELDS.consentGivenOn,
  STATUS_FIELDS.statusOn,
  DOCUMENT_FIELDS.receivedOn,
]);

/** The id an error summary links to for a field id (a date input: its day). */
export const summaryId = (fieldId: string) => (DATE_FIELDS.has(fieldId) ? `${fieldId}-day` : fieldId);

/** The API's field names to the form's field ids (for a 400 from the server). */
export function fieldIdFor(fields: Readonly<Record<string, string>>) {
  return (field: string): string | undefined => {
    const id = fields[field];
    return id ? summaryId(id) : undefined;
  };
}

/** The message about a field, whichever of its ids the problem uses. */
export function fieldError(problem: FormProblem | null, fieldId: string): string | undefined {
  if (!problem) return undefined;
  return (
    problem.fields[fieldId] ??
    problem.fields[`${fieldId}-day`] ??
    problem.fields[`${fieldId}-month`] ??
    problem.fields[`${fieldId}-year`]
  );
}

function required(value: string, missing: string, max: number, label: string): string | undefined {
  if (value === '') return missing;
  return value.length > max ? `${label} must be ${count(max)} characters or fewer` : undefined;
}

function date(
  parts: DateParts,
  label: string,
  missing: string,
  today: string,
  future: string,
): { iso?: string; message?: string } {
  const parsed = parseDateParts(parts, { label, missing });
  if (!parsed.ok) return { message: parsed.message };
  if (parsed.iso > today) return { message: future };
  return { iso: parsed.iso };
}

export interface ReferralFormValues {
  serviceId: string;
  professionalId: string;
  referredOn: DateParts;
  reason: string;
  consentGivenBy: string;
  consentRelationship: string;
  consentGivenOn: DateParts;
}

/** Checks the referral form as the server will: consent (who, relationship, when) is required. */
export function checkReferral(values: ReferralFormValues, today: string): Checked<CreateReferralRequest> {
  const reason = values.reason.trim();
  const givenBy = values.consentGivenBy.trim();
  const relationship = values.consentRelationship.trim();
  const referredOn = date(
    values.referredOn,
    'The date of the referral',
    'Enter the date of the referral',
    today,
    'The date of the referral must be today or in the past',
  );
  const consentOn = date(
    values.consentGivenOn,
    'The date consent was given',
    'Enter the date consent was given',
    today,
    'The date consent was given must be today or in the past',
  );
  const consentAfter =
    referredOn.iso && consentOn.iso && consentOn.iso > referredOn.iso
      ? 'Consent must be given on or before the date of the referral'
      : undefined;
  const problem = formProblem([
    [REFERRAL_FIELDS.serviceId, values.serviceId ? undefined : 'Choose the service you are referring to'],
    [summaryId(REFERRAL_FIELDS.referredOn), referredOn.message],
    [
      REFERRAL_FIELDS.reason,
      required(reason, 'Say why you are making the referral', REFERRAL_LIMITS.reason, 'The reason'),
    ],
    [
      REFERRAL_FIELDS.consentGivenBy,
      required(
        givenBy,
        'Enter the name of the person who gave consent',
        REFERRAL_LIMITS.consentGivenBy,
        'The name',
      ),
    ],
    [
      REFERRAL_FIELDS.consentRelationship,
      required(
        relationship,
        'Enter their relationship to the pupil',
        REFERRAL_LIMITS.consentRelationship,
        'The relationship',
      ),
    ],
    [summaryId(REFERRAL_FIELDS.consentGivenOn), consentOn.message ?? consentAfter],
  ]);
  if (problem || !referredOn.iso || !consentOn.iso) return { ok: false, problem: problem! };
  return {
    ok: true,
    value: {
      serviceId: values.serviceId,
      professionalId: values.professionalId || null,
      referredOn: referredOn.iso,
      reason,
      consentGivenBy: givenBy,
      consentRelationship: relationship,
      consentGivenOn: consentOn.iso,
    },
  };
}

/** The statuses a referral may move to next, in the order they happen. */
export function nextStatuses(status: ReferralStatus): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((to) => canMoveReferral(status, to));
}

export interface StatusFormValues {
  status: string;
  statusOn: DateParts;
  note: string;
}

/** Checks a change of status: a move the rules allow, dated from the current status to today. */
export function checkStatusChange(
  values: StatusFormValues,
  current: { status: ReferralStatus; statusOn: string; version: number },
  today: string,
): Checked<ChangeReferralStatusRequest> {
  const to = REFERRAL_STATUSES.find((s) => s === values.status);
  const on = date(
    values.statusOn,
    'The date of the change',
    'Enter the date of the change',
    today,
    'The date of the change must be today or in the past',
  );
  const early =
    on.iso && on.iso < current.statusOn
      ? `The date of the change cannot be before the current status (${REFERRAL_STATUS_LABELS[current.status].toLowerCase()})`
      : undefined;
  const note = values.note.trim();
  const problem = formProblem([
    [STATUS_FIELDS.status, to && canMoveReferral(current.status, to) ? undefined : 'Choose the new status'],
    [summaryId(STATUS_FIELDS.statusOn), on.message ?? early],
    [
      STATUS_FIELDS.note,
      note.length > REFERRAL_LIMITS.note
        ? `The note must be ${count(REFERRAL_LIMITS.note)} characters or fewer`
        : undefined,
    ],
  ]);
  if (problem || !to || !on.iso) return { ok: false, problem: problem! };
  return { ok: true, value: { version: current.version, status: to, statusOn: on.iso, note } };
}

/** What the browser knows of a chosen file before sending it, and its first bytes. */
export interface ChosenFile {
  size: number;
  head: Uint8Array;
}

/**
 * Checks a chosen file as the server will: not empty, up to 20 MB, and a PDF, Word document, JPEG
 * or PNG by its first bytes (never its name). Undefined when it looks right.
 */
export function fileProblem(file: ChosenFile | null): string | undefined {
  if (!file) return 'Choose the file to attach';
  if (file.size === 0) return 'The file is empty: choose the document itself';
  if (file.size > DOCUMENT_MAX_BYTES) {
    return `The file must be smaller than ${count(DOCUMENT_MAX_BYTES / 1_000_000)} MB`;
  }
  if (!sniffDocumentType(file.head)) {
    return 'The file must be a PDF, a Word document, or a JPEG or PNG image';
  }
  return undefined;
}

/** How many first bytes to read from a chosen file for fileProblem. */
export const FILE_HEAD_BYTES = DOCUMENT_SNIFF_BYTES;

export interface DocumentFormValues {
  title: string;
  kind: string;
  receivedOn: DateParts;
  recommendations: string;
}

export function checkDocument(
  values: DocumentFormValues,
  file: ChosenFile | null,
  today: string,
  referralId?: string,
): Checked<UploadDocumentFields> {
  const title = values.title.trim();
  const kind = PUPIL_DOCUMENT_KINDS.find((k) => k === values.kind);
  const received = date(
    values.receivedOn,
    'The date received',
    'Enter the date the document was received',
    today,
    'The date received must be today or in the past',
  );
  const recommendations = values.recommendations.trim();
  const long = longRecommendation(recommendations);
  const problem = formProblem([
    [DOCUMENT_FIELDS.file, fileProblem(file)],
    [
      DOCUMENT_FIELDS.title,
      required(title, 'Enter a title for the document', DOCUMENT_LIMITS.title, 'The title'),
    ],
    [DOCUMENT_FIELDS.kind, kind ? undefined : 'Choose what kind of document it is'],
    [summaryId(DOCUMENT_FIELDS.receivedOn), received.message],
    [
      DOCUMENT_FIELDS.recommendations,
      recommendations.length > DOCUMENT_LIMITS.recommendations
        ? `The recommendations must be ${count(DOCUMENT_LIMITS.recommendations)} characters or fewer`
        : long
          ? longRecommendationMessage(long)
          : undefined,
    ],
  ]);
  if (problem || !kind || !received.iso) return { ok: false, problem: problem! };
  return {
    ok: true,
    value: {
      title,
      kind: kind satisfies PupilDocumentKind,
      receivedOn: received.iso,
      ...(referralId ? { referralId } : {}),
      ...(recommendations ? { recommendations } : {}),
    },
  };
}
