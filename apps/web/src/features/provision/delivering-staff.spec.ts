import { deliveringRoles, deliveringStaff, staffLabel, type StaffPerson } from './delivering-staff';

const staff: StaffPerson[] = [
  { userId: '1', displayName: 'Zoe Admin', roles: ['school_admin'] },
  { userId: '2', displayName: 'Ben Teacher', roles: ['teacher'] },
  { userId: '3', displayName: 'Amy Senco', roles: ['senco', 'teacher'] },
  { userId: '4', displayName: 'Hal Head', roles: ['head'] },
  { userId: '5', displayName: 'Cat Assistant', roles: ['ta'] },
];

describe('staff who deliver interventions', () => {
  it('keeps teachers, TAs and the SENCO, by name', () => {
    expect(deliveringStaff(staff).map((person) => person.userId)).toEqual(['3', '2', '5']);
  });

  it('names each with their delivering roles', () => {
    expect(deliveringRoles(staff[2])).toEqual(['teacher', 'senco']);
    expect(staffLabel(staff[2])).toBe('Amy Senco (Teacher, SENCO)');
    expect(staffLabel(staff[4])).toBe('Cat Assistant (Teaching assistant)');
    expect(staffLabel(staff[3])).toBe('Hal Head');
  });
});
