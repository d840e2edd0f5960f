import type { CsvPreview } from '@sendreg/contracts';
import {
  checkChoices,
  firstRowValue,
  headerOptions,
  initialChoices,
  mappingFieldId,
  mappingFieldIdFor,
  toColumnMapping,
} from './column-mapping';

const fields: CsvPreview['fields'] = [
  { field: 'upn', label: 'UPN', required: true },
  { field: 'legalSurname', label: 'Legal surname', required: true },
  { field: 'legalForename', label: 'Legal forename', required: true },
  { field: 'preferredForename', label: 'Preferred forename', required: false },
  { field: 'eal', label: 'English as an additional language', required: false },
];

const preview: CsvPreview = {
  headers: ['UPN', 'Surname', 'Forename', 'Known as', ''],
  firstRows: [['B925204115001', 'Jones', 'Isla', '', 'x']],
  suggestedMapping: { upn: 'UPN', legalSurname: 'Surname', legalForename: 'Forename', eal: 'EAL' },
  rowCount: 1,
  fields,
};

describe('column mapping', () => {
  it('starts from the suggestion, leaving out headers the file does not have', () => {
    expect(initialChoices(preview)).toEqual({
      upn: 'UPN',
      legalSurname: 'Surname',
      legalForename: 'Forename',
      preferredForename: '',
      eal: '',
    });
  });

  it('offers each non-blank heading once, in the file’s order', () => {
    expect(headerOptions(['A', '', 'B', 'A', '  '])).toEqual(['A', 'B']);
  });

  it('asks for every required field, linking each message to its select', () => {
    const problem = checkChoices(fields, { upn: '', legalSurname: 'Surname', legalForename: '' });
    expect(problem?.summary).toEqual([
      { fieldId: 'mapping-upn', message: 'Select the column that holds the UPN' },
      { fieldId: 'mapping-legalForename', message: 'Select the column that holds the legal forename' },
    ]);
    expect(problem?.fields['mapping-upn']).toBe('Select the column that holds the UPN');
  });

  it('refuses one column for two fields, marking the second', () => {
    const problem = checkChoices(fields, {
      upn: 'UPN',
      legalSurname: 'Surname',
      legalForename: 'Forename',
      preferredForename: 'Forename',
    });
    expect(problem?.summary).toEqual([
      {
        fieldId: 'mapping-preferredForename',
        message:
          'The column “Forename” is already matched to legal forename: select another column for preferred forename, or “Not in this file”',
      },
    ]);
  });

  it('accepts required fields matched and optional ones left out', () => {
    expect(checkChoices(fields, initialChoices(preview))).toBeNull();
  });

  it('sends only the matched fields', () => {
    expect(toColumnMapping({ upn: 'UPN', legalSurname: '', eal: 'EAL' })).toEqual({ upn: 'UPN', eal: 'EAL' });
  });

  it('links the server’s mapping errors to their selects', () => {
    expect(mappingFieldIdFor('mapping.gender')).toBe(mappingFieldId('gender'));
    expect(mappingFieldIdFor('file')).toBeUndefined();
  });

  it('shows what the first row holds in a chosen column', () => {
    expect(firstRowValue(preview, 'Forename')).toBe('Isla');
    expect(firstRowValue(preview, '')).toBeUndefined();
    expect(firstRowValue(preview, 'Missing')).toBeUndefined();
  });
});
