import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { csvCandidates, parseCsv, readMapping, UnreadableFile } from './csv-parser';
import { suggestMapping } from './import-fields';

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures');
const csv = (text: string) => Buffer.from(text, 'utf8');

describe('parseCsv', () => {
  it('reads the MIS fixture: UTF-8 with BOM, CRLF, accented names', () => {
    const file = parseCsv(readFileSync(path.join(FIXTURES, 'mis-pupils.csv')));
    expect(file.headers[0]).toBe('UPN');
    expect(file.headers).toContain('Legal Surname');
    expect(file.rowCount).toBe(60);
    expect(file.problems).toEqual([]);
    expect(file.rows[0]).toEqual({
      line: 2,
      values: [
        'B925204115001',
        'Jones',
        'Isla',
        '',
        '17/11/2019',
        'M',
        '2',
        '2B',
        'N',
        '',
        '',
        'N',
        'N',
        'N',
      ],
    });
    expect(file.rows[1]?.values[2]).toBe('Chloé');
  });

  it('reads the same rows with or without BOM, with CRLF or LF', () => {
    const lf = 'UPN,Name\nA1,Ann\nB2,Bob\n';
    const variants = [lf, `\ufeff${lf}`, lf.replace(/\n/g, '\r\n'), `\ufeff${lf.replace(/\n/g, '\r\n')}`];
    for (const text of variants) {
      const file = parseCsv(csv(text));
      expect(file.headers).toEqual(['UPN', 'Name']);
      expect(file.rows).toEqual([
        { line: 2, values: ['A1', 'Ann'] },
        { line: 3, values: ['B2', 'Bob'] },
      ]);
    }
  });

  it('keeps commas, doubled quotes and line breaks inside quoted values, and counts lines as an editor does', () => {
    const file = parseCsv(
      csv('UPN,Name,Note\r\nA1,"Smith, Jo","said ""hi""\r\nand left"\r\n\r\nB2,Bob,plain\r\nC3,"Cy",x'),
    );
    expect(file.rows).toEqual([
      { line: 2, values: ['A1', 'Smith, Jo', 'said "hi"\nand left'] },
      { line: 5, values: ['B2', 'Bob', 'plain'] },
      { line: 6, values: ['C3', 'Cy', 'x'] },
    ]);
  });

  it('reports a row with the wrong number of values by its line, and still reads the rows after it', () => {
    const file = parseCsv(csv('UPN,Name,Year\nA1,Ann,4\nB2,Bob\nC3,Cy,5\n'));
    expect(file.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(file.rowCount).toBe(3);
    expect(file.problems).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'row',
        message: expect.stringMatching(/2 values but the header has 3/),
      }),
    ]);
  });

  it('reports an unclosed quote on the line it opens', () => {
    const file = parseCsv(csv('UPN,Name\nA1,Ann\nB2,"Bob\nC3,Cy\n'));
    expect(file.rows.map((r) => r.line)).toEqual([2]);
    expect(file.problems).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/never closed/) }),
    ]);
  });

  it('ignores blank lines and rows of empty cells that spreadsheets leave at the end', () => {
    const file = parseCsv(csv('UPN,Name\nA1,Ann\n\n   \n,\n,\n'));
    expect(file.rows).toHaveLength(1);
    expect(file.rowCount).toBe(1);
    expect(file.problems).toEqual([]);
  });

  it('refuses what is not UTF-8 CSV, an empty file and duplicate headers', () => {
    const latin1 = Buffer.from('UPN,Name\nA1,Zo\xeb\n', 'latin1');
    expect(() => parseCsv(latin1)).toThrow(/not UTF-8/);
    expect(() => parseCsv(csv('\ufeff'))).toThrow(UnreadableFile);
    expect(() => parseCsv(csv('UPN,Name,upn\n1,2,3\n'))).toThrow(/both headed "upn"/);
  });
});

describe('column mapping', () => {
  const headers = [
    'UPN',
    'Legal Surname',
    'Legal Forename',
    'Preferred Forename',
    'DOB',
    'Gender',
    'Year',
    'Reg',
    'SEN Status',
    'Primary Need',
    'Secondary Need',
    'EAL',
    'FSM',
    'CLA',
  ];

  it("suggests every field from the fixture's header names", () => {
    expect(suggestMapping(headers)).toEqual({
      upn: 'UPN',
      legalSurname: 'Legal Surname',
      legalForename: 'Legal Forename',
      preferredForename: 'Preferred Forename',
      dateOfBirth: 'DOB',
      gender: 'Gender',
      yearGroup: 'Year',
      className: 'Reg',
      senStatus: 'SEN Status',
      primaryNeed: 'Primary Need',
      secondaryNeed: 'Secondary Need',
      eal: 'EAL',
      pupilPremium: 'FSM',
      lookedAfter: 'CLA',
    });
    expect(suggestMapping(['Surname', 'Forename', 'Date of Birth', 'Sex', 'NC Year'])).toEqual({
      legalSurname: 'Surname',
      legalForename: 'Forename',
      dateOfBirth: 'Date of Birth',
      gender: 'Sex',
      yearGroup: 'NC Year',
    });
  });

  it('accepts a mapping onto headers of the file and names what is wrong otherwise', () => {
    const ok = readMapping(JSON.stringify(suggestMapping(headers)), headers);
    expect(Array.isArray(ok)).toBe(false);
    expect(readMapping('{', headers)).toEqual([{ field: 'mapping', message: 'mapping is not valid JSON.' }]);
    expect(readMapping('[]', headers)).toEqual([expect.objectContaining({ field: 'mapping' })]);
    const errors = readMapping(
      JSON.stringify({ upn: 'UPN', legalSurname: 'Surname', shoeSize: 'X', dateOfBirth: 'DOB' }),
      headers,
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'mapping.legalSurname', message: 'This file has no column headed "Surname".' },
        expect.objectContaining({ field: 'mapping.shoeSize' }),
        expect.objectContaining({
          field: 'mapping.legalForename',
          message: expect.stringMatching(/legal forename/),
        }),
        expect.objectContaining({ field: 'mapping.gender' }),
        expect.objectContaining({ field: 'mapping.yearGroup' }),
      ]),
    );
  });

  it('turns each row into cells of the mapped fields, with line and header', () => {
    const file = parseCsv(csv('Surname,UPN,Extra\nSmith,A1,x\n'));
    expect(csvCandidates(file, { upn: 'UPN', legalSurname: 'Surname' })).toEqual([
      {
        line: 2,
        cells: {
          upn: { raw: 'A1', line: 2, column: 'UPN' },
          legalSurname: { raw: 'Smith', line: 2, column: 'Surname' },
        },
      },
    ]);
  });
});
