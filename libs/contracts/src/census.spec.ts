import { censusDays, censusProblems } from './census';

describe('census rules', () => {
  it('accepts the well-formed cases', () => {
    expect(censusProblems('N', [])).toEqual([]);
    expect(censusProblems('monitoring', [])).toEqual([]);
    expect(censusProblems('K', [{ code: 'SPLD', rank: 1 }])).toEqual([]);
    expect(
      censusProblems('E', [
        { code: 'ASD', rank: 1 },
        { code: 'SLCN', rank: 2 },
      ]),
    ).toEqual([]);
    expect(censusProblems('K', [{ code: 'NSA', rank: 1, supportOnly: true }])).toEqual([]);
  });

  it('needs a primary need at K or E', () => {
    expect(censusProblems('K', [])).toEqual(['no-primary-need']);
    expect(censusProblems('E', [{ code: 'ASD', rank: 2 }])).toEqual([
      'no-primary-need',
      'single-need-not-primary',
    ]);
  });

  it('takes at most two ranked needs, with distinct ranks and types', () => {
    const three = [
      { code: 'ASD', rank: 1 },
      { code: 'SLCN', rank: 2 },
      { code: 'SEMH', rank: 3 },
    ];
    expect(censusProblems('E', three)).toEqual(['too-many-needs']);
    expect(
      censusProblems('K', [
        { code: 'ASD', rank: 1 },
        { code: 'SLCN', rank: 1 },
      ]),
    ).toEqual(['duplicate-rank']);
    expect(
      censusProblems('K', [
        { code: 'ASD', rank: 1 },
        { code: 'ASD', rank: 2 },
      ]),
    ).toEqual(['duplicate-need']);
  });

  it('allows NSA only at K, and no ranked needs at N or monitoring', () => {
    expect(censusProblems('E', [{ code: 'NSA', rank: 1, supportOnly: true }])).toEqual(['nsa-not-k']);
    expect(censusProblems('N', [{ code: 'MLD', rank: 1 }])).toEqual(['needs-at-n']);
    expect(censusProblems('monitoring', [{ code: 'MLD', rank: 1 }])).toEqual(['needs-at-n']);
  });

  it('flags discontinued codes', () => {
    expect(censusProblems('K', [{ code: 'OLD', rank: 1, discontinued: true }])).toEqual([
      'discontinued-code',
    ]);
  });

  it('knows the census days of an academic year', () => {
    expect(censusDays(2026)).toEqual({ autumn: '2026-10-01', spring: '2027-01-21', summer: '2027-05-20' });
    expect(censusDays(2024)).toEqual({ autumn: '2024-10-03', spring: '2025-01-16', summer: '2025-05-15' });
  });
});
