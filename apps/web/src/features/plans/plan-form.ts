import {
  PLAN_LIST_ITEM_MAX,
  PLAN_OUTCOME_LIMITS,
  type CreatePlanRequest,
  type PlanContent,
  type PlanFormat,
  type PlanOutcome,
  type PlanSection,
  type SavePlanRequest,
} from '@sendreg/contracts';
import { dateFieldId } from '../../components/ui/date-input';
import { formProblem, formProblemFrom, type FormProblem } from '../../lib/form-problem';
import { dateParts, parseDateParts, type DatePart, type DateParts } from '../../utils/dates';
import { listOf, outcomesOf, provisionOf, textOf } from './plan-content';
import { outcomeToForm, type OutcomeForm } from './plan-outcomes';
import { linesOf, plural } from './plan-text';

/**
 * The plan form: its state, built from a plan's content section by section (the sections are the
 * format's data), checked as the server checks it, and turned back into a request. The ids of the
 * fields live here too, so the server's field paths ("content.outcomes[1].measure") find their inputs.
 */

export type SectionForm =
  | { kind: 'outcomes'; outcomes: OutcomeForm[] }
  | { kind: 'list'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'provision'; provisionIds: string[]; notes: string };

export interface PlanForm {
  sections: Record<string, SectionForm>;
  reviewDate: DateParts;
}

/** What the form makes once checked: the content and the review date of a request. */
export interface PlanDraft {
  content: PlanContent;
  reviewDate: string | null;
}

export type OutcomePart = 'description' | 'measure' | 'by' | 'need';

export const REVIEW_DATE_ID = 'review-date';

/** The id of a text or list section's textarea. */
export function sectionFieldId(key: string): string {
  return `plan-${key}`;
}

/** The id of the first checkbox of a provision section's groups (the group's error links there). */
export function provisionGroupsId(key: string): string {
  return `plan-${key}-groups`;
}

export function provisionNotesId(key: string): string {
  return `plan-${key}-notes`;
}

/** The id of a field of an outcome; for 'by', the date input's id (its day field is dateFieldId(id)). */
export function outcomeFieldId(key: string, index: number, part: OutcomePart): string {
  return `plan-${key}-${String(index + 1)}-${part}`;
}

/** The "Add an outcome" button: where "add at least one outcome" leads. */
export function addOutcomeId(key: string): string {
  return `plan-${key}-add`;
}

/** The field a section's error summary link leads to when the message is about the whole section. */
export function sectionFirstFieldId(section: PlanSection, form?: PlanForm): string {
  switch (section.kind) {
    case 'outcomes': {
      const value = form?.sections[section.key];
      return value?.kind === 'outcomes' && value.outcomes.length > 0
        ? outcomeFieldId(section.key, 0, 'description')
        : addOutcomeId(section.key);
    }
    case 'provision':
      return provisionNotesId(section.key);
    default:
      return sectionFieldId(section.key);
  }
}

function blankSection(section: PlanSection): SectionForm {
  switch (section.kind) {
    case 'outcomes':
      return { kind: 'outcomes', outcomes: [] };
    case 'provision':
      return { kind: 'provision', provisionIds: [], notes: '' };
    case 'list':
      return { kind: 'list', text: '' };
    case 'text':
      return { kind: 'text', text: '' };
  }
}

/** The form's value of a section, of the section's kind whatever the state holds. */
export function sectionForm(form: PlanForm, section: PlanSection): SectionForm {
  const value = form.sections[section.key];
  return value?.kind === section.kind ? value : blankSection(section);
}

export function planToForm(
  format: PlanFormat,
  content: PlanContent | null | undefined,
  reviewDate: string | null | undefined,
): PlanForm {
  const sections: Record<string, SectionForm> = {};
  for (const section of format.sections) {
    switch (section.kind) {
      case 'outcomes':
        sections[section.key] = {
          kind: 'outcomes',
          outcomes: outcomesOf(content, section.key).map(outcomeToForm),
        };
        break;
      case 'list':
        sections[section.key] = { kind: 'list', text: listOf(content, section.key).join('\n') };
        break;
      case 'text':
        sections[section.key] = { kind: 'text', text: textOf(content, section.key) };
        break;
      case 'provision': {
        const provision = provisionOf(content, section.key);
        sections[section.key] = {
          kind: 'provision',
          provisionIds: [...provision.provisionIds],
          notes: provision.notes,
        };
        break;
      }
    }
  }
  return { sections, reviewDate: dateParts(reviewDate) };
}

function tidyText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

export type Checked<T> =
  { ok: true; value: T } | { ok: false; problem: FormProblem; dateErrors: Record<string, DatePart[]> };

export interface CheckOptions {
  /**
   * Making the plan active: the sections it needs must hold something, and the review date is
   * required and not in the past.
   */
  activate: boolean;
  /** The school's today (YYYY-MM-DD), for the review date of a plan made active. */
  today?: string;
}

type Check = [fieldId: string, message: string | undefined];

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function activationMessage(section: PlanSection): string {
  return section.kind === 'outcomes'
    ? `Add at least one outcome before the plan is made active`
    : `Enter ${lower(section.label)} before the plan is made active`;
}

/**
 * Checks the form as the server will and builds the request's content (empty sections left out, as
 * the server keeps them). Messages are in the order of the fields on the page.
 */
export function checkPlan(
  form: PlanForm,
  format: PlanFormat,
  { activate, today }: CheckOptions,
): Checked<PlanDraft> {
  const checks: Check[] = [];
  const dateErrors: Record<string, DatePart[]> = {};
  const content: PlanContent = {};

  for (const section of format.sections) {
    const value = sectionForm(form, section);
    let empty = true;
    switch (value.kind) {
      case 'outcomes': {
        const outcomes: PlanOutcome[] = [];
        if (value.outcomes.length > section.max) {
          checks.push([
            addOutcomeId(section.key),
            `${section.label} must have ${plural(section.max, 'outcome', 'outcomes')} or fewer`,
          ]);
        }
        value.outcomes.forEach((outcome, index) => {
          const n = String(index + 1);
          const description = tidyText(outcome.description);
          const measure = tidyText(outcome.measure);
          checks.push([
            outcomeFieldId(section.key, index, 'description'),
            description === ''
              ? `Enter what success looks like for outcome ${n}`
              : description.length > PLAN_OUTCOME_LIMITS.description
                ? `What success looks like for outcome ${n} must be ${plural(PLAN_OUTCOME_LIMITS.description, 'character', 'characters')} or fewer`
                : undefined,
          ]);
          checks.push([
            outcomeFieldId(section.key, index, 'measure'),
            measure === ''
              ? `Enter how outcome ${n} will be measured`
              : measure.length > PLAN_OUTCOME_LIMITS.measure
                ? `How outcome ${n} will be measured must be ${plural(PLAN_OUTCOME_LIMITS.measure, 'character', 'characters')} or fewer`
                : undefined,
          ]);
          const byId = outcomeFieldId(section.key, index, 'by');
          const byDate = parseDateParts(outcome.byDate, {
            label: `The date for outcome ${n}`,
            missing: `Enter the date outcome ${n} should be met by`,
          });
          if (!byDate.ok) {
            checks.push([dateFieldId(byId, byDate.parts[0]), byDate.message]);
            dateErrors[byId] = byDate.parts;
          }
          outcomes.push({
            id: outcome.id,
            description,
            measure,
            byDate: byDate.ok ? byDate.iso : '',
            needCode: outcome.needCode === '' ? null : outcome.needCode,
            carriedFrom: outcome.carriedFrom,
          });
        });
        if (outcomes.length) {
          content[section.key] = outcomes;
          empty = false;
        }
        break;
      }
      case 'list': {
        const items = linesOf(value.text);
        const id = sectionFieldId(section.key);
        if (items.length > section.max) {
          checks.push([
            id,
            `${section.label} must have ${plural(section.max, 'item', 'items')} or fewer, one per line`,
          ]);
        }
        const long = items.findIndex((item) => item.length > PLAN_LIST_ITEM_MAX);
        if (long >= 0) {
          checks.push([
            id,
            `Item ${String(long + 1)} of ${lower(section.label)} must be ${plural(PLAN_LIST_ITEM_MAX, 'character', 'characters')} or fewer`,
          ]);
        }
        if (items.length) {
          content[section.key] = items;
          empty = false;
        }
        break;
      }
      case 'text': {
        const text = tidyText(value.text);
        if (text.length > section.max) {
          checks.push([
            sectionFieldId(section.key),
            `${section.label} must be ${plural(section.max, 'character', 'characters')} or fewer`,
          ]);
        }
        if (text) {
          content[section.key] = text;
          empty = false;
        }
        break;
      }
      case 'provision': {
        const notes = tidyText(value.notes);
        if (notes.length > section.max) {
          checks.push([
            provisionNotesId(section.key),
            `Other support must be ${plural(section.max, 'character', 'characters')} or fewer`,
          ]);
        }
        const provisionIds = [...new Set(value.provisionIds)];
        if (provisionIds.length || notes) {
          content[section.key] = { provisionIds, notes };
          empty = false;
        }
        break;
      }
    }
    if (activate && section.requiredToActivate && empty) {
      checks.push([sectionFirstFieldId(section, form), activationMessage(section)]);
    }
  }

  const blankDate = Object.values(form.reviewDate).every((part) => part.trim() === '');
  let reviewDate: string | null = null;
  if (!blankDate || activate) {
    const parsed = parseDateParts(form.reviewDate, {
      label: 'The next review date',
      missing: 'Enter the date of the next review before the plan is made active',
    });
    if (parsed.ok && activate && today !== undefined && parsed.iso < today) {
      checks.push([
        dateFieldId(REVIEW_DATE_ID),
        'The next review date is in the past: choose a date from today before the plan is made active',
      ]);
      dateErrors[REVIEW_DATE_ID] = ['day', 'month', 'year'];
    } else if (parsed.ok) reviewDate = parsed.iso;
    else {
      checks.push([dateFieldId(REVIEW_DATE_ID, parsed.parts[0]), parsed.message]);
      dateErrors[REVIEW_DATE_ID] = parsed.parts;
    }
  }

  const problem = formProblem(checks);
  if (problem) return { ok: false, problem, dateErrors };
  return { ok: true, value: { content, reviewDate } };
}

export function createPlanRequest(format: PlanFormat, draft: PlanDraft): CreatePlanRequest {
  return { format: format.id, content: draft.content, reviewDate: draft.reviewDate };
}

export function savePlanRequest(version: number, draft: PlanDraft): SavePlanRequest {
  return { version, content: draft.content, reviewDate: draft.reviewDate };
}

/** Whether what the form makes is what was last saved (so "Make active" need not save first). */
export function sameDraft(a: PlanDraft | null, b: PlanDraft | null): boolean {
  if (!a || !b) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** ["content", "outcomes", "1", "measure"] from "content.outcomes[1].measure" (or "content.outcomes.1.measure"). */
export function fieldPath(field: string): string[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((token) => token !== '');
}

const OUTCOME_PARTS: Record<string, OutcomePart> = {
  description: 'description',
  measure: 'measure',
  byDate: 'by',
  needCode: 'need',
};

/**
 * The API's field path to the id of the input on the page: "content.outcomes[1].measure" → outcome 2's
 * measure, "content.strategies[3]" → the strategies textarea, "content.provision.notes", "reviewDate".
 * Undefined for paths the form has no field for ("version"): the message then leads to the first field.
 */
export function planFieldId(field: string, format: PlanFormat, form: PlanForm): string | undefined {
  const [head, key, index, part] = fieldPath(field);
  if (head === 'reviewDate') return dateFieldId(REVIEW_DATE_ID);
  if (head !== 'content') return undefined;
  const section = format.sections.find((candidate) => candidate.key === key);
  if (!section) return format.sections[0] ? sectionFirstFieldId(format.sections[0], form) : undefined;
  switch (section.kind) {
    case 'outcomes': {
      const value = sectionForm(form, section);
      const at = Number(index);
      if (
        index === undefined ||
        !Number.isInteger(at) ||
        value.kind !== 'outcomes' ||
        at >= value.outcomes.length
      ) {
        return sectionFirstFieldId(section, form);
      }
      const which = OUTCOME_PARTS[part ?? ''] ?? 'description';
      const id = outcomeFieldId(section.key, at, which);
      return which === 'by' ? dateFieldId(id) : id;
    }
    case 'provision':
      return index === 'provisionIds' ? provisionGroupsId(section.key) : provisionNotesId(section.key);
    default:
      return sectionFieldId(section.key);
  }
}

/** The server's refusal as a form problem, each message beside its field. */
export function planProblemFrom(error: unknown, format: PlanFormat, form: PlanForm): FormProblem {
  const first = format.sections[0]
    ? sectionFirstFieldId(format.sections[0], form)
    : dateFieldId(REVIEW_DATE_ID);
  return formProblemFrom(error, (field) => planFieldId(field, format, form), first);
}
