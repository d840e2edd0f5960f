import type { ProvisionSession } from '@sendreg/contracts';
import { absentText, sessionAttendedText, sessionStatusText } from './session-labels';

const attendance: ProvisionSession['attendance'] = [
  { pupil: { id: 'a', name: 'Ava Brown' }, attended: true, absenceReason: null },
  { pupil: { id: 'b', name: 'Ben Cole' }, attended: false, absenceReason: 'ill' },
  { pupil: { id: 'c', name: 'Cara Dunn' }, attended: false, absenceReason: null },
];

describe('session labels', () => {
  it('says whether the session happened, and why not', () => {
    expect(sessionStatusText({ status: 'held', cancelReason: null })).toBe('Held');
    expect(sessionStatusText({ status: 'cancelled', cancelReason: 'cover' })).toBe(
      'Cancelled: Staff covering a class',
    );
    expect(sessionStatusText({ status: 'cancelled', cancelReason: null })).toBe('Cancelled');
  });

  it('counts who came to a held session only', () => {
    expect(sessionAttendedText({ status: 'held', attendance })).toBe('1 of 3');
    expect(sessionAttendedText({ status: 'cancelled', attendance: [] })).toBeNull();
  });

  it('names the absent pupils with their reason', () => {
    expect(absentText(attendance)).toEqual(['Ben Cole (Ill)', 'Cara Dunn']);
  });
});
