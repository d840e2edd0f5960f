import { pupilInitials } from './pupil-initials';

describe('pupil initials', () => {
  it('takes the first letter of the forename and of the surname', () => {
    expect(pupilInitials('Ada Archer')).toBe('A.A.');
    expect(pupilInitials('  ben   baker ')).toBe('B.B.');
    expect(pupilInitials('Mary Ann Smith-Jones')).toBe('M.S.');
    expect(pupilInitials("Liam O'Neil")).toBe('L.O.');
    expect(pupilInitials('Élodie Ørsted')).toBe('É.Ø.');
    expect(pupilInitials('Cher')).toBe('C.');
    expect(pupilInitials('')).toBe('');
  });
});
