import { censusProblems, validateUpn, yearGroupLabel } from '@sendreg/contracts';
import { academicYearOf, buildDemoTrust, demoAccounts } from './demo-trust';

describe('demo trust', () => {
  const reference = new Date('2026-11-22T12:00:00Z');
  const trust = buildDemoTrust(reference);
  const [oakfield, riverside] = trust.schools;

  it('is the same on every build', () => {
    expect(buildDemoTrust(reference)).toEqual(trust);
  });

  it('has about 420 primary pupils (Reception to Year 6) and about 1,100 secondary (Years 7 to 11)', () => {
    expect(oakfield!.pupils.length).toBeGreaterThanOrEqual(400);
    expect(oakfield!.pupils.length).toBeLessThanOrEqual(440);
    expect(new Set(oakfield!.pupils.map((p) => p.yearGroup))).toEqual(
      new Set(['R', '1', '2', '3', '4', '5', '6']),
    );
    expect(riverside!.pupils.length).toBeGreaterThanOrEqual(1050);
    expect(riverside!.pupils.length).toBeLessThanOrEqual(1150);
    expect(new Set(riverside!.pupils.map((p) => p.yearGroup))).toEqual(new Set(['7', '8', '9', '10', '11']));
  });

  it('gives every pupil a valid UPN, unique in the trust', () => {
    const upns = trust.schools.flatMap((s) => s.pupils.map((p) => p.upn));
    expect(upns.filter((u) => !validateUpn(u).valid)).toEqual([]);
    expect(new Set(upns).size).toBe(upns.length);
  });

  it('gives every pupil a date of birth that fits their year group in the academic year', () => {
    expect(academicYearOf(reference)).toBe(2026);
    const year4 = oakfield!.pupils.filter((p) => p.yearGroup === '4');
    for (const p of year4) {
      expect(p.dateOfBirth >= '2017-09-01' && p.dateOfBirth <= '2018-08-31').toBe(true);
    }
    const year11 = riverside!.pupils.filter((p) => p.yearGroup === '11');
    for (const p of year11) expect(p.dateOfBirth >= '2010-09-01' && p.dateOfBirth <= '2011-08-31').toBe(true);
    expect(yearGroupLabel('R')).toBe('Reception');
  });

  it('has a realistic register: about 14% at SEN support and 5% with an EHCP, with census problems to find', () => {
    for (const school of trust.schools) {
      const current = school.pupils.map((p) => p.sen?.history.at(-1)?.status ?? 'N');
      const share = (s: string) => current.filter((c) => c === s).length / current.length;
      expect(share('K')).toBeGreaterThan(0.1);
      expect(share('K')).toBeLessThan(0.18);
      expect(share('E')).toBeGreaterThan(0.025);
      expect(share('E')).toBeLessThan(0.075);
      expect(share('monitoring')).toBeGreaterThan(0.01);
      const problems = school.pupils.filter((p) => {
        const status = p.sen?.history.at(-1)?.status ?? 'N';
        return (
          censusProblems(
            status,
            (p.sen?.needs ?? []).map((n) => ({ ...n, supportOnly: n.code === 'NSA' })),
          ).length > 0
        );
      });
      expect(problems.length).toBe(4);
    }
    const oakfield4A = oakfield!.pupils.filter((p) => p.className === '4A' && p.sen);
    expect(oakfield4A.length).toBeGreaterThan(2);
    expect(oakfield!.concerns!.filter((c) => !c.triage)).toHaveLength(3);
  });

  it('has the documented demo accounts, with the teacher in 4A and the TA in Year 4', () => {
    expect(demoAccounts(trust).map((a) => a.email)).toEqual([
      'senco@oakfield.example',
      'teacher@oakfield.example',
      'ta@oakfield.example',
      'head@oakfield.example',
      'admin@oakfield.example',
      'senco@riverside.example',
      'trust@northbridge.example',
    ]);
    const teacher = oakfield!.staff.find((s) => s.email === 'teacher@oakfield.example')!;
    expect(teacher.classes).toEqual([{ className: '4A', role: 'teacher' }]);
    const ta = oakfield!.staff.find((s) => s.email === 'ta@oakfield.example')!;
    expect(ta.classes.map((c) => c.className)).toEqual(['4A', '4B']);
    const emails = trust.schools.flatMap((s) => s.staff.map((x) => x.email));
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('has teaching assistants who cannot sign in: one per year group at Oakfield, a team at Riverside', () => {
    const tas = (school: typeof oakfield) =>
      school!.staff.filter((s) => s.roles.includes('ta') && s.email !== 'ta@oakfield.example');
    expect(tas(oakfield).map((s) => s.classes.map((c) => c.className).join(' '))).toEqual([
      'RA RB',
      '1A 1B',
      '2A 2B',
      '3A 3B',
      '5A 5B',
      '6A 6B',
    ]);
    expect(tas(riverside)).toHaveLength(9);
    expect(tas(riverside).every((s) => s.classes.length === 0)).toBe(true);
    expect([...tas(oakfield), ...tas(riverside)].some((s) => s.canSignIn)).toBe(false);
  });

  it('maps provision in both schools', () => {
    for (const school of trust.schools) {
      expect(school.provision!.interventions.length).toBeGreaterThan(10);
      expect(school.provision!.provisions.length).toBeGreaterThan(15);
    }
  });

  it('publishes a passport for every pupil on the register in both schools, and nudges only the demo TA', () => {
    for (const school of trust.schools) {
      const onRegister = school.pupils.filter((p) =>
        ['K', 'E'].includes(p.sen?.history.at(-1)?.status ?? 'N'),
      );
      expect(school.passports!.passports.map((p) => p.pupilUpn)).toEqual(onRegister.map((p) => p.upn));
      expect(school.passports!.receipts.length).toBeGreaterThan(school.passports!.passports.length);
    }
    expect(oakfield!.passports!.notices.map((n) => [n.toEmail, n.fromEmail])).toEqual([
      ['ta@oakfield.example', 'senco@oakfield.example'],
    ]);
    expect(riverside!.passports!.notices).toEqual([]);
  });

  it('writes support plans for the pupils on the register and EHCP records in both schools', () => {
    for (const school of trust.schools) {
      const onRegister = school.pupils.filter((p) =>
        ['K', 'E'].includes(p.sen?.history.at(-1)?.status ?? 'N'),
      );
      const active = school.plans!.plans.filter((p) => p.status === 'active');
      expect(active.length).toBeGreaterThanOrEqual(onRegister.length - 6);
      expect(active.length).toBeLessThanOrEqual(onRegister.length - 3);
      expect(school.plans!.plans.filter((p) => p.review).length).toBeGreaterThan(active.length / 2);
      const withPlan = onRegister.filter((p) => p.sen!.history.at(-1)!.status === 'E');
      expect(school.ehcp!.filter((r) => r.finalIssuedOn)).toHaveLength(withPlan.length);
    }
  });
  it('keeps liaison records in both schools: contacts for the register, referrals, a chronology; exams at Riverside', () => {
    for (const school of trust.schools) {
      const onRegister = school.pupils.filter((p) =>
        ['K', 'E'].includes(p.sen?.history.at(-1)?.status ?? 'N'),
      );
      const l = school.liaison!;
      expect(new Set(l.contacts.map((c) => c.pupilUpn))).toEqual(new Set(onRegister.map((p) => p.upn)));
      expect(l.services.length).toBeGreaterThanOrEqual(7);
      expect(new Set(l.referrals.map((r) => r.pupilUpn)).size).toBeGreaterThan(onRegister.length * 0.15);
      expect(l.documents.length).toBeGreaterThan(0);
      expect(l.chronology.length).toBeGreaterThan(onRegister.length * 2);
    }
    expect(oakfield!.liaison!.examArrangements).toEqual([]);
    expect(riverside!.liaison!.examArrangements.length).toBeGreaterThan(50);
  });
});
