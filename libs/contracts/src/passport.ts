import type { PupilRef } from './provision';
import type { PersonRef } from './register';

/**
 * Pupil passports (DOMAIN.md, "Pupil passport"): a one-page profile written by the SENCO with the pupil
 * and parents, published as versions that never change, read by the adults who work with the pupil.
 * The sections are data: a new national format adds or renames sections here, not in the features.
 * The limits keep a passport to one A4 page in large clear type (400 characters a section, 8 strategies
 * of up to 150 characters): a page holds roughly that much at 12pt in two columns.
 */
export interface PassportSection {
  key: string;
  label: string;
  /** 'text': a few sentences; 'list': short items, one per line (concrete classroom strategies). */
  kind: 'text' | 'list';
  hint: string;
  /** Up to this many characters (text) or items (list). */
  max: number;
}

export const PASSPORT_SECTIONS: readonly PassportSection[] = [
  {
    key: 'aboutMe',
    label: 'About me',
    kind: 'text',
    hint: 'In my words: who I am, what I like doing',
    max: 400,
  },
  {
    key: 'important',
    label: 'What is important to me',
    kind: 'text',
    hint: 'People, things and routines that matter to me',
    max: 400,
  },
  {
    key: 'strengths',
    label: 'My strengths',
    kind: 'text',
    hint: 'What I am good at and proud of',
    max: 400,
  },
  {
    key: 'findHard',
    label: 'What I find hard',
    kind: 'text',
    hint: 'In lessons, at break, with other people',
    max: 400,
  },
  {
    key: 'howToHelp',
    label: 'How to help me',
    kind: 'list',
    hint: 'Concrete things to do in class, one per line',
    max: 8,
  },
  {
    key: 'communication',
    label: 'How I communicate',
    kind: 'text',
    hint: 'How I tell you things, and how to tell me',
    max: 400,
  },
];

/**
 * Each text section's words, and each list section's items, by section key. As stored (and answered)
 * the text is trimmed and empty sections are left out: read a missing key as '' or [].
 */
export type PassportContent = Record<string, string | string[]>;

export interface PassportVersion {
  id: string;
  number: number;
  content: PassportContent;
  /** The photo's id, fetched through the API with the bearer token; never a public URL. */
  photoId: string | null;
  changeNote: string;
  publishedBy: PersonRef | null;
  publishedAt: string;
}

export interface PassportDraft {
  content: PassportContent;
  photoId: string | null;
  version: number;
  updatedBy: PersonRef | null;
  updatedAt: string;
  /** Whether the draft differs from the current version (there is something to publish). */
  unpublishedChanges: boolean;
}

/** A pupil's passport as the caller may see it. */
export interface Passport {
  pupil: PupilRef;
  current: PassportVersion | null;
  /** The SENCO's draft; null for everyone else, and before a first draft. */
  draft: PassportDraft | null;
  /** The caller's receipt: the latest version they confirmed reading. */
  myLastRead: { number: number; readAt: string } | null;
  /**
   * For a reader who read an earlier version: that version's content, so the changes since can be
   * shown section by section; null when they have read the current one or never read any.
   */
  lastReadContent: PassportContent | null;
  /** The change notes of the versions published since the caller last read, newest first. */
  changesSinceRead: { number: number; changeNote: string; publishedAt: string }[];
}

export interface SavePassportDraftRequest {
  content: PassportContent;
  /** The draft's version as last read (0 when there is no draft yet): a stale one is refused with 409. */
  version: number;
  /** Keep (undefined), remove (null) or use an uploaded photo. */
  photoId?: string | null;
}

export interface PublishPassportRequest {
  /** What changed, in a sentence, shown to every reader. */
  changeNote: string;
  /** The draft version being published: a stale one is refused with 409. */
  draftVersion: number;
}

/** "My pupils' passports": the current version of each of the caller's own pupils, unread first. */
export interface MyPassportItem {
  pupil: PupilRef;
  current: { number: number; publishedAt: string; changeNote: string } | null;
  /** The number of the version the caller last confirmed reading, if any. */
  lastReadNumber: number | null;
  unread: boolean;
}

/** Read coverage of current passports among the adults who work with each pupil. */
export interface PassportCoverage {
  pupils: {
    pupil: PupilRef;
    currentNumber: number;
    publishedAt: string;
    /** Staff who work with the pupil (class staff and the staff of their current groups). */
    staff: number;
    unreadBy: PersonRef[];
  }[];
  staff: { person: PersonRef; pupils: number; unread: number; lastNudgedAt: string | null }[];
  /** Pupils on the register (K or E) without a published passport. */
  withoutPassport: PupilRef[];
}

/** Largest photo accepted before it is re-encoded (and its metadata dropped). */
export const PASSPORT_PHOTO_MAX_BYTES = 5_000_000;

/** Longest item of a list section ("How to help me"), in characters. */
export const PASSPORT_LIST_ITEM_MAX_CHARS = 150;

/** Longest change note, in characters (a sentence shown to every reader). */
export const PASSPORT_CHANGE_NOTE_MAX_CHARS = 500;

/** Photos are re-encoded to fit within this many pixels each way, never enlarged. */
export const PASSPORT_PHOTO_MAX_SIDE = 600;

/**
 * The answer to a photo upload (POST .../passport/photo, multipart field `photo`, JPEG or PNG by
 * content). The photo is not on the draft until the draft is saved with this photoId.
 */
export interface PassportPhotoUploaded {
  photoId: string;
  /** As re-encoded: JPEG stays JPEG, PNG stays PNG. */
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

/** The caller's confirmation that they have read a version (POST .../versions/{number}/receipt). */
export interface PassportReceipt {
  number: number;
  readAt: string;
}

/** GET /my-passports: the caller's own pupils with a published passport, unread first, then by surname. */
export interface MyPassports {
  items: MyPassportItem[];
}

/** POST /passports/nudges: ask one member of staff to read the passports they have not read. */
export interface PassportNudgeRequest {
  userId: string;
}
