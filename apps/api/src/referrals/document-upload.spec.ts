import { documentTypeOf, safeFileName } from './document-upload';

describe('safeFileName', () => {
  it('keeps the last part of the name, plain characters only, with the extension of the content', () => {
    expect(safeFileName('C:\\Users\\senco\\EP report (Ada).PDF', 'application/pdf')).toBe(
      'EP report _Ada_.pdf',
    );
    expect(safeFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(safeFileName('rapport-évaluation.docx', 'application/msword')).toBe('rapport-_valuation.doc');
    expect(safeFileName('"quoted";name.pdf', 'application/pdf')).toBe('quoted_name.pdf');
  });

  it('names a file with nothing usable "document", and keeps names within 200 characters', () => {
    expect(safeFileName(undefined, 'image/jpeg')).toBe('document.jpg');
    expect(safeFileName('....pdf', 'application/pdf')).toBe('document.pdf');
    expect(safeFileName(`${'a'.repeat(300)}.pdf`, 'application/pdf')).toHaveLength(200);
  });
});

describe('documentTypeOf', () => {
  const zip = (inside: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(inside)]);

  it('takes a ZIP only as a Word document with a word/ part inside', () => {
    expect(documentTypeOf(zip('[Content_Types].xml word/document.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(documentTypeOf(zip('xl/workbook.xml'))).toBeNull();
  });

  it('goes by the first bytes for the others', () => {
    expect(documentTypeOf(Buffer.from('%PDF-1.4'))).toBe('application/pdf');
    expect(documentTypeOf(Buffer.from('<html>'))).toBeNull();
  });
});
