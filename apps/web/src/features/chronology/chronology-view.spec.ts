import type { ChronologyCorrection, ChronologyEntry } from '@sendreg/contracts';
import {
  correctedText,
  correctionRows,
  correctionsWithBefore,
  entriesText,
  entryTitle,
  excerpt,
  kindFilter,
  kindFilterChoices,
  latestEntries,
  latestHeading,
  recordedText,
  valueRows,
} from './chronology-view';

const senco = { id: 'u1', displayName: 'Sam Senco' };
const original = {
  occurredOn: '2027-03-02',
  parentMeeting: true,
  withWhom: 'Mum',
  summary: 'Talked about reading.',
  agreed: '',
};
const correction = (o: Partial<ChronologyCorrection>): ChronologyCorrection => ({
  id: 'c',
  correctsId: 'e1',
  ...original,
  recordedBy: senco,
  recordedAt: '2027-03-05T14:05:00.000Z',
  ...o,
});
const entry = (o: Partial<ChronologyEntry> = {}): ChronologyEntry => ({
  id: 'e1',
  kind: 'meeting',
  referralId: null,
  ...original,
  recordedBy: senco,
  recordedAt: '2027-03-02T09:30:00.000Z',
  corrected: false,
  corrections: [],
  effective: original,
  ...o,
});

describe('chronology view', () => {
  it('reads the kind filter from the address, ignoring what is not a kind', () => {
    expect(kindFilter('call')).toBe('call');
    expect(kindFilter('rumour')).toBeNull();
    expect(kindFilter(null)).toBeNull();
    expect(kindFilterChoices()[0]).toEqual({ value: '', label: 'All kinds' });
    expect(kindFilterChoices().map((c) => c.value)).toContain('meeting');
  });

  it('titles an entry by its date as it now reads, and says who recorded it and when (UK time)', () => {
    expect(entryTitle(entry({ effective: { ...original, occurredOn: '2027-03-01' } }))).toBe(
      '1 March 2027: Meeting',
    );
    expect(recordedText(entry())).toBe('Recorded on 2 March 2027 at 9:30am by Sam Senco');
    expect(recordedText(entry({ recordedBy: null }))).toBe(
      'Recorded on 2 March 2027 at 9:30am by someone no longer at the school',
    );
    expect(correctedText(correction({}))).toBe('Corrected on 5 March 2027 by Sam Senco');
  });

  it('shows an entry in full, with the parent meeting question for meetings only', () => {
    expect(valueRows(original, 'meeting')).toEqual([
      { key: 'date', label: 'Date', value: '2 March 2027' },
      { key: 'parent', label: 'Parent meeting', value: 'Yes' },
      { key: 'with', label: 'With whom', value: 'Mum' },
      { key: 'summary', label: 'What happened', value: 'Talked about reading.' },
      { key: 'agreed', label: 'What was agreed', value: 'Nothing recorded' },
    ]);
    expect(valueRows({ ...original, parentMeeting: false }, 'call').map((r) => r.key)).toEqual([
      'date',
      'with',
      'summary',
      'agreed',
    ]);
  });

  it('shows of a correction what changed from the entry before it, and always the texts', () => {
    const first = correction({ id: 'c1', withWhom: 'Mum and Dad', agreed: 'Read nightly' });
    const second = correction({
      id: 'c2',
      withWhom: 'Mum and Dad',
      occurredOn: '2027-03-01',
      agreed: 'Read nightly',
    });
    const corrected = entry({ corrected: true, corrections: [first, second], effective: second });
    const pairs = correctionsWithBefore(corrected);
    expect(pairs.map((p) => [p.correction.id, p.before])).toEqual([
      ['c1', corrected],
      ['c2', first],
    ]);
    expect(correctionRows(pairs[0]!.before, first, 'meeting').map((r) => r.label)).toEqual([
      'With whom',
      'What happened',
      'What was agreed',
    ]);
    expect(correctionRows(pairs[1]!.before, second, 'meeting')).toEqual([
      { key: 'date', label: 'Date', value: '1 March 2027' },
      { key: 'summary', label: 'What happened', value: 'Talked about reading.' },
      { key: 'agreed', label: 'What was agreed', value: 'Read nightly' },
    ]);
  });

  it('counts entries and keeps the latest three for the pupil page', () => {
    expect(entriesText(1)).toBe('1 entry');
    expect(entriesText(4)).toBe('4 entries');
    const four = ['a', 'b', 'c', 'd'].map((id) => entry({ id }));
    expect(latestEntries(four).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(latestHeading(4)).toBe('Latest 3 entries');
    expect(latestHeading(1)).toBe('Latest entry');
  });

  it('cuts a long summary at a word for the pupil page', () => {
    expect(excerpt('Short  and\nsweet')).toBe('Short and sweet');
    expect(excerpt('Talked about reading at home, and more', 30)).toBe('Talked about reading at home…');
    expect(excerpt('x'.repeat(40), 30)).toBe(`${'x'.repeat(30)}…`);
  });
});
