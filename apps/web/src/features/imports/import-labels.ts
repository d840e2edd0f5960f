import type { ImportKind } from './import-form';

/** The kinds of file, as the choice and the history name them. */
export const KIND_LABELS: Record<ImportKind, string> = {
  csv: 'CSV from your MIS',
  ctf: 'Common Transfer File (CTF)',
};

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

/**
 * A moment as the school reads it, in UK time: "4 March 2025 at 2:05pm" (the GOV.UK style, with a
 * lower-case am or pm and no space).
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(dateTime.formatToParts(date).map((part) => [part.type, part.value]));
  const dayPeriod = (parts.dayPeriod ?? '').toLowerCase().replace(/\./g, '');
  return `${parts.day ?? ''} ${parts.month ?? ''} ${parts.year ?? ''} at ${parts.hour ?? ''}:${parts.minute ?? ''}${dayPeriod}`;
}

/** "1 pupil", "3,600 pupils". */
export function pupilCount(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'pupil' : 'pupils'}`;
}
