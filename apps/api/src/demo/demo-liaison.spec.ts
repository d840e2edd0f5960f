import { createHash } from 'node:crypto';
import { addDays, addMonths, canMoveReferral, daysBetween, isOpenReferral } from '@sendreg/contracts';
import { schoolToday } from '../register/register-query';
import { DEMO_START_DATES } from '../testing/demo-start-dates';
import {
  buildDemoLiaison,
  OAKFIELD_LIAISON,
  SERVICE_WAITS,
  syntheticPdf,
  type DemoLiaison,
} from './demo-liaison';
import { FORENAMES, SURNAMES } from './demo-names';
import { onRegisterSince, ownPupilUpns, passportPupils, statusOn } from './demo-passports';
import { schoolYearOf } from './demo-plans';
import { buildDemoTrust, type DemoSchool } from './demo-trust';

const FIRST = new Set<string>(FORENAMES);
const LAST = new Set<string>(SURNAMES);
/** Made up from demo-names: a forename and a surname from the lists, nothing else. */
function synthetic(name: string): boolean {
  const [forename, ...rest] = name.split(' ');
  return rest.length === 1 && FIRST.has(forename!) && LAST.has(rest[0]!);
}

const PHONE = /^(07700 900\d{3}|0113 496 0\d{3}|0161 496 0\d{3})$/;

/** What must hold whatever the date. */
function checkInvariants(school: DemoSchool, today: string): void {
  const l = school.liaison!;
  const yesterday = addDays(today, -1);
  const onRegister = school.pupils.filter((p) => ['K', 'E'].includes(statusOn(p, today)));
  const register = passportPupils(school, today);
  const pupil = (upn: string) => school.pupils.find((p) => p.upn === upn)!;

  // Family contacts: one to three for every pupil on the register, someone with parental responsibility,
  // the details for the way they like to be contacted, invented names, drama numbers, example addresses.
  const contactsOf = new Map<string, typeof l.contacts>();
  for (const c of l.contacts) contactsOf.set(c.pupilUpn, [...(contactsOf.get(c.pupilUpn) ?? []), c]);
  expect([...contactsOf.keys()].sort()).toEqual(onRegister.map((p) => p.upn).sort());
  for (const [upn, contacts] of contactsOf) {
    expect(contacts.length).toBeGreaterThanOrEqual(1);
    expect(contacts.length).toBeLessThanOrEqual(3);
    expect(contacts.map((c) => c.priority)).toEqual(contacts.map((_, i) => i + 1));
    expect(contacts.some((c) => c.parentalResponsibility)).toBe(true);
    if (pupil(upn).lookedAfter) {
      expect(contacts.map((c) => c.relationship)).toEqual(
        expect.arrayContaining(['Foster carer', 'Social worker']),
      );
    }
  }
  for (const c of l.contacts) {
    expect([c.name, synthetic(c.name)]).toEqual([c.name, true]);
    if (c.preferredContact === 'phone' || c.preferredContact === 'text') expect(c.phone).not.toBeNull();
    if (c.preferredContact === 'email') expect(c.email).not.toBeNull();
    if (c.preferredContact === 'letter') expect(c.address).not.toBeNull();
    if (c.phone) expect(c.phone).toMatch(PHONE);
    if (c.email) expect(c.email).toMatch(/@(example\.com|northbridge\.example)$/);
    if (c.address) expect(c.address).toMatch(/, Northbridge NB\d \d[A-Z]{2}$/);
    if (c.interpreterNeeded) expect(c.language).not.toBe('English');
    if (
      ['Grandmother', 'Grandfather', 'Step-father', 'Step-mother', 'Foster carer', 'Aunt'].includes(
        c.relationship,
      )
    )
      expect(c.parentalResponsibility).toBe(false);
    expect(c.createdAt.slice(0, 10) < today).toBe(true);
  }

  // The directory: realistic services, each with how to refer and one to three invented professionals.
  expect(new Set(l.services.map((s) => s.name)).size).toBe(l.services.length);
  expect(new Set(l.services.map((s) => s.kind))).toEqual(
    new Set([
      'educational-psychology',
      'speech-and-language-therapy',
      'occupational-therapy',
      'camhs',
      'paediatrics',
      'specialist-teaching',
      'social-care',
    ]),
  );
  for (const s of l.services) {
    expect(s.howToRefer.length).toBeGreaterThan(100);
    expect(s.howToRefer.length).toBeLessThanOrEqual(4000);
    expect(s.phone).toMatch(PHONE);
    expect(s.professionals.length).toBeGreaterThanOrEqual(1);
    expect(s.professionals.length).toBeLessThanOrEqual(3);
    for (const p of s.professionals) {
      expect(synthetic(p.name)).toBe(true);
      expect(p.role).not.toBe('');
      if (p.phone) expect(p.phone).toMatch(PHONE);
    }
  }

  // Referrals: consent from someone with parental responsibility, on or before the referral; every step
  // a move the API allows, dated in order, before today.
  const registerUpns = new Set(register.map((p) => p.upn));
  for (const r of l.referrals) {
    expect(registerUpns.has(r.pupilUpn)).toBe(true);
    const service = l.services.find((s) => s.name === r.service)!;
    expect(service).toBeDefined();
    if (r.professional) expect(service.professionals.map((p) => p.name)).toContain(r.professional);
    expect(r.consentGivenOn <= r.referredOn).toBe(true);
    const consenter = contactsOf
      .get(r.pupilUpn)!
      .find((c) => c.name === r.consentGivenBy && c.relationship === r.consentRelationship);
    expect(consenter?.parentalResponsibility).toBe(true);
    expect(r.history[0]).toMatchObject({ status: 'waiting', statusOn: r.referredOn });
    for (let i = 1; i < r.history.length; i++) {
      const [before, after] = [r.history[i - 1]!, r.history[i]!];
      expect([before.status, after.status, canMoveReferral(before.status, after.status)]).toEqual([
        before.status,
        after.status,
        true,
      ]);
      expect(before.statusOn <= after.statusOn).toBe(true);
      expect(before.recordedAt < after.recordedAt).toBe(true);
    }
    expect([r.status, r.statusOn]).toEqual([r.history.at(-1)!.status, r.history.at(-1)!.statusOn]);
    expect(r.statusOn <= yesterday).toBe(true);
    expect(r.history.every((h) => h.recordedAt.slice(0, 10) === h.statusOn)).toBe(true);
    expect(r.reason.length).toBeGreaterThan(0);
    // Open ones waiting as long as the service's list: a little less when the pupil is new to school.
    if (r.status === 'waiting') {
      const weeks = daysBetween(r.referredOn, today) / 7;
      expect(weeks).toBeLessThanOrEqual(SERVICE_WAITS[service.kind][1] + 1);
    }
  }
  const referred = new Set(l.referrals.map((r) => r.pupilUpn));
  expect(referred.size / register.length).toBeGreaterThanOrEqual(0.15);
  expect(referred.size / register.length).toBeLessThanOrEqual(0.25);
  for (const status of ['waiting', 'accepted', 'assessed', 'report-received', 'closed', 'declined'])
    expect([status, l.referrals.some((r) => r.status === status)]).toEqual([status, true]);

  // Reports: a small valid PDF for every referral whose report came back, with three to five recommendations.
  const withReport = l.referrals.filter((r) => r.history.some((h) => h.status === 'report-received'));
  expect(l.documents.map((d) => d.referral)).toEqual(withReport.map((r) => l.referrals.indexOf(r)));
  for (const d of l.documents) {
    const r = l.referrals[d.referral]!;
    expect(d.pupilUpn).toBe(r.pupilUpn);
    expect(d.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(d.content.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(d.content.length).toBeGreaterThan(200);
    expect(d.content.length).toBeLessThan(2000);
    expect(d.sha256.equals(createHash('sha256').update(d.content).digest())).toBe(true);
    expect(d.mediaType).toBe('application/pdf');
    expect(d.fileName).toMatch(/^[a-z-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(d.receivedOn > r.history.find((h) => h.status === 'assessed')!.statusOn).toBe(true);
    expect(d.receivedOn <= yesterday).toBe(true);
    const lines = d.recommendations.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(5);
  }

  // The chronology: before today, parent meetings only as meetings, corrections pointing back at an
  // earlier entry of the same pupil, written a day or two later, never replacing it.
  for (const [i, e] of l.chronology.entries()) {
    expect(e.occurredOn <= yesterday).toBe(true);
    expect(e.recordedAt.slice(0, 10) >= e.occurredOn).toBe(true);
    expect(e.recordedAt.slice(0, 10) < today).toBe(true);
    if (e.parentMeeting) expect(e.kind).toBe('meeting');
    expect(e.withWhom.length).toBeGreaterThan(0);
    expect(e.withWhom.length).toBeLessThanOrEqual(500);
    if (e.referral !== null) expect(l.referrals[e.referral]!.pupilUpn).toBe(e.pupilUpn);
    if (e.corrects !== null) {
      expect(e.corrects).toBeLessThan(i);
      const original = l.chronology[e.corrects]!;
      expect(original.corrects).toBeNull();
      expect(original.pupilUpn).toBe(e.pupilUpn);
      expect(e.summary).toMatch(/^Date corrected: the (meeting|call) was on /);
      const days = daysBetween(original.recordedAt.slice(0, 10), e.recordedAt.slice(0, 10));
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(4); // a day or two, over a weekend at most
    }
  }
  const corrections = l.chronology.filter((e) => e.corrects !== null);
  expect(corrections.length).toBeGreaterThanOrEqual(3);
  const withEntries = new Set(l.chronology.map((e) => e.pupilUpn));
  expect(register.every((p) => withEntries.has(p.upn))).toBe(true);
  // Parent meetings at the reviews, and some on other days.
  const reviewDays = new Set(
    (school.plans?.plans ?? []).flatMap((p) => (p.review ? [`${p.pupilUpn}|${p.review.heldOn}`] : [])),
  );
  const meetings = l.chronology.filter((e) => e.parentMeeting && e.corrects === null);
  expect(meetings.filter((e) => reviewDays.has(`${e.pupilUpn}|${e.occurredOn}`)).length).toBeGreaterThan(10);
  expect(meetings.filter((e) => !reviewDays.has(`${e.pupilUpn}|${e.occurredOn}`)).length).toBeGreaterThan(3);
}

function checkExamArrangements(school: DemoSchool, today: string): void {
  const l = school.liaison!;
  const y = schoolYearOf(school, today);
  const yesterday = addDays(today, -1);
  const pupil = (upn: string) => school.pupils.find((p) => p.upn === upn)!;
  for (const a of l.examArrangements) {
    const p = pupil(a.pupilUpn);
    expect(['9', '10', '11']).toContain(p.yearGroup);
    expect(onRegisterSince(p, today)).not.toBeNull();
    // Extra time has a percentage, nothing else has one.
    if (a.arrangement === 'extra-time') expect([25, 50]).toContain(a.extraTimePercent);
    else expect(a.extraTimePercent).toBeNull();
    expect(a.approvedOn <= yesterday).toBe(true);
    // Never before Year 9, when the JCQ allows assessment to start.
    expect(a.approvedOn >= `${y - (Number(p.yearGroup) - 9)}-09-01`).toBe(true);
    expect(a.expiresOn! >= a.approvedOn).toBe(true);
    expect(a.expiresOn! <= `${y + 11 - Number(p.yearGroup) + 1}-08-31`).toBe(true);
    if (p.yearGroup === '11') expect(a.expiresOn).toBe(`${y + 1}-08-31`);
    if (a.withdrawnOn) expect(a.withdrawnOn > a.approvedOn && a.withdrawnOn <= yesterday).toBe(true);
    expect(a.evidence).not.toBe('');
    expect(a.assessor).toMatch(/^(SENCO|[A-Za-zé' -]+, Specialist assessor \(Form 8\))$/);
    if (a.assessor !== 'SENCO') expect(synthetic(a.assessor.split(',')[0]!)).toBe(true);
  }
}

describe('the demo liaison records', () => {
  const reference = new Date(DEMO_START_DATES[0]!);
  const today = schoolToday(reference);
  const trust = buildDemoTrust(reference);
  const [oakfield, riverside] = trust.schools as [DemoSchool, DemoSchool];

  it('keeps contacts, referrals, reports and the chronology consistent in both schools', () => {
    for (const school of trust.schools) checkInvariants(school, today);
  });

  it('gives about one contact in ten another language, half of them with an interpreter', () => {
    for (const school of trust.schools) {
      const contacts = school.liaison!.contacts;
      const other = contacts.filter((c) => c.language !== 'English');
      expect(other.length / contacts.length).toBeGreaterThan(0.04);
      expect(other.length / contacts.length).toBeLessThan(0.18);
      const interpreted = other.filter((c) => c.interpreterNeeded).length / other.length;
      expect(interpreted).toBeGreaterThan(0.25);
      expect(interpreted).toBeLessThan(0.75);
      expect(contacts.filter((c) => !c.parentalResponsibility).length).toBeGreaterThan(5);
      expect(new Set(contacts.map((c) => c.preferredContact)).size).toBe(5);
    }
  });

  it('has the waits of real waiting lists, and the Oakfield SENCO a pupil with a plan whose referral has been assessed', () => {
    const open = (school: DemoSchool) => school.liaison!.referrals.filter((r) => isOpenReferral(r.status));
    const weeksWaiting = (r: { referredOn: string }) => daysBetween(r.referredOn, today) / 7;
    // Several long waits at Oakfield, none of them for the demo teacher or TA to see.
    expect(open(oakfield).filter((r) => weeksWaiting(r) > 20).length).toBeGreaterThanOrEqual(3);
    const shown = new Set([
      ...ownPupilUpns(oakfield, 'teacher@oakfield.example', today),
      ...ownPupilUpns(oakfield, 'ta@oakfield.example', today),
    ]);
    const assessed = open(oakfield).filter(
      (r) =>
        r.status === 'assessed' &&
        oakfield.plans!.plans.some((p) => p.pupilUpn === r.pupilUpn && p.status === 'active'),
    );
    expect(assessed.some((r) => !shown.has(r.pupilUpn))).toBe(true);
    for (const school of trust.schools) {
      for (const r of open(school).filter((x) => x.status === 'waiting' || x.status === 'accepted')) {
        const kind = school.liaison!.services.find((s) => s.name === r.service)!.kind;
        expect(weeksWaiting(r)).toBeLessThanOrEqual(SERVICE_WAITS[kind][1] + 1);
      }
    }
    // Past ones closed and declined, at least a few months back.
    const past = riverside.liaison!.referrals.filter((r) => !isOpenReferral(r.status));
    expect(past.length).toBeGreaterThan(5);
    expect(past.every((r) => r.referredOn < addMonths(today, -1))).toBe(true);
  });

  it('keeps exam access arrangements at Riverside only, for Years 10 and 11 and a few in Year 9', () => {
    expect(oakfield.liaison!.examArrangements).toEqual([]);
    expect(oakfield.liaison!.examSettings).toBeNull();
    expect(riverside.liaison!.examSettings).toMatchObject({ teachingAssistantsSee: true });
    checkExamArrangements(riverside, today);
    const all = riverside.liaison!.examArrangements;
    const years = (year: string) =>
      new Set(
        all
          .filter((a) => riverside.pupils.find((p) => p.upn === a.pupilUpn)!.yearGroup === year)
          .map((a) => a.pupilUpn),
      ).size;
    expect(years('10')).toBeGreaterThan(10);
    expect(years('11')).toBeGreaterThan(10);
    expect(years('9')).toBeGreaterThanOrEqual(1);
    expect(years('9')).toBeLessThanOrEqual(4);
    const extra = all.filter((a) => a.arrangement === 'extra-time');
    expect(extra.filter((a) => a.extraTimePercent === 25).length).toBeGreaterThan(extra.length / 2);
    expect(extra.some((a) => a.extraTimePercent === 50)).toBe(true);
    for (const kind of ['reader', 'scribe', 'word-processor', 'rest-breaks', 'separate-room'])
      expect([kind, all.some((a) => a.arrangement === kind)]).toEqual([kind, true]);
    expect(all.some((a) => a.assessor.endsWith('Specialist assessor (Form 8)'))).toBe(true);
    // Some run out before the end of this academic year (besides Year 11's course ending).
    const y = schoolYearOf(riverside, today);
    const expiring = all.filter(
      (a) => a.expiresOn! > today && a.expiresOn! < `${y + 1}-08-31` && !a.withdrawnOn,
    );
    expect(expiring.length).toBeGreaterThanOrEqual(1);
  });

  it('makes small valid PDFs', () => {
    const pdf = syntheticPdf(['Synthetic demo report', 'Brackets (and) back\\slashes']).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    // Every object where the cross-reference table says it is.
    const xref = Number(/startxref\n(\d+)\n/.exec(pdf)![1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    const length = Number(/\/Length (\d+)/.exec(pdf)![1]);
    const stream = pdf.indexOf('stream\n') + 'stream\n'.length;
    expect(pdf.slice(stream + length, stream + length + 10)).toBe('\nendstream');
    expect(pdf).toContain('(Brackets \\(and\\) back\\\\slashes) Tj');
  });

  it('is the same for the same school and date, and never calls Math.random', () => {
    const random = jest.spyOn(Math, 'random');
    try {
      expect(buildDemoLiaison(oakfield, OAKFIELD_LIAISON, today)).toEqual(oakfield.liaison);
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });

  it('reports the numbers generated', () => {
    const numbers = (l: DemoLiaison) => ({
      contacts: l.contacts.length,
      services: l.services.length,
      professionals: l.services.reduce((n, s) => n + s.professionals.length, 0),
      referrals: l.referrals.length,
      open: l.referrals.filter((r) => isOpenReferral(r.status)).length,
      statusChanges: l.referrals.reduce((n, r) => n + r.history.length, 0),
      documents: l.documents.length,
      chronology: l.chronology.length,
      corrections: l.chronology.filter((e) => e.corrects !== null).length,
      examArrangements: l.examArrangements.length,
    });
    if (process.env.DEMO_NUMBERS) console.log(trust.schools.map((s) => [s.name, numbers(s.liaison!)]));
    expect(numbers(oakfield.liaison!).contacts).toBeGreaterThan(60);
  });
});

describe('the demo liaison records on any day of the year', () => {
  describe.each(DEMO_START_DATES)('started at %s', (reference) => {
    const today = schoolToday(new Date(reference));
    const trust = buildDemoTrust(new Date(reference));

    it('keeps every record consistent and dated before today', () => {
      for (const school of trust.schools) checkInvariants(school, today);
      checkExamArrangements(trust.schools[1]!, today);
    });
  });
});
