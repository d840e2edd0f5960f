import type { PupilRef } from './provision';
import type { PersonRef } from './register';

/**
 * Exam access arrangements (JCQ in secondary, the STA's in key stage 2): what a pupil has in exams,
 * which is also their normal way of working in class. The kinds are those the database allows.
 */
export const EXAM_ARRANGEMENT_KINDS = [
  'extra-time',
  'reader',
  'scribe',
  'word-processor',
  'rest-breaks',
  'separate-room',
  'prompter',
  'modified-paper',
  'other',
] as const;
export type ExamArrangementKind = (typeof EXAM_ARRANGEMENT_KINDS)[number];

/** The name of each kind as the school says it, for choosing one. */
export const EXAM_ARRANGEMENT_LABELS: Record<ExamArrangementKind, string> = {
  'extra-time': 'Extra time',
  reader: 'A reader',
  scribe: 'A scribe',
  'word-processor': 'A word processor',
  'rest-breaks': 'Rest breaks',
  'separate-room': 'A separate room',
  prompter: 'A prompter',
  'modified-paper': 'Modified papers',
  other: 'Something else',
};

/** The extra time most often approved (25%); any whole percentage from 1 to 100 is allowed. */
export const TYPICAL_EXTRA_TIME_PERCENT = 25;
export const EXTRA_TIME_PERCENT_MIN = 1;
export const EXTRA_TIME_PERCENT_MAX = 100;
export const EXAM_DETAILS_MAX = 1000;
export const EXAM_EVIDENCE_MAX = 2000;
export const EXAM_ASSESSOR_MAX = 200;

export interface ExamArrangement {
  id: string;
  pupilId: string;
  arrangement: ExamArrangementKind;
  /** Only for extra time, and always for it. */
  extraTimePercent: number | null;
  details: string;
  /**
   * Evidence and assessor are for those who keep the record (SENCO, head): null for class staff, who
   * need what to do, not why.
   */
  evidence: string | null;
  assessor: string | null;
  approvedOn: string;
  expiresOn: string | null;
  withdrawnOn: string | null;
  version: number;
  updatedBy: PersonRef | null;
  updatedAt: string;
}

/**
 * A pupil's arrangements: `current` are in force (not withdrawn, not expired), by kind; `past` were
 * withdrawn or have expired, newest first. For a TA when the school has not shared them, both lists are
 * empty and `hiddenFromTeachingAssistants` is true.
 */
export interface PupilExamArrangements {
  pupil: PupilRef;
  current: ExamArrangement[];
  past: ExamArrangement[];
  hiddenFromTeachingAssistants: boolean;
}

export const EXAM_EXPIRING_FILTERS = ['this-year'] as const;
export type ExamExpiringFilter = (typeof EXAM_EXPIRING_FILTERS)[number];

/** The school's list: each pupil with arrangements in force, sorted by surname then first name. */
export interface ExamArrangementsList {
  pupils: { pupil: PupilRef; arrangements: ExamArrangement[] }[];
  /** 'this-year': only arrangements that expire from today to the end of this academic year. */
  expiring: ExamExpiringFilter | null;
  academicYear: { from: string; to: string; label: string };
  hiddenFromTeachingAssistants: boolean;
}

export interface RecordExamArrangementRequest {
  arrangement: ExamArrangementKind;
  extraTimePercent?: number | null;
  details: string;
  evidence: string;
  assessor: string;
  approvedOn: string;
  expiresOn?: string | null;
}

export interface SaveExamArrangementRequest extends RecordExamArrangementRequest {
  version: number;
}

export interface WithdrawExamArrangementRequest {
  version: number;
  withdrawnOn: string;
}

/** Version 0 until first saved. */
export interface ExamSettings {
  teachingAssistantsSee: boolean;
  version: number;
}

export interface SaveExamSettingsRequest {
  teachingAssistantsSee: boolean;
  version: number;
}

export interface ExamFieldProblem {
  field: 'extraTimePercent' | 'approvedOn' | 'expiresOn' | 'withdrawnOn';
  message: string;
}

/**
 * The rules across fields that the API and the form share (each field's own format is checked where it
 * is read): extra time needs its percentage and nothing else has one; approval is not in the future;
 * expiry is not before approval.
 */
export function examArrangementProblems(
  input: {
    arrangement: ExamArrangementKind;
    extraTimePercent?: number | null;
    approvedOn: string;
    expiresOn?: string | null;
  },
  today: string,
): ExamFieldProblem[] {
  const problems: ExamFieldProblem[] = [];
  const percent = input.extraTimePercent ?? null;
  if (input.arrangement === 'extra-time') {
    if (percent === null)
      problems.push({ field: 'extraTimePercent', message: 'Enter how much extra time, as a percentage' });
    else if (
      !Number.isInteger(percent) ||
      percent < EXTRA_TIME_PERCENT_MIN ||
      percent > EXTRA_TIME_PERCENT_MAX
    )
      problems.push({
        field: 'extraTimePercent',
        message: 'Extra time must be a whole percentage from 1 to 100',
      });
  } else if (percent !== null) {
    problems.push({ field: 'extraTimePercent', message: 'Only extra time has a percentage' });
  }
  if (input.approvedOn > today)
    problems.push({ field: 'approvedOn', message: 'The date approved must be today or in the past' });
  if (input.expiresOn && input.expiresOn < input.approvedOn)
    problems.push({ field: 'expiresOn', message: 'The expiry date must be on or after the date approved' });
  return problems;
}

/** Withdrawal: not in the future, and not before the arrangement was approved. */
export function withdrawalProblems(
  withdrawnOn: string,
  approvedOn: string,
  today: string,
): ExamFieldProblem[] {
  if (withdrawnOn > today)
    return [{ field: 'withdrawnOn', message: 'The date withdrawn must be today or in the past' }];
  if (withdrawnOn < approvedOn)
    return [{ field: 'withdrawnOn', message: 'The date withdrawn must be on or after the date approved' }];
  return [];
}

/**
 * The expiry to suggest (never required): JCQ arrangements usually last to the end of the course, so
 * the end (31 August) of the academic year in which the pupil finishes Year 6, Year 11 or Year 13,
 * whichever comes next; the end of this academic year when the year group is not known.
 */
export function suggestedExamExpiry(yearGroup: string | null, today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const endOfThisYear = (month >= 9 ? year : year - 1) + 1;
  const current = Number(yearGroup);
  if (!yearGroup || !Number.isInteger(current) || current < 1) return `${endOfThisYear}-08-31`;
  const last = current <= 6 ? 6 : current <= 11 ? 11 : 13;
  return `${endOfThisYear + Math.max(0, last - current)}-08-31`;
}
