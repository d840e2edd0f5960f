import type {
  ConcernArea,
  RaiseConcernRequest,
  TriageConcernRequest,
  TriageDecision,
} from '@sendreg/contracts';
import { dateFieldId } from '../../components/ui/date-input';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { parseDateParts, type DatePart, type DateParts } from '../../utils/dates';
import { CONCERN_AREA_LABELS, DECISION_LABELS } from './concern-labels';

export const FIELD = {
  area: 'area',
  observed: 'observed',
  tried: 'tried',
  decision: 'decision',
  outcome: 'outcome',
  effectiveFrom: 'effective-from',
} as const;

export const MAX_TEXT = 4000;
export const MIN_OBSERVED = 10;

export type Checked<T> =
  { ok: true; request: T } | { ok: false; problem: FormProblem; dateParts: DatePart[] };

const tooLong = (text: string) =>
  text.length > MAX_TEXT ? 'Keep it to 4,000 characters or fewer' : undefined;

export interface ConcernAnswers {
  area: string;
  observed: string;
  tried: string;
}

export function checkConcern(answers: ConcernAnswers): Checked<Omit<RaiseConcernRequest, 'pupilId'>> {
  const area = Object.hasOwn(CONCERN_AREA_LABELS, answers.area) ? (answers.area as ConcernArea) : undefined;
  const observed = answers.observed.trim();
  const tried = answers.tried.trim();
  const problem = formProblem([
    [FIELD.area, area ? undefined : 'Choose the area of your concern, or "Not sure"'],
    [
      FIELD.observed,
      observed === ''
        ? 'Describe what you have observed'
        : observed.length < MIN_OBSERVED
          ? 'Describe what you have observed in a sentence or two'
          : tooLong(observed),
    ],
    [FIELD.tried, tooLong(tried)],
  ]);
  if (problem || !area) return { ok: false, problem: problem ?? { fields: {}, summary: [] }, dateParts: [] };
  return { ok: true, request: tried ? { area, observed, tried } : { area, observed } };
}

export function concernFieldId(field: string): string | undefined {
  if (field === 'area' || field === 'observed' || field === 'tried') return field;
  return undefined;
}

export interface TriageAnswers {
  decision: string;
  outcome: string;
  date: DateParts;
}

/** The decision, the outcome the raiser will read, and for monitoring or SEN support the start date. */
export function checkTriage(answers: TriageAnswers): Checked<Omit<TriageConcernRequest, 'version'>> {
  const decision = Object.hasOwn(DECISION_LABELS, answers.decision)
    ? (answers.decision as TriageDecision)
    : undefined;
  const outcome = answers.outcome.trim();
  const changesStatus = decision === 'monitor' || decision === 'sen_support';
  const date = changesStatus
    ? parseDateParts(answers.date, {
        label: 'The date the new status starts',
        missing: 'Enter the date the new status starts',
      })
    : undefined;
  const dateError = date && !date.ok ? date : undefined;
  const problem = formProblem([
    [FIELD.decision, decision ? undefined : 'Choose what happens next'],
    [
      FIELD.outcome,
      outcome.length < 3 ? 'Write the outcome for the person who raised the concern' : tooLong(outcome),
    ],
    [dateFieldId(FIELD.effectiveFrom, dateError?.parts[0]), dateError?.message],
  ]);
  if (problem || !decision) {
    return { ok: false, problem: problem ?? { fields: {}, summary: [] }, dateParts: dateError?.parts ?? [] };
  }
  return {
    ok: true,
    request: date?.ok ? { decision, outcome, effectiveFrom: date.iso } : { decision, outcome },
  };
}

export function triageFieldId(field: string): string | undefined {
  if (field === 'decision' || field === 'outcome') return field;
  if (field === 'effectiveFrom') return dateFieldId(FIELD.effectiveFrom);
  return undefined;
}
