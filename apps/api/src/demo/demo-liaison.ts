import { createHash } from 'node:crypto';
import { addDays, addMonths, addWeeks, isoWeekday } from '@sendreg/contracts';
import { FORENAMES, SURNAMES } from './demo-names';
import { ownPupilUpns, passportPupils, statusOn } from './demo-passports';
import { at, longDate, SchoolDays, schoolYearOf, type DemoPlan } from './demo-plans';
import type { DemoPupil, DemoSchool } from './demo-trust';
import { SeededRandom } from './random';

/**
 * Demo liaison with families and outside professionals: family contacts for every pupil on the
 * register, the school's directory of services and professionals, referrals with the parents' consent
 * and waits as long as the services' real ones, the reports that came back (tiny synthetic PDFs with
 * recommendations), a chronology of the last year's meetings, calls and messages (with a few dated
 * corrections), and at a secondary school its exam access arrangements. Deterministic given the school,
 * the plan and "today"; everything that happened is dated before today. Every name is made up from
 * demo-names; every phone number is in the ranges Ofcom keeps for drama, every email address is at an
 * example domain.
 */

export type PreferredContact = 'phone' | 'email' | 'text' | 'letter' | 'in-person';

export interface DemoFamilyContact {
  pupilUpn: string;
  name: string;
  relationship: string;
  parentalResponsibility: boolean;
  preferredContact: PreferredContact;
  phone: string | null;
  email: string | null;
  address: string | null;
  language: string;
  interpreterNeeded: boolean;
  notes: string;
  /** 1 is contacted first. */
  priority: number;
  createdBy: string;
  createdAt: string;
}

export type ServiceKind =
  | 'educational-psychology'
  | 'speech-and-language-therapy'
  | 'occupational-therapy'
  | 'camhs'
  | 'paediatrics'
  | 'specialist-teaching'
  | 'social-care'
  | 'other';

export interface DemoProfessional {
  name: string;
  role: string;
  phone: string | null;
  email: string | null;
}

export interface DemoService {
  /** Unique in the school: referrals name their service by it. */
  name: string;
  kind: ServiceKind;
  howToRefer: string;
  phone: string;
  email: string;
  website: string;
  professionals: DemoProfessional[];
  updatedBy: string;
  updatedAt: string;
}

export type DemoReferralStatus =
  'waiting' | 'accepted' | 'assessed' | 'report-received' | 'closed' | 'declined';

export interface DemoStatusChange {
  status: DemoReferralStatus;
  statusOn: string;
  note: string;
  recordedAt: string;
}

export interface DemoReferral {
  pupilUpn: string;
  service: string;
  /** A professional of the service, by name; null when none is named yet. */
  professional: string | null;
  referredOn: string;
  reason: string;
  consentGivenBy: string;
  consentRelationship: string;
  consentGivenOn: string;
  /** The latest of the history. */
  status: DemoReferralStatus;
  statusOn: string;
  /** Oldest first, starting with 'waiting' on the day referred; the version is its length. */
  history: DemoStatusChange[];
  createdBy: string;
  createdAt: string;
}

export interface DemoDocument {
  pupilUpn: string;
  /** Index in the school's referrals. */
  referral: number;
  kind: 'report';
  title: string;
  fileName: string;
  mediaType: 'application/pdf';
  content: Buffer;
  sha256: Buffer;
  receivedOn: string;
  /** One recommendation a line. */
  recommendations: string;
  uploadedBy: string;
  uploadedAt: string;
}

export type ChronologyKind = 'meeting' | 'call' | 'message' | 'email' | 'letter' | 'visit' | 'other';

export interface DemoChronologyEntry {
  pupilUpn: string;
  occurredOn: string;
  kind: ChronologyKind;
  parentMeeting: boolean;
  withWhom: string;
  summary: string;
  agreed: string;
  /** Index of the entry this one corrects (always earlier in the list), or null. */
  corrects: number | null;
  /** Index in the school's referrals, or null. */
  referral: number | null;
  recordedBy: string;
  recordedAt: string;
}

export type ExamArrangementKind =
  | 'extra-time'
  | 'reader'
  | 'scribe'
  | 'word-processor'
  | 'rest-breaks'
  | 'separate-room'
  | 'prompter'
  | 'modified-paper'
  | 'other';

export interface DemoExamArrangement {
  pupilUpn: string;
  arrangement: ExamArrangementKind;
  extraTimePercent: number | null;
  details: string;
  evidence: string;
  assessor: string;
  approvedOn: string;
  expiresOn: string | null;
  withdrawnOn: string | null;
  createdBy: string;
  createdAt: string;
  /** When last saved: on withdrawal, or when created. */
  updatedAt: string;
}

export interface DemoLiaison {
  contacts: DemoFamilyContact[];
  services: DemoService[];
  referrals: DemoReferral[];
  documents: DemoDocument[];
  chronology: DemoChronologyEntry[];
  examArrangements: DemoExamArrangement[];
  /** Whether TAs see the arrangements of their pupils; null: the school has not set it. */
  examSettings: { teachingAssistantsSee: boolean; updatedBy: string; updatedAt: string } | null;
}

export interface LiaisonPlan {
  seed: number;
  /** Share of the pupils on the register with a referral, open or past. */
  referralShare: number;
  /** Record exam access arrangements (secondary) and let TAs see them. */
  exams: boolean;
  /**
   * The demo accounts' classes (kept clear of the pupil the browser test works on), and a pupil with an
   * active plan whose open referral is at 'assessed', and long waits, guaranteed.
   */
  demo?: { teacher: string; ta: string };
}

export const OAKFIELD_LIAISON: LiaisonPlan = {
  seed: 2041,
  referralShare: 0.2,
  exams: false,
  demo: { teacher: 'teacher@oakfield.example', ta: 'ta@oakfield.example' },
};
export const RIVERSIDE_LIAISON: LiaisonPlan = { seed: 4003, referralShare: 0.2, exams: true };

/** Waiting lists, in weeks from referral to assessment, as services in England report them. */
export const SERVICE_WAITS: Record<ServiceKind, [number, number]> = {
  'educational-psychology': [8, 20],
  'speech-and-language-therapy': [10, 30],
  camhs: [12, 52],
  paediatrics: [20, 60],
  'occupational-therapy': [15, 40],
  'specialist-teaching': [4, 12],
  'social-care': [1, 4],
  other: [4, 12],
};

// ---------------------------------------------------------------------------------------------------
// The directory

interface ServiceSpec {
  name: string;
  kind: ServiceKind;
  howToRefer: string;
  phone: string;
  email: string;
  website: string;
  roles: string[];
  /** What a report from the service recommends, one line each. */
  recommendations: string[];
  reasons: string[];
  reportTitle: string;
  fileStem: string;
}

const EP = 'Northbridge Educational Psychology Service';
const SALT = 'NHS Speech and Language Therapy (Northbridge)';
const OT = "Children's Occupational Therapy (Northbridge)";
const CAMHS = 'Northbridge CAMHS';
const PAEDS = 'Community Paediatrics (Northbridge Child Development Centre)';
const SENSORY = 'Specialist Teaching Service: Sensory Support';
const LEARNING = 'Specialist Teaching Service: Learning and Autism';
const SOCIAL = "Children's Social Care (Northbridge Council)";

const DIRECTORY: readonly ServiceSpec[] = [
  {
    name: EP,
    kind: 'educational-psychology',
    howToRefer:
      'Discuss the pupil at the termly planning meeting with the link educational psychologist first. Then send the request for involvement form with the signed parental consent, the current support plan with its last two reviews, and recent attainment data. Say what has been tried and what question you want answered.',
    phone: '0161 496 0100',
    email: 'eps@northbridge.example',
    website: 'https://www.northbridge.example/educational-psychology',
    roles: [
      'Senior Educational Psychologist',
      'Educational Psychologist',
      'Assistant Educational Psychologist',
    ],
    recommendations: [
      'Use visual timetables and task boards to break work into small steps.',
      'Pre-teach key vocabulary before each new topic.',
      'Give instructions one at a time and ask the pupil to say back what to do.',
      'Use concrete apparatus in maths for longer than peers.',
      'Precision teaching of high-frequency words, ten minutes a day.',
      'Allow extra thinking time before expecting an answer.',
      'Check understanding with a quick recap at the end of each lesson.',
    ],
    reasons: [
      'Progress in reading and maths remains well below age-related expectations despite two cycles of SEN support (small-group phonics and precision teaching). Advice wanted on the learning profile and next steps.',
      'Working memory and processing seem to limit learning across the curriculum. School and parents would like a cognitive assessment to inform the support plan.',
      'Outcomes in the support plan not met at the last two reviews. Advice requested on strategies and on whether to request an EHC needs assessment.',
    ],
    reportTitle: 'Educational psychology report',
    fileStem: 'ep-report',
  },
  {
    name: SALT,
    kind: 'speech-and-language-therapy',
    howToRefer:
      "Use the NHS children's speech and language therapy referral form (school version), signed by a parent. Include examples of the pupil's talk, what the class teacher has noticed, and any language programme already used in school. Hearing should have been checked first.",
    phone: '0161 496 0230',
    email: 'childrens.slt@nhs-northbridge.example',
    website: 'https://www.nhs-northbridge.example/speech-and-language',
    roles: ['Specialist SALT', 'Speech and Language Therapist', 'Speech and Language Therapy Assistant'],
    recommendations: [
      'Use visual supports (symbols, gestures) alongside spoken language.',
      'Keep instructions short and in the order things happen.',
      'Model correct sentences back rather than correcting errors directly.',
      'Teach new topic words with pictures and a word map.',
      'Wait at least ten seconds for an answer before rephrasing.',
      'Small-group language work twice a week using the programme provided.',
    ],
    reasons: [
      'Difficulty understanding spoken instructions with more than two key words, and finding the words to explain. A language group in school for two terms with little change.',
      'Speech is hard for unfamiliar adults to understand, and the pupil is becoming reluctant to speak in class.',
      "Social communication: finds turn-taking and understanding others' intentions hard. Advice requested for class staff.",
    ],
    reportTitle: 'Speech and language therapy assessment report',
    fileStem: 'salt-report',
  },
  {
    name: OT,
    kind: 'occupational-therapy',
    howToRefer:
      'Referrals from school or the GP, with parental consent. Complete the school questionnaire on fine motor, gross motor and self-care skills, and attach a handwriting sample. The service triages weekly and writes to parents with the outcome.',
    phone: '0161 496 0345',
    email: 'childrens.ot@nhs-northbridge.example',
    website: 'https://www.nhs-northbridge.example/occupational-therapy',
    roles: ['Occupational Therapist', 'Senior Occupational Therapist'],
    recommendations: [
      'Use a sloped writing board and a pencil grip.',
      'Offer a movement break every 20 minutes.',
      'Allow typing for longer pieces of writing.',
      'A five-minute fine motor warm-up before handwriting.',
      'Provide ear defenders for noisy activities and a quiet place to eat.',
    ],
    reasons: [
      'Handwriting is slow and effortful; difficulties with fine motor tasks (scissors, fastenings) and with balance in PE.',
      'Sensory sensitivities (noise, touch) are cutting short time in class and at lunch. Advice wanted on a sensory diet.',
    ],
    reportTitle: 'Occupational therapy report',
    fileStem: 'ot-report',
  },
  {
    name: CAMHS,
    kind: 'camhs',
    howToRefer:
      "Call the single point of access to talk a referral through, then send the online referral form with parental consent (or the young person's own, if they are old enough). Describe the concern, how long it has lasted, risk, and what school support is in place. Urgent concerns about safety: call the duty worker the same day.",
    phone: '0161 496 0412',
    email: 'camhs.spa@nhs-northbridge.example',
    website: 'https://www.nhs-northbridge.example/camhs',
    roles: ['Mental Health Practitioner', 'Clinical Psychologist', 'Mental Health Support Team Practitioner'],
    recommendations: [
      'Agree a named adult for a daily check-in at the start of the day.',
      'Give advance warning of changes to routine.',
      'Offer a quiet space to go to when overwhelmed, with an agreed signal.',
      'Use a worry journal and look at it weekly with the key adult.',
      'Reduce homework while therapy is under way.',
    ],
    reasons: [
      'Persistent anxiety: refusing to come in some mornings, panic in busy corridors, poor sleep reported by parents. Daily check-in and a safe space in place for a term.',
      'Low mood and withdrawal from friends over the last term. The designated safeguarding lead is informed; parents agree to the referral.',
      'Outbursts at home and school that are getting more frequent; parents have asked for help.',
    ],
    reportTitle: 'CAMHS assessment letter',
    fileStem: 'camhs-letter',
  },
  {
    name: PAEDS,
    kind: 'paediatrics',
    howToRefer:
      'Referrals through the GP or the school nurse, with parental consent. For the neurodevelopmental (autism and ADHD) pathway, school completes the school questionnaire and sends it with the support plan and an observation. Incomplete referrals are returned.',
    phone: '0161 496 0520',
    email: 'cdc.admin@nhs-northbridge.example',
    website: 'https://www.nhs-northbridge.example/child-development-centre',
    roles: ['Consultant Community Paediatrician', 'Specialty Doctor'],
    recommendations: [
      'Seat near the teacher, away from windows and doors.',
      'Break tasks into short chunks with clear end points.',
      'Allow a fidget tool and movement breaks.',
      'Keep a home-school diary of sleep and energy.',
      'Follow the individual healthcare plan agreed with the school nurse.',
    ],
    reasons: [
      'Parents and school are concerned about social communication, attention and sensory needs; requesting assessment on the neurodevelopmental pathway.',
      'Poor concentration, impulsivity and restlessness at home and school; questionnaires from school and parents attached.',
      'A medical condition affecting attendance and energy; advice requested on managing it in school.',
    ],
    reportTitle: 'Paediatric clinic letter',
    fileStem: 'paediatric-letter',
  },
  {
    name: SENSORY,
    kind: 'specialist-teaching',
    howToRefer:
      'Pupils with a diagnosed hearing or vision loss are referred by audiology or ophthalmology; schools may also refer with parental consent. Send the latest audiogram or eye report if you have it, and describe what the pupil finds hard in class.',
    phone: '0161 496 0610',
    email: 'sensory.support@northbridge.example',
    website: 'https://www.northbridge.example/sensory-support',
    roles: ['Teacher of the Deaf', 'Qualified Teacher of Vision Impairment'],
    recommendations: [
      'Sit the pupil near the front, with the light behind them, facing the teacher.',
      'Use the radio aid in every lesson and check it each morning.',
      'Enlarge print to 18 point and use bold-lined paper.',
      "Face the class when speaking and repeat other pupils' answers.",
      'Cut background noise: close doors and windows during teaching.',
    ],
    reasons: [
      'Hearing aids fitted recently; advice wanted on classroom acoustics, a radio aid and seating.',
      'Low vision: advice requested on print size, lighting and seeing the board.',
    ],
    reportTitle: 'Sensory support visit report',
    fileStem: 'sensory-support-report',
  },
  {
    name: LEARNING,
    kind: 'specialist-teaching',
    howToRefer:
      'Use the specialist teaching request form, signed by a parent, with the support plan and what has been tried for at least two terms. Say whether you want an assessment, advice for staff, or training.',
    phone: '0161 496 0640',
    email: 'specialist.teaching@northbridge.example',
    website: 'https://www.northbridge.example/specialist-teaching',
    roles: ['Specialist Teacher (literacy)', 'Specialist Teacher (autism outreach)'],
    recommendations: [
      'Use a dyslexia-friendly font, cream paper and well-spaced text.',
      'Provide a word bank and writing frames.',
      'Teach touch-typing, 15 minutes three times a week.',
      'Use a visual timetable and a now-and-next board.',
      'Prepare for changes with a short social story.',
    ],
    reasons: [
      'Literacy difficulties persist despite intervention; advice requested on a dyslexia-friendly approach and an assessment of specific difficulties.',
      'Advice requested on adapting the classroom for an autistic pupil who finds transitions very hard.',
    ],
    reportTitle: 'Specialist teacher assessment',
    fileStem: 'specialist-teacher-report',
  },
  {
    name: SOCIAL,
    kind: 'social-care',
    howToRefer:
      'Any worry that a child is at risk of harm: the designated safeguarding lead calls the front door the same day, then confirms in writing within 48 hours. For early help, complete the early help assessment with the family first. For looked-after children, contact the allocated social worker.',
    phone: '0161 496 0700',
    email: 'childrens.frontdoor@northbridge.example',
    website: 'https://www.northbridge.example/childrens-social-care',
    roles: ['Social Worker', 'Team Manager'],
    recommendations: [],
    reasons: [],
    reportTitle: 'Social care letter',
    fileStem: 'social-care-letter',
  },
];

/** The services a pupil with this primary need is usually referred to, with weights. */
const SERVICES_FOR_NEED: Record<string, readonly (readonly [string, number])[]> = {
  SLCN: [
    [SALT, 7],
    [EP, 3],
  ],
  ASD: [
    [PAEDS, 4],
    [SALT, 2],
    [LEARNING, 2],
    [OT, 1],
  ],
  SEMH: [
    [CAMHS, 7],
    [EP, 3],
  ],
  SPLD: [
    [EP, 5],
    [LEARNING, 4],
    [OT, 1],
  ],
  MLD: [
    [EP, 7],
    [SALT, 2],
  ],
  PD: [
    [OT, 7],
    [PAEDS, 3],
  ],
  HI: [[SENSORY, 1]],
  VI: [[SENSORY, 1]],
  MSI: [[SENSORY, 1]],
  OTH: [
    [PAEDS, 6],
    [OT, 4],
  ],
  SLD: [
    [OT, 4],
    [SALT, 3],
    [EP, 3],
  ],
  PMLD: [
    [OT, 5],
    [SALT, 5],
  ],
  NSA: [[EP, 1]],
};

// ---------------------------------------------------------------------------------------------------
// Small helpers

function weighted<T>(rng: SeededRandom, pairs: readonly (readonly [T, number])[]): T {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, w] of pairs) {
    roll -= w;
    if (roll < 0) return value;
  }
  return pairs[pairs.length - 1]![0];
}

/** k different items, in the order drawn. */
function sample<T>(rng: SeededRandom, items: readonly T[], k: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length > 0)
    out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return out;
}

const max = (...dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));
const min = (...dates: string[]) => dates.reduce((a, b) => (a < b ? a : b));

/** The school day nearest after a date, or before it when that would be today or later. */
function schoolDayNear(days: SchoolDays, date: string, today: string): string {
  const after = days.onOrAfter(date);
  return after < today ? after : days.onOrBefore(date);
}

/** The weekday on or before a date: services work through the school holidays. */
function weekdayOnOrBefore(date: string): string {
  const weekday = isoWeekday(date);
  return weekday > 5 ? addDays(date, 5 - weekday) : date;
}

const FEMALE: ReadonlySet<string> = new Set(FORENAMES.slice(0, FORENAMES.indexOf('Noah')));
const MALE = FORENAMES.filter((n) => !FEMALE.has(n));

/** An invented adult's name, never the pupil's own forename or surname. */
function adultName(rng: SeededRandom, pupil: DemoPupil, female: boolean | null, surname?: string): string {
  const own = new Set([pupil.legalForename, pupil.preferredForename ?? '']);
  const pool = female === null ? FORENAMES : female ? [...FEMALE] : MALE;
  const forename = rng.pick(pool.filter((n) => !own.has(n)));
  return `${forename} ${surname ?? rng.pick(SURNAMES.filter((n) => n !== pupil.legalSurname))}`;
}

/** 07700 900000 to 900999: Ofcom's mobile numbers for drama, never in use. */
const mobile = (rng: SeededRandom) => `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`;
/** 0113 496 0000 to 0999: Ofcom's Leeds numbers for drama (the services have Manchester's). */
const landline = (rng: SeededRandom) => `0113 496 0${String(rng.int(0, 999)).padStart(3, '0')}`;

function emailOf(rng: SeededRandom, name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/ +/g, '.');
  return `${local}${rng.chance(0.4) ? rng.int(1, 99) : ''}@example.com`;
}

const STREETS = [
  'Elm Road',
  'Mill Lane',
  'Station Road',
  'Church Street',
  'Park Avenue',
  'Victoria Terrace',
  'Oak Close',
  'Canal Walk',
  'Queen Street',
  'Meadow Way',
  'Albert Road',
  'Beech Grove',
];

/** An invented address in Northbridge: NB is no real postcode area. */
function address(rng: SeededRandom): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  const unit = `${rng.int(1, 9)}${letters[rng.int(0, letters.length - 1)]}${letters[rng.int(0, letters.length - 1)]}`;
  return `${rng.int(1, 140)} ${rng.pick(STREETS)}, Northbridge NB${rng.int(1, 9)} ${unit}`;
}

const LANGUAGES = ['Polish', 'Urdu', 'Romanian', 'Arabic', 'Bengali', 'Somali', 'Punjabi', 'Portuguese'];

const CONTACT_NOTES = [
  'Works shifts: best called after 4pm.',
  'Prefers meetings straight after school pick-up.',
  'Parents live apart: send letters to both addresses.',
  'Likes a quick text after a difficult day.',
  'Please use the mobile number; the landline is rarely answered.',
  'Can come in on Tuesdays and Thursdays only.',
];

// ---------------------------------------------------------------------------------------------------
// A minimal valid PDF

function pdfText(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);
}

/**
 * A one-page PDF with a few lines of Helvetica text: a valid file (header, objects, cross-reference
 * table with the right offsets, trailer) of a few hundred bytes, so the demo's reports open in a browser.
 */
export function syntheticPdf(lines: readonly string[]): Buffer {
  const text = [
    'BT',
    '/F1 12 Tf',
    '16 TL',
    '72 770 Td',
    ...lines.map((line, i) => `${i === 0 ? '' : 'T* '}(${pdfText(line)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// ---------------------------------------------------------------------------------------------------
// Family contacts

/** The parent or carer who came to the pupil's plan reviews, as the demo plans named them. */
function reviewParent(plans: DemoPlan[]): { name: string; role: string } | null {
  for (const plan of plans) {
    const found = plan.review?.attendees.find((a) => a.role === 'Parent' || a.role === 'Foster carer');
    if (found) return found;
  }
  return null;
}

function familyContacts(
  rng: SeededRandom,
  pupil: DemoPupil,
  plans: DemoPlan[],
  senco: string,
  createdOn: string,
): DemoFamilyContact[] {
  const known = reviewParent(plans);
  const language = pupil.eal && rng.chance(0.5) ? rng.pick(LANGUAGES) : 'English';
  const interpreter = language !== 'English' && rng.chance(0.5);
  const home = address(rng);
  const people: Omit<
    DemoFamilyContact,
    | 'preferredContact'
    | 'phone'
    | 'email'
    | 'address'
    | 'priority'
    | 'pupilUpn'
    | 'createdBy'
    | 'createdAt'
    | 'language'
    | 'interpreterNeeded'
  >[] = [];
  const languages: string[] = [];
  if (pupil.lookedAfter) {
    people.push({
      name: known?.name ?? adultName(rng, pupil, true),
      relationship: 'Foster carer',
      parentalResponsibility: false,
      notes: 'Day-to-day consent as agreed in the placement plan; ask the social worker for anything else.',
    });
    people.push({
      name: adultName(rng, pupil, null),
      relationship: 'Social worker',
      parentalResponsibility: true,
      notes:
        'Northbridge Council shares parental responsibility under a care order: consent through the social worker.',
    });
    if (rng.chance(0.5)) {
      people.push({
        name: adultName(rng, pupil, true, pupil.legalSurname),
        relationship: 'Birth mother',
        parentalResponsibility: true,
        notes: 'Contact arrangements through the social worker. Send copies of reports by letter.',
      });
    }
    languages.push('English', 'English', language);
  } else {
    const first = known?.name ?? adultName(rng, pupil, rng.chance(0.7));
    const firstFemale = FEMALE.has(first.split(' ')[0]!);
    people.push({
      name: first,
      relationship: firstFemale ? 'Mother' : 'Father',
      parentalResponsibility: true,
      notes: rng.chance(0.2) ? rng.pick(CONTACT_NOTES) : '',
    });
    languages.push(language);
    if (rng.chance(0.7)) {
      const roll = rng.next();
      const other =
        roll < 0.65
          ? { relationship: firstFemale ? 'Father' : 'Mother', pr: true, female: !firstFemale }
          : roll < 0.85
            ? { relationship: firstFemale ? 'Step-father' : 'Step-mother', pr: false, female: !firstFemale }
            : rng.chance(0.7)
              ? { relationship: 'Grandmother', pr: false, female: true }
              : { relationship: 'Grandfather', pr: false, female: false };
      const sameSurname = other.relationship === 'Father' || rng.chance(0.3);
      people.push({
        name: adultName(rng, pupil, other.female, sameSurname ? pupil.legalSurname : undefined),
        relationship: other.relationship,
        parentalResponsibility: other.pr,
        notes: '',
      });
      languages.push(rng.chance(0.8) ? language : 'English');
    }
    if (people.length === 2 && rng.chance(0.25)) {
      const used = new Set(people.map((p) => p.relationship));
      const relationship = rng.pick(['Grandmother', 'Grandfather', 'Aunt'].filter((r) => !used.has(r)));
      people.push({
        name: adultName(rng, pupil, relationship !== 'Grandfather'),
        relationship,
        parentalResponsibility: false,
        notes: 'Collects from school on Wednesdays and Fridays.',
      });
      languages.push(language);
    }
  }
  return people.map((person, i) => {
    const preferredContact: PreferredContact =
      person.relationship === 'Social worker'
        ? 'email'
        : person.relationship === 'Birth mother'
          ? 'letter'
          : weighted(rng, [
              ['phone', 35],
              ['text', 25],
              ['email', 25],
              ['in-person', 10],
              ['letter', 5],
            ]);
    const isPro = person.relationship === 'Social worker';
    const phone =
      preferredContact === 'phone' || preferredContact === 'text' || rng.chance(0.85)
        ? isPro
          ? landline(rng)
          : rng.chance(0.9)
            ? mobile(rng)
            : landline(rng)
        : null;
    const email =
      preferredContact === 'email' || rng.chance(0.5)
        ? isPro
          ? `${emailOf(rng, person.name).split('@')[0]}@northbridge.example`
          : emailOf(rng, person.name)
        : null;
    const livesAtHome = i === 0 || person.relationship.startsWith('Step') || person.relationship === 'Father';
    const addr =
      preferredContact === 'letter'
        ? livesAtHome
          ? home
          : address(rng)
        : livesAtHome && !isPro && rng.chance(0.8)
          ? home
          : null;
    const lang = isPro ? 'English' : (languages[i] ?? 'English');
    return {
      pupilUpn: pupil.upn,
      ...person,
      preferredContact,
      phone,
      email,
      address: addr,
      language: lang,
      interpreterNeeded: lang !== 'English' && (i === 0 ? interpreter : rng.chance(0.5)),
      priority: i + 1,
      createdBy: senco,
      createdAt: at(createdOn, rng.int(9 * 60, 16 * 60)),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Referrals

type Shape =
  'waiting' | 'accepted' | 'assessed' | 'report-received' | 'closed-report' | 'closed-withdrawn' | 'declined';

const OPEN_SHAPES: readonly (readonly [Shape, number])[] = [
  ['waiting', 45],
  ['accepted', 20],
  ['assessed', 15],
  ['report-received', 12],
];
const PAST_SHAPES: readonly (readonly [Shape, number])[] = [
  ['closed-report', 65],
  ['closed-withdrawn', 12],
  ['declined', 23],
];

const NOTES = {
  waiting: [
    'Referral sent with the signed consent form and the current support plan.',
    'Referral form and consent sent; the service confirmed receipt.',
  ],
  accepted: [
    'Accepted onto the waiting list; the service will write to parents with an appointment.',
    'Accepted at triage. Assessment to be booked in school.',
  ],
  assessed: [
    'Assessed in school: observed in class, worked with the pupil and met parents. Report to follow.',
    'Seen in clinic with a parent. Report to follow within six weeks.',
  ],
  'report-received': [
    'Report received and shared with parents; recommendations to go into the support plan.',
    'Report received; the SENCO went through it with the class teacher.',
  ],
  closed: [
    'Recommendations added to the support plan. Closed by the service after the report.',
    'Discharged after the report: school to re-refer if needs change.',
  ],
  withdrawn: [
    'Closed: parents chose a private assessment and will share the report.',
    'Closed: needs now met by school support; agreed with parents at the review.',
    'Closed: the family moved out of the area; the new school has the referral details.',
  ],
  declined: [
    "Declined: does not meet the service's criteria at present. Advice sheet sent; re-refer if needs persist.",
    'Declined: the service asked for a further term of school support and a referral through the GP.',
  ],
} as const;

interface ReferralTimeline {
  referred: string;
  steps: [DemoReferralStatus, string][];
}

/** A referral's dates for its shape, worked back from today; null when it would fall too early. */
function referralTimeline(
  rng: SeededRandom,
  days: SchoolDays,
  shape: Shape,
  wait: [number, number],
  today: string,
  earliest: string,
): ReferralTimeline | null {
  const yesterday = addDays(today, -1);
  const weeks = rng.int(wait[0], wait[1]);
  let referred: string;
  const steps: [DemoReferralStatus, string][] = [];
  switch (shape) {
    case 'waiting':
    case 'accepted': {
      referred = schoolDayNear(days, addWeeks(today, -weeks), today);
      if (shape === 'accepted') {
        const accepted = weekdayOnOrBefore(addDays(referred, rng.int(7, 35)));
        if (accepted > yesterday) return null;
        steps.push(['accepted', accepted]);
      }
      break;
    }
    case 'assessed':
    case 'report-received':
    case 'closed-report': {
      const closed = shape === 'closed-report' ? weekdayOnOrBefore(addDays(today, -rng.int(30, 300))) : null;
      const report =
        shape === 'report-received'
          ? weekdayOnOrBefore(addDays(today, -rng.int(3, 25)))
          : closed
            ? weekdayOnOrBefore(addDays(closed, -rng.int(5, 40)))
            : null;
      const assessed = days.onOrBefore(
        report ? addDays(report, -rng.int(14, 42)) : addDays(today, -rng.int(4, 21)),
      );
      referred = days.onOrBefore(addWeeks(assessed, -weeks));
      const accepted = weekdayOnOrBefore(addDays(referred, rng.int(7, 35)));
      steps.push(['accepted', accepted], ['assessed', assessed]);
      if (report) steps.push(['report-received', report]);
      if (closed) steps.push(['closed', closed]);
      break;
    }
    case 'closed-withdrawn': {
      referred = days.onOrBefore(addWeeks(today, -rng.int(20, 60)));
      steps.push(['closed', days.onOrBefore(addWeeks(referred, rng.int(6, 18)))]);
      break;
    }
    case 'declined': {
      referred = days.onOrBefore(addWeeks(today, -rng.int(8, 52)));
      steps.push(['declined', weekdayOnOrBefore(addDays(referred, rng.int(10, 42)))]);
      break;
    }
  }
  if (referred < earliest) return null;
  let last = referred;
  for (const [, on] of steps) {
    if (on < last || on > yesterday) return null;
    last = on;
  }
  return { referred, steps };
}

// ---------------------------------------------------------------------------------------------------
// Chronology texts

const PARENT_CALLS: readonly [summary: string, agreed: string][] = [
  [
    'Parent rang: worried that homework is taking hours and ending in tears.',
    'Homework cut to 20 minutes a night for now; class teacher to send a note home each Friday.',
  ],
  [
    'Called parent to say how well the week had gone, and to check on sleep after the change of medication.',
    'Parent to let the school know if sleep gets worse.',
  ],
  [
    'Parent called after a difficult morning at home; the pupil had been anxious about a supply teacher.',
    'Warn home the day before when a teacher will be away where possible.',
  ],
  [
    'Rang parent about two incidents at lunchtime this week.',
    'Lunchtime club offered three days a week; review in a fortnight.',
  ],
  [
    'Parent asked about the waiting list for the referral.',
    'SENCO to chase the service and ring back next week.',
  ],
  [
    'Parent rang to ask what the support plan outcomes mean in practice.',
    'Copy of the plan sent home with examples.',
  ],
];

const PARENT_MESSAGES: readonly [summary: string, agreed: string][] = [
  ['Emailed parent the new visual timetable to use at home.', ''],
  [
    'Parent emailed about friendship worries; the pupil says no one plays with them.',
    'Buddy system at break from Monday; class teacher to update parent on Friday.',
  ],
  ['Sent parent a reminder about the review meeting next week, with the questions to think about.', ''],
  ['Parent emailed a copy of the hospital appointment letter.', 'Letter filed; school nurse informed.'],
];

const PARENT_MEETINGS: readonly [summary: string, agreed: string][] = [
  [
    'Met parents at their request: worried about the move to a new class next year.',
    'Extra transition visits in the summer term and a photo book of the new classroom.',
  ],
  [
    'Meeting with parents to go through the referral and the waiting time.',
    'School support to continue meanwhile; parents to keep a diary of what they notice at home.',
  ],
  [
    'Coffee morning follow-up: parents wanted to talk about reading at home.',
    'Reading books matched to the phonics programme sent home; a short guide for parents.',
  ],
  [
    'Meeting with parents after a run of difficult days.',
    'A daily home-school book for the next half-term; meet again before the review.',
  ],
  [
    'Parents came in to talk about attendance and tiredness in the mornings.',
    'A later, quieter start for two weeks; school nurse to offer a sleep clinic.',
  ],
];

const HOME_VISITS: readonly [summary: string, agreed: string][] = [
  [
    'Home visit with the family support worker to meet the family and see how the pupil copes at home.',
    'Share the morning routine that works at home with class staff.',
  ],
  [
    'Home visit before the pupil returned after a long absence.',
    'A phased return over two weeks, starting with mornings.',
  ],
];

// ---------------------------------------------------------------------------------------------------
// Exam access arrangements

interface ArrangementSpec {
  arrangement: ExamArrangementKind;
  details: string;
  evidence: string;
  form8: boolean;
}

const EXAM_EVIDENCE = {
  speed:
    'Form 8 assessment: below-average speed of reading and writing (standard scores in the 70s). Extra time is the normal way of working in class tests and mocks.',
  reading:
    'Form 8 assessment: below-average reading comprehension (standard score 78). Uses a reader in class tests.',
  wellbeing:
    'Letter from CAMHS and a history of need since Year 7; works in the learning support base for tests, and with breaks, as normal.',
  autism:
    'Diagnosis letter from community paediatrics; the support plan and teachers confirm this is the normal way of working.',
  physical:
    'Occupational therapy report: handwriting slow and painful after 15 minutes. Types in lessons as normal.',
  vision: 'Report from the qualified teacher of vision impairment: needs enlarged print (A3, 18 point).',
  hearing: 'Report from the teacher of the deaf; uses a radio aid in lessons.',
} as const;

const SPECS: Record<string, ArrangementSpec> = {
  'extra-time': {
    arrangement: 'extra-time',
    details: 'Up to 25% extra time in every written paper.',
    evidence: EXAM_EVIDENCE.speed,
    form8: true,
  },
  reader: {
    arrangement: 'reader',
    details:
      'Computer reader where the paper allows; a human reader otherwise. Not in papers testing reading.',
    evidence: EXAM_EVIDENCE.reading,
    form8: true,
  },
  scribe: {
    arrangement: 'scribe',
    details: 'A scribe for papers with long written answers.',
    evidence: EXAM_EVIDENCE.physical,
    form8: false,
  },
  'word-processor': {
    arrangement: 'word-processor',
    details: 'Word processor with the spelling and grammar check turned off.',
    evidence: EXAM_EVIDENCE.physical,
    form8: false,
  },
  'rest-breaks': {
    arrangement: 'rest-breaks',
    details: 'Supervised rest breaks; the clock stops during them.',
    evidence: EXAM_EVIDENCE.wellbeing,
    form8: false,
  },
  'separate-room': {
    arrangement: 'separate-room',
    details: 'Sits exams in the learning support base with a small group.',
    evidence: EXAM_EVIDENCE.wellbeing,
    form8: false,
  },
  prompter: {
    arrangement: 'prompter',
    details: 'A prompter to bring attention back to the paper.',
    evidence: EXAM_EVIDENCE.autism,
    form8: false,
  },
  'modified-paper': {
    arrangement: 'modified-paper',
    details: 'Modified enlarged papers (A3, 18 point bold), ordered from the awarding bodies.',
    evidence: EXAM_EVIDENCE.vision,
    form8: false,
  },
  other: {
    arrangement: 'other',
    details: 'Listening tests played through the radio aid in a separate room.',
    evidence: EXAM_EVIDENCE.hearing,
    form8: false,
  },
};

/** The arrangements a pupil with this primary need is likely to have: [spec, probability]. */
const ARRANGEMENTS_FOR_NEED: Record<string, readonly (readonly [string, number])[]> = {
  SPLD: [
    ['extra-time', 0.9],
    ['reader', 0.4],
    ['word-processor', 0.35],
  ],
  MLD: [
    ['extra-time', 0.85],
    ['reader', 0.6],
    ['separate-room', 0.2],
  ],
  ASD: [
    ['separate-room', 0.6],
    ['rest-breaks', 0.5],
    ['prompter', 0.3],
    ['extra-time', 0.3],
  ],
  SEMH: [
    ['separate-room', 0.6],
    ['rest-breaks', 0.6],
    ['extra-time', 0.2],
  ],
  SLCN: [
    ['extra-time', 0.7],
    ['reader', 0.4],
  ],
  PD: [
    ['word-processor', 0.6],
    ['scribe', 0.4],
    ['extra-time', 0.7],
    ['rest-breaks', 0.5],
  ],
  VI: [
    ['modified-paper', 1],
    ['extra-time', 0.8],
  ],
  HI: [
    ['other', 1],
    ['extra-time', 0.3],
  ],
  OTH: [
    ['rest-breaks', 0.8],
    ['separate-room', 0.5],
    ['extra-time', 0.4],
  ],
  SLD: [
    ['reader', 0.9],
    ['scribe', 0.7],
    ['extra-time', 0.9],
    ['separate-room', 0.8],
  ],
  PMLD: [
    ['reader', 1],
    ['scribe', 1],
    ['separate-room', 1],
  ],
  MSI: [
    ['modified-paper', 1],
    ['separate-room', 1],
    ['extra-time', 1],
  ],
  NSA: [['extra-time', 0.8]],
};

function examArrangements(
  rng: SeededRandom,
  days: SchoolDays,
  school: DemoSchool,
  register: DemoPupil[],
  senco: string,
  today: string,
): DemoExamArrangement[] {
  const y = schoolYearOf(school, today);
  const yesterday = addDays(today, -1);
  const out: DemoExamArrangement[] = [];
  const year9 = sample(
    rng,
    register.filter((p) => p.yearGroup === '9' && ['SPLD', 'MLD', 'SLCN'].includes(primaryNeed(p))),
    4,
  );
  const candidates = [
    ...register.filter((p) => (p.yearGroup === '10' || p.yearGroup === '11') && rng.chance(0.75)),
    ...year9,
  ];
  let expiringLeft = 3;
  let withdrawnLeft = 2;
  for (const pupil of candidates) {
    const year = Number(pupil.yearGroup);
    // Approved in Year 10 for Year 11s; from the summer of Year 9 for Year 10s; lately for a few Year 9s.
    const [windowFrom, windowTo] =
      year === 11
        ? [`${y - 1}-09-15`, min(`${y}-03-31`, yesterday)]
        : year === 10
          ? [`${y}-04-20`, yesterday]
          : [max(`${y}-09-10`, addDays(today, -50)), yesterday];
    const firstConcern = firstKnown(pupil);
    const from = max(windowFrom, addDays(firstConcern, 14));
    if (from > windowTo) continue;
    const approvedOn = days.pick(rng, from, windowTo);
    const courseEnd = `${y + (11 - year) + 1}-08-31`;
    let expiresOn = courseEnd;
    let expiringNote = '';
    // A few Year 10s' arrangements were agreed for this year only, to be looked at again with new evidence.
    const yearEnd = `${y + 1}-07-20`;
    if (
      year === 10 &&
      expiringLeft > 0 &&
      approvedOn < addMonths(today, -3) &&
      addDays(today, 14) <= yearEnd
    ) {
      expiresOn = days.pick(rng, addDays(today, 14), yearEnd);
      expiringNote = ' Agreed for this year only: review with new evidence before Year 11.';
      expiringLeft--;
    }
    const picks = (ARRANGEMENTS_FOR_NEED[primaryNeed(pupil)] ?? ARRANGEMENTS_FOR_NEED['NSA']!).filter(
      ([, p]) => rng.chance(p),
    );
    if (picks.length === 0) picks.push(['extra-time', 1]);
    const assessorName = adultName(rng, pupil, null);
    for (const [key] of picks) {
      const spec = SPECS[key]!;
      const percent = spec.arrangement === 'extra-time' ? (rng.chance(0.12) ? 50 : 25) : null;
      const withdraw =
        withdrawnLeft > 0 &&
        year === 11 &&
        spec.arrangement === 'rest-breaks' &&
        approvedOn < addDays(today, -60);
      const withdrawnOn = withdraw ? days.pick(rng, addDays(approvedOn, 30), yesterday) : null;
      if (withdraw) withdrawnLeft--;
      const createdAt = at(approvedOn, rng.int(13 * 60, 16 * 60 + 30));
      out.push({
        pupilUpn: pupil.upn,
        arrangement: spec.arrangement,
        extraTimePercent: percent,
        details: (
          (percent === 50
            ? 'Up to 50% extra time: speed of processing in the very low range (standard score below 70).'
            : spec.details) +
          (withdrawnOn ? ' Withdrawn: no longer needed; manages full papers in mocks without breaks.' : '') +
          (year === 9 ? ' Assessed in Year 9; confirm the normal way of working in Year 10 mocks.' : '') +
          (expiresOn !== courseEnd ? expiringNote : '')
        ).trim(),
        evidence:
          percent === 50
            ? 'Form 8 assessment: speed of processing and of writing in the very low range (standard scores below 70). Extra time is the normal way of working.'
            : spec.evidence,
        assessor: spec.form8 ? `${assessorName}, Specialist assessor (Form 8)` : 'SENCO',
        approvedOn,
        expiresOn,
        withdrawnOn,
        createdBy: senco,
        createdAt,
        updatedAt: withdrawnOn ? at(withdrawnOn, rng.int(13 * 60, 16 * 60)) : createdAt,
      });
    }
  }
  return out;
}

/** The first date of the pupil's SEND history (a new starter's may come from their last school). */
function firstKnown(pupil: DemoPupil): string {
  return min(...pupil.sen!.history.map((h) => h.effectiveFrom));
}

function primaryNeed(pupil: DemoPupil): string {
  return pupil.sen?.needs.find((n) => n.rank === 1)?.code ?? 'NSA';
}

// ---------------------------------------------------------------------------------------------------
// The whole set

/** The demo liaison records of one school, as its SENCO would have kept them by today. */
export function buildDemoLiaison(school: DemoSchool, plan: LiaisonPlan, today: string): DemoLiaison {
  // Separate streams, so that who is chosen does not depend on what was written for whom.
  const choose = new SeededRandom(plan.seed * 37 + 1);
  const dates = new SeededRandom(plan.seed * 37 + 2);
  const people = new SeededRandom(plan.seed * 37 + 3);
  const words = new SeededRandom(plan.seed * 37 + 4);
  const senco = school.staff.find((s) => s.roles.includes('senco'));
  if (!senco) throw new Error(`Demo liaison: ${school.name} has no SENCO`);
  const days = SchoolDays.around(today);
  const yesterday = addDays(today, -1);
  const register = passportPupils(school, today);
  const plansOf = new Map<string, DemoPlan[]>();
  for (const p of school.plans?.plans ?? []) plansOf.set(p.pupilUpn, [...(plansOf.get(p.pupilUpn) ?? []), p]);
  const hasActivePlan = (upn: string) => (plansOf.get(upn) ?? []).some((p) => p.status === 'active');

  // The directory: every service with one to three named professionals, set up before the records.
  const firstDay = days.onOrBefore(addMonths(today, -30));
  const services: DemoService[] = DIRECTORY.map((spec) => {
    const count = Math.min(spec.roles.length, people.int(1, 3));
    const professionals = spec.roles.slice(0, count).map((role) => {
      const forename = people.pick(FORENAMES);
      const surname = people.pick(SURNAMES);
      const local = `${forename}.${surname}`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z.]/g, '');
      return {
        name: `${forename} ${surname}`,
        role,
        phone: people.chance(0.6) ? mobile(people) : null,
        email: `${local}@${spec.email.split('@')[1]}`,
      };
    });
    return {
      name: spec.name,
      kind: spec.kind,
      howToRefer: spec.howToRefer,
      phone: spec.phone,
      email: spec.email,
      website: spec.website,
      professionals,
      updatedBy: senco.email,
      updatedAt: at(firstDay, people.int(9 * 60, 15 * 60)),
    };
  });
  const specOf = new Map(DIRECTORY.map((s) => [s.name, s]));
  const serviceOf = new Map(services.map((s) => [s.name, s]));

  // Family contacts for everyone on the register (K or E today).
  const contacts: DemoFamilyContact[] = [];
  const contactsOf = new Map<string, DemoFamilyContact[]>();
  for (const pupil of school.pupils) {
    const status = statusOn(pupil, today);
    if (status !== 'K' && status !== 'E') continue;
    // Taken when the school first worked with the family on the pupil's needs.
    const createdOn = min(max(firstKnown(pupil), firstDay), yesterday);
    const mine = familyContacts(people, pupil, plansOf.get(pupil.upn) ?? [], senco.email, createdOn);
    contacts.push(...mine);
    contactsOf.set(pupil.upn, mine);
  }

  // Referrals: a share of the pupils on the register, one open or past each, some with both.
  const referrals: DemoReferral[] = [];
  const demo = plan.demo;
  const shown = new Set(
    demo ? [...ownPupilUpns(school, demo.teacher, today), ...ownPupilUpns(school, demo.ta, today)] : [],
  );
  const earliestOf = (p: DemoPupil) =>
    max(addDays(firstKnown(p), 14), addDays(p.admissionDate, 30), addMonths(today, -30));
  const referable = register.filter((p) => earliestOf(p) <= addDays(today, -28));
  const chosen = sample(choose, referable, Math.round(plan.referralShare * register.length));
  // The demo's fixed points first: a pupil with an active plan whose referral has been assessed (not in
  // the demo teacher's or TA's classes or groups), and long waits at CAMHS and paediatrics.
  const forced: [DemoPupil, Shape, string][] = [];
  if (demo) {
    const pool = [...chosen, ...sample(choose, referable, referable.length)];
    const assessedPupil = pool.find(
      (p) => hasActivePlan(p.upn) && !shown.has(p.upn) && earliestOf(p) <= addMonths(today, -9),
    );
    if (!assessedPupil) throw new Error(`Demo liaison: no pupil at ${school.name} for an assessed referral`);
    forced.push([assessedPupil, 'assessed', primaryNeed(assessedPupil) === 'SLCN' ? SALT : EP]);
    const longWaits = [...new Set(pool)]
      .filter((p) => p !== assessedPupil && earliestOf(p) <= addMonths(today, -15))
      .slice(0, 3);
    longWaits.forEach((p, i) => forced.push([p, 'waiting', i === 1 ? CAMHS : PAEDS]));
    for (const [p] of forced) if (!chosen.includes(p)) chosen.push(p);
  }
  const forcedOf = new Map(forced.map(([p, shape, service]) => [p.upn, { shape, service }]));
  const order = new Map(school.pupils.map((p, i) => [p.upn, i]));
  chosen.sort((a, b) => order.get(a.upn)! - order.get(b.upn)!);

  const addReferral = (pupil: DemoPupil, shape: Shape, serviceName: string): boolean => {
    const spec = specOf.get(serviceName)!;
    const service = serviceOf.get(serviceName)!;
    const forcedLong = forcedOf.get(pupil.upn)?.shape === 'waiting' && shape === 'waiting';
    const wait: [number, number] = forcedLong
      ? [Math.max(26, SERVICE_WAITS[spec.kind][0]), SERVICE_WAITS[spec.kind][1]]
      : SERVICE_WAITS[spec.kind];
    let timeline: ReferralTimeline | null = null;
    for (let attempt = 0; attempt < 6 && !timeline; attempt++)
      timeline = referralTimeline(dates, days, shape, wait, today, earliestOf(pupil));
    if (!timeline) return false;
    const withPr = (contactsOf.get(pupil.upn) ?? []).filter((c) => c.parentalResponsibility);
    if (withPr.length === 0) return false;
    const consenter = words.chance(0.75) ? withPr[0]! : words.pick(withPr);
    const consentOn = max(
      days.onOrBefore(addDays(timeline.referred, -dates.int(0, 21))),
      addDays(timeline.referred, -30),
    );
    // Named once the service has allocated someone: always by the assessment, sometimes on acceptance.
    const assessed = timeline.steps.some(([status]) => status === 'assessed');
    const accepted = timeline.steps.some(([status]) => status === 'accepted');
    const professional =
      assessed || (accepted && words.chance(0.5)) ? words.pick(service.professionals).name : null;
    const history: DemoStatusChange[] = [
      {
        status: 'waiting',
        statusOn: timeline.referred,
        note: words.pick(NOTES.waiting),
        recordedAt: at(timeline.referred, words.int(12 * 60, 16 * 60)),
      },
    ];
    for (const [status, on] of timeline.steps) {
      const note =
        status === 'closed'
          ? shape === 'closed-withdrawn'
            ? words.pick(NOTES.withdrawn)
            : words.pick(NOTES.closed)
          : words.pick(NOTES[status as Exclude<DemoReferralStatus, 'closed'>]);
      history.push({ status, statusOn: on, note, recordedAt: at(on, words.int(12 * 60, 17 * 60)) });
    }
    // Recorded the same day: keep the times of one day in order.
    for (let i = 1; i < history.length; i++) {
      if (history[i]!.recordedAt <= history[i - 1]!.recordedAt)
        history[i]!.recordedAt = at(history[i]!.statusOn, 17 * 60 + 10 + i);
    }
    const last = history.at(-1)!;
    referrals.push({
      pupilUpn: pupil.upn,
      service: serviceName,
      professional,
      referredOn: timeline.referred,
      reason: words.pick(spec.reasons),
      consentGivenBy: consenter.name,
      consentRelationship: consenter.relationship,
      consentGivenOn: consentOn,
      status: last.status,
      statusOn: last.statusOn,
      history,
      createdBy: senco.email,
      createdAt: history[0]!.recordedAt,
    });
    return true;
  };

  // Every stage shows at least once in each school: the first pupils take one each, in turn.
  const openToShow: Shape[] = ['report-received', 'assessed', 'accepted', 'waiting'];
  const pastToShow: Shape[] = ['closed-report', 'declined', 'closed-withdrawn'];
  for (const pupil of chosen) {
    const need = primaryNeed(pupil);
    const options = SERVICES_FOR_NEED[need] ?? SERVICES_FOR_NEED['NSA']!;
    const f = forcedOf.get(pupil.upn);
    const current = f ?? {
      shape: openToShow.shift() ?? weighted(choose, OPEN_SHAPES),
      service: weighted(choose, options),
    };
    // About a third also had a referral before that has ended; some pupils only that.
    const past = choose.chance(f ? 0.3 : 0.35);
    const onlyPast = !f && choose.chance(0.25);
    if (past || onlyPast) {
      const shape = pastToShow.shift() ?? weighted(choose, PAST_SHAPES);
      if (!addReferral(pupil, shape, weighted(choose, options)) && pastToShow.length < 3)
        pastToShow.unshift(shape);
    }
    if (onlyPast) {
      if (!f && current.shape !== 'waiting' && openToShow.length < 4) openToShow.unshift(current.shape);
    } else if (!addReferral(pupil, current.shape, current.service)) {
      if (f) throw new Error(`Demo liaison: could not date the ${f.shape} referral at ${school.name}`);
      if (current.shape !== 'waiting') openToShow.unshift(current.shape);
      addReferral(pupil, 'waiting', current.service);
    }
  }

  // The reports that came back: a tiny synthetic PDF each, with its recommendations.
  const documents: DemoDocument[] = [];
  referrals.forEach((r, index) => {
    const report = r.history.find((h) => h.status === 'report-received');
    if (!report) return;
    const spec = specOf.get(r.service)!;
    const recommendations = sample(words, spec.recommendations, words.int(3, 5));
    const content = syntheticPdf([
      'Synthetic demo report',
      spec.reportTitle,
      `From: ${r.service}`,
      `Received: ${longDate(report.statusOn)}`,
      'Made up for the demo: no real pupil, family or professional.',
    ]);
    documents.push({
      pupilUpn: r.pupilUpn,
      referral: index,
      kind: 'report',
      title: spec.reportTitle,
      fileName: `${spec.fileStem}-${report.statusOn}.pdf`,
      mediaType: 'application/pdf',
      content,
      sha256: createHash('sha256').update(content).digest(),
      receivedOn: report.statusOn,
      recommendations: recommendations.join('\n'),
      uploadedBy: senco.email,
      uploadedAt: report.recordedAt,
    });
  });

  // The chronology: the last year's meetings, calls and messages, and the referrals' steps.
  const chronology: DemoChronologyEntry[] = [];
  const referralsOf = new Map<string, number[]>();
  referrals.forEach((r, i) => referralsOf.set(r.pupilUpn, [...(referralsOf.get(r.pupilUpn) ?? []), i]));
  const entry = (e: Omit<DemoChronologyEntry, 'recordedBy' | 'recordedAt' | 'corrects'>, minute?: number) =>
    chronology.push({
      ...e,
      corrects: null,
      recordedBy: senco.email,
      recordedAt: at(e.occurredOn, minute ?? words.int(15 * 60 + 30, 17 * 60 + 30)),
    });
  const described = (c: DemoFamilyContact) => `${c.name} (${c.relationship.toLowerCase()})`;
  for (const pupil of register) {
    const family = contactsOf.get(pupil.upn) ?? [];
    const parent = family[0];
    if (!parent) continue;
    const from = min(max(addDays(today, -365), addDays(firstKnown(pupil), 1)), yesterday);
    const pupilEntries: number[] = [];
    const reviewDays = new Set<string>();
    // Reviews of the support plan held with the parents.
    for (const p of plansOf.get(pupil.upn) ?? []) {
      const review = p.review;
      if (!review || review.heldOn < from || review.heldOn > yesterday) continue;
      const withParent = review.attendees.filter((a) => a.role === 'Parent' || a.role === 'Foster carer');
      if (withParent.length === 0) continue;
      reviewDays.add(review.heldOn);
      const others = review.attendees.filter((a) => a.role !== 'SENCO');
      pupilEntries.push(chronology.length);
      entry(
        {
          pupilUpn: pupil.upn,
          occurredOn: review.heldOn,
          kind: 'meeting',
          parentMeeting: true,
          withWhom: others.map((a) => `${a.name} (${a.role.toLowerCase()})`).join(', '),
          summary:
            'Support plan review: went through each outcome, heard the views of the pupil and parents, and agreed the next plan.',
          agreed: review.decisions,
          referral: null,
        },
        Number(review.recordedAt.slice(11, 13)) * 60 + Number(review.recordedAt.slice(14, 16)) + 10,
      );
    }
    // Calls and messages with the family.
    const byMessage = parent.preferredContact === 'email' || parent.preferredContact === 'text';
    const pool = [
      ...PARENT_CALLS.map(([summary, agreed]) => ({ summary, agreed, kind: 'call' as const })),
      ...(byMessage ? PARENT_MESSAGES : PARENT_MESSAGES.slice(0, 1)).map(([summary, agreed]) => ({
        summary,
        agreed,
        kind: 'email' as const,
      })),
    ];
    const calls = from <= yesterday ? sample(words, pool, words.int(1, 3)) : [];
    for (const { summary, agreed, kind } of calls) {
      pupilEntries.push(chronology.length);
      entry({
        pupilUpn: pupil.upn,
        occurredOn: days.pick(words, from, yesterday),
        kind,
        parentMeeting: false,
        withWhom: described(words.chance(0.8) ? parent : words.pick(family)),
        summary,
        agreed,
        referral: null,
      });
    }
    // Now and then a meeting with the parents outside the reviews.
    if (words.chance(0.25)) {
      const on = days.pick(words, from, yesterday);
      if (!reviewDays.has(on)) {
        const [summary, agreed] = words.pick(PARENT_MEETINGS);
        pupilEntries.push(chronology.length);
        entry({
          pupilUpn: pupil.upn,
          occurredOn: on,
          kind: 'meeting',
          parentMeeting: true,
          withWhom:
            family
              .filter((c) => c.relationship !== 'Social worker')
              .slice(0, 2)
              .map(described)
              .join(', ') || described(parent),
          summary,
          agreed,
          referral: null,
        });
      }
    }
    // A home visit, for looked-after pupils and a few others.
    if (pupil.lookedAfter || words.chance(0.03)) {
      const [summary, agreed] = words.pick(HOME_VISITS);
      entry({
        pupilUpn: pupil.upn,
        occurredOn: days.pick(words, from, yesterday),
        kind: 'visit',
        parentMeeting: false,
        withWhom: family.map(described).join(', '),
        summary,
        agreed,
        referral: null,
      });
    }
    // The referrals' steps, as messages with the services.
    for (const index of referralsOf.get(pupil.upn) ?? []) {
      const r = referrals[index]!;
      const who = r.professional
        ? `${r.professional} (${serviceOf.get(r.service)!.professionals.find((x) => x.name === r.professional)!.role}, ${r.service})`
        : r.service;
      entry({
        pupilUpn: pupil.upn,
        occurredOn: r.referredOn,
        kind: 'email',
        parentMeeting: false,
        withWhom: r.service,
        summary: `Referral sent to ${r.service}, with ${r.consentGivenBy}'s consent (${r.consentRelationship.toLowerCase()}).`,
        agreed: '',
        referral: index,
      });
      const assessed = r.history.find((h) => h.status === 'assessed');
      if (assessed) {
        entry({
          pupilUpn: pupil.upn,
          occurredOn: assessed.statusOn,
          kind: 'meeting',
          parentMeeting: false,
          withWhom: `${who}, ${described(parent)}`,
          summary:
            'Assessment in school; fed back briefly to the parent and class teacher at the end of the day.',
          agreed: 'Report to follow; school to carry on with the current plan meanwhile.',
          referral: index,
        });
      }
      const report = r.history.find((h) => h.status === 'report-received');
      if (report) {
        entry({
          pupilUpn: pupil.upn,
          occurredOn: report.statusOn,
          kind: 'email',
          parentMeeting: false,
          withWhom: who,
          summary: 'Report received by email; a copy sent to parents.',
          agreed: 'Recommendations to go into the support plan at the next review.',
          referral: index,
        });
      }
      if (r.status === 'declined') {
        entry({
          pupilUpn: pupil.upn,
          occurredOn: r.statusOn,
          kind: 'letter',
          parentMeeting: false,
          withWhom: r.service,
          summary: `Letter from the service: ${r.history.at(-1)!.note}`,
          agreed: 'SENCO to talk the next steps through with parents.',
          referral: index,
        });
      }
    }
  }

  // A few dated corrections: the meeting or call had been logged with the day it was written up.
  const correctable = chronology
    .map((e, i) => [e, i] as const)
    .filter(
      ([e]) =>
        e.referral === null &&
        (e.kind === 'call' ||
          (e.kind === 'meeting' && e.parentMeeting && !e.summary.startsWith('Support plan'))) &&
        e.occurredOn <= addDays(today, -5),
    );
  const corrections = sample(choose, correctable, Math.max(3, Math.round(register.length / 40)));
  for (const [original, index] of corrections) {
    const actual = days.onOrBefore(addDays(original.occurredOn, -1));
    const what = original.kind === 'call' ? 'call' : 'meeting';
    const correctedOn = days.pick(words, addDays(original.occurredOn, 1), addDays(original.occurredOn, 2));
    chronology.push({
      ...original,
      occurredOn: actual,
      summary: `Date corrected: the ${what} was on ${longDate(actual)}, not ${longDate(original.occurredOn)}.`,
      agreed: '',
      corrects: index,
      recordedAt: at(min(correctedOn, yesterday), words.int(8 * 60, 9 * 60)),
    });
  }

  const examArrangementsList = plan.exams
    ? examArrangements(dates, days, school, register, senco.email, today)
    : [];
  return {
    contacts,
    services,
    referrals,
    documents,
    chronology,
    examArrangements: examArrangementsList,
    examSettings: plan.exams
      ? { teachingAssistantsSee: true, updatedBy: senco.email, updatedAt: at(firstDay, 10 * 60) }
      : null,
  };
}
