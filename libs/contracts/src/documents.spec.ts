import { recommendationLines, sniffDocumentType } from './documents';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('sniffDocumentType', () => {
  it('knows the five types taken by their first bytes', () => {
    expect(sniffDocumentType(ascii('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffDocumentType(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffDocumentType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe(
      'application/msword',
    );
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
  });

  it('refuses anything else: text, GIF, an empty or short file', () => {
    expect(sniffDocumentType(ascii('Just some text, named report.pdf'))).toBeNull();
    expect(sniffDocumentType(ascii('GIF89a'))).toBeNull();
    expect(sniffDocumentType(bytes())).toBeNull();
    expect(sniffDocumentType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffDocumentType(ascii('%PDF'))).toBeNull();
  });
});

describe('recommendationLines', () => {
  it('reads one recommendation a line, trimmed, without blank lines', () => {
    expect(recommendationLines('  Use a visual timetable \r\n\n Pre-teach key words\n  \n')).toEqual([
      'Use a visual timetable',
      'Pre-teach key words',
    ]);
    expect(recommendationLines('')).toEqual([]);
  });
});
