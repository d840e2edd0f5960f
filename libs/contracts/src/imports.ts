/** The fields of a pupil that an MIS export can fill, in the order a mapping form shows them. */
export const IMPORT_FIELDS = [
  'upn',
  'legalSurname',
  'legalForename',
  'preferredForename',
  'dateOfBirth',
  'gender',
  'yearGroup',
  'className',
  'senStatus',
  'primaryNeed',
  'secondaryNeed',
  'eal',
  'pupilPremium',
  'lookedAfter',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Our field -> the CSV header it is read from. A field left out is left as it is. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

/**
 * One thing wrong with an imported file, where the person fixing it will look: the file's line (the
 * CSV header is line 1) and column (the CSV header name, or the CTF element name).
 */
export interface ImportProblem {
  line: number;
  column: string;
  /** Our field: one of the mapping's fields; 'row' for a row that cannot be read; 'needs' for a CTF SENneed. */
  field: ImportField | 'row' | 'needs';
  message: string;
}

/** The columns of a CSV export, to choose the mapping from. */
export interface CsvPreview {
  headers: string[];
  /** The first five data rows, each aligned with headers. */
  firstRows: string[][];
  /** Our fields and the CSV header each seems to be in. */
  suggestedMapping: ColumnMapping;
  rowCount: number;
  /** Our fields, with labels and whether a mapping must include them. */
  fields: { field: ImportField; label: string; required: boolean }[];
}

/** What an import would do: nothing is changed. */
export interface ImportDryRun {
  rowCount: number;
  create: number;
  update: number;
  unchanged: number;
  /** How many problems there are; the list may stop short of that. */
  problemCount: number;
  problems: ImportProblem[];
}

/** What an applied import did. */
export interface ImportResult {
  importId: string;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/** A past import, as listed. */
export interface ImportSummary {
  id: string;
  kind: 'csv' | 'ctf';
  fileName: string | null;
  applied: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: number;
  importedBy: { id: string; displayName: string } | null;
  importedAt: string;
}
