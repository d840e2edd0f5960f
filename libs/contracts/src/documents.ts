import { PLAN_LIST_ITEM_MAX } from './plans';
import type { PersonRef } from './register';

/**
 * Documents received about a pupil (reports, plans, letters): kept in the database and served only
 * through the API to those who may see the pupil's SEND detail, never at a public URL. The type of a
 * file is decided by its content (its first bytes), never by its name or the type the browser claims.
 */

export type PupilDocumentKind = 'report' | 'plan' | 'letter' | 'assessment' | 'other';

export const PUPIL_DOCUMENT_KINDS: readonly PupilDocumentKind[] = [
  'report',
  'plan',
  'letter',
  'assessment',
  'other',
];

export const PUPIL_DOCUMENT_KIND_LABELS: Record<PupilDocumentKind, string> = {
  report: 'Report',
  plan: 'Plan',
  letter: 'Letter',
  assessment: 'Assessment',
  other: 'Other',
};

export type DocumentMediaType =
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/msword'
  | 'image/jpeg'
  | 'image/png';

export const DOCUMENT_MEDIA_TYPES: Readonly<Record<DocumentMediaType, { label: string; extension: string }>> =
  {
    'application/pdf': { label: 'PDF', extension: 'pdf' },
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
      label: 'Word document',
      extension: 'docx',
    },
    'application/msword': { label: 'Word 97–2003 document', extension: 'doc' },
    'image/jpeg': { label: 'JPEG image', extension: 'jpg' },
    'image/png': { label: 'PNG image', extension: 'png' },
  };

/** The largest file taken: 20 MB (as the database allows). */
export const DOCUMENT_MAX_BYTES = 20_000_000;

export const DOCUMENT_LIMITS = { title: 200, fileName: 200, recommendations: 8000 } as const;

/**
 * Each recommendation may become a strategy in the support plan, so a line is kept to what a
 * strategy may be (PLAN_LIST_ITEM_MAX characters).
 */
export const RECOMMENDATION_MAX = PLAN_LIST_ITEM_MAX;

/** The first recommendation line too long to be a strategy, with its number (from 1), or null. */
export function longRecommendation(text: string): { line: number; length: number } | null {
  const lines = recommendationLines(text);
  const index = lines.findIndex((line) => line.length > RECOMMENDATION_MAX);
  return index < 0 ? null : { line: index + 1, length: lines[index]!.length };
}

export function longRecommendationMessage(found: { line: number; length: number }): string {
  return `Recommendation ${String(found.line)} is ${String(found.length)} characters: keep each one to ${String(RECOMMENDATION_MAX)} characters or fewer, as a strategy in the plan can be`;
}

/** How many first bytes sniffDocumentType needs. */
export const DOCUMENT_SNIFF_BYTES = 8;

const starts = (data: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b);

/**
 * The media type of a file from its first bytes: PDF (%PDF-), DOCX (a ZIP: PK\x03\x04; the API also
 * requires a word/ part inside, which a browser cannot check cheaply), DOC (an OLE compound file: D0 CF 11 E0 A1 B1 1A E1), JPEG (FF D8 FF), PNG (89 PNG \r\n 1A \n);
 * null for anything else.
 */
export function sniffDocumentType(data: Uint8Array): DocumentMediaType | null {
  if (starts(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts(data, [0x50, 0x4b, 0x03, 0x04]))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (starts(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/msword';
  if (starts(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/** The recommendations typed with a document (one a line) as a list: trimmed, blank lines left out. */
export function recommendationLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** GET /pupils/:pupilId/documents (without the content: fetch .../documents/:documentId/file). */
export interface PupilDocument {
  id: string;
  pupilId: string;
  /** The referral it came back from, if any. */
  referralId: string | null;
  kind: PupilDocumentKind;
  title: string;
  /** The name as uploaded, made safe: used for the download. */
  fileName: string;
  /** As decided from the content. */
  mediaType: DocumentMediaType;
  sizeBytes: number;
  /** SHA-256 of the content, hex. */
  sha256: string;
  receivedOn: string;
  /** The recommendations the SENCO typed when attaching it, one per item. */
  recommendations: string[];
  uploadedBy: PersonRef | null;
  uploadedAt: string;
}

/**
 * POST /pupils/:pupilId/documents as multipart/form-data: `file` (PDF, DOCX, DOC, JPEG or PNG by
 * content, up to DOCUMENT_MAX_BYTES; 413 over, 400 another type) and these text fields.
 */
export interface UploadDocumentFields {
  title: string;
  kind: PupilDocumentKind;
  /** Not in the future. */
  receivedOn: string;
  /** A referral of the same pupil. */
  referralId?: string;
  /** One recommendation a line, to copy into the support plan later. */
  recommendations?: string;
}
