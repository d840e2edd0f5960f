import type { ProvisionCostsReport, TopUpStatus } from '@sendreg/contracts';
import { flaggedPupils, flagWarning } from './cost-flags';

function row(id: string, plannedPence: number, topUp: TopUpStatus): ProvisionCostsReport['pupils'][number] {
  return {
    pupil: { id, name: id, yearGroup: '4', className: '4A' },
    plannedPence,
    deliveredPence: 0,
    topUp,
  };
}

describe('pupils flagged for top-up funding', () => {
  it('keeps those approaching or above, above first, then the most costly', () => {
    const rows = [
      row('low', 100_000, 'below'),
      row('near', 520_000, 'approaching'),
      row('over', 610_000, 'above'),
      row('nearer', 590_000, 'approaching'),
      row('way-over', 900_000, 'above'),
    ];
    expect(flaggedPupils(rows).map((r) => r.pupil.id)).toEqual(['way-over', 'over', 'nearer', 'near']);
  });

  it('does not reorder the list it was given', () => {
    const rows = [row('a', 520_000, 'approaching'), row('b', 610_000, 'above')];
    flaggedPupils(rows);
    expect(rows.map((r) => r.pupil.id)).toEqual(['a', 'b']);
  });
});

describe('the top-up warning', () => {
  it('counts those above and those approaching, in words', () => {
    expect(flagWarning([row('a', 610_000, 'above'), row('b', 520_000, 'approaching')])).toBe(
      '1 pupil is at or above GBP 6,000 this year, and 1 pupil is approaching it.',
    );
    expect(flagWarning([row('a', 610_000, 'above'), row('c', 700_000, 'above')])).toBe(
      '2 pupils are at or above GBP 6,000 this year.',
    );
    expect(flagWarning([row('b', 520_000, 'approaching'), row('d', 530_000, 'approaching')])).toBe(
      '2 pupils are approaching GBP 6,000 this year.',
    );
  });
});
