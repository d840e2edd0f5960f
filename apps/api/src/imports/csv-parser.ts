import { CsvError, parse } from 'csv-parse/sync';
import type { FieldError } from '../platform/http/problem';
import type { ImportProblem } from './dto/import.dto';
import { ColumnMapping, FIELD_INFO, IMPORT_FIELDS, isImportField, REQUIRED_FIELDS } from './import-fields';
import type { PupilCandidate } from './row-validation';

/** A file that cannot be read at all (as opposed to rows with problems): nothing can be imported. */
export class UnreadableFile extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

export interface CsvRow {
  /** The file line the row starts on; the header is line 1. */
  line: number;
  values: string[];
}

export interface CsvFile {
  headers: string[];
  rows: CsvRow[];
  /** Rows that could not be read as rows (wrong number of values, broken quotes). */
  problems: ImportProblem[];
  /** Data rows, readable or not; blank lines are not rows. */
  rowCount: number;
}

/** UTF-8, with or without a byte order mark; anything else is refused rather than guessed at. */
export function decodeUtf8(buffer: Buffer): string {
  try {
    // The decoder drops a leading BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new UnreadableFile(
      'The file is not UTF-8 text. If it is an Excel workbook or an older CSV export, save it as "CSV UTF-8" and upload that.',
    );
  }
}

const newlines = (text: string) => text.split('\n').length - 1;
const errorLine = (error: CsvError) => (typeof error.lines === 'number' ? error.lines : 1);

function rowProblem(error: CsvError, raw: string | undefined, headerCount: number): ImportProblem {
  // csv-parse counts lines up to where it stopped; the row starts as many lines earlier as it spans.
  const line = Math.max(1, errorLine(error) - newlines((raw ?? '').trim()));
  const message =
    error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
      ? `This row has ${(error.record as unknown[] | undefined)?.length ?? 'a different number of'} values but the header has ${headerCount}: look for a missing comma, or a comma inside a value that is not in quotes.`
      : error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'A value on this row opens a quote (") that is never closed, so the rest of the file cannot be read.'
        : 'A quoted value on this row is not closed properly: a " inside a quoted value must be doubled ("").';
  return { line, column: '', field: 'row', message };
}

/**
 * Reads a CSV export: UTF-8 with or without BOM, CRLF or LF line ends, quoted values holding commas,
 * quotes and line breaks. Rows that cannot be read become problems with their line; the rest are
 * kept, so one bad row does not hide the problems of the others.
 */
export function parseCsv(buffer: Buffer): CsvFile {
  // One line ending, so csv-parse's line count is the line count a person sees in an editor.
  const text = decodeUtf8(buffer).replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new UnreadableFile('The file is empty.');
  const skipped: { error: CsvError; raw: string | undefined }[] = [];
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      record_delimiter: '\n',
      relax_column_count: false,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        if (error) skipped.push({ error, raw });
      },
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  } catch (error) {
    const line = error instanceof CsvError ? errorLine(error) : undefined;
    throw new UnreadableFile('The file is not a CSV file this service can read.', line);
  }
  const [header, ...data] = records;
  if (!header || (skipped[0] && errorLine(skipped[0].error) <= header.info.lines)) {
    throw new UnreadableFile('The first line of the file must be a header row naming each column.', 1);
  }
  const headers = header.record.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of headers) {
    if (name !== '' && seen.has(name.toLowerCase())) {
      throw new UnreadableFile(
        `Two columns are both headed "${name}": rename one, so each column can be told apart.`,
        1,
      );
    }
    seen.add(name.toLowerCase());
  }
  const rows = data
    .map(({ record, raw, info }) => ({ line: info.lines - newlines(raw.trim()), values: record }))
    // A spreadsheet often leaves rows of empty cells at the end: they are not pupils.
    .filter((row) => row.values.some((value) => value.trim() !== ''));
  const problems = skipped
    // A line of spaces is a blank line, however many values it seems to have.
    .filter(({ raw }) => (raw ?? '').trim() !== '')
    .map(({ error, raw }) => rowProblem(error, raw, headers.length));
  return { headers, rows, problems, rowCount: rows.length + problems.length };
}

/**
 * The mapping sent with an import, checked against the file: a JSON object of our field names to
 * header names in this file, naming at least the fields a new pupil needs.
 */
export function readMapping(json: string, headers: readonly string[]): ColumnMapping | FieldError[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [{ field: 'mapping', message: 'mapping is not valid JSON.' }];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      { field: 'mapping', message: 'mapping must be a JSON object of our field names to CSV headers.' },
    ];
  }
  const errors: FieldError[] = [];
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(value)) {
    if (!isImportField(field)) {
      errors.push({
        field: `mapping.${field}`,
        message: `${field} is not a field to import; use ${IMPORT_FIELDS.join(', ')}.`,
      });
    } else if (header === null || header === '') {
      continue;
    } else if (typeof header !== 'string' || !headers.includes(header)) {
      errors.push({
        field: `mapping.${field}`,
        message: `This file has no column headed "${String(header)}".`,
      });
    } else {
      mapping[field] = header;
    }
  }
  for (const field of REQUIRED_FIELDS) {
    if (!mapping[field] && !errors.some((e) => e.field === `mapping.${field}`)) {
      errors.push({
        field: `mapping.${field}`,
        message: `Choose the column that holds ${FIELD_INFO[field].label.toLowerCase()}: every pupil needs one.`,
      });
    }
  }
  return errors.length > 0 ? errors : mapping;
}

/** Each readable row as a pupil candidate: the mapped cells, with their line and column. */
export function csvCandidates(file: CsvFile, mapping: ColumnMapping): PupilCandidate[] {
  const columns = IMPORT_FIELDS.flatMap((field) => {
    const header = mapping[field];
    return header === undefined ? [] : [{ field, header, index: file.headers.indexOf(header) }];
  });
  return file.rows.map((row) => ({
    line: row.line,
    cells: Object.fromEntries(
      columns.map(({ field, header, index }) => [
        field,
        { raw: row.values[index] ?? '', line: row.line, column: header },
      ]),
    ),
  }));
}
