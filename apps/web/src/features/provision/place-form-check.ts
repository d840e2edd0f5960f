import type { AddProvisionPupilRequest, UpdateProvisionPlaceRequest } from '@sendreg/contracts';
import { dateFieldId, readDateParts } from '../../components/ui/date-input';
import { formProblem } from '../../lib/form-problem';
import { formText } from '../../utils/form-text';
import { formatDate } from '../../utils/format-date';
import { checkDate, datePartsOf, type CheckedDate } from './form-dates';
import { NO_PROBLEM, type Checked } from './form-numbers';
import { parseScore, type ScoreParse } from './measure';

/** A pupil's place in a group: adding them, recording their measures, and their leaving the group. */

export const ADD_PUPIL_FIELD = {
  search: 'add-pupil-search',
  pupilId: 'add-pupil-choice',
  joinedOn: 'add-pupil-joined',
  entryScore: 'add-pupil-entry-score',
  entryDate: 'add-pupil-entry-date',
  targetScore: 'add-pupil-target',
} as const;

export const MEASURES_FIELD = {
  entryScore: 'measures-entry-score',
  entryDate: 'measures-entry-date',
  targetScore: 'measures-target',
  exitScore: 'measures-exit-score',
  exitDate: 'measures-exit-date',
} as const;

export const LEAVING_FIELD = { leftOn: 'leaving-date' } as const;

function fieldIdIn(fields: Record<string, string>, dates: readonly string[]) {
  return (field: string): string | undefined => {
    if (!Object.hasOwn(fields, field)) return undefined;
    return dates.includes(field) ? dateFieldId(fields[field]) : fields[field];
  };
}

export const addPupilFieldId = fieldIdIn(ADD_PUPIL_FIELD, ['joinedOn', 'entryDate']);
export const measuresFieldId = fieldIdIn(MEASURES_FIELD, ['entryDate', 'exitDate']);
export const leavingFieldId = fieldIdIn(LEAVING_FIELD, ['leftOn']);

function scoreProblem(score: ScoreParse, what: string): string | undefined {
  return score.kind === 'invalid' ? `${what} must be a number, like 92 or 8.5` : undefined;
}

/** A score and the date it was taken go together: both, or neither (the database holds them so). */
function pairProblems(
  score: ScoreParse,
  date: CheckedDate & { empty: boolean },
  scoreId: string,
  what: { score: string; date: string; enterScore: string },
): [string, string | undefined][] {
  return [
    [
      scoreId,
      scoreProblem(score, what.score) ??
        (score.kind === 'empty' && !date.empty ? `${what.enterScore}, or clear its date` : undefined),
    ],
    [date.fieldId, date.message ?? (score.kind === 'ok' && date.empty ? `Enter ${what.date}` : undefined)],
  ];
}

function valueOf(score: ScoreParse): number | null {
  return score.kind === 'ok' ? score.score : null;
}

function isoOf(date: CheckedDate): string | null {
  return date.result.ok ? date.result.iso : null;
}

function failed(
  problem: ReturnType<typeof formProblem>,
  dates: Record<string, CheckedDate>,
  extra: Record<string, boolean> = {},
) {
  const dateParts = datePartsOf(dates);
  for (const [id, whole] of Object.entries(extra)) if (whole) dateParts[id] = ['day', 'month', 'year'];
  return { ok: false as const, problem: problem ?? NO_PROBLEM, dateParts };
}

/** Adding a pupil: who, when they join, and their entry measure and target if already known. */
export function checkAddPupil(
  data: FormData,
  { hasChoices }: { hasChoices: boolean },
): Checked<AddProvisionPupilRequest> {
  const pupilId = formText(data, 'pupilId');
  const joined = checkDate(ADD_PUPIL_FIELD.joinedOn, readDateParts(data, 'joinedOn'), {
    label: 'The date they join',
    missing: 'Enter the date the pupil joins the group',
  });
  const entry = parseScore(formText(data, 'entryScore'));
  const entryDate = checkDate(
    ADD_PUPIL_FIELD.entryDate,
    readDateParts(data, 'entryDate'),
    { label: 'The date of the entry measure', missing: '' },
    true,
  );
  const target = parseScore(formText(data, 'targetScore'));
  const problem = formProblem([
    hasChoices
      ? [ADD_PUPIL_FIELD.pupilId, pupilId ? undefined : 'Select the pupil to add']
      : [ADD_PUPIL_FIELD.search, pupilId ? undefined : 'Search for the pupil by name, then select them'],
    [joined.fieldId, joined.message],
    ...pairProblems(entry, entryDate, ADD_PUPIL_FIELD.entryScore, {
      score: 'The entry score',
      date: 'the date of the entry measure',
      enterScore: 'Enter the entry score',
    }),
    [ADD_PUPIL_FIELD.targetScore, scoreProblem(target, 'The target')],
  ]);
  if (problem || !joined.result.ok) {
    return failed(problem, { [ADD_PUPIL_FIELD.joinedOn]: joined, [ADD_PUPIL_FIELD.entryDate]: entryDate });
  }
  const request: AddProvisionPupilRequest = { pupilId, joinedOn: joined.result.iso };
  const entryScore = valueOf(entry);
  const entryIso = isoOf(entryDate);
  if (entryScore !== null && entryIso) {
    request.entryScore = entryScore;
    request.entryDate = entryIso;
  }
  const targetScore = valueOf(target);
  if (targetScore !== null) request.targetScore = targetScore;
  return { ok: true, request };
}

/** Recording measures: every field is sent, and an empty one clears that measure. */
export function checkMeasures(
  data: FormData,
): Checked<Omit<UpdateProvisionPlaceRequest, 'version' | 'leftOn'>> {
  const entry = parseScore(formText(data, 'entryScore'));
  const entryDate = checkDate(
    MEASURES_FIELD.entryDate,
    readDateParts(data, 'entryDate'),
    { label: 'The date of the entry measure', missing: '' },
    true,
  );
  const target = parseScore(formText(data, 'targetScore'));
  const exit = parseScore(formText(data, 'exitScore'));
  const exitDate = checkDate(
    MEASURES_FIELD.exitDate,
    readDateParts(data, 'exitDate'),
    { label: 'The date of the exit measure', missing: '' },
    true,
  );
  const entryIso = isoOf(entryDate);
  const exitIso = isoOf(exitDate);
  const exitBeforeEntry = Boolean(entryIso && exitIso && exitIso < entryIso);
  const [exitScoreCheck, exitDateCheck] = pairProblems(exit, exitDate, MEASURES_FIELD.exitScore, {
    score: 'The exit score',
    date: 'the date of the exit measure',
    enterScore: 'Enter the exit score',
  });
  const problem = formProblem([
    ...pairProblems(entry, entryDate, MEASURES_FIELD.entryScore, {
      score: 'The entry score',
      date: 'the date of the entry measure',
      enterScore: 'Enter the entry score',
    }),
    [MEASURES_FIELD.targetScore, scoreProblem(target, 'The target')],
    exitScoreCheck,
    [
      exitDateCheck[0],
      exitDateCheck[1] ??
        (exitBeforeEntry
          ? 'The date of the exit measure must be on or after the date of the entry measure'
          : undefined),
    ],
  ]);
  if (problem) {
    return failed(
      problem,
      { [MEASURES_FIELD.entryDate]: entryDate, [MEASURES_FIELD.exitDate]: exitDate },
      { [MEASURES_FIELD.exitDate]: exitBeforeEntry && !exitDateCheck[1] },
    );
  }
  return {
    ok: true,
    request: {
      entryScore: valueOf(entry),
      entryDate: entryIso,
      targetScore: valueOf(target),
      exitScore: valueOf(exit),
      exitDate: exitIso,
    },
  };
}

/** Leaving the group: the date, on or after the day they joined. */
export function checkLeaving(data: FormData, joinedOn: string): Checked<{ leftOn: string }> {
  const left = checkDate(LEAVING_FIELD.leftOn, readDateParts(data, 'leftOn'), {
    label: 'The date they leave',
    missing: 'Enter the date the pupil leaves the group',
  });
  const beforeJoining = left.result.ok && left.result.iso < joinedOn;
  const problem = formProblem([
    [
      left.fieldId,
      left.message ??
        (beforeJoining
          ? `The date they leave must be on or after the day they joined, ${formatDate(joinedOn)}`
          : undefined),
    ],
  ]);
  if (problem || !left.result.ok) {
    return failed(problem, { [LEAVING_FIELD.leftOn]: left }, { [LEAVING_FIELD.leftOn]: beforeJoining });
  }
  return { ok: true, request: { leftOn: left.result.iso } };
}
