import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { UnreadableFile } from './csv-parser';
import { parseCtf } from './ctf-parser';

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures');
const xml = (text: string) => Buffer.from(text, 'utf8');
const raw = (cell: { raw: string } | undefined) => cell?.raw;

function ctf(pupils: string, root = '<CTfile>', end = '</CTfile>'): Buffer {
  return xml(
    `<?xml version="1.0" encoding="UTF-8"?>\n${root}<Header/><CTFpupilData>${pupils}</CTFpupilData>${end}`,
  );
}

function unreadable(buffer: Buffer): UnreadableFile {
  try {
    parseCtf(buffer);
  } catch (error) {
    if (error instanceof UnreadableFile) return error;
    throw error;
  }
  throw new Error('parsed without complaint');
}

describe('parseCtf', () => {
  it('reads the fixture: pupils, entities, SEN history and ranked needs, with lines', () => {
    const file = parseCtf(readFileSync(path.join(FIXTURES, 'ctf-pupils.xml')));
    expect(file.rowCount).toBe(12);
    const [first, second] = file.candidates;
    expect(first?.line).toBe(21);
    expect(raw(first?.cells.upn)).toBe('T926310515500');
    expect(first?.cells.upn).toMatchObject({ line: 22, column: 'UPN' });
    expect(raw(first?.cells.yearGroup)).toBe('R');
    expect(raw(first?.cells.gender)).toBe('M');
    expect(first?.senHistory).toBeUndefined();
    expect(second?.senHistory).toMatchObject({
      entries: [{ startDate: { raw: '2024-03-08' }, provision: { raw: 'K', column: 'SENprovision' } }],
      needs: [{ rank: { raw: '1' }, code: { raw: 'ASD' } }],
    });
    expect(raw(file.candidates[3]?.cells.legalSurname)).toBe("O'Brien");
    expect(file.candidates[7]?.senHistory?.needs.map((n) => raw(n.code))).toEqual(['SLCN', 'SEMH']);
  });

  it('matches elements by local name under any namespace prefix, in any order', () => {
    const file = parseCtf(
      xml(`<?xml version="1.0"?>
<c:CTfile xmlns:c="urn:dfe:ctf" xmlns:x="urn:other"><c:CTFpupilData>
  <c:Pupil>
    <c:SENhistory>
      <c:SENneeds><c:SENneed><c:SENtype>SLCN</c:SENtype><c:SENtypeRank>1</c:SENtypeRank></c:SENneed></c:SENneeds>
      <c:SEN><c:SENprovision>K</c:SENprovision><c:StartDate>2025-01-10</c:StartDate></c:SEN>
    </c:SENhistory>
    <c:BasicDetails><c:NCyearActual>4</c:NCyearActual><c:PreferredForename>Bea</c:PreferredForename></c:BasicDetails>
    <c:DOB>2016-05-01</c:DOB><x:Gender>F</x:Gender><c:Forename>Beatrice</c:Forename>
    <c:Surname><![CDATA[Ng & Co]]></c:Surname><c:UPN>R674123101121</c:UPN>
  </c:Pupil>
</c:CTFpupilData></c:CTfile>`),
    );
    expect(file.candidates).toHaveLength(1);
    const [pupil] = file.candidates;
    expect(raw(pupil?.cells.upn)).toBe('R674123101121');
    expect(raw(pupil?.cells.legalSurname)).toBe('Ng & Co');
    expect(raw(pupil?.cells.preferredForename)).toBe('Bea');
    expect(raw(pupil?.cells.yearGroup)).toBe('4');
    expect(raw(pupil?.cells.gender)).toBe('F');
    expect(pupil?.senHistory?.entries.map((e) => [raw(e.startDate), raw(e.provision)])).toEqual([
      ['2025-01-10', 'K'],
    ]);
    expect(pupil?.senHistory?.needs.map((n) => [raw(n.rank), raw(n.code)])).toEqual([['1', 'SLCN']]);
  });

  it('reads a CTF in a default namespace', () => {
    const file = parseCtf(
      xml(
        '<CTfile xmlns="http://www.example.gov.uk/CTF"><CTFpupilData><Pupil><UPN>A1</UPN></Pupil></CTFpupilData></CTfile>',
      ),
    );
    expect(file.candidates.map((c) => raw(c.cells.upn))).toEqual(['A1']);
  });

  it('feeds a large file in chunks, including characters split across chunk edges', () => {
    const pupil = (i: number) =>
      `<Pupil><UPN>A${String(i).padStart(12, '0')}</UPN><Surname>Zoë-Łukasz ${i}</Surname></Pupil>`;
    const file = parseCtf(ctf(Array.from({ length: 3000 }, (_, i) => pupil(i)).join('\n')));
    expect(file.rowCount).toBe(3000);
    expect(file.candidates.every((c, i) => raw(c.cells.legalSurname) === `Zoë-Łukasz ${i}`)).toBe(true);
  });

  it('refuses a DOCTYPE, so no DTD or external entity is ever read', () => {
    const error = unreadable(
      xml(`<?xml version="1.0"?>
<!DOCTYPE CTfile [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CTfile><CTFpupilData><Pupil><Surname>&xxe;</Surname></Pupil></CTFpupilData></CTfile>`),
    );
    expect(error.message).toMatch(/DOCTYPE/);
    expect(error.line).toBe(2);
  });

  it('refuses truncated XML with the line and column where it stopped', () => {
    const whole = readFileSync(path.join(FIXTURES, 'ctf-pupils.xml'), 'utf8');
    const error = unreadable(xml(whole.slice(0, Math.floor(whole.length / 2))));
    expect(error.message).toMatch(/not well-formed XML/);
    expect(error.line).toBeGreaterThan(50);
    expect(error.column).toBeGreaterThanOrEqual(0);
  });

  it('refuses malformed XML, an undefined entity, a root that is not CTfile, and non-UTF-8', () => {
    expect(unreadable(ctf('<Pupil><UPN>X</Surname></Pupil>')).message).toMatch(/not well-formed/);
    expect(unreadable(ctf('<Pupil><UPN>&nope;</UPN></Pupil>')).message).toMatch(/not well-formed/);
    expect(unreadable(ctf('', '<Pupils>', '</Pupils>')).message).toMatch(/root element is <Pupils>/);
    expect(unreadable(xml('not xml at all')).message).toMatch(/not well-formed|no XML elements/);
    expect(unreadable(Buffer.from('<?xml version="1.0"?><CTfile>\xff</CTfile>', 'latin1')).message).toMatch(
      /not UTF-8/,
    );
    expect(unreadable(xml('<?xml version="1.0" encoding="ISO-8859-1"?><CTfile/>')).message).toMatch(
      /ISO-8859-1/,
    );
  });

  it('reads only Pupil elements of CTFpupilData', () => {
    const file = parseCtf(
      ctf('<Pupil><UPN>A1</UPN></Pupil>', '<CTfile><Header><Pupil><UPN>B2</UPN></Pupil></Header>'),
    );
    expect(file.candidates.map((c) => raw(c.cells.upn))).toEqual(['A1']);
  });
});
