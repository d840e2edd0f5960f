import type { Passport, PassportVersion } from '@sendreg/contracts';
import { changesSinceRead, needsReceipt } from './passport-changes';

function version(number: number, content: PassportVersion['content']): PassportVersion {
  return {
    id: `v${String(number)}`,
    number,
    content,
    photoId: null,
    changeNote: `Note ${String(number)}`,
    publishedBy: { id: 'u1', displayName: 'Sam Patel' },
    publishedAt: `2025-03-0${String(number)}T10:00:00Z`,
  };
}

function passport(overrides: Partial<Passport>): Passport {
  return {
    pupil: { id: 'p1', name: 'Ava Smith', yearGroup: '4', className: '4A' },
    current: version(3, { aboutMe: 'I like trains', howToHelp: ['Sit me at the front', 'Use my name'] }),
    draft: null,
    myLastRead: null,
    lastReadContent: null,
    changesSinceRead: [],
    ...overrides,
  };
}

describe('changesSinceRead', () => {
  it('is nothing for someone who never read it, or read the current version', () => {
    expect(changesSinceRead(passport({}))).toBeNull();
    expect(
      changesSinceRead(passport({ myLastRead: { number: 3, readAt: '2025-03-04T09:00:00Z' } })),
    ).toBeNull();
    expect(changesSinceRead(passport({ current: null }))).toBeNull();
  });

  it('names the version they read, the notes newest first, and the sections that changed in page order', () => {
    const changes = changesSinceRead(
      passport({
        myLastRead: { number: 1, readAt: '2025-03-01T12:00:00Z' },
        lastReadContent: {
          aboutMe: 'I like trains',
          howToHelp: ['Sit me at the front'],
          communication: 'Short words',
        },
        changesSinceRead: [
          { number: 2, changeNote: 'Note 2', publishedAt: '2025-03-02T10:00:00Z' },
          { number: 3, changeNote: 'Note 3', publishedAt: '2025-03-03T10:00:00Z' },
        ],
      }),
    );
    expect(changes).toEqual({
      lastReadNumber: 1,
      notes: [
        { number: 3, changeNote: 'Note 3', publishedAt: '2025-03-03T10:00:00Z' },
        { number: 2, changeNote: 'Note 2', publishedAt: '2025-03-02T10:00:00Z' },
      ],
      // "communication" was removed, "howToHelp" gained a strategy; "aboutMe" is the same.
      changedKeys: ['howToHelp', 'communication'],
    });
  });

  it('still shows the notes when the earlier words are not available', () => {
    const changes = changesSinceRead(
      passport({
        myLastRead: { number: 2, readAt: '2025-03-02T12:00:00Z' },
        changesSinceRead: [{ number: 3, changeNote: 'Note 3', publishedAt: '2025-03-03T10:00:00Z' }],
      }),
    );
    expect(changes?.changedKeys).toEqual([]);
    expect(changes?.notes).toHaveLength(1);
  });
});

describe('needsReceipt', () => {
  it('asks until the current version is confirmed', () => {
    expect(needsReceipt(passport({}))).toBe(true);
    expect(needsReceipt(passport({ myLastRead: { number: 2, readAt: '2025-03-02T12:00:00Z' } }))).toBe(true);
    expect(needsReceipt(passport({ myLastRead: { number: 3, readAt: '2025-03-04T12:00:00Z' } }))).toBe(false);
    expect(needsReceipt(passport({ current: null }))).toBe(false);
  });
});
