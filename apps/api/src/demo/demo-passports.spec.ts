import { addDays, PASSPORT_SECTIONS } from '@sendreg/contracts';
import { schoolToday } from '../register/register-query';
import {
  buildDemoPassports,
  OAKFIELD_PASSPORTS,
  ownPupilUpns,
  passportPupils,
  statusOn,
  type DemoPassport,
  type DemoPassports,
} from './demo-passports';
import { DEMO_START_DATES } from '../testing/demo-start-dates';
import { buildDemoTrust, type DemoSchool } from './demo-trust';

const DEMO_TEACHER = 'teacher@oakfield.example';
const DEMO_TA = 'ta@oakfield.example';

/** What one member of staff has read of one passport. */
function readState(set: DemoPassports, passport: DemoPassport, email: string): 'current' | 'older' | 'never' {
  const numbers = set.receipts
    .filter((r) => r.pupilUpn === passport.pupilUpn && r.staffEmail === email)
    .map((r) => r.number);
  if (numbers.includes(passport.versions.length)) return 'current';
  return numbers.length ? 'older' : 'never';
}

function statesOf(school: DemoSchool, email: string, today: string, className?: string) {
  const own = ownPupilUpns(school, email, today);
  const pupils = new Map(school.pupils.map((p) => [p.upn, p]));
  return school
    .passports!.passports.filter(
      (p) => own.has(p.pupilUpn) && (!className || pupils.get(p.pupilUpn)!.className === className),
    )
    .map((p) => ({ passport: p, state: readState(school.passports!, p, email) }));
}

/** The demo's invariants, whatever the date. */
function checkDemoState(school: DemoSchool, today: string): void {
  const set = school.passports!;
  const fourA = statesOf(school, DEMO_TEACHER, today, '4A');
  // Read version 1, and a version 2 published since that the teacher has not read.
  const behind = fourA.filter(
    (x) =>
      x.state === 'older' &&
      x.passport.versions.length === 2 &&
      set.receipts.some(
        (r) => r.pupilUpn === x.passport.pupilUpn && r.staffEmail === DEMO_TEACHER && r.number === 1,
      ),
  );
  expect(behind.length).toBeGreaterThanOrEqual(2);
  expect(fourA.filter((x) => x.state === 'current').length).toBeGreaterThanOrEqual(1);
  expect(fourA.filter((x) => x.state === 'never').length).toBeGreaterThanOrEqual(1);
  // The teacher's own pupils are exactly 4A (no groups).
  expect(statesOf(school, DEMO_TEACHER, today)).toHaveLength(fourA.length);

  const ta = statesOf(school, DEMO_TA, today);
  const unread = ta.filter((x) => x.state !== 'current').length;
  expect(ta.filter((x) => x.state === 'current').length).toBeGreaterThanOrEqual(2);
  expect(ta.filter((x) => x.state === 'older').length).toBeGreaterThanOrEqual(1);
  expect(ta.filter((x) => x.state === 'never').length).toBeGreaterThanOrEqual(2);
  expect(set.notices).toEqual([
    {
      toEmail: DEMO_TA,
      fromEmail: 'senco@oakfield.example',
      kind: 'passport-nudge',
      message: `You have ${unread} pupil passport${unread === 1 ? '' : 's'} to read.`,
      createdAt: `${addDays(today, -1)}T16:45:00Z`,
    },
  ]);
}

/** Every date and time is before today, and receipts fall between their version and the next one. */
function checkDates(school: DemoSchool, today: string): void {
  const set = school.passports!;
  const byUpn = new Map(set.passports.map((p) => [p.pupilUpn, p]));
  const nudge = set.notices[0]?.createdAt ?? `${today}T00:00:00Z`;
  for (const p of set.passports) {
    p.versions.forEach((v, i) => {
      expect(v.publishedAt.slice(0, 10) < today).toBe(true);
      if (i > 0) expect(v.publishedAt > p.versions[i - 1]!.publishedAt).toBe(true);
    });
  }
  for (const r of set.receipts) {
    const p = byUpn.get(r.pupilUpn)!;
    const v = p.versions[r.number - 1]!;
    expect(r.readAt > v.publishedAt).toBe(true);
    const next = p.versions[r.number];
    if (next) expect(r.readAt < next.publishedAt).toBe(true);
    expect(r.readAt.slice(0, 10) < today).toBe(true);
    expect(r.readAt < nudge).toBe(true);
  }
}

describe('the demo pupil passports', () => {
  const reference = new Date(DEMO_START_DATES[0]!);
  const today = schoolToday(reference);
  const trust = buildDemoTrust(reference);
  const [oakfield, riverside] = trust.schools as [DemoSchool, DemoSchool];
  const schools = [oakfield, riverside];

  it('gives every pupil at SEN support or with an EHCP a published version 1, and nobody else a passport', () => {
    for (const school of schools) {
      const onRegister = school.pupils
        .filter((p) => ['K', 'E'].includes(statusOn(p, today)))
        .map((p) => p.upn)
        .sort();
      expect(onRegister.length).toBeGreaterThan(50);
      const withPassport = school.passports!.passports.map((p) => p.pupilUpn).sort();
      expect(withPassport).toEqual(onRegister);
      for (const p of school.passports!.passports) {
        expect(p.versions[0]!.number).toBe(1);
        expect(p.publishedBy).toBe(school.staff.find((s) => s.roles.includes('senco'))!.email);
      }
    }
  });

  it('fills every section, as text or as a list of 3 to 6 strategies, in the order of PASSPORT_SECTIONS', () => {
    for (const school of schools) {
      for (const v of school.passports!.passports.flatMap((p) => p.versions)) {
        expect(Object.keys(v.content)).toEqual(PASSPORT_SECTIONS.map((s) => s.key));
        for (const section of PASSPORT_SECTIONS) {
          const value = v.content[section.key];
          if (section.kind === 'text') {
            expect(typeof value).toBe('string');
            const text = value as string;
            expect(text.length).toBeGreaterThan(10);
            expect(text.length).toBeLessThanOrEqual(section.max);
            expect(text).toBe(text.trim());
            // In the pupil's own voice.
            expect(text).toMatch(/\b(I|I'm|I'd|me|my)\b/);
          } else {
            expect(Array.isArray(value)).toBe(true);
            const items = value as string[];
            expect(items.length).toBeGreaterThanOrEqual(3);
            expect(items.length).toBeLessThanOrEqual(Math.min(6, section.max));
            expect(new Set(items).size).toBe(items.length);
            for (const item of items) {
              expect(item.length).toBeGreaterThan(10);
              expect(item.length).toBeLessThanOrEqual(200);
              expect(item).toBe(item.trim());
            }
          }
        }
      }
    }
  });

  it('writes for the age: the primary and the secondary passports share no strategy', () => {
    const items = (school: DemoSchool) =>
      new Set(school.passports!.passports.flatMap((p) => p.versions.flatMap((v) => v.content.howToHelp!)));
    const primary = items(oakfield);
    expect([...items(riverside)].filter((item) => primary.has(item))).toEqual([]);
    const aboutMe = (school: DemoSchool) =>
      school.passports!.passports.map((p) => p.versions[0]!.content.aboutMe);
    expect(aboutMe(oakfield).filter((t) => /^I like /.test(t as string)).length).toBeGreaterThan(50);
    expect(aboutMe(riverside).filter((t) => /^I'm into /.test(t as string)).length).toBeGreaterThan(150);
  });

  it('writes for the primary need: autism, dyslexia, SEMH, SLCN and physical needs get their own strategies', () => {
    // Each need's own vocabulary, wide enough for every strategy written for it.
    const expected: Record<string, RegExp> = {
      ASD: /change|warning|quiet space|ear defenders|one at a time|job at the start|sand timer|exit card|fixed seat|early|literal|clear role/i,
      SPLD: /overlay|read aloud|word bank|word mat|cream paper|copy|extra time|talk my ideas|slides|spelling|laptop/i,
      SEMH: /door|time-out card|job|privately|choice|doing well|calm|fresh start|voice|wind me up|ultimatum/i,
      SLCN: /instructions|pictures|time to answer|topic words|show you|visual|sentence starter|thinking time|vocabulary|tell you what|without warning/i,
      PD: /route|table|writing slope|laptop|scribe|extra time|adapted equipment|lift pass|copies of notes|desk/i,
      HI: /front|face|hearing aids|radio aid|repeat|key words|subtitles|background noise|homework/i,
      VI: /large print|front|move things|say what you are writing|magnifier|black pens|enlarged|glare|read out|corridors|high-contrast|describe/i,
    };
    for (const school of schools) {
      const pupils = new Map(school.pupils.map((p) => [p.upn, p]));
      for (const [code, pattern] of Object.entries(expected)) {
        const passports = school.passports!.passports.filter(
          (p) => pupils.get(p.pupilUpn)!.sen!.needs.find((n) => n.rank === 1)?.code === code,
        );
        for (const p of passports) {
          const items = p.versions[0]!.content.howToHelp as string[];
          const other = items.filter((s) => !pattern.test(s));
          expect([p.pupilUpn, other.length <= 1]).toEqual([p.pupilUpn, true]);
        }
      }
    }
  });

  it('keeps names out of the text', () => {
    for (const school of schools) {
      const names = new Set(
        [
          ...school.pupils.flatMap((p) => [p.legalForename, p.legalSurname, p.preferredForename ?? '']),
          ...school.staff.flatMap((s) => s.displayName.split(' ')),
        ].filter(Boolean),
      );
      const texts = new Set(
        school.passports!.passports.flatMap((p) =>
          p.versions.flatMap((v) => [v.changeNote, ...Object.values(v.content).flat()]),
        ),
      );
      for (const text of texts) {
        const words = text.split(/[^A-Za-zé'-]+/);
        expect([text, words.filter((w) => names.has(w))]).toEqual([text, []]);
      }
      for (const n of school.passports!.notices) {
        expect(n.message.split(/[^A-Za-z]+/).filter((w) => names.has(w))).toEqual([]);
      }
    }
  });

  it('numbers versions 1, 2, 3 with a change note, each later version changing one or two sections', () => {
    for (const school of schools) {
      const { passports } = school.passports!;
      for (const p of passports) {
        expect(p.versions.map((v) => v.number)).toEqual(p.versions.map((_, i) => i + 1));
        expect(p.versions.length).toBeLessThanOrEqual(3);
        expect(p.versions[0]!.changeNote).toMatch(/^First version/);
        for (let i = 1; i < p.versions.length; i++) {
          const [before, after] = [p.versions[i - 1]!, p.versions[i]!];
          expect(after.changeNote).toMatch(/^(Added|Updated)\b/);
          expect(after.changeNote.length).toBeLessThanOrEqual(500);
          expect(after.changeNote).not.toBe(before.changeNote);
          const changed = PASSPORT_SECTIONS.filter(
            (s) => JSON.stringify(before.content[s.key]) !== JSON.stringify(after.content[s.key]),
          );
          expect(changed.length).toBeGreaterThanOrEqual(1);
          expect(changed.length).toBeLessThanOrEqual(2);
        }
      }
      // About a quarter have a version 2, a few a version 3.
      const share = passports.filter((p) => p.versions.length >= 2).length / passports.length;
      expect(share).toBeGreaterThan(0.15);
      expect(share).toBeLessThan(0.4);
      expect(passports.filter((p) => p.versions.length === 3).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('publishes version 1 at the start of the autumn term, or soon after a pupil joined the register', () => {
    for (const school of schools) {
      const pupils = new Map(school.pupils.map((p) => [p.upn, p]));
      let atTermStart = 0;
      for (const p of school.passports!.passports) {
        const day = p.versions[0]!.publishedAt.slice(0, 10);
        const history = pupils.get(p.pupilUpn)!.sen!.history;
        const since = history.find((h) => h.status === 'K' || h.status === 'E')!.effectiveFrom;
        expect(day > since).toBe(true);
        if (day >= '2026-09-01' && day <= '2026-09-08') atTermStart++;
        else expect(day <= addDays(since, 12)).toBe(true);
      }
      expect(atTermStart / school.passports!.passports.length).toBeGreaterThan(0.6);
    }
  });

  it('dates every version and receipt before today, and each receipt between its version and the next', () => {
    for (const school of schools) checkDates(school, today);
  });

  it('has receipts only from the staff who work with the pupil, for most current versions', () => {
    for (const school of schools) {
      const set = school.passports!;
      const pupils = new Map(school.pupils.map((p) => [p.upn, p]));
      for (const r of set.receipts) {
        const pupil = pupils.get(r.pupilUpn)!;
        const staff = school.staff.find((s) => s.email === r.staffEmail)!;
        const inClass = staff.classes.some((c) => c.className === pupil.className);
        const inGroup = school.provision!.provisions.some(
          (g) => g.staff.includes(r.staffEmail) && g.places.some((x) => x.pupilUpn === r.pupilUpn),
        );
        expect([r.pupilUpn, r.staffEmail, inClass || inGroup]).toEqual([r.pupilUpn, r.staffEmail, true]);
      }
      const readers = school.staff.filter((s) => s.roles.includes('teacher') || s.roles.includes('ta'));
      const states = readers.flatMap((s) => statesOf(school, s.email, today).map((x) => x.state));
      const read = states.filter((s) => s === 'current').length / states.length;
      expect(read).toBeGreaterThan(0.65);
      expect(read).toBeLessThan(0.95);
      // Some receipts of older versions: the readers who were up to date before a change.
      expect(states.filter((s) => s === 'older').length).toBeGreaterThan(3);
    }
  });

  it('leaves the demo teacher two 4A passports with an unread version 2, one read, one never read; the TA some unread and a nudge', () => {
    checkDemoState(oakfield, today);
    expect(riverside.passports!.notices).toEqual([]);
  });

  it('is the same for the same school and date, and never calls Math.random', () => {
    const random = jest.spyOn(Math, 'random');
    try {
      expect(buildDemoPassports(oakfield, OAKFIELD_PASSPORTS, today)).toEqual(oakfield.passports);
      expect(buildDemoTrust(reference).schools[1]!.passports).toEqual(riverside.passports);
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });
});

describe('the demo pupil passports on any day of the year', () => {
  describe.each(DEMO_START_DATES)('started at %s', (reference) => {
    const today = schoolToday(new Date(reference));
    const trust = buildDemoTrust(new Date(reference));
    const oakfield = trust.schools[0]!;

    it('gives a passport to every pupil on the register before today, dated before today', () => {
      for (const school of trust.schools) {
        expect(school.passports!.passports.map((p) => p.pupilUpn)).toEqual(
          passportPupils(school, today).map((p) => p.upn),
        );
        checkDates(school, today);
      }
    });

    it('keeps the demo teacher’s and the TA’s mix of read and unread passports', () => {
      checkDemoState(oakfield, today);
    });
  });
});
