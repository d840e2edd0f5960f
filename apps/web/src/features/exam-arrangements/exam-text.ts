import {
  academicYear,
  EXAM_ARRANGEMENT_LABELS,
  type ExamArrangement,
  type ExamArrangementKind,
} from '@sendreg/contracts';
import { formatDate } from '../../utils/format-date';

type Arrangement = Pick<ExamArrangement, 'arrangement' | 'extraTimePercent'>;

/** How each arrangement reads inside a sentence ("Exam access: 25% extra time, reader"). */
const IN_A_LINE: Record<ExamArrangementKind, string> = {
  'extra-time': 'extra time',
  reader: 'reader',
  scribe: 'scribe',
  'word-processor': 'word processor',
  'rest-breaks': 'rest breaks',
  'separate-room': 'separate room',
  prompter: 'prompter',
  'modified-paper': 'modified papers',
  other: 'other arrangements',
};

const percentText = (a: Arrangement) =>
  a.extraTimePercent === null ? 'Extra time' : `${String(a.extraTimePercent)}% extra time`;

/**
 * The arrangement as a plain instruction for the classroom: "25% extra time", "A reader", "Rest
 * breaks". Something else is "Another arrangement": its details say what.
 */
export function arrangementInstruction(a: Arrangement): string {
  if (a.arrangement === 'extra-time') return percentText(a);
  if (a.arrangement === 'other') return 'Another arrangement';
  return EXAM_ARRANGEMENT_LABELS[a.arrangement];
}

/** The arrangements in one line, in the order given, each kind once: "25% extra time, reader". */
export function examSummaryLine(arrangements: readonly Arrangement[]): string {
  const parts: string[] = [];
  for (const a of arrangements) {
    const part = a.arrangement === 'extra-time' ? percentText(a).toLowerCase() : IN_A_LINE[a.arrangement];
    if (!parts.includes(part)) parts.push(part);
  }
  return parts.join(', ');
}

/** "Expires 31 August 2027", "Expires today", or "No expiry date". */
export function expiryText(expiresOn: string | null, today: string): string {
  if (!expiresOn) return 'No expiry date';
  if (expiresOn === today) return 'Expires today';
  return `${expiresOn < today ? 'Expired' : 'Expires'} ${formatDate(expiresOn)}`;
}

/** Whether it expires from today to the end of this academic year (31 August): it needs renewing. */
export function expiresThisYear(expiresOn: string | null, today: string): boolean {
  return expiresOn !== null && expiresOn >= today && expiresOn <= academicYear(today).to;
}

/** How a past arrangement ended: "Withdrawn 3 March 2026" or "Expired 31 August 2025". */
export function endedText(a: Pick<ExamArrangement, 'withdrawnOn' | 'expiresOn'>): string {
  if (a.withdrawnOn) return `Withdrawn ${formatDate(a.withdrawnOn)}`;
  return a.expiresOn ? `Expired ${formatDate(a.expiresOn)}` : 'Ended';
}

/** "1 pupil" / "3 pupils". */
export function pupilCount(count: number): string {
  return `${String(count)} ${count === 1 ? 'pupil' : 'pupils'}`;
}
