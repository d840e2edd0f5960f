import type { MyPassportItem, Notification, PassportCoverage, PupilRef } from '@sendreg/contracts';
import {
  classNames,
  classPackPupils,
  coverageSummary,
  groupMyPassports,
  matchesName,
  pagesSentence,
  readSentence,
  readState,
  searchFromState,
  sortCoverage,
  sortCoverageStaff,
  unreadNotices,
} from './passport-lists';

const pupil = (id: string, name: string, className: string | null = '4A'): PupilRef => ({
  id,
  name,
  yearGroup: '4',
  className,
});

function item(id: string, name: string, number: number | null, lastRead: number | null): MyPassportItem {
  return {
    pupil: pupil(id, name),
    current: number === null ? null : { number, publishedAt: '2025-03-01T10:00:00Z', changeNote: 'Note' },
    lastReadNumber: lastRead,
    unread: number !== null && (lastRead ?? 0) < number,
  };
}

describe('my passports', () => {
  const items = [
    item('1', 'Zara Ahmed', 2, 2),
    item('2', 'Ben Jones', 3, 1),
    item('3', 'Ava Smith', 1, null),
    item('4', 'Cal Brown', null, null),
    item('5', 'Amy Ward', 2, 2),
  ];

  it('tells never read from a new version from read', () => {
    expect(items.map(readState)).toEqual(['read', 'new-version', 'not-read', 'no-passport', 'read']);
  });

  it('puts never read first, then new versions, then read, each by name', () => {
    const groups = groupMyPassports(items);
    expect(groups.toRead.map((i) => i.pupil.name)).toEqual(['Ava Smith', 'Ben Jones']);
    expect(groups.read.map((i) => i.pupil.name)).toEqual(['Amy Ward', 'Zara Ahmed']);
    expect(groups.withoutPassport.map((i) => i.pupil.name)).toEqual(['Cal Brown']);
  });

  it('searches names by every word, in any order and case', () => {
    expect(matchesName('Ava Smith', 'smith AVA')).toBe(true);
    expect(matchesName('Ava Smith', 'av')).toBe(true);
    expect(matchesName('Ava Smith', 'ava jones')).toBe(false);
    expect(matchesName('Ava Smith', '   ')).toBe(true);
    const groups = groupMyPassports(items, 'a');
    expect(groups.toRead.map((i) => i.pupil.name)).toEqual(['Ava Smith']);
  });

  it('reads the search from history state only', () => {
    expect(searchFromState({ q: ' ava ' })).toBe('ava');
    expect(searchFromState({ q: 3 })).toBe('');
    expect(searchFromState(null)).toBe('');
    expect(searchFromState(undefined)).toBe('');
  });

  it("shows the SENCO's reminders not yet read, newest first, and no other notification", () => {
    const notice = (
      id: string,
      createdAt: string,
      readAt: string | null,
      kind: Notification['kind'] = 'passport-nudge',
    ): Notification => ({
      id,
      kind,
      subject: "Please read your pupils' passports",
      body: 'You have 2 pupil passports to read.',
      link: '/schools/s1/my-passports',
      createdAt,
      readAt,
      emailedAt: null,
    });
    expect(
      unreadNotices([
        notice('a', '2025-03-01T10:00:00Z', null),
        notice('b', '2025-03-03T10:00:00Z', null),
        notice('c', '2025-03-04T10:00:00Z', '2025-03-04T11:00:00Z'),
        notice('d', '2025-03-05T10:00:00Z', null, 'review-digest'),
      ]).map((n) => n.id),
    ).toEqual(['b', 'a']);
  });
});

describe('class packs', () => {
  it('lists classes in school order, once each', () => {
    expect(classNames(['10B', '4A', null, '4A', ' ', '4B', '1C', undefined])).toEqual([
      '1C',
      '4A',
      '4B',
      '10B',
    ]);
  });

  it('takes the pupils of the class with a passport, by name, and counts a page each', () => {
    const pupils = classPackPupils(
      [
        { pupil: pupil('1', 'Zara Ahmed'), hasPassport: true },
        { pupil: pupil('2', 'Ben Jones', '4B'), hasPassport: true },
        { pupil: pupil('3', 'Ava Smith'), hasPassport: true },
        { pupil: pupil('4', 'Cal Brown'), hasPassport: false },
      ],
      '4A',
    );
    expect(pupils.map((p) => p.name)).toEqual(['Ava Smith', 'Zara Ahmed']);
    expect(pagesSentence([1])).toBe('It will print on 1 page.');
    expect(pagesSentence(pupils.map(() => 1))).toBe('It will print on 2 pages, one per pupil.');
    expect(pagesSentence([1, 2, 1])).toBe(
      'It will print on about 4 pages: 1 passport is too long for one page.',
    );
    expect(pagesSentence([3, 2, 1])).toBe(
      'It will print on about 6 pages: 2 passports are too long for one page.',
    );
  });
});

describe('coverage', () => {
  const coverage: PassportCoverage = {
    pupils: [
      {
        pupil: pupil('1', 'Zara Ahmed'),
        currentNumber: 2,
        publishedAt: '2025-03-01T10:00:00Z',
        staff: 3,
        unreadBy: [],
      },
      {
        pupil: pupil('2', 'Ben Jones'),
        currentNumber: 1,
        publishedAt: '2025-03-01T10:00:00Z',
        staff: 5,
        unreadBy: [
          { id: 'u1', displayName: 'Sam Patel' },
          { id: 'u2', displayName: 'Jo Bloggs' },
        ],
      },
      {
        pupil: pupil('3', 'Ava Smith'),
        currentNumber: 1,
        publishedAt: '2025-03-01T10:00:00Z',
        staff: 2,
        unreadBy: [{ id: 'u1', displayName: 'Sam Patel' }],
      },
    ],
    staff: [
      { person: { id: 'u2', displayName: 'Jo Bloggs' }, pupils: 4, unread: 1, lastNudgedAt: null },
      { person: { id: 'u3', displayName: 'Al Khan' }, pupils: 4, unread: 0, lastNudgedAt: null },
      { person: { id: 'u1', displayName: 'Sam Patel' }, pupils: 6, unread: 2, lastNudgedAt: null },
      { person: { id: 'u4', displayName: 'Bo Li' }, pupils: 2, unread: 1, lastNudgedAt: null },
    ],
    withoutPassport: [pupil('9', 'Dan Fox')],
  };

  it('counts pupils with a passport, fully read, with staff yet to read, and without one', () => {
    expect(coverageSummary(coverage)).toEqual({
      withPassport: 3,
      fullyRead: 1,
      withUnread: 2,
      withoutPassport: 1,
    });
  });

  it('says how many staff have read it, in words', () => {
    expect(readSentence(5, 2)).toBe('3 of 5 staff have read it');
    expect(readSentence(5, 4)).toBe('1 of 5 staff has read it');
    expect(readSentence(2, 2)).toBe('0 of 2 staff have read it');
    expect(readSentence(3, 0)).toBe('All 3 staff have read it');
    expect(readSentence(1, 0)).toBe('The 1 member of staff has read it');
    expect(readSentence(0, 0)).toBe('No staff work with this pupil');
  });

  it('puts the most unread first, then names', () => {
    expect(sortCoverage(coverage.pupils).map((row) => row.pupil.name)).toEqual([
      'Ben Jones',
      'Ava Smith',
      'Zara Ahmed',
    ]);
    expect(sortCoverageStaff(coverage.staff).map((row) => row.person.displayName)).toEqual([
      'Sam Patel',
      'Bo Li',
      'Jo Bloggs',
      'Al Khan',
    ]);
  });
});
