import type { ColumnMapping, CsvPreview, ImportField } from '@sendreg/contracts';
import { formProblem, type FormProblem } from '../../lib/form-problem';

/** Our field -> the chosen CSV header; '' for "Not in this file". */
export type MappingChoices = Partial<Record<ImportField, string>>;

export type MappingField = CsvPreview['fields'][number];

/** The id of a field's select; the error summary links to it. */
export function mappingFieldId(field: ImportField): string {
  return `mapping-${field}`;
}

/** The API names a mapping error "mapping.<field>": the select it belongs next to. */
export function mappingFieldIdFor(apiField: string): string | undefined {
  const match = /^mapping\.([A-Za-z]+)$/.exec(apiField);
  return match ? `mapping-${match[1] as string}` : undefined;
}

/** The headers a field can be matched to: each once, in the file's order; a blank heading cannot be. */
export function headerOptions(headers: readonly string[]): string[] {
  return [...new Set(headers.filter((header) => header.trim() !== ''))];
}

/** The choices to start from: the server's suggestion, for headers the file really has. */
export function initialChoices(preview: CsvPreview): MappingChoices {
  const options = new Set(headerOptions(preview.headers));
  const choices: MappingChoices = {};
  for (const { field } of preview.fields) {
    const suggested = preview.suggestedMapping[field];
    choices[field] = suggested !== undefined && options.has(suggested) ? suggested : '';
  }
  return choices;
}

/** "Legal surname" -> "legal surname", but "UPN" stays "UPN" (an acronym keeps its capitals). */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

/**
 * What is wrong with the choices: a required field with no column, or one column chosen for two
 * fields (the second one is marked). Null when the file can be checked.
 */
export function checkChoices(fields: readonly MappingField[], choices: MappingChoices): FormProblem | null {
  const firstUse = new Map<string, MappingField>();
  return formProblem(
    fields.map(({ field, label, required }): [string, string | undefined] => {
      const header = choices[field] ?? '';
      if (header === '') {
        return [
          mappingFieldId(field),
          required ? `Select the column that holds the ${inSentence(label)}` : undefined,
        ];
      }
      const earlier = firstUse.get(header);
      if (earlier) {
        return [
          mappingFieldId(field),
          `The column “${header}” is already matched to ${inSentence(earlier.label)}: select another column for ${inSentence(label)}, or “Not in this file”`,
        ];
      }
      firstUse.set(header, { field, label, required });
      return [mappingFieldId(field), undefined];
    }),
  );
}

/** The mapping to send: matched fields only. */
export function toColumnMapping(choices: MappingChoices): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(choices) as [ImportField, string | undefined][]) {
    if (header) mapping[field] = header;
  }
  return mapping;
}

/** The value the first row of the file has in a column, to show what a match would read. */
export function firstRowValue(preview: CsvPreview, header: string | undefined): string | undefined {
  if (!header) return undefined;
  const index = preview.headers.indexOf(header);
  return index < 0 ? undefined : preview.firstRows[0]?.[index];
}
