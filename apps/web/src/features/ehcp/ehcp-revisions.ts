import { joinWords } from '../../utils/words';
import type { EhcpRecordRevision } from '@sendreg/contracts';
import { DATE_FIELDS } from './ehcp-form';

type SavedRecord = EhcpRecordRevision['record'];

/** What each field is called in "Changed: ...". */
const CHANGE_NAMES: [keyof SavedRecord, string][] = [
  ['localAuthority', 'local authority'],
  ['requestedBy', 'who asked for the assessment'],
  ['assessDecision', 'decision whether to assess'],
  ['issueDecision', 'decision whether to issue a plan'],
  ...DATE_FIELDS.map((f): [keyof SavedRecord, string] => [f.key, f.name.replace(/^The /, '')]),
  ['phaseTransfer', 'phase transfer'],
  ['transferYear', 'year of the move'],
  ['notes', 'notes'],
];

/** The names of the fields a save changed, in the form's order. */
export function revisionChanges(revision: SavedRecord, before: SavedRecord): string[] {
  return CHANGE_NAMES.filter(([key]) => (revision[key] ?? null) !== (before[key] ?? null)).map(
    ([, name]) => name,
  );
}

/** What a save did, in a sentence: "Record created.", "Changed: notes and date of the final plan." */
export function revisionSummary(revision: SavedRecord, before: SavedRecord | undefined): string {
  if (!before) return 'Record created.';
  const changes = revisionChanges(revision, before);
  return changes.length ? `Changed: ${joinWords(changes)}.` : 'Saved with no change.';
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** A moment as a school reads it, in England: "5 May 2026 at 10:32". */
export function savedAtText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${DAY.format(date)} at ${TIME.format(date)}`;
}

/** "Version 3, saved by Sam Patel on 5 May 2026 at 10:32". */
export function revisionTitle(revision: EhcpRecordRevision): string {
  const by = revision.savedBy ? ` by ${revision.savedBy.displayName}` : '';
  return `Version ${String(revision.number)}, saved${by} on ${savedAtText(revision.savedAt)}`;
}
