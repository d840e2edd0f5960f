import { randomUUID } from 'node:crypto';
import {
  PLAN_LIST_ITEM_MAX,
  PLAN_OUTCOME_LIMITS,
  type PlanContent,
  type PlanFormat,
  type PlanOutcome,
  type PlanProvisionSection,
  type PlanSection,
} from '@sendreg/contracts';
import { isISO8601 } from 'class-validator';
import type { FieldError } from '../platform/http/problem';
import { cleanText } from '../passports/passport-content';
import { isUuid } from '../platform/http/uuid-param.pipe';

/** An outcome id as kept: the server's uuids, or an id the browser made for a new outcome. */
export const OUTCOME_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** More provisions than any pupil is in: a bound on what one request can make the server look up. */
export const PLAN_PROVISIONS_MAX = 30;

const OUTCOME_FIELDS = new Set(['id', 'description', 'measure', 'byDate', 'needCode', 'carriedFrom']);
const PROVISION_FIELDS = new Set(['provisionIds', 'notes']);

const count = (n: number) => n.toLocaleString('en-GB');

/** A calendar date written YYYY-MM-DD that exists. */
export function isDateOnly(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isISO8601(value, { strict: true });
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One line of a list: any run of white space (a pasted line break too) becomes one space. */
const cleanLine = (value: string) => cleanText(value).replace(/\s+/g, ' ');

export interface PlanContentContext {
  /** The census SEN type codes an outcome may name (need_types). */
  needCodes: ReadonlySet<string>;
  /**
   * The plan's content before this save. An outcome keeps where it was carried from by its id: that
   * link is made by the review, never taken from the browser.
   */
  previous?: PlanContent;
  /** Makes the id of an outcome sent without one. */
  newId?: () => string;
}

/** A provision the content names, with the field to blame if it is not one of the school's. */
export interface ProvisionMention {
  id: string;
  field: string;
}

export interface CheckedPlanContent {
  /** The content as stored: known sections only, cleaned, empty sections left out. */
  content: PlanContent;
  errors: FieldError[];
  /** Provisions named, for the caller to check against the school's (which needs the database). */
  provisions: ProvisionMention[];
}

/** Where each outcome of the previous content came from, by outcome id. */
function carriedFromById(format: PlanFormat, previous: PlanContent | undefined): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const outcome of planOutcomes(format, previous ?? {})) map.set(outcome.id, outcome.carriedFrom);
  return map;
}

/** Every outcome of a plan's content, over the format's outcome sections. */
export function planOutcomes(format: PlanFormat, content: PlanContent): PlanOutcome[] {
  return format.sections
    .filter((s) => s.kind === 'outcomes')
    .flatMap((s) => (Array.isArray(content[s.key]) ? (content[s.key] as PlanOutcome[]) : []));
}

/**
 * Checks a plan's content against its format's sections (which are data: PLAN_FORMATS), so a new
 * national format is a new entry there, not new code. Errors name the field as the form shows it,
 * e.g. `content.outcomes[1].measure` or `content.strategies[0]`, with messages a SENCO can act on.
 * Outcomes sent without an id get a new one; given ids are kept, and must be unique in the plan.
 */
export function checkPlanContent(
  input: Record<string, unknown>,
  format: PlanFormat,
  context: PlanContentContext,
): CheckedPlanContent {
  const content: PlanContent = {};
  const errors: FieldError[] = [];
  const provisions: ProvisionMention[] = [];
  const carriedFrom = carriedFromById(format, context.previous);
  const outcomeIds = new Set<string>();
  const newId = context.newId ?? randomUUID;

  for (const [key, value] of Object.entries(input)) {
    const section = format.sections.find((s) => s.key === key);
    const field = `content.${key}`;
    if (!section) {
      errors.push({ field, message: `The plan has no section called "${key.slice(0, 60)}"` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const before = errors.length;
    let checked: PlanContent[string] | undefined;
    switch (section.kind) {
      case 'text':
        checked = checkText(section, field, value, errors);
        break;
      case 'list':
        checked = checkList(section, field, value, errors);
        break;
      case 'provision':
        checked = checkProvision(section, field, value, errors, provisions);
        break;
      case 'outcomes':
        checked = checkOutcomes(section, field, value, errors, context.needCodes, (given, at) => {
          const id = given ?? newId();
          if (outcomeIds.has(id)) {
            errors.push({ field: `${at}.id`, message: 'Two outcomes have the same id: remove one' });
          }
          outcomeIds.add(id);
          return id;
        }).map((o) => ({ ...o, carriedFrom: carriedFrom.get(o.id) ?? null }));
        break;
    }
    if (errors.length === before && checked !== undefined) content[key] = checked;
  }
  return { content, errors, provisions };
}

function checkText(section: PlanSection, field: string, value: unknown, errors: FieldError[]) {
  if (typeof value !== 'string') {
    errors.push({ field, message: `${section.label} must be written as text` });
    return undefined;
  }
  const text = cleanText(value);
  if (text.length > section.max) {
    errors.push({
      field,
      message: `${section.label} must be ${count(section.max)} characters or fewer (it has ${count(text.length)})`,
    });
    return undefined;
  }
  return text || undefined;
}

function checkList(section: PlanSection, field: string, value: unknown, errors: FieldError[]) {
  if (!Array.isArray(value)) {
    errors.push({ field, message: `${section.label} must be a list, one item per line` });
    return undefined;
  }
  if (value.length > section.max) {
    errors.push({
      field,
      message: `${section.label} can have at most ${section.max} items (it has ${value.length})`,
    });
    return undefined;
  }
  const items: string[] = [];
  value.forEach((item: unknown, index) => {
    const at = `${field}[${index}]`;
    const which = `Item ${index + 1} of ${section.label}`;
    if (typeof item !== 'string') {
      errors.push({ field: at, message: `${which} must be written as text` });
      return;
    }
    const text = cleanLine(item);
    if (!text) errors.push({ field: at, message: `${which} is empty: write something or remove it` });
    else if (text.length > PLAN_LIST_ITEM_MAX) {
      errors.push({
        field: at,
        message: `${which} must be ${PLAN_LIST_ITEM_MAX} characters or fewer (it has ${count(text.length)})`,
      });
    } else items.push(text);
  });
  return items.length ? items : undefined;
}

function checkProvision(
  section: PlanSection,
  field: string,
  value: unknown,
  errors: FieldError[],
  provisions: ProvisionMention[],
): PlanProvisionSection | undefined {
  if (!isRecord(value)) {
    errors.push({ field, message: `${section.label} must list provisions and notes` });
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!PROVISION_FIELDS.has(key)) {
      errors.push({
        field: `${field}.${key}`,
        message: `${section.label} has no field called "${key.slice(0, 60)}"`,
      });
    }
  }
  const ids = value.provisionIds ?? [];
  const provisionIds: string[] = [];
  if (!Array.isArray(ids)) {
    errors.push({ field: `${field}.provisionIds`, message: 'Choose the provisions from the list' });
  } else if (ids.length > PLAN_PROVISIONS_MAX) {
    errors.push({
      field: `${field}.provisionIds`,
      message: `A plan can link at most ${PLAN_PROVISIONS_MAX} provisions (it has ${ids.length})`,
    });
  } else {
    ids.forEach((id: unknown, index) => {
      const at = `${field}.provisionIds[${index}]`;
      if (!isUuid(id)) errors.push({ field: at, message: 'Choose a provision of this school' });
      else if (provisionIds.includes(id.toLowerCase())) {
        errors.push({ field: at, message: 'This provision is listed twice: remove one' });
      } else {
        provisionIds.push(id.toLowerCase());
        provisions.push({ id: id.toLowerCase(), field: at });
      }
    });
  }
  const rawNotes = value.notes ?? '';
  let notes = '';
  if (typeof rawNotes !== 'string') {
    errors.push({
      field: `${field}.notes`,
      message: `The notes of ${section.label} must be written as text`,
    });
  } else {
    notes = cleanText(rawNotes);
    if (notes.length > section.max) {
      errors.push({
        field: `${field}.notes`,
        message: `The notes of ${section.label} must be ${count(section.max)} characters or fewer (they have ${count(notes.length)})`,
      });
    }
  }
  return provisionIds.length || notes ? { provisionIds, notes } : undefined;
}

type OutcomeWithoutLink = Omit<PlanOutcome, 'carriedFrom'>;

function checkOutcomes(
  section: PlanSection,
  field: string,
  value: unknown,
  errors: FieldError[],
  needCodes: ReadonlySet<string>,
  idFor: (given: string | undefined, at: string) => string,
): OutcomeWithoutLink[] {
  if (!Array.isArray(value)) {
    errors.push({ field, message: `${section.label} must be a list of outcomes` });
    return [];
  }
  if (value.length > section.max) {
    errors.push({
      field,
      message: `${section.label} can have at most ${section.max} outcomes (it has ${value.length})`,
    });
    return [];
  }
  const outcomes: OutcomeWithoutLink[] = [];
  value.forEach((item: unknown, index) => {
    const at = `${field}[${index}]`;
    const which = `Outcome ${index + 1}`;
    if (!isRecord(item)) {
      errors.push({ field: at, message: `${which} must have a description, a measure and a date` });
      return;
    }
    const before = errors.length;
    for (const key of Object.keys(item)) {
      if (!OUTCOME_FIELDS.has(key)) {
        errors.push({
          field: `${at}.${key}`,
          message: `An outcome has no field called "${key.slice(0, 60)}"`,
        });
      }
    }
    let given: string | undefined;
    if (item.id !== undefined && item.id !== null && item.id !== '') {
      if (typeof item.id !== 'string' || !OUTCOME_ID.test(item.id)) {
        errors.push({ field: `${at}.id`, message: `${which} has an id this plan did not give it` });
      } else given = item.id;
    }
    const description = requiredText(item.description, `${at}.description`, errors, {
      missing: `Describe what success looks like for ${which.toLowerCase()}`,
      max: PLAN_OUTCOME_LIMITS.description,
      label: `The description of ${which.toLowerCase()}`,
    });
    const measure = requiredText(item.measure, `${at}.measure`, errors, {
      missing: `Say how ${which.toLowerCase()} will be measured`,
      max: PLAN_OUTCOME_LIMITS.measure,
      label: `The measure of ${which.toLowerCase()}`,
    });
    if (!isDateOnly(item.byDate)) {
      errors.push({
        field: `${at}.byDate`,
        message: `Enter the date ${which.toLowerCase()} should be met by, as a real date`,
      });
    }
    let needCode: string | null = null;
    if (item.needCode !== undefined && item.needCode !== null && item.needCode !== '') {
      if (typeof item.needCode !== 'string' || !needCodes.has(item.needCode)) {
        errors.push({ field: `${at}.needCode`, message: 'Choose an area of need from the list' });
      } else needCode = item.needCode;
    }
    if (errors.length !== before) return;
    outcomes.push({
      id: idFor(given, at),
      description: description!,
      measure: measure!,
      byDate: item.byDate as string,
      needCode,
    });
  });
  return outcomes;
}

function requiredText(
  value: unknown,
  field: string,
  errors: FieldError[],
  words: { missing: string; max: number; label: string },
): string | undefined {
  const text = typeof value === 'string' ? cleanText(value) : '';
  if (!text) errors.push({ field, message: words.missing });
  else if (text.length > words.max) {
    errors.push({
      field,
      message: `${words.label} must be ${count(words.max)} characters or fewer (it has ${count(text.length)})`,
    });
  } else return text;
  return undefined;
}

/** Whether a section holds something (as stored: empty sections are left out). */
export function sectionFilled(content: PlanContent, section: PlanSection): boolean {
  const value = content[section.key];
  if (value === undefined || value === null) return false;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  return value.provisionIds.length > 0 || value.notes.length > 0;
}

/**
 * What an active plan must hold: every section required to activate, and a review date (an active
 * plan without one would never be reviewed). Errors are field by field, like any other.
 */
export function activePlanErrors(
  format: PlanFormat,
  content: PlanContent,
  reviewDate: string | null,
): FieldError[] {
  const errors: FieldError[] = format.sections
    .filter((s) => s.requiredToActivate && !sectionFilled(content, s))
    .map((s) => ({
      field: `content.${s.key}`,
      message:
        s.kind === 'outcomes'
          ? `Add at least one outcome: an active plan needs ${s.label.toLowerCase()} to review`
          : `Fill in ${s.label.toLowerCase()}: an active plan needs it`,
    }));
  if (!reviewDate) {
    errors.push({ field: 'reviewDate', message: 'Enter the date of the review: an active plan needs one' });
  }
  return errors;
}

/**
 * What adults in class need from a plan: the items of its sections for class staff, and nothing else
 * (a teaching assistant sees only these).
 */
export function classStaffStrategies(format: PlanFormat, content: PlanContent): string[] {
  return format.sections
    .filter((s) => s.forClassStaff)
    .flatMap((s) => {
      const value = content[s.key];
      if (s.kind === 'list' && Array.isArray(value)) return value as string[];
      if (s.kind === 'text' && typeof value === 'string' && value) return [value];
      return [];
    });
}
