/**
 * Money as people type it and as the API keeps it. Forms take pounds ("1.20", "£1,200", "0.5") and the
 * API takes whole pence, so the conversion is exact: digits are read as text, never through a float.
 */
export type PoundsParse = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'ok'; pence: number };

const POUNDS = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{0,2}))?$/;

/** "£1,200.5" → 120050 pence; "" → empty; "-1", "1.234", "abc" → invalid. */
export function parsePounds(text: string): PoundsParse {
  const cleaned = text.trim().replace(/^£\s*/, '');
  if (cleaned === '') return text.trim() === '' ? { kind: 'empty' } : { kind: 'invalid' };
  const match = POUNDS.exec(cleaned);
  if (!match || (match[1] === undefined && !match[2])) return { kind: 'invalid' };
  const whole = (match[1] ?? '0').replace(/,/g, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const pence = Number(whole) * 100 + Number(fraction);
  return Number.isSafeInteger(pence) ? { kind: 'ok', pence } : { kind: 'invalid' };
}

/** Pence as pounds for a form field to start from: 120 → "1.20", 0 → "0.00". */
export function penceToPounds(pence: number): string {
  const whole = Math.trunc(pence / 100);
  const rest = Math.abs(pence % 100);
  return `${String(whole)}.${String(rest).padStart(2, '0')}`;
}
