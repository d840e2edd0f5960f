import type { ColumnMapping } from '@sendreg/contracts';

/** A CSV export from the school's MIS, or a DfE Common Transfer File (XML). */
export type ImportKind = 'csv' | 'ctf';

export const IMPORT_KINDS: readonly ImportKind[] = ['csv', 'ctf'];

/** The largest file the API accepts (it answers 413 above this). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The id of the file input; the error summary links to it. */
export const FILE_FIELD_ID = 'import-file';

/** What the file input accepts, per kind (a hint to the browser's file chooser, not a check). */
export const ACCEPT: Record<ImportKind, string> = {
  csv: '.csv,text/csv',
  ctf: '.xml,application/xml,text/xml',
};

/** The file names each kind may have: MIS exports are .csv (some save .txt), a CTF is .xml. */
const EXTENSIONS: Record<ImportKind, readonly string[]> = {
  csv: ['.csv', '.txt'],
  ctf: ['.xml'],
};

/** What to send: the file, its kind and, for a CSV, which column holds each field. */
export interface ImportRequest {
  kind: ImportKind;
  file: File;
  /** CSV only: our field -> the CSV header it is read from. */
  mapping?: ColumnMapping;
}

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/**
 * What is wrong with the chosen file before it is sent, in the words of the GOV.UK file upload
 * pattern; undefined when it may be sent. The server checks the content.
 */
export function checkChosenFile(kind: ImportKind, file: File | null): string | undefined {
  const what = kind === 'csv' ? 'a CSV file' : 'a CTF file';
  if (!file || file.name === '') return `Select ${what}`;
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_IMPORT_BYTES) return 'The selected file must be smaller than 20 MB';
  const name = file.name.toLowerCase();
  if (!EXTENSIONS[kind].some((extension) => name.endsWith(extension))) {
    return kind === 'csv' ? 'The selected file must be a CSV' : 'The selected file must be an XML file';
  }
  return undefined;
}

/** The chosen file from a submitted form: a File (possibly empty, when nothing was chosen) or null. */
export function formFile(data: FormData, name: string): File | null {
  const value = data.get(name);
  return typeof value === 'string' || value === null ? null : value;
}

/** Only the fields that are matched: an unmatched field is left out, so the import leaves it alone. */
export function mappingJson(mapping: ColumnMapping): string {
  const matched = Object.entries(mapping).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  return JSON.stringify(Object.fromEntries(matched));
}

/** The multipart body of POST .../imports/csv/preview. */
export function previewForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/**
 * The multipart body of POST .../imports/csv or .../imports/ctf: the file, the mapping (CSV) and
 * dryRun. The text fields come before the file, so the server has them when the file arrives.
 */
export function importForm(request: ImportRequest, dryRun: boolean): FormData {
  const form = new FormData();
  if (request.kind === 'csv') form.append('mapping', mappingJson(request.mapping ?? {}));
  form.append('dryRun', dryRun ? 'true' : 'false');
  form.append('file', request.file, request.file.name);
  return form;
}

export function importsPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/imports`;
}

export function importPath(schoolId: string, kind: ImportKind): string {
  return `${importsPath(schoolId)}/${kind}`;
}

export function previewPath(schoolId: string): string {
  return `${importsPath(schoolId)}/csv/preview`;
}

/** The parts of Web Crypto used here; randomUUID exists only in secure contexts (https, localhost). */
export interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
  randomUUID?: () => string;
}

/**
 * A new Idempotency-Key for one attempt to apply an import. A retry of the same attempt sends the
 * same key, so the server answers with the first result instead of importing twice.
 */
export function newIdempotencyKey(random: RandomSource = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  return `import-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
