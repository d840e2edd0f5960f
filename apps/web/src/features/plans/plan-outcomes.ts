import type { PlanOutcome } from '@sendreg/contracts';
import { dateParts, type DateParts } from '../../utils/dates';

/**
 * The outcomes of a plan as the form holds them, and the operations on the list: add, remove, move up
 * or down (buttons, so the order can be changed by keyboard and by voice, not only by dragging).
 */

export interface OutcomeForm {
  /** Stable across revisions, so a review can rate it; new outcomes get a new one here. */
  id: string;
  description: string;
  measure: string;
  byDate: DateParts;
  /** A need type code, or '' for none. */
  needCode: string;
  carriedFrom: string | null;
}

/** A new random id (a UUID) for an outcome. */
export function newOutcomeId(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not.
  const bytes = new Uint8Array(16);
  if (cryptoApi) cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function blankOutcome(id: string = newOutcomeId()): OutcomeForm {
  return {
    id,
    description: '',
    measure: '',
    byDate: { day: '', month: '', year: '' },
    needCode: '',
    carriedFrom: null,
  };
}

export function outcomeToForm(outcome: PlanOutcome): OutcomeForm {
  return {
    id: outcome.id || newOutcomeId(),
    description: outcome.description,
    measure: outcome.measure,
    byDate: dateParts(outcome.byDate),
    needCode: outcome.needCode ?? '',
    carriedFrom: outcome.carriedFrom,
  };
}

export function addOutcome(
  list: readonly OutcomeForm[],
  outcome: OutcomeForm = blankOutcome(),
): OutcomeForm[] {
  return [...list, outcome];
}

export function removeOutcome(list: readonly OutcomeForm[], index: number): OutcomeForm[] {
  return list.filter((_outcome, at) => at !== index);
}

/** Moves the outcome at `index` one place up (-1) or down (+1); out of range leaves the list as it was. */
export function moveOutcome(list: readonly OutcomeForm[], index: number, by: -1 | 1): OutcomeForm[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved as OutcomeForm);
  return next;
}

export function updateOutcome(
  list: readonly OutcomeForm[],
  index: number,
  change: Partial<Omit<OutcomeForm, 'id'>>,
): OutcomeForm[] {
  return list.map((outcome, at) => (at === index ? { ...outcome, ...change } : outcome));
}

/** Whether an outcome has nothing typed in it (so removing it loses nothing). */
export function outcomeIsBlank(outcome: OutcomeForm): boolean {
  return (
    outcome.description.trim() === '' &&
    outcome.measure.trim() === '' &&
    Object.values(outcome.byDate).every((part) => part.trim() === '') &&
    outcome.needCode === ''
  );
}
