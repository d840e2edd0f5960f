import {
  CHRONOLOGY_KIND_LABELS,
  CHRONOLOGY_KINDS,
  type ChronologyCorrection,
  type ChronologyEntry,
  type ChronologyKind,
  type ChronologyValues,
  type PersonRef,
} from '@sendreg/contracts';
import { formatDate } from '../../utils/format-date';

/** Entries shown on the pupil page; the rest are on the chronology. */
export const SUMMARY_ENTRIES = 3;

export function kindLabel(kind: ChronologyKind): string {
  return CHRONOLOGY_KIND_LABELS[kind];
}

/** The filter's kind from the address (?kind=call), or null for every kind (or an unknown one). */
export function kindFilter(value: string | null): ChronologyKind | null {
  return CHRONOLOGY_KINDS.find((kind) => kind === value) ?? null;
}

/** The choices of the filter: every kind, then each. */
export function kindFilterChoices(): { value: string; label: string }[] {
  return [
    { value: '', label: 'All kinds' },
    ...CHRONOLOGY_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) })),
  ];
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

/** A moment in UK time, the GOV.UK way: "4 March 2027 at 2:05pm". */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(dateTime.formatToParts(date).map((part) => [part.type, part.value]));
  const dayPeriod = (parts.dayPeriod ?? '').toLowerCase().replace(/\./g, '');
  return `${parts.day ?? ''} ${parts.month ?? ''} ${parts.year ?? ''} at ${parts.hour ?? ''}:${parts.minute ?? ''}${dayPeriod}`;
}

function personName(person: PersonRef | null): string {
  return person?.displayName ?? 'someone no longer at the school';
}

/** "Recorded on 4 March 2027 at 2:05pm by Sam Senco". */
export function recordedText(entry: { recordedBy: PersonRef | null; recordedAt: string }): string {
  return `Recorded on ${formatMoment(entry.recordedAt)} by ${personName(entry.recordedBy)}`;
}

/** "Corrected on 4 March 2027 by Sam Senco". */
export function correctedText(correction: ChronologyCorrection): string {
  return `Corrected on ${formatDate(correction.recordedAt.slice(0, 10))} by ${personName(correction.recordedBy)}`;
}

/** "12 March 2027: Phone call", as the entry now reads. */
export function entryTitle(entry: ChronologyEntry): string {
  return `${formatDate(entry.effective.occurredOn)}: ${kindLabel(entry.kind)}`;
}

export interface ValueRow {
  key: string;
  label: string;
  value: string;
}

const NOTHING_AGREED = 'Nothing recorded';

/** What an entry (or the original of a corrected one) says, in full, as rows. */
export function valueRows(values: ChronologyValues, kind: ChronologyKind): ValueRow[] {
  return [
    { key: 'date', label: 'Date', value: formatDate(values.occurredOn) },
    ...(kind === 'meeting'
      ? [{ key: 'parent', label: 'Parent meeting', value: values.parentMeeting ? 'Yes' : 'No' }]
      : []),
    { key: 'with', label: 'With whom', value: values.withWhom },
    { key: 'summary', label: 'What happened', value: values.summary },
    { key: 'agreed', label: 'What was agreed', value: values.agreed || NOTHING_AGREED },
  ];
}

/**
 * What a correction says: the date, with whom and whether it was a parent meeting where they changed
 * from what the entry said before it; what happened and what was agreed always, in full.
 */
export function correctionRows(
  before: ChronologyValues,
  correction: ChronologyCorrection,
  kind: ChronologyKind,
): ValueRow[] {
  const all = valueRows(correction, kind);
  const changed: Record<string, boolean> = {
    date: before.occurredOn !== correction.occurredOn,
    parent: before.parentMeeting !== correction.parentMeeting,
    with: before.withWhom !== correction.withWhom,
    summary: true,
    agreed: true,
  };
  return all.filter((row) => changed[row.key]);
}

/** Each correction with what the entry said just before it (the original, then each correction). */
export function correctionsWithBefore(
  entry: ChronologyEntry,
): { correction: ChronologyCorrection; before: ChronologyValues }[] {
  return entry.corrections.map((correction, index) => ({
    correction,
    before: index === 0 ? entry : entry.corrections[index - 1]!,
  }));
}

/** "3 entries" / "1 entry": the count, for the list's heading and the summary. */
export function entriesText(count: number): string {
  return `${String(count)} ${count === 1 ? 'entry' : 'entries'}`;
}

/** The latest few entries, as the chronology lists them (newest first already). */
export function latestEntries(
  entries: readonly ChronologyEntry[],
  count = SUMMARY_ENTRIES,
): ChronologyEntry[] {
  return entries.slice(0, count);
}

/** A long text cut at a word for the pupil page, with an ellipsis; the whole is on the chronology. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** "Latest entry" or "Latest 3 entries" for the pupil page. */
export function latestHeading(total: number, count = SUMMARY_ENTRIES): string {
  const shown = Math.min(total, count);
  return shown === 1 ? 'Latest entry' : `Latest ${String(shown)} entries`;
}
