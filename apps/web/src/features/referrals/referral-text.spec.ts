import { copiedText, fileSizeText, statusColour, waitingText } from './referral-text';

describe('waitingText', () => {
  it('says days for the first two weeks, then whole weeks', () => {
    expect([0, 1, 9, 13, 14, 20, 161, 365].map(waitingText)).toEqual([
      'Today',
      '1 day',
      '9 days',
      '13 days',
      '2 weeks',
      '2 weeks',
      '23 weeks',
      '52 weeks',
    ]);
  });
});

describe('fileSizeText', () => {
  it('reads bytes, KB and MB', () => {
    expect([1, 999, 340_400, 1_250_000, 19_600_000].map(fileSizeText)).toEqual([
      '1 byte',
      '999 bytes',
      '340 KB',
      '1.3 MB',
      '20 MB',
    ]);
  });
});

describe('copiedText and statusColour', () => {
  it('counts the recommendations added', () => {
    expect(copiedText(2)).toBe('2 recommendations added to the support plan strategies');
    expect(copiedText(1)).toBe('1 recommendation added to the support plan strategies');
  });

  it('gives each status its own colour beside its words', () => {
    expect(statusColour('waiting')).toBe('yellow');
    expect(statusColour('declined')).toBe('red');
  });
});
