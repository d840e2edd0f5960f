import {
  EXAM_ARRANGEMENT_KINDS,
  EXAM_ASSESSOR_MAX,
  EXAM_DETAILS_MAX,
  EXAM_EVIDENCE_MAX,
  examArrangementProblems,
  suggestedExamExpiry,
  withdrawalProblems,
  type ExamArrangement,
  type ExamArrangementKind,
  type ExamFieldProblem,
  type RecordExamArrangementRequest,
} from '@sendreg/contracts';
import { dateFieldId } from '../../components/ui/date-input';
import type { FormProblem } from '../../lib/form-problem';
import { dateParts, parseDateParts, type DatePart, type DateParts } from '../../utils/dates';

/** The ids of the form's fields: error summary links lead to them. */
export const FIELD_IDS = {
  arrangement: 'exam-arrangement',
  extraTimePercent: 'exam-extra-time',
  details: 'exam-details',
  evidence: 'exam-evidence',
  assessor: 'exam-assessor',
  approvedOn: 'exam-approved-on',
  expiresOn: 'exam-expires-on',
  withdrawnOn: 'exam-withdrawn-on',
} as const;
type FieldName = keyof typeof FIELD_IDS;
const DATE_FIELDS: readonly FieldName[] = ['approvedOn', 'expiresOn', 'withdrawnOn'];

/** The form as typed: everything text, dates in three parts. */
export interface ExamForm {
  arrangement: string;
  extraTimePercent: string;
  details: string;
  evidence: string;
  assessor: string;
  approvedOn: DateParts;
  expiresOn: DateParts;
}

export type CheckedForm<T> =
  | { ok: true; value: T }
  | { ok: false; problem: FormProblem; dateErrors: Partial<Record<FieldName, DatePart[]>> };

/**
 * A new arrangement's form: approved today, and the expiry suggested (the end of the course, which
 * can be cleared), extra time at the typical 25% once chosen.
 */
export function newExamForm(yearGroup: string | null, today: string): ExamForm {
  return {
    arrangement: '',
    extraTimePercent: '',
    details: '',
    evidence: '',
    assessor: '',
    approvedOn: dateParts(today),
    expiresOn: dateParts(suggestedExamExpiry(yearGroup, today)),
  };
}

export function examFormOf(a: ExamArrangement): ExamForm {
  return {
    arrangement: a.arrangement,
    extraTimePercent: a.extraTimePercent === null ? '' : String(a.extraTimePercent),
    details: a.details,
    evidence: a.evidence ?? '',
    assessor: a.assessor ?? '',
    approvedOn: dateParts(a.approvedOn),
    expiresOn: dateParts(a.expiresOn),
  };
}

const isKind = (value: string): value is ExamArrangementKind =>
  (EXAM_ARRANGEMENT_KINDS as readonly string[]).includes(value);

/** Collects messages in field order, one per field; date fields link to the part at fault. */
class Problems {
  readonly problem: FormProblem = { fields: {}, summary: [] };
  readonly dateErrors: Partial<Record<FieldName, DatePart[]>> = {};

  add(field: FieldName, message: string | undefined, parts: DatePart[] = ['day', 'month', 'year']) {
    const id = FIELD_IDS[field];
    if (!message || this.problem.fields[id]) return;
    this.problem.fields[id] = message;
    const isDate = DATE_FIELDS.includes(field);
    if (isDate) this.dateErrors[field] = parts;
    this.problem.summary.push({ fieldId: isDate ? dateFieldId(id, parts[0]) : id, message });
  }

  get empty() {
    return this.problem.summary.length === 0;
  }
}

const ORDER: readonly FieldName[] = [
  'arrangement',
  'extraTimePercent',
  'details',
  'evidence',
  'assessor',
  'approvedOn',
  'expiresOn',
  'withdrawnOn',
];

function tooLong(text: string, max: number, what: string): string | undefined {
  return text.length > max ? `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` : undefined;
}

/** Checks the form as the server will (the shared rules in examArrangementProblems) and builds the request. */
export function checkExamForm(form: ExamForm, today: string): CheckedForm<RecordExamArrangementRequest> {
  const problems = new Problems();
  const found = new Map<FieldName, { message: string; parts?: DatePart[] }>();
  const put = (field: FieldName, message: string | undefined, parts?: DatePart[]) => {
    if (message && !found.has(field)) found.set(field, { message, parts });
  };

  if (!isKind(form.arrangement)) put('arrangement', 'Choose the arrangement');
  const percentText = form.extraTimePercent.trim().replace(/%$/, '').trim();
  let percent: number | null = null;
  if (form.arrangement === 'extra-time' && percentText !== '') {
    if (/^\d+$/.test(percentText)) percent = Number(percentText);
    else put('extraTimePercent', 'Extra time must be a whole percentage from 1 to 100');
  }
  const details = form.details.trim();
  const evidence = form.evidence.trim();
  const assessor = form.assessor.trim();
  put('details', tooLong(details, EXAM_DETAILS_MAX, 'The details'));
  put('evidence', tooLong(evidence, EXAM_EVIDENCE_MAX, 'The evidence'));
  put('assessor', tooLong(assessor, EXAM_ASSESSOR_MAX, "The assessor's name"));

  const approved = parseDateParts(form.approvedOn, {
    label: 'The date approved',
    missing: 'Enter the date the arrangement was approved',
  });
  if (!approved.ok) put('approvedOn', approved.message, approved.parts);
  let expiresOn: string | null = null;
  if (Object.values(form.expiresOn).some((part) => part.trim() !== '')) {
    const expiry = parseDateParts(form.expiresOn, {
      label: 'The expiry date',
      missing: 'Enter the expiry date',
    });
    if (expiry.ok) expiresOn = expiry.iso;
    else put('expiresOn', expiry.message, expiry.parts);
  }

  if (isKind(form.arrangement)) {
    const shared: ExamFieldProblem[] = examArrangementProblems(
      {
        arrangement: form.arrangement,
        extraTimePercent: form.arrangement === 'extra-time' ? percent : null,
        approvedOn: approved.ok ? approved.iso : today,
        expiresOn: approved.ok ? expiresOn : null,
      },
      today,
    );
    for (const p of shared) {
      // The percentage may already be reported as not a number.
      if (p.field === 'extraTimePercent' && found.has('extraTimePercent')) continue;
      put(p.field, p.message);
    }
  }

  for (const field of ORDER) {
    const entry = found.get(field);
    if (entry) problems.add(field, entry.message, entry.parts);
  }
  if (!problems.empty || !isKind(form.arrangement) || !approved.ok)
    return { ok: false, problem: problems.problem, dateErrors: problems.dateErrors };
  return {
    ok: true,
    value: {
      arrangement: form.arrangement,
      extraTimePercent: form.arrangement === 'extra-time' ? percent : null,
      details,
      evidence,
      assessor,
      approvedOn: approved.iso,
      expiresOn,
    },
  };
}

/** The withdrawal date: a real date from the day approved to today. */
export function checkWithdrawal(
  withdrawnOn: DateParts,
  approvedOn: string,
  today: string,
): CheckedForm<string> {
  const problems = new Problems();
  const parsed = parseDateParts(withdrawnOn, {
    label: 'The date withdrawn',
    missing: 'Enter the date the arrangement stops',
  });
  if (!parsed.ok) problems.add('withdrawnOn', parsed.message, parsed.parts);
  else for (const p of withdrawalProblems(parsed.iso, approvedOn, today)) problems.add(p.field, p.message);
  if (!parsed.ok || !problems.empty)
    return { ok: false, problem: problems.problem, dateErrors: problems.dateErrors };
  return { ok: true, value: parsed.iso };
}

/** The API's field name to the input it is about (dates to their first part). */
export function examFieldId(field: string): string | undefined {
  if (!(field in FIELD_IDS)) return undefined;
  const name = field as FieldName;
  return DATE_FIELDS.includes(name) ? dateFieldId(FIELD_IDS[name]) : FIELD_IDS[name];
}
