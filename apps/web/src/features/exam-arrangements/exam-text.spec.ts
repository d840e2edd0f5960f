import {
  arrangementInstruction,
  endedText,
  examSummaryLine,
  expiresThisYear,
  expiryText,
  pupilCount,
} from './exam-text';

describe('arrangementInstruction', () => {
  it('says each arrangement as a plain instruction', () => {
    expect(arrangementInstruction({ arrangement: 'extra-time', extraTimePercent: 25 })).toBe(
      '25% extra time',
    );
    expect(arrangementInstruction({ arrangement: 'reader', extraTimePercent: null })).toBe('A reader');
    expect(arrangementInstruction({ arrangement: 'rest-breaks', extraTimePercent: null })).toBe(
      'Rest breaks',
    );
    expect(arrangementInstruction({ arrangement: 'other', extraTimePercent: null })).toBe(
      'Another arrangement',
    );
  });
});

describe('examSummaryLine', () => {
  it('puts them in one line, each kind once', () => {
    expect(
      examSummaryLine([
        { arrangement: 'extra-time', extraTimePercent: 25 },
        { arrangement: 'reader', extraTimePercent: null },
        { arrangement: 'word-processor', extraTimePercent: null },
        { arrangement: 'reader', extraTimePercent: null },
      ]),
    ).toBe('25% extra time, reader, word processor');
    expect(examSummaryLine([])).toBe('');
  });
});

describe('expiry', () => {
  const today = '2026-11-23';

  it('says when it expires, or that it does not', () => {
    expect(expiryText('2027-08-31', today)).toBe('Expires 31 August 2027');
    expect(expiryText(today, today)).toBe('Expires today');
    expect(expiryText('2026-01-01', today)).toBe('Expired 1 January 2026');
    expect(expiryText(null, today)).toBe('No expiry date');
  });

  it('knows what expires from today to 31 August', () => {
    expect(expiresThisYear('2027-08-31', today)).toBe(true);
    expect(expiresThisYear(today, today)).toBe(true);
    expect(expiresThisYear('2027-09-01', today)).toBe(false);
    expect(expiresThisYear('2026-11-22', today)).toBe(false);
    expect(expiresThisYear(null, today)).toBe(false);
  });

  it('says how a past one ended', () => {
    expect(endedText({ withdrawnOn: '2026-03-03', expiresOn: '2027-08-31' })).toBe('Withdrawn 3 March 2026');
    expect(endedText({ withdrawnOn: null, expiresOn: '2025-08-31' })).toBe('Expired 31 August 2025');
  });

  it('counts pupils', () => {
    expect(pupilCount(1)).toBe('1 pupil');
    expect(pupilCount(3)).toBe('3 pupils');
  });
});
