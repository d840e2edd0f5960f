import {
  CENSUS_RULES,
  censusProblems,
  SEN_STATUSES,
  type ChangeSenStatusRequest,
  type NeedInput,
  type NeedTypeRow,
  type SenStatus,
  type SetNeedsRequest,
} from '@sendreg/contracts';
import { dateFieldId } from '../../components/ui/date-input';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { parseDateParts, type DatePart, type DateParts } from '../../utils/dates';
import { SEN_STATUS_SHORT_LABELS } from '../../utils/sen-status';

/** The ids of the fields on the two forms; the error summary links to them. */
export const FIELD = {
  status: 'status',
  effectiveFrom: 'effective-from',
  reason: 'reason',
  primary: 'primary-need',
  primaryDescription: 'primary-description',
  secondary: 'secondary-need',
  secondaryDescription: 'secondary-description',
} as const;

export const MAX_REASON = 1000;
export const MAX_DESCRIPTION = 1000;

/** The outcome of checking a form: the request to send, or what to fix (and which date parts are wrong). */
export type Checked<T> =
  { ok: true; request: T } | { ok: false; problem: FormProblem; dateParts: DatePart[] };

function checkDate(date: DateParts, label: string, missing: string) {
  const result = parseDateParts(date, { label, missing });
  return result.ok
    ? { iso: result.iso, message: undefined, parts: [] as DatePart[] }
    : { iso: '', message: result.message, parts: result.parts };
}

export interface StatusAnswers {
  status: string;
  date: DateParts;
  reason: string;
}

export function checkStatusChange(
  answers: StatusAnswers,
  current: SenStatus,
): Checked<Omit<ChangeSenStatusRequest, 'senVersion'>> {
  const status = (SEN_STATUSES as readonly string[]).includes(answers.status)
    ? (answers.status as SenStatus)
    : undefined;
  const date = checkDate(answers.date, 'The date the status changes', 'Enter the date the status changes');
  const reason = answers.reason.trim();
  const problem = formProblem([
    [
      FIELD.status,
      !status
        ? 'Choose the new SEN status'
        : status === current
          ? `The pupil is already at ${SEN_STATUS_SHORT_LABELS[current]}. Choose a different status`
          : undefined,
    ],
    [dateFieldId(FIELD.effectiveFrom, date.parts[0]), date.message],
    [
      FIELD.reason,
      reason.length < 3
        ? 'Enter the reason for the change'
        : reason.length > MAX_REASON
          ? 'The reason must be 1,000 characters or fewer'
          : undefined,
    ],
  ]);
  if (problem || !status)
    return { ok: false, problem: problem ?? { fields: {}, summary: [] }, dateParts: date.parts };
  return { ok: true, request: { status, effectiveFrom: date.iso, reason } };
}

/** The API's name of a field of the status form, to its id on the page. */
export function statusFieldId(field: string): string | undefined {
  if (field === 'status') return FIELD.status;
  if (field === 'effectiveFrom') return dateFieldId(FIELD.effectiveFrom);
  if (field === 'reason') return FIELD.reason;
  return undefined;
}

export interface NeedsAnswers {
  primary: string;
  primaryDescription: string;
  secondary: string;
  secondaryDescription: string;
  date: DateParts;
}

const CENSUS_MESSAGES: Partial<Record<ReturnType<typeof censusProblems>[number], string>> = {
  'no-primary-need': 'Choose a primary need: a pupil at SEN support or with an EHCP must have one',
  'needs-at-n':
    'A pupil who is not on the register (No SEN or Monitoring) has no ranked needs in the census. Change their SEN status first, or choose no needs',
};

/**
 * Checks the needs form with the census rules (the same pure function the pre-flight check uses), so
 * the SENCO cannot save a record that the census would reject.
 */
export function checkNeeds(
  answers: NeedsAnswers,
  status: SenStatus,
  needTypes: readonly NeedTypeRow[],
  today: string,
): Checked<Omit<SetNeedsRequest, 'senVersion'>> {
  const typeOf = (code: string) => needTypes.find((type) => type.code === code);
  const needs: NeedInput[] = [];
  const primaryDescription = answers.primaryDescription.trim();
  const secondaryDescription = answers.secondaryDescription.trim();
  if (answers.primary)
    needs.push({ code: answers.primary, rank: 1, description: primaryDescription || undefined });
  if (answers.secondary)
    needs.push({ code: answers.secondary, rank: 2, description: secondaryDescription || undefined });

  const rules = censusProblems(
    status,
    needs.map((need) => {
      const type = typeOf(need.code);
      return {
        code: need.code,
        rank: need.rank,
        supportOnly: type?.supportOnly,
        discontinued: Boolean(type?.discontinuedOn && type.discontinuedOn <= today),
      };
    }),
  );
  const fieldOf = (test: (type: NeedTypeRow | undefined) => boolean) =>
    answers.primary && test(typeOf(answers.primary)) ? FIELD.primary : FIELD.secondary;
  const ruleMessage = (field: string) => {
    for (const rule of rules) {
      if (rule === 'no-primary-need' || rule === 'needs-at-n') {
        if (field === FIELD.primary) return CENSUS_MESSAGES[rule];
      } else if (rule === 'nsa-not-k') {
        if (field === fieldOf((type) => Boolean(type?.supportOnly))) return CENSUS_RULES[rule];
      } else if (rule === 'discontinued-code') {
        if (field === fieldOf((type) => Boolean(type?.discontinuedOn && type.discontinuedOn <= today)))
          return CENSUS_RULES[rule];
      }
    }
    return undefined;
  };

  const date = checkDate(
    answers.date,
    'The date the needs apply from',
    'Enter the date the needs apply from',
  );
  const problem = formProblem([
    [
      FIELD.primary,
      !answers.primary && answers.secondary
        ? 'Choose a primary need before a secondary need'
        : ruleMessage(FIELD.primary),
    ],
    [
      FIELD.primaryDescription,
      primaryDescription.length > MAX_DESCRIPTION
        ? 'The description must be 1,000 characters or fewer'
        : undefined,
    ],
    [
      FIELD.secondary,
      answers.secondary && answers.secondary === answers.primary
        ? 'Choose a secondary need that is different from the primary need'
        : ruleMessage(FIELD.secondary),
    ],
    [
      FIELD.secondaryDescription,
      secondaryDescription.length > MAX_DESCRIPTION
        ? 'The description must be 1,000 characters or fewer'
        : secondaryDescription && !answers.secondary
          ? 'Choose the secondary need this describes, or remove the description'
          : undefined,
    ],
    [dateFieldId(FIELD.effectiveFrom, date.parts[0]), date.message],
  ]);
  if (problem) return { ok: false, problem, dateParts: date.parts };
  return { ok: true, request: { effectiveFrom: date.iso, needs } };
}

/**
 * The API's name of a field of the needs form to its id on the page: "needs[1].code" (or "needs.1.code",
 * as class-validator nests) is the second need we sent, which is the secondary one when there are two.
 */
export function needsFieldId(field: string, sent: readonly NeedInput[]): string | undefined {
  if (field === 'effectiveFrom') return dateFieldId(FIELD.effectiveFrom);
  if (field === 'needs') return FIELD.primary;
  const match = /^needs(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?$/.exec(field);
  if (!match) return undefined;
  const need = sent[Number(match[1] ?? match[2])];
  const secondary = need?.rank === 2;
  if (match[3] === 'description') return secondary ? FIELD.secondaryDescription : FIELD.primaryDescription;
  return secondary ? FIELD.secondary : FIELD.primary;
}
