import { SUPPRESS_BELOW, SUPPRESSED_LABEL } from '@sendreg/contracts';
import { isSuppressed, suppressCount, suppressedPercent } from './suppression';

describe('small-number suppression', () => {
  it('hides every count under 5, 0 included, and shows 5 and over', () => {
    expect(SUPPRESS_BELOW).toBe(5);
    for (const n of [0, 1, 2, 3, 4]) expect(suppressCount(n)).toBe(SUPPRESSED_LABEL);
    expect(suppressCount(5)).toBe(5);
    expect(suppressCount(1234)).toBe(1234);
    expect(isSuppressed(4)).toBe(true);
    expect(isSuppressed(5)).toBe(false);
  });

  it('gives a percentage with one decimal only when both its counts are shown', () => {
    expect(suppressedPercent(5, 40)).toBe(12.5);
    expect(suppressedPercent(7, 30)).toBe(23.3);
    expect(suppressedPercent(30, 30)).toBe(100);
    expect(suppressedPercent(2, 40)).toBeNull();
    expect(suppressedPercent(0, 40)).toBeNull();
    expect(suppressedPercent(5, 4)).toBeNull();
    expect(suppressedPercent(0, 0)).toBeNull();
  });
});
