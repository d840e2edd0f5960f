import { DELIVERING_ROLES, type DeliveringRole, type SetStaffRateRequest } from '@sendreg/contracts';
import { dateFieldId, readDateParts } from '../../components/ui/date-input';
import { formProblem } from '../../lib/form-problem';
import { formText } from '../../utils/form-text';
import { checkDate, datePartsOf } from './form-dates';
import { NO_PROBLEM, type Checked } from './form-numbers';
import { parsePounds } from './money';

export const RATE_FIELD = {
  target: 'rate-for',
  hourlyRate: 'rate-hourly',
  effectiveFrom: 'rate-from',
} as const;

/** The database's limit on an hourly rate: £1,000. */
export const MAX_HOURLY_PENCE = 100_000;

/** The choices of "Who is the rate for?": a role ("role:ta") or one person ("user:<id>"). */
export function rateTargetValue(target: { role: DeliveringRole } | { userId: string }): string {
  return 'role' in target ? `role:${target.role}` : `user:${target.userId}`;
}

function readTarget(value: string): { role: DeliveringRole } | { userId: string } | undefined {
  const [kind, id = ''] = value.split(/:(.*)/s);
  if (kind === 'role' && (DELIVERING_ROLES as readonly string[]).includes(id))
    return { role: id as DeliveringRole };
  if (kind === 'user' && id) return { userId: id };
  return undefined;
}

export function rateFieldId(field: string): string | undefined {
  if (field === 'role' || field === 'userId') return RATE_FIELD.target;
  if (field === 'hourlyRatePence') return RATE_FIELD.hourlyRate;
  if (field === 'effectiveFrom') return dateFieldId(RATE_FIELD.effectiveFrom);
  return undefined;
}

/** Reads and checks the rate form: pounds typed, pence sent. */
export function checkStaffRate(data: FormData): Checked<SetStaffRateRequest> {
  const target = readTarget(formText(data, 'rateFor'));
  const rate = parsePounds(formText(data, 'hourlyRate'));
  const from = checkDate(RATE_FIELD.effectiveFrom, readDateParts(data, 'effectiveFrom'), {
    label: 'The date the rate starts',
    missing: 'Enter the date the rate starts',
  });
  const rateProblem =
    rate.kind === 'empty'
      ? 'Enter the hourly rate'
      : rate.kind === 'invalid'
        ? 'Enter the hourly rate in pounds and pence, for example 15.50'
        : rate.pence < 1
          ? 'The hourly rate must be more than £0'
          : rate.pence > MAX_HOURLY_PENCE
            ? 'The hourly rate must be £1,000 or less'
            : undefined;
  const problem = formProblem([
    [RATE_FIELD.target, target ? undefined : 'Select who the rate is for'],
    [RATE_FIELD.hourlyRate, rateProblem],
    [from.fieldId, from.message],
  ]);
  if (problem || !target || rate.kind !== 'ok' || !from.result.ok) {
    return {
      ok: false,
      problem: problem ?? NO_PROBLEM,
      dateParts: datePartsOf({ [RATE_FIELD.effectiveFrom]: from }),
    };
  }
  return { ok: true, request: { ...target, hourlyRatePence: rate.pence, effectiveFrom: from.result.iso } };
}
