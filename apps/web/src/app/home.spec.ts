import { grantsFor, SCHOOL_ROLES, type Me, type SchoolRole } from '@sendreg/contracts';
import { meets } from '../lib/grants';
import { homePath, schoolHomePath } from './home';
import { SCHOOL_NAV, TRUST_NAV } from './navigation';

function school(roles: SchoolRole[], schoolId = 's1') {
  return { schoolId, schoolName: 'Oak Primary', trustId: 't1', roles, grants: grantsFor(roles) };
}

function me(partial: Partial<Me>): Me {
  return { id: 'u', email: 'u@oak.sch.uk', displayName: 'U', schools: [], trusts: [], ...partial };
}

const navFor = (roles: SchoolRole[]) =>
  SCHOOL_NAV.filter((item) => meets(grantsFor(roles), item)).map((item) => item.label);

describe('home per role', () => {
  it.each([
    [['senco'], '/schools/s1/register'],
    [['teacher'], '/schools/s1/my-pupils'],
    [['ta'], '/schools/s1/my-sessions'],
    [['head'], '/schools/s1/dashboard'],
    [['school_admin'], '/schools/s1/staff'],
    [['teacher', 'senco'], '/schools/s1/register'],
    [['ta', 'teacher'], '/schools/s1/my-pupils'],
    [['school_admin', 'head'], '/schools/s1/dashboard'],
    [['teacher', 'school_admin'], '/schools/s1/staff'],
  ] as [SchoolRole[], string][])('%j lands on %s', (roles, path) => {
    expect(schoolHomePath(school(roles))).toBe(path);
  });

  it.each(SCHOOL_ROLES.map((role) => [role]))('the home of %s is a page its grants allow', (role) => {
    const home = schoolHomePath(school([role]));
    const item = SCHOOL_NAV.find((candidate) => home?.endsWith(`/${candidate.path}`));
    expect(item).toBeDefined();
    expect(item && meets(grantsFor([role]), item)).toBe(true);
  });

  it('a trust leader lands on the trust summary', () => {
    const trust = {
      trustId: 't1',
      trustName: 'Acorn Trust',
      roles: ['trust_leader' as const],
      grants: grantsFor(['trust_leader']),
    };
    expect(homePath(me({ trusts: [trust] }))).toBe('/trusts/t1/summary');
    expect(TRUST_NAV.every((item) => meets(trust.grants, item))).toBe(true);
  });

  it('a school membership comes before a trust one, the first school first', () => {
    const trust = {
      trustId: 't1',
      trustName: 'Acorn Trust',
      roles: ['trust_leader' as const],
      grants: grantsFor(['trust_leader']),
    };
    expect(homePath(me({ schools: [school(['ta'], 'a'), school(['senco'], 'b')], trusts: [trust] }))).toBe(
      '/schools/a/my-sessions',
    );
  });

  it('someone with no membership has no home', () => {
    expect(homePath(me({}))).toBeNull();
  });
});

describe('navigation from the permission map', () => {
  const SENCO_NAV = [
    'Register',
    'Concerns',
    'My concerns',
    'Census check',
    'Sessions',
    'Passports',
    'Provision',
    'Reviews',
    'Referrals',
    'Exam access',
    'Dashboard',
    'Staff and classes',
    'Staff rates',
  ];

  it.each([
    ['senco', SENCO_NAV],
    ['teacher', ['My pupils', 'My concerns', 'Passports', 'Exam access']],
    ['ta', ['My pupils', 'My concerns', 'Sessions', 'Passports', 'Exam access']],
    [
      'head',
      [
        'Register',
        'Concerns',
        'Census check',
        'Passports',
        'Provision',
        'Reviews',
        'Referrals',
        'Exam access',
        'Dashboard',
        'Staff and classes',
        'Staff rates',
      ],
    ],
    ['school_admin', ['Staff and classes', 'Staff rates', 'Import pupils']],
  ] as [SchoolRole, string[]][])('%s sees %j', (role, labels) => {
    expect(navFor([role])).toEqual(labels);
  });

  it('a teacher who is also SENCO sees the register instead of "My pupils"', () => {
    expect(navFor(['teacher', 'senco'])).toEqual(SENCO_NAV);
  });

  it('only those who triage or oversee concerns see the concerns list; only those who raise them, their own', () => {
    expect(SCHOOL_ROLES.filter((role) => navFor([role]).includes('Concerns'))).toEqual(['senco', 'head']);
    expect(SCHOOL_ROLES.filter((role) => navFor([role]).includes('My concerns'))).toEqual([
      'senco',
      'teacher',
      'ta',
    ]);
    expect(SCHOOL_ROLES.filter((role) => navFor([role]).includes('Census check'))).toEqual(['senco', 'head']);
  });

  it('only the SENCO and head see the provision pages; hourly rates also reach the school admin, never teachers or TAs', () => {
    expect(SCHOOL_ROLES.filter((role) => navFor([role]).includes('Provision'))).toEqual(['senco', 'head']);
    expect(SCHOOL_ROLES.filter((role) => navFor([role]).includes('Staff rates'))).toEqual([
      'senco',
      'head',
      'school_admin',
    ]);
  });

  it('no school role reaches the trust summary', () => {
    expect(TRUST_NAV.some((item) => meets(grantsFor([...SCHOOL_ROLES]), item))).toBe(false);
  });
});
