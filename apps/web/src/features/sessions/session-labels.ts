import {
  ABSENCE_REASON_LABELS,
  CANCEL_REASON_LABELS,
  type ProvisionSession,
  type SessionAttendance,
} from '@sendreg/contracts';
import { ofText } from '../../utils/words';

/** "Held", or "Cancelled: Staff covering a class". */
export function sessionStatusText(session: Pick<ProvisionSession, 'status' | 'cancelReason'>): string {
  if (session.status === 'held') return 'Held';
  return session.cancelReason ? `Cancelled: ${CANCEL_REASON_LABELS[session.cancelReason]}` : 'Cancelled';
}

/** "5 of 6" for a held session; nothing for a cancelled one (nobody was listed). */
export function sessionAttendedText(session: Pick<ProvisionSession, 'status' | 'attendance'>): string | null {
  if (session.status !== 'held') return null;
  return ofText(session.attendance.filter((row) => row.attended).length, session.attendance.length);
}

/** "Ava Brown (Ill)": each absent pupil, with why. */
export function absentText(attendance: readonly SessionAttendance[]): string[] {
  return attendance
    .filter((row) => !row.attended)
    .map((row) =>
      row.absenceReason ? `${row.pupil.name} (${ABSENCE_REASON_LABELS[row.absenceReason]})` : row.pupil.name,
    );
}
