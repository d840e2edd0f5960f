import { PASSPORT_SECTIONS, type Passport, type PassportSection } from '@sendreg/contracts';
import { sameSection } from './passport-content';

/** What a reader who read an earlier version needs to see first: which version, what changed, where. */
export interface ChangesSinceRead {
  /** The version they last confirmed reading. */
  lastReadNumber: number;
  notes: Passport['changesSinceRead'];
  /** The keys of the sections whose words differ from the version they read, in page order. */
  changedKeys: string[];
}

/**
 * The changes since the caller last read the passport, or null when there is nothing to show: they have
 * read the current version, never read any (the whole passport is new to them), or nothing is published.
 */
export function changesSinceRead(
  passport: Pick<Passport, 'current' | 'myLastRead' | 'lastReadContent' | 'changesSinceRead'>,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): ChangesSinceRead | null {
  const { current, myLastRead, lastReadContent } = passport;
  if (!current || !myLastRead || myLastRead.number >= current.number) return null;
  return {
    lastReadNumber: myLastRead.number,
    notes: [...passport.changesSinceRead].sort((a, b) => b.number - a.number),
    changedKeys: lastReadContent
      ? sections
          .filter((section) => !sameSection(lastReadContent, current.content, section))
          .map((section) => section.key)
      : [],
  };
}

/** Whether the caller still has to confirm reading the current version. */
export function needsReceipt(passport: Pick<Passport, 'current' | 'myLastRead'>): boolean {
  return passport.current !== null && (passport.myLastRead?.number ?? 0) < passport.current.number;
}
