import { ALL_PERMISSIONS, can, grantsFor, ROLE_GRANTS } from './permissions';
import { ROLES } from './roles';

describe('permission map', () => {
  it('grants only known permissions', () => {
    for (const role of ROLES) {
      for (const permission of Object.keys(ROLE_GRANTS[role])) {
        expect(ALL_PERMISSIONS).toContain(permission);
      }
    }
  });

  it('follows the matrix of PRODUCT.md on the rows that decide isolation', () => {
    expect(can(['ta'], 'sen.read')).toBe(false);
    expect(can(['teacher'], 'cost.read')).toBe(false);
    expect(can(['school_admin'], 'sen.read')).toBe(false);
    expect(can(['trust_leader'], 'pupil.read')).toBe(false);
    expect(can(['head'], 'plan.write')).toBe(false);
    expect(grantsFor(['teacher'])['pupil.read']).toBe('own');
    expect(grantsFor(['head'])['pupil.read']).toBe('all');
  });

  it('unions roles, with "all" beating "own"', () => {
    const grants = grantsFor(['teacher', 'senco']);
    expect(grants['pupil.read']).toBe('all');
    expect(grants['plan.write']).toBe('all');
    expect(grantsFor(['ta', 'teacher'])['sen.read']).toBe('own');
  });
});
