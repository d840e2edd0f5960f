import { computeUpnCheckLetter, type Gender, type SchoolRole, type YearGroup } from '@sendreg/contracts';
import { schoolToday } from '../register/register-query';
import { FORENAMES, SURNAMES } from './demo-names';
import {
  buildDemoProvision,
  OAKFIELD_PROVISION,
  RIVERSIDE_PROVISION,
  type DemoProvisionMap,
} from './demo-provision';
import {
  buildDemoPassports,
  OAKFIELD_PASSPORTS,
  RIVERSIDE_PASSPORTS,
  type DemoPassports,
} from './demo-passports';
import { buildDemoEhcp, OAKFIELD_EHCP, RIVERSIDE_EHCP, type DemoEhcpRecord } from './demo-ehcp';
import { buildDemoLiaison, OAKFIELD_LIAISON, RIVERSIDE_LIAISON, type DemoLiaison } from './demo-liaison';
import { buildDemoPlans, OAKFIELD_PLANS, RIVERSIDE_PLANS, type DemoPlans } from './demo-plans';
import { demoSen, type DemoSen } from './demo-sen';
import { SeededRandom } from './random';

/** The demo trust as plain data: built deterministically, written by seed-demo. */
export interface DemoStaff {
  email: string;
  displayName: string;
  roles: SchoolRole[];
  /** Whether the account can sign in with the demo password (the documented demo accounts). */
  canSignIn: boolean;
  classes: { className: string; role: 'teacher' | 'ta' }[];
}

export interface DemoPupil {
  upn: string;
  legalForename: string;
  legalSurname: string;
  preferredForename: string | null;
  dateOfBirth: string;
  gender: Gender;
  yearGroup: YearGroup;
  className: string;
  pupilPremium: boolean;
  eal: boolean;
  lookedAfter: boolean;
  admissionDate: string;
  /** SEND history, for the pupils who have one. */
  sen?: DemoSen | null;
}

export interface DemoConcern {
  pupilUpn: string;
  raisedBy: string;
  area:
    | 'cognition_and_learning'
    | 'communication_and_interaction'
    | 'social_emotional_mental_health'
    | 'sensory_physical'
    | 'not_sure';
  observed: string;
  tried: string;
  daysAgo: number;
  triage?: { status: 'monitoring' | 'closed'; outcome: string; daysAgo: number };
}

export interface DemoSchool {
  name: string;
  /**
   * The academic year (its starting calendar year) that the classes and year groups are for; without
   * it, the academic year of the generators' "today".
   */
  academicYear?: number;
  urn: string;
  laCode: string;
  establishmentNumber: string;
  phase: 'primary' | 'secondary';
  classes: { name: string; yearGroup: YearGroup }[];
  staff: DemoStaff[];
  pupils: DemoPupil[];
  concerns?: DemoConcern[];
  /** Intervention catalogue, staff rates, groups, places and logged sessions. */
  provision?: DemoProvisionMap;
  /** Published pupil passports, who has read which version, and the SENCO's nudges. */
  passports?: DemoPassports;
  /** Support plans with their reviews, revisions and comments, and the school's review cycle. */
  plans?: DemoPlans;
  /** EHCP records: every pupil with an EHCP, and needs assessments under way. */
  ehcp?: DemoEhcpRecord[];
  /** Family contacts, the directory, referrals with their reports, the chronology, exam arrangements. */
  liaison?: DemoLiaison;
}

export interface DemoTrust {
  name: string;
  schools: DemoSchool[];
  trustLeaders: { email: string; displayName: string }[];
}

export const DEMO_TRUST_NAME = 'Northbridge Learning Trust';

/** The academic year (its starting calendar year) that a date falls in: it starts on 1 September. */
export function academicYearOf(date: Date): number {
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** Years since Reception: N is -1, R is 0, Year 1 is 1 ... */
function yearOffset(year: YearGroup): number {
  return year === 'N' ? -1 : year === 'R' ? 0 : Number(year);
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date of birth inside the school year of the year group: 1 September to 31 August. */
function dateOfBirth(rng: SeededRandom, year: YearGroup, academicYear: number): string {
  const bornFrom = academicYear - 5 - yearOffset(year); // September of this calendar year
  const dayOfYear = rng.int(0, 364);
  const date = new Date(Date.UTC(bornFrom, 8, 1) + dayOfYear * 86_400_000);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function upn(laCode: string, estab: string, allocationYear: number, serial: number): string {
  const body = `${laCode}${estab}${String(allocationYear % 100).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  return `${computeUpnCheckLetter(body)}${body}`;
}

interface SchoolPlan {
  name: string;
  urn: string;
  laCode: string;
  establishmentNumber: string;
  phase: 'primary' | 'secondary';
  years: YearGroup[];
  forms: string[];
  classSize: [number, number];
  domain: string;
  seed: number;
}

function buildSchool(plan: SchoolPlan, academicYear: number, referenceDate: Date): DemoSchool {
  const rng = new SeededRandom(plan.seed);
  const classes = plan.years.flatMap((year) =>
    plan.forms.map((form) => ({ name: `${year}${form}`, yearGroup: year })),
  );
  const serialByYear = new Map<number, number>();
  const pupils: DemoPupil[] = [];
  for (const cls of classes) {
    const size = rng.int(plan.classSize[0], plan.classSize[1]);
    for (let i = 0; i < size; i++) {
      const entryYear = academicYear - yearOffset(cls.yearGroup) + (plan.phase === 'secondary' ? 7 : 0);
      const serial = (serialByYear.get(entryYear) ?? 0) + 1;
      serialByYear.set(entryYear, serial);
      const forename = rng.pick(FORENAMES);
      pupils.push({
        upn: upn(plan.laCode, plan.establishmentNumber, entryYear, serial),
        legalForename: forename,
        legalSurname: rng.pick(SURNAMES),
        preferredForename: rng.chance(0.05) ? rng.pick(FORENAMES) : null,
        dateOfBirth: dateOfBirth(rng, cls.yearGroup, academicYear),
        gender: rng.chance(0.5) ? 'F' : 'M',
        yearGroup: cls.yearGroup,
        className: cls.name,
        pupilPremium: rng.chance(0.24),
        eal: rng.chance(0.2),
        lookedAfter: rng.chance(0.01),
        admissionDate: iso(entryYear, 9, rng.int(1, 8)),
      });
    }
  }
  const staff: DemoStaff[] = classes.map((cls) => {
    const forename = rng.pick(FORENAMES);
    const surname = rng.pick(SURNAMES);
    const local = `${forename[0]}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
    return {
      email: `${local}.${cls.name.toLowerCase()}@${plan.domain}`,
      displayName: `${forename} ${surname}`,
      roles: ['teacher'],
      canSignIn: false,
      classes: [{ className: cls.name, role: 'teacher' }],
    };
  });
  addSendHistories(pupils, plan.seed, referenceDate);
  return {
    concerns: [],
    name: plan.name,
    academicYear,
    urn: plan.urn,
    laCode: plan.laCode,
    establishmentNumber: plan.establishmentNumber,
    phase: plan.phase,
    classes,
    staff,
    pupils,
  };
}

/**
 * Teaching assistants besides the demo TA, who cannot sign in: at a primary school one for the classes of
 * each year group given, at a secondary school a learning support team with no form.
 */
function addTeachingAssistants(
  school: DemoSchool,
  domain: string,
  seed: number,
  count: number,
  years: YearGroup[] = [],
): void {
  const rng = new SeededRandom(seed * 31 + 7);
  const emails = new Set(school.staff.map((s) => s.email));
  for (let i = 0; i < count; i++) {
    const forename = rng.pick(FORENAMES);
    const surname = rng.pick(SURNAMES);
    const local = `${forename[0]}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
    let email = `${local}.ta@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}.ta${n}@${domain}`;
    emails.add(email);
    const year = years[i];
    school.staff.push({
      email,
      displayName: `${forename} ${surname}`,
      roles: ['ta'],
      canSignIn: false,
      classes: year
        ? school.classes.filter((c) => c.yearGroup === year).map((c) => ({ className: c.name, role: 'ta' }))
        : [],
    });
  }
}

/** The demo trust for the academic year of the reference date (so year groups match ages). */
export function buildDemoTrust(referenceDate: Date = new Date()): DemoTrust {
  const academicYear = academicYearOf(referenceDate);
  const oakfield = buildSchool(
    {
      name: 'Oakfield Primary School',
      urn: '990401',
      laCode: '925',
      establishmentNumber: '2041',
      phase: 'primary',
      years: ['R', '1', '2', '3', '4', '5', '6'],
      forms: ['A', 'B'],
      classSize: [28, 32],
      domain: 'oakfield.example',
      seed: 2041,
    },
    academicYear,
    referenceDate,
  );
  // The demo teacher takes 4A; the demo TA supports both Year 4 classes.
  const year4A = oakfield.staff.find((s) => s.classes[0]?.className === '4A');
  if (year4A) {
    year4A.email = 'teacher@oakfield.example';
    year4A.displayName = 'Sam Teacher';
    year4A.canSignIn = true;
  }
  oakfield.staff.push(
    {
      email: 'senco@oakfield.example',
      displayName: 'Priya SENCO',
      roles: ['senco'],
      canSignIn: true,
      classes: [],
    },
    {
      email: 'ta@oakfield.example',
      displayName: 'Alex Assistant',
      roles: ['ta'],
      canSignIn: true,
      classes: [
        { className: '4A', role: 'ta' },
        { className: '4B', role: 'ta' },
      ],
    },
    {
      email: 'head@oakfield.example',
      displayName: 'Jordan Head',
      roles: ['head'],
      canSignIn: true,
      classes: [],
    },
    {
      email: 'admin@oakfield.example',
      displayName: 'Casey Admin',
      roles: ['school_admin'],
      canSignIn: true,
      classes: [],
    },
  );
  const riverside = buildSchool(
    {
      name: 'Riverside Academy',
      urn: '990722',
      laCode: '925',
      establishmentNumber: '4003',
      phase: 'secondary',
      years: ['7', '8', '9', '10', '11'],
      forms: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
      classSize: [26, 29],
      domain: 'riverside.example',
      seed: 4003,
    },
    academicYear,
    referenceDate,
  );
  riverside.staff.push(
    {
      email: 'senco@riverside.example',
      displayName: 'Morgan SENCO',
      roles: ['senco'],
      canSignIn: true,
      classes: [],
    },
    {
      email: 'head@riverside.example',
      displayName: 'Robin Head',
      roles: ['head'],
      canSignIn: false,
      classes: [],
    },
  );
  addTeachingAssistants(oakfield, 'oakfield.example', 2041, 6, ['R', '1', '2', '3', '5', '6']);
  addTeachingAssistants(riverside, 'riverside.example', 4003, 9);
  oakfield.concerns = oakfieldConcerns(oakfield);
  riverside.concerns = riversideConcerns(riverside);
  // The provision map is live: groups run around the school's today, sessions are logged up to yesterday.
  const today = schoolToday(referenceDate);
  oakfield.provision = buildDemoProvision(oakfield, OAKFIELD_PROVISION, today);
  riverside.provision = buildDemoProvision(riverside, RIVERSIDE_PROVISION, today);
  // Passports of the pupils on the register, read by the staff who work with them (classes and groups).
  oakfield.passports = buildDemoPassports(oakfield, OAKFIELD_PASSPORTS, today);
  riverside.passports = buildDemoPassports(riverside, RIVERSIDE_PASSPORTS, today);
  // Support plans for the pupils on the register, linked to their groups; then the EHCP records.
  oakfield.plans = buildDemoPlans(oakfield, OAKFIELD_PLANS, today);
  riverside.plans = buildDemoPlans(riverside, RIVERSIDE_PLANS, today);
  oakfield.ehcp = buildDemoEhcp(oakfield, OAKFIELD_EHCP, today);
  riverside.ehcp = buildDemoEhcp(riverside, RIVERSIDE_EHCP, today);
  // Liaison with families and professionals last: the chronology records the plans' reviews.
  oakfield.liaison = buildDemoLiaison(oakfield, OAKFIELD_LIAISON, today);
  riverside.liaison = buildDemoLiaison(riverside, RIVERSIDE_LIAISON, today);
  return {
    name: DEMO_TRUST_NAME,
    schools: [oakfield, riverside],
    trustLeaders: [{ email: 'trust@northbridge.example', displayName: 'Taylor Trust' }],
  };
}

/**
 * SEND histories for about a fifth of the pupils, and a few records that break the census rules
 * (left for the SENCO's pre-flight check to find): three at SEN support with no primary need, and one
 * with an EHCP whose primary need is NSA.
 */
function addSendHistories(pupils: DemoPupil[], seed: number, referenceDate: Date): void {
  const rng = new SeededRandom(seed * 7 + 1);
  const today = referenceDate.toISOString().slice(0, 10);
  for (const pupil of pupils) pupil.sen = demoSen(rng, pupil.admissionDate, today);
  const atK = pupils.filter((p) => p.sen?.history.at(-1)?.status === 'K');
  for (const pupil of atK.slice(0, 3)) pupil.sen!.needs = [];
  const atE = pupils.find((p) => p.sen?.history.at(-1)?.status === 'E');
  if (atE) atE.sen!.needs = [{ ...atE.sen!.needs[0]!, code: 'NSA', rank: 1 }];
}

function pupilsOf(school: DemoSchool, className: string, status: 'none' | 'any'): DemoPupil[] {
  return school.pupils.filter((p) => p.className === className && (status === 'any' || !p.sen));
}

/** Concerns raised by the demo teacher and TA about Year 4 pupils: some open, some triaged. */
function oakfieldConcerns(school: DemoSchool): DemoConcern[] {
  const fourA = pupilsOf(school, '4A', 'none');
  const fourB = pupilsOf(school, '4B', 'none');
  const concerns: DemoConcern[] = [
    {
      pupilUpn: fourA[0]!.upn,
      raisedBy: 'teacher@oakfield.example',
      area: 'communication_and_interaction',
      observed:
        'Often answers a different question from the one asked, and struggles to retell a story in order.',
      tried: 'Visual timetable and pre-teaching key words before literacy.',
      daysAgo: 12,
    },
    {
      pupilUpn: fourA[1]!.upn,
      raisedBy: 'teacher@oakfield.example',
      area: 'cognition_and_learning',
      observed: 'Reading age about two years behind; avoids reading aloud and copies slowly from the board.',
      tried: 'Coloured overlay and a word mat; sitting near the front.',
      daysAgo: 5,
    },
    {
      pupilUpn: fourB[0]!.upn,
      raisedBy: 'ta@oakfield.example',
      area: 'social_emotional_mental_health',
      observed:
        'Upset at the start of most days and at lunchtime; hides under the table when the class is noisy.',
      tried: 'Meet and greet at the door and a quiet job before the register.',
      daysAgo: 3,
    },
    {
      pupilUpn: fourA[2]!.upn,
      raisedBy: 'teacher@oakfield.example',
      area: 'not_sure',
      observed: 'Tired and distracted in the afternoons; handwriting has got worse this term.',
      tried: 'Spoke to parents; short movement breaks.',
      daysAgo: 40,
      triage: {
        status: 'closed',
        outcome:
          'Eye test arranged by parents: new glasses. Keep an eye on it and raise again if it continues.',
        daysAgo: 33,
      },
    },
  ];
  return concerns;
}

function riversideConcerns(school: DemoSchool): DemoConcern[] {
  const form = pupilsOf(school, '8C', 'none');
  const tutor = school.staff.find((s) => s.classes[0]?.className === '8C')!;
  return [
    {
      pupilUpn: form[0]!.upn,
      raisedBy: tutor.email,
      area: 'social_emotional_mental_health',
      observed: 'Has stopped handing in homework and sits apart from the form at break.',
      tried: 'A check-in with the form tutor each Monday.',
      daysAgo: 8,
    },
    {
      pupilUpn: form[1]!.upn,
      raisedBy: tutor.email,
      area: 'cognition_and_learning',
      observed: 'Maths teacher reports gaps in number facts well below the rest of the set.',
      tried: 'Times-table practice and a number line on the desk.',
      daysAgo: 20,
    },
  ];
}

/** The accounts documented in the README, in the order the log prints them: by school, then role. */
export function demoAccounts(trust: DemoTrust): { email: string; roles: string; school: string }[] {
  const order: SchoolRole[] = ['senco', 'teacher', 'ta', 'head', 'school_admin'];
  const rank = (s: DemoStaff) => Math.min(...s.roles.map((r) => order.indexOf(r)));
  const accounts = trust.schools.flatMap((school) =>
    school.staff
      .filter((s) => s.canSignIn)
      .sort((a, b) => rank(a) - rank(b))
      .map((s) => ({ email: s.email, roles: s.roles.join(', '), school: school.name })),
  );
  return [
    ...accounts,
    ...trust.trustLeaders.map((t) => ({ email: t.email, roles: 'trust_leader', school: trust.name })),
  ];
}
