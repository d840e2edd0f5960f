import {
  AREAS_OF_NEED,
  DELIVERING_ROLES,
  DELIVERY_MODES,
  type AreaOfNeed,
  type DeliveringRole,
  type DeliveryMode,
  type InterventionInput,
} from '@sendreg/contracts';
import { formProblem } from '../../lib/form-problem';
import { formText } from '../../utils/form-text';
import { NO_PROBLEM, parseWhole, tooLong, wholeNumberProblem, type Checked } from './form-numbers';
import { parsePounds } from './money';

/** The id of each field, by the API's field name, so the server's errors land next to their field. */
export const INTERVENTION_FIELD = {
  name: 'intervention-name',
  area: 'intervention-area',
  description: 'intervention-description',
  delivery: 'intervention-delivery',
  usualGroupSize: 'intervention-group-size',
  deliveredBy: 'intervention-delivered-by',
  usualMinutes: 'intervention-minutes',
  usualSessionsPerWeek: 'intervention-sessions-per-week',
  resourceCostPerSessionPence: 'intervention-resource-cost',
  measureName: 'intervention-measure-name',
  measureUnit: 'intervention-measure-unit',
  higherIsBetter: 'intervention-higher-is-better',
} as const;

export function interventionFieldId(field: string): string | undefined {
  return Object.hasOwn(INTERVENTION_FIELD, field)
    ? INTERVENTION_FIELD[field as keyof typeof INTERVENTION_FIELD]
    : undefined;
}

/** The most a session's resources may cost: £10,000 (the database's limit). */
export const MAX_RESOURCE_PENCE = 1_000_000;

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Reads and checks the intervention form; money is typed in pounds and sent in pence. */
export function checkInterventionForm(data: FormData): Checked<InterventionInput> {
  const name = formText(data, 'name').trim();
  const area = oneOf<AreaOfNeed>(AREAS_OF_NEED, formText(data, 'area'));
  const description = formText(data, 'description').trim();
  const delivery = oneOf<DeliveryMode>(DELIVERY_MODES, formText(data, 'delivery'));
  const sizeText = formText(data, 'usualGroupSize');
  // 1:1 needs no group size: it is 1.
  const size = delivery === 'one_to_one' && sizeText.trim() === '' ? parseWhole('1') : parseWhole(sizeText);
  const deliveredBy = oneOf<DeliveringRole>(DELIVERING_ROLES, formText(data, 'deliveredBy'));
  const minutes = parseWhole(formText(data, 'usualMinutes'));
  const perWeek = parseWhole(formText(data, 'usualSessionsPerWeek'));
  const cost = parsePounds(formText(data, 'resourceCost'));
  const measureName = formText(data, 'measureName').trim();
  const measureUnit = formText(data, 'measureUnit').trim();
  const better = formText(data, 'higherIsBetter');

  const sizeProblem =
    wholeNumberProblem(size, {
      what: 'The usual group size',
      missing: 'Enter the usual group size',
      min: 1,
      max: 30,
    }) ??
    (delivery === 'one_to_one' && size.kind === 'ok' && size.value !== 1
      ? 'A 1:1 intervention has a group size of 1'
      : undefined);
  const costProblem =
    cost.kind === 'invalid'
      ? 'Enter the resource cost in pounds and pence, for example 1.20'
      : cost.kind === 'ok' && cost.pence > MAX_RESOURCE_PENCE
        ? 'The resource cost must be £10,000 or less'
        : undefined;

  const problem = formProblem([
    [INTERVENTION_FIELD.name, name ? tooLong(name, 120, 'The name') : 'Enter the name of the intervention'],
    [INTERVENTION_FIELD.area, area ? undefined : 'Select the area of need'],
    [INTERVENTION_FIELD.description, tooLong(description, 4000, 'The description')],
    [INTERVENTION_FIELD.delivery, delivery ? undefined : 'Select whether it is for a group or 1:1'],
    [INTERVENTION_FIELD.usualGroupSize, sizeProblem],
    [INTERVENTION_FIELD.deliveredBy, deliveredBy ? undefined : 'Select who usually delivers it'],
    [
      INTERVENTION_FIELD.usualMinutes,
      wholeNumberProblem(minutes, {
        what: 'The usual length of a session',
        missing: 'Enter how long a session usually lasts, in minutes',
        min: 5,
        max: 240,
        unit: 'minutes',
      }),
    ],
    [
      INTERVENTION_FIELD.usualSessionsPerWeek,
      wholeNumberProblem(perWeek, {
        what: 'The number of sessions a week',
        missing: 'Enter how many sessions a week it usually has',
        min: 1,
        max: 10,
      }),
    ],
    [INTERVENTION_FIELD.resourceCostPerSessionPence, costProblem],
    [
      INTERVENTION_FIELD.measureName,
      measureName
        ? tooLong(measureName, 80, 'The name of the measure')
        : 'Enter what is measured, for example Reading age',
    ],
    [
      INTERVENTION_FIELD.measureUnit,
      measureUnit
        ? tooLong(measureUnit, 40, 'The unit')
        : 'Enter the unit of the measure, for example months',
    ],
    [
      INTERVENTION_FIELD.higherIsBetter,
      better === 'true' || better === 'false'
        ? undefined
        : 'Select whether a higher or a lower score is better',
    ],
  ]);
  if (
    problem ||
    !area ||
    !delivery ||
    !deliveredBy ||
    size.kind !== 'ok' ||
    minutes.kind !== 'ok' ||
    perWeek.kind !== 'ok' ||
    cost.kind === 'invalid'
  ) {
    return { ok: false, problem: problem ?? NO_PROBLEM, dateParts: {} };
  }
  return {
    ok: true,
    request: {
      name,
      area,
      description,
      delivery,
      usualGroupSize: size.value,
      deliveredBy,
      usualMinutes: minutes.value,
      usualSessionsPerWeek: perWeek.value,
      resourceCostPerSessionPence: cost.kind === 'ok' ? cost.pence : 0,
      measureName,
      measureUnit,
      higherIsBetter: better === 'true',
    },
  };
}
