import type { FormProblem } from '../../lib/form-problem';
import type { DatePart } from '../../utils/dates';

/** The parts of each date input (by its id) that an error is about, so only they get a red border. */
export type DateErrorParts = Record<string, DatePart[]>;

/** A form read and checked in the browser: the request to send, or what to show against the fields. */
export type Checked<T> =
  { ok: true; request: T } | { ok: false; problem: FormProblem; dateParts: DateErrorParts };

export type WholeParse = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'ok'; value: number };

/** "30" → 30; "30.5", "thirty", "-1" are not whole numbers of minutes or pupils. */
export function parseWhole(text: string): WholeParse {
  const cleaned = text.trim();
  if (cleaned === '') return { kind: 'empty' };
  if (!/^\d{1,6}$/.test(cleaned)) return { kind: 'invalid' };
  return { kind: 'ok', value: Number(cleaned) };
}

/**
 * The message for a whole number that must lie between min and max, or undefined when it does.
 * `what` starts the sentences: "The usual group size must be …".
 */
export function wholeNumberProblem(
  parsed: WholeParse,
  {
    what,
    missing,
    min,
    max,
    unit = '',
  }: { what: string; missing: string; min: number; max: number; unit?: string },
): string | undefined {
  const range = `between ${String(min)} and ${String(max)}${unit ? ` ${unit}` : ''}`;
  if (parsed.kind === 'empty') return missing;
  if (parsed.kind === 'invalid') return `${what} must be a whole number ${range}`;
  if (parsed.value < min || parsed.value > max) return `${what} must be ${range}`;
  return undefined;
}

export function tooLong(text: string, max: number, what: string): string | undefined {
  return text.length > max ? `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` : undefined;
}

export const NO_PROBLEM: FormProblem = { fields: {}, summary: [] };
