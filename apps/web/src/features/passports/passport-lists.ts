import type { MyPassportItem, Notification, PassportCoverage, PupilRef } from '@sendreg/contracts';

/** Lists of passports: what a teacher reads first, what the SENCO sees, what a class pack prints. */

const byName = new Intl.Collator('en-GB', { sensitivity: 'base' });
const byClass = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export function compareNames(a: { name: string }, b: { name: string }): number {
  return byName.compare(a.name, b.name);
}

/** Words of a search, matched against the pupil's name in any order ("smith ava" finds Ava Smith). */
export function matchesName(name: string, query: string): boolean {
  const words = query.trim().toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const haystack = name.toLocaleLowerCase('en-GB');
  return words.every((word) => haystack.includes(word));
}

export type ReadState = 'not-read' | 'new-version' | 'read' | 'no-passport';

/** Never read any version; read an earlier one; read the current one; nothing published yet. */
export function readState(item: MyPassportItem): ReadState {
  if (!item.current) return 'no-passport';
  if (item.lastReadNumber === null) return 'not-read';
  if (item.lastReadNumber < item.current.number || item.unread) return 'new-version';
  return 'read';
}

export const READ_STATE_LABELS: Record<ReadState, string> = {
  'not-read': 'Not read',
  'new-version': 'New version',
  read: 'Read',
  'no-passport': 'No passport yet',
};

export interface MyPassportGroups {
  /** Not read and new versions, never read first, then by name. */
  toRead: MyPassportItem[];
  read: MyPassportItem[];
  /** Own pupils whose passport the SENCO has not published yet. */
  withoutPassport: MyPassportItem[];
}

const READ_ORDER: Record<ReadState, number> = { 'not-read': 0, 'new-version': 1, read: 2, 'no-passport': 3 };

/** The caller's pupils, filtered by a name search, unread first. */
export function groupMyPassports(items: readonly MyPassportItem[], query = ''): MyPassportGroups {
  const shown = items
    .filter((item) => matchesName(item.pupil.name, query))
    .sort((a, b) => READ_ORDER[readState(a)] - READ_ORDER[readState(b)] || compareNames(a.pupil, b.pupil));
  return {
    toRead: shown.filter((item) => ['not-read', 'new-version'].includes(readState(item))),
    read: shown.filter((item) => readState(item) === 'read'),
    withoutPassport: shown.filter((item) => readState(item) === 'no-passport'),
  };
}

/** The search text, kept in the history entry's state so a pupil's name never reaches the URL. */
export function searchFromState(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('q' in state)) return '';
  return typeof state.q === 'string' ? state.q.trim() : '';
}

/** The SENCO's reminders to read passports not yet marked as read, newest first. */
export function unreadNotices(notifications: readonly Notification[]): Notification[] {
  return notifications
    .filter((notification) => notification.kind === 'passport-nudge' && notification.readAt === null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Class names, in school order (4A before 10B), without repeats or blanks. */
export function classNames(names: readonly (string | null | undefined)[]): string[] {
  return [...new Set(names.filter((name): name is string => Boolean(name?.trim())))].sort(byClass.compare);
}

/** The pupils of a class with a current passport, by name: one printed page each. */
export function classPackPupils(
  pupils: readonly { pupil: PupilRef; hasPassport: boolean }[],
  className: string,
): PupilRef[] {
  return pupils
    .filter((entry) => entry.hasPassport && entry.pupil.className === className)
    .map((entry) => entry.pupil)
    .sort(compareNames);
}

const number = new Intl.NumberFormat('en-GB');

/**
 * How many sheets of paper a class pack takes: each passport starts on a new page, and a passport too
 * long for one page takes more (`pagesEach`, estimated from print-fit).
 */
export function pagesSentence(pagesEach: readonly number[]): string {
  const pages = pagesEach.reduce((total, count) => total + Math.max(1, count), 0);
  const long = pagesEach.filter((count) => count > 1).length;
  if (long === 0) {
    return pages === 1
      ? 'It will print on 1 page.'
      : `It will print on ${number.format(pages)} pages, one per pupil.`;
  }
  return `It will print on about ${number.format(pages)} pages: ${long === 1 ? '1 passport is' : `${number.format(long)} passports are`} too long for one page.`;
}

/** "3 of 5 staff have read it", in words that do not depend on colour or a chart. */
export function readSentence(staff: number, unread: number): string {
  if (staff === 0) return 'No staff work with this pupil';
  const read = Math.max(0, staff - unread);
  if (read === staff)
    return staff === 1
      ? 'The 1 member of staff has read it'
      : `All ${number.format(staff)} staff have read it`;
  return `${number.format(read)} of ${number.format(staff)} staff ${read === 1 ? 'has' : 'have'} read it`;
}

export interface CoverageSummary {
  withPassport: number;
  fullyRead: number;
  withUnread: number;
  withoutPassport: number;
}

export function coverageSummary(coverage: PassportCoverage): CoverageSummary {
  const withUnread = coverage.pupils.filter((row) => row.unreadBy.length > 0).length;
  return {
    withPassport: coverage.pupils.length,
    fullyRead: coverage.pupils.length - withUnread,
    withUnread,
    withoutPassport: coverage.withoutPassport.length,
  };
}

/** Pupils with the most staff yet to read first, then by name. */
export function sortCoverage(pupils: PassportCoverage['pupils']): PassportCoverage['pupils'] {
  return [...pupils].sort((a, b) => b.unreadBy.length - a.unreadBy.length || compareNames(a.pupil, b.pupil));
}

/** Staff with the most unread passports first, then by name. */
export function sortCoverageStaff(staff: PassportCoverage['staff']): PassportCoverage['staff'] {
  return [...staff].sort(
    (a, b) => b.unread - a.unread || byName.compare(a.person.displayName, b.person.displayName),
  );
}
