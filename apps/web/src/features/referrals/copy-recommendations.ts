import {
  PLAN_FORMATS,
  PLAN_LIST_ITEM_MAX,
  type CurrentPlan,
  type PlanSection,
  type SavePlanRequest,
  type SupportPlan,
} from '@sendreg/contracts';
import { isStaleVersion } from '../../lib/form-problem';

/** The section of a plan that holds the strategies for staff in class (a list shown to class staff). */
export function strategiesSection(format: string): PlanSection | null {
  const sections = PLAN_FORMATS[format]?.sections ?? [];
  return (
    sections.find((s) => s.kind === 'list' && s.key === 'strategies') ??
    sections.find((s) => s.kind === 'list' && s.forClassStaff) ??
    null
  );
}

/** Two strategies are the same when they say the same words, whatever the case or spacing. */
const sameWords = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export interface StrategiesAppended {
  strategies: string[];
  added: string[];
  /** Already in the plan (or chosen twice): left out. */
  duplicates: string[];
  /** Longer than a strategy may be: left out. */
  tooLong: string[];
}

/** Appends the chosen recommendations to the strategies, in order, leaving out duplicates. */
export function appendStrategies(existing: readonly string[], chosen: readonly string[]): StrategiesAppended {
  const seen = new Set(existing.map(sameWords));
  const result: StrategiesAppended = { strategies: [...existing], added: [], duplicates: [], tooLong: [] };
  for (const item of chosen) {
    const text = item.trim().replace(/\s+/g, ' ');
    if (text === '') continue;
    if (seen.has(sameWords(text))) {
      result.duplicates.push(text);
    } else if (text.length > PLAN_LIST_ITEM_MAX) {
      result.tooLong.push(text);
    } else {
      seen.add(sameWords(text));
      result.added.push(text);
      result.strategies.push(text);
    }
  }
  return result;
}

export type CopyPlan =
  | { kind: 'save'; body: SavePlanRequest; appended: StrategiesAppended }
  | { kind: 'nothing-new'; appended: StrategiesAppended }
  | { kind: 'full'; room: number; max: number; appended: StrategiesAppended }
  | { kind: 'no-strategies' };

/** What saving the chosen recommendations into this plan would send, or why it cannot. */
export function planCopy(plan: SupportPlan, chosen: readonly string[]): CopyPlan {
  const section = strategiesSection(plan.format);
  if (!section) return { kind: 'no-strategies' };
  const value = plan.content[section.key];
  const existing = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const appended = appendStrategies(existing, chosen);
  if (appended.added.length === 0) return { kind: 'nothing-new', appended };
  if (appended.strategies.length > section.max) {
    return { kind: 'full', room: Math.max(0, section.max - existing.length), max: section.max, appended };
  }
  return {
    kind: 'save',
    body: {
      version: plan.version,
      content: { ...plan.content, [section.key]: appended.strategies },
      reviewDate: plan.reviewDate,
    },
    appended,
  };
}

export type CopyOutcome =
  | { kind: 'copied'; planId: string; appended: StrategiesAppended }
  | { kind: 'no-plan' }
  | { kind: 'stale' }
  | Exclude<CopyPlan, { kind: 'save' }>;

export interface CopyIo {
  /** GET .../plans/current */
  load: () => Promise<CurrentPlan>;
  /** PUT .../plans/:planId */
  save: (planId: string, body: SavePlanRequest) => Promise<SupportPlan>;
}

/**
 * Copies the chosen recommendations into the active plan's strategies: reads the plan, appends, saves
 * at the version read. When someone else saved the plan meanwhile (409), reads it again and tries once
 * more; a second 409 is reported, not retried.
 */
export async function copyRecommendations(io: CopyIo, chosen: readonly string[]): Promise<CopyOutcome> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const { active } = await io.load();
    if (!active) return { kind: 'no-plan' };
    const copy = planCopy(active, chosen);
    if (copy.kind !== 'save') return copy;
    try {
      await io.save(active.id, copy.body);
      return { kind: 'copied', planId: active.id, appended: copy.appended };
    } catch (error) {
      if (!isStaleVersion(error)) throw error;
    }
  }
  return { kind: 'stale' };
}
