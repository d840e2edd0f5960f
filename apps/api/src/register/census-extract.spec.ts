import { censusExtractRefused, censusSenCsv, censusSenRows } from './census-extract';

describe('the census SEN extract', () => {
  it('keeps K and E pupils only, with rank 1 and rank 2 needs, ordered by UPN', () => {
    const rows = censusSenRows([
      { upn: 'Z999100125003', status: 'E', needs: [{ code: 'ASD', rank: 1 }] },
      { upn: 'A999100125001', status: 'monitoring', needs: [] },
      { upn: 'B999100125002', status: 'N', needs: [] },
      {
        upn: 'C999100125004',
        status: 'K',
        needs: [
          { code: 'SLCN', rank: 2 },
          { code: 'SPLD', rank: 1 },
        ],
      },
    ]);
    expect(rows).toEqual([
      { upn: 'C999100125004', provision: 'K', primaryNeed: 'SPLD', secondaryNeed: 'SLCN' },
      { upn: 'Z999100125003', provision: 'E', primaryNeed: 'ASD', secondaryNeed: null },
    ]);
  });

  it('writes the census columns, an empty secondary need, CRLF and no byte-order mark', () => {
    const csv = censusSenCsv([
      { upn: 'C999100125004', provision: 'K', primaryNeed: 'SPLD', secondaryNeed: 'SLCN' },
      { upn: 'Z999100125003', provision: 'E', primaryNeed: 'ASD', secondaryNeed: null },
    ]);
    expect(csv).toBe(
      'UPN,SENprovision,SENtype1,SENtype2\r\nC999100125004,K,SPLD,SLCN\r\nZ999100125003,E,ASD,\r\n',
    );
    expect(censusSenCsv([])).toBe('UPN,SENprovision,SENtype1,SENtype2\r\n');
  });

  it('keeps a cell that a spreadsheet would run as a formula from running', () => {
    expect(
      censusSenCsv([{ upn: '=HYPERLINK("x")', provision: 'K', primaryNeed: 'MLD', secondaryNeed: null }]),
    ).toContain(`"'=HYPERLINK(""x"")",K,MLD,`);
  });

  it('refuses with 422, the pre-flight answer and one error line per problem', () => {
    const refused = censusExtractRefused({
      censusDate: '2027-01-21',
      pupilsChecked: 7,
      problems: [
        {
          pupilId: 'p1',
          upn: 'D999100125004',
          name: 'Dunn, Dev',
          yearGroup: '4',
          status: 'E',
          rule: 'nsa-not-k',
          message: 'NSA is only for pupils on SEN support (K)',
        },
      ],
    });
    expect(refused.getStatus()).toBe(422);
    expect(refused.getResponse()).toMatchObject({
      type: '/problems/census-check-failed',
      title: 'The census SEN extract cannot be made while the census check finds problems',
      status: 422,
      detail: expect.stringContaining('finds 1 problem.'),
      errors: [{ field: 'D999100125004', message: 'Dunn, Dev: NSA is only for pupils on SEN support (K)' }],
      censusDate: '2027-01-21',
      pupilsChecked: 7,
      problems: [expect.objectContaining({ upn: 'D999100125004', rule: 'nsa-not-k' })],
    });
  });
});
