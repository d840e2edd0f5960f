import type { ProvisionInput, Weekday } from '@sendreg/contracts';
import { dateFieldId, readDateParts } from '../../components/ui/date-input';
import { formProblem } from '../../lib/form-problem';
import { formText } from '../../utils/form-text';
import { checkDate, datePartsOf } from './form-dates';
import { NO_PROBLEM, parseWhole, tooLong, wholeNumberProblem, type Checked } from './form-numbers';
import { isWeekday, sortedWeekdays } from './schedule';

export const PROVISION_FIELD = {
  interventionId: 'provision-intervention',
  name: 'provision-name',
  staffIds: 'provision-staff',
  weekdays: 'provision-weekdays',
  minutes: 'provision-minutes',
  startDate: 'provision-start',
  endDate: 'provision-end',
  location: 'provision-location',
} as const;

/** The most people who can deliver one group (the API's limit). */
export const MAX_GROUP_STAFF = 10;

/** The API's field name to the id of its input ("staffIds[0]" is the staff question). */
export function provisionFieldId(field: string): string | undefined {
  const base = field.replace(/\[\d+\]$/, '');
  if (base === 'startDate' || base === 'endDate') return dateFieldId(PROVISION_FIELD[base]);
  if (base === 'sessionsPerWeek') return PROVISION_FIELD.weekdays;
  return Object.hasOwn(PROVISION_FIELD, base)
    ? PROVISION_FIELD[base as keyof typeof PROVISION_FIELD]
    : undefined;
}

/**
 * Reads and checks the group form. A new group needs its intervention; a group being changed keeps
 * the one it has (interventionId comes back empty then, and is not sent).
 */
export function checkProvisionForm(
  data: FormData,
  { withIntervention }: { withIntervention: boolean },
): Checked<ProvisionInput> {
  const interventionId = formText(data, 'interventionId');
  const name = formText(data, 'name').trim();
  const staffIds = [
    ...new Set(data.getAll('staffIds').filter((id): id is string => typeof id === 'string' && id !== '')),
  ];
  const weekdays = sortedWeekdays(
    data
      .getAll('weekdays')
      .map(Number)
      .filter((day): day is Weekday => isWeekday(day)),
  );
  const minutes = parseWhole(formText(data, 'minutes'));
  const location = formText(data, 'location').trim();
  const start = checkDate(PROVISION_FIELD.startDate, readDateParts(data, 'startDate'), {
    label: 'The start date',
    missing: 'Enter the date the group starts',
  });
  const end = checkDate(PROVISION_FIELD.endDate, readDateParts(data, 'endDate'), {
    label: 'The end date',
    missing: 'Enter the date the group ends',
  });
  const endBeforeStart = start.result.ok && end.result.ok && end.result.iso < start.result.iso;

  const problem = formProblem([
    [
      PROVISION_FIELD.interventionId,
      withIntervention && !interventionId ? 'Select the intervention' : undefined,
    ],
    [PROVISION_FIELD.name, name ? tooLong(name, 120, 'The name') : 'Enter a name for the group'],
    [
      PROVISION_FIELD.staffIds,
      staffIds.length === 0
        ? 'Select who delivers the group'
        : staffIds.length > MAX_GROUP_STAFF
          ? `Select up to ${String(MAX_GROUP_STAFF)} people to deliver the group`
          : undefined,
    ],
    [PROVISION_FIELD.weekdays, weekdays.length ? undefined : 'Select the days the group meets'],
    [
      PROVISION_FIELD.minutes,
      wholeNumberProblem(minutes, {
        what: 'The length of a session',
        missing: 'Enter how long each session lasts, in minutes',
        min: 5,
        max: 240,
        unit: 'minutes',
      }),
    ],
    [start.fieldId, start.message],
    [
      end.fieldId,
      end.message ??
        (endBeforeStart ? 'The end date must be the same as or after the start date' : undefined),
    ],
    [PROVISION_FIELD.location, tooLong(location, 120, 'The location')],
  ]);
  if (problem || minutes.kind !== 'ok' || !start.result.ok || !end.result.ok) {
    const dateParts = datePartsOf({ [PROVISION_FIELD.startDate]: start, [PROVISION_FIELD.endDate]: end });
    if (endBeforeStart) dateParts[PROVISION_FIELD.endDate] = ['day', 'month', 'year'];
    return { ok: false, problem: problem ?? NO_PROBLEM, dateParts };
  }
  return {
    ok: true,
    request: {
      interventionId: withIntervention ? interventionId : '',
      name,
      staffIds,
      weekdays,
      minutes: minutes.value,
      startDate: start.result.iso,
      endDate: end.result.iso,
      location,
    },
  };
}
