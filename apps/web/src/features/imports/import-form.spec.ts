import {
  checkChosenFile,
  formFile,
  importForm,
  importPath,
  mappingJson,
  MAX_IMPORT_BYTES,
  newIdempotencyKey,
  previewForm,
  previewPath,
} from './import-form';

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name, { type: 'text/csv' });

describe('import form', () => {
  it('builds the CSV check: mapping (matched fields only), dryRun, then the file', async () => {
    const csv = new File(['UPN\r\nB925204115001\r\n'], 'pupils.csv', { type: 'text/csv' });
    const form = importForm({ kind: 'csv', file: csv, mapping: { upn: 'UPN', eal: '' } }, true);
    expect([...form.keys()]).toEqual(['mapping', 'dryRun', 'file']);
    expect(form.get('mapping')).toBe('{"upn":"UPN"}');
    expect(form.get('dryRun')).toBe('true');
    const sent = form.get('file') as File;
    expect(sent.name).toBe('pupils.csv');
    expect(await sent.text()).toBe('UPN\r\nB925204115001\r\n');
  });

  it('builds the apply of a CTF: no mapping, dryRun false', () => {
    const form = importForm({ kind: 'ctf', file: file('transfer.xml') }, false);
    expect([...form.keys()]).toEqual(['dryRun', 'file']);
    expect(form.get('dryRun')).toBe('false');
  });

  it('builds the preview with the file alone', () => {
    const form = previewForm(file('pupils.csv'));
    expect([...form.keys()]).toEqual(['file']);
    expect((form.get('file') as File).name).toBe('pupils.csv');
  });

  it('leaves unmatched fields out of the mapping', () => {
    expect(mappingJson({ upn: 'UPN', gender: '', yearGroup: 'Year' })).toBe(
      '{"upn":"UPN","yearGroup":"Year"}',
    );
    expect(mappingJson({})).toBe('{}');
  });

  it('addresses the school’s import routes', () => {
    expect(importPath('a b', 'csv')).toBe('/schools/a%20b/imports/csv');
    expect(importPath('s1', 'ctf')).toBe('/schools/s1/imports/ctf');
    expect(previewPath('s1')).toBe('/schools/s1/imports/csv/preview');
  });

  it('checks the chosen file before sending it', () => {
    expect(checkChosenFile('csv', null)).toBe('Select a CSV file');
    expect(checkChosenFile('ctf', new File([], ''))).toBe('Select a CTF file');
    expect(checkChosenFile('csv', file('pupils.csv', 0))).toBe('The selected file is empty');
    expect(checkChosenFile('csv', file('pupils.csv', MAX_IMPORT_BYTES + 1))).toBe(
      'The selected file must be smaller than 20 MB',
    );
    expect(checkChosenFile('csv', file('transfer.xml'))).toBe('The selected file must be a CSV');
    expect(checkChosenFile('ctf', file('pupils.csv'))).toBe('The selected file must be an XML file');
    expect(checkChosenFile('csv', file('PUPILS.CSV', MAX_IMPORT_BYTES))).toBeUndefined();
    expect(checkChosenFile('csv', file('export.txt'))).toBeUndefined();
    expect(checkChosenFile('ctf', file('transfer.XML'))).toBeUndefined();
  });

  it('reads the chosen file from a submitted form', () => {
    const data = new FormData();
    expect(formFile(data, 'file')).toBeNull();
    data.set('file', 'text');
    expect(formFile(data, 'file')).toBeNull();
    data.set('file', file('pupils.csv'));
    expect(formFile(data, 'file')?.name).toBe('pupils.csv');
  });

  it('makes a new idempotency key each time, with or without randomUUID', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,200}$/);
    expect(newIdempotencyKey()).not.toBe(a);
    const fallback = newIdempotencyKey({ getRandomValues: (array) => array.fill(171) });
    expect(fallback).toBe(`import-${'ab'.repeat(16)}`);
  });
});
