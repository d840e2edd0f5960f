import {
  attendanceText,
  describeMeasure,
  direction,
  formatProgress,
  formatScore,
  parseScore,
  progressWord,
  scoreWithUnit,
} from './measure';

describe('measures typed into a form', () => {
  it('reads whole and decimal scores, negative too', () => {
    expect(parseScore(' 104 ')).toEqual({ kind: 'ok', score: 104 });
    expect(parseScore('8.5')).toEqual({ kind: 'ok', score: 8.5 });
    expect(parseScore('-3')).toEqual({ kind: 'ok', score: -3 });
    expect(parseScore('.25')).toEqual({ kind: 'ok', score: 0.25 });
    expect(parseScore('999999.99')).toEqual({ kind: 'ok', score: 999999.99 });
  });

  it('tells empty from invalid', () => {
    expect(parseScore('')).toEqual({ kind: 'empty' });
    for (const text of ['abc', '1.234', '1,000', '1000000', '--1', '1e2', '.']) {
      expect([text, parseScore(text)]).toEqual([text, { kind: 'invalid' }]);
    }
  });
});

describe('measures on the page', () => {
  it('shows scores without trailing zeros', () => {
    expect(formatScore(104)).toBe('104');
    expect(formatScore(8.5)).toBe('8.5');
    expect(formatScore(null)).toBe('');
    expect(scoreWithUnit(92, 'months')).toBe('92 months');
    expect(scoreWithUnit(92, '')).toBe('92');
  });

  it('shows progress with its sign and in words', () => {
    expect(formatProgress(6, 'months')).toBe('+6 months');
    expect(formatProgress(-2.5, 'errors')).toBe('−2.5 errors');
    expect(formatProgress(0, 'months')).toBe('No change');
    expect(progressWord(6)).toBe('improved');
    expect(progressWord(-1)).toBe('went back');
    expect(progressWord(0)).toBe('no change');
  });

  it('says which way is better', () => {
    expect(direction(true)).toBe('higher is better');
    expect(direction(false)).toBe('lower is better');
    expect(describeMeasure({ name: 'Reading age', unit: 'months', higherIsBetter: true })).toBe(
      'Reading age in months, higher is better',
    );
    expect(
      describeMeasure({ name: 'Standardised score', unit: 'standardised score', higherIsBetter: true }),
    ).toBe('Standardised score, higher is better');
  });

  it('counts attendance', () => {
    expect(attendanceText(12, 14)).toBe('12 of 14');
    expect(attendanceText(0, 0)).toBe('No sessions yet');
  });
});
