import {
  academicYear,
  addDays,
  isoWeekday,
  PASSPORT_SECTIONS,
  type PassportContent,
  type SenStatus,
} from '@sendreg/contracts';
import type { DemoPupil, DemoSchool } from './demo-trust';
import { SeededRandom } from './random';

/**
 * Demo pupil passports: a published passport for every pupil on the register (K or E), in the pupil's
 * voice, by age and primary need; a few later versions with a change note; read receipts from the adults
 * who work with each pupil, with realistic gaps; and one nudge from the SENCO to the demo TA.
 * Deterministic given the school, the plan and "today" (the school's date when the demo is seeded).
 * Every publication and every receipt is on or before yesterday, so nothing is dated in the future.
 */

export interface DemoPassportVersion {
  number: number;
  content: PassportContent;
  changeNote: string;
  /** An ISO timestamp (UTC), before today. */
  publishedAt: string;
}

export interface DemoPassport {
  pupilUpn: string;
  /** The SENCO's email. */
  publishedBy: string;
  /** Oldest first, numbered 1, 2, ... */
  versions: DemoPassportVersion[];
}

export interface DemoPassportReceipt {
  pupilUpn: string;
  number: number;
  staffEmail: string;
  readAt: string;
}

export interface DemoStaffNotice {
  toEmail: string;
  fromEmail: string;
  kind: 'passport-nudge';
  message: string;
  createdAt: string;
}

export interface DemoPassports {
  passports: DemoPassport[];
  receipts: DemoPassportReceipt[];
  notices: DemoStaffNotice[];
}

/** The demo accounts whose reading the demo (and the browser tests) rely on. */
export interface PassportDemoAccounts {
  teacher: string;
  className: string;
  ta: string;
}

export interface PassportPlan {
  seed: number;
  demo?: PassportDemoAccounts;
}

export const OAKFIELD_PASSPORTS: PassportPlan = {
  seed: 2041,
  demo: { teacher: 'teacher@oakfield.example', className: '4A', ta: 'ta@oakfield.example' },
};
export const RIVERSIDE_PASSPORTS: PassportPlan = { seed: 4003 };

// ---------------------------------------------------------------------------------------------------
// Who is on the register, and who works with whom

/** The pupil's status in force on a date (the last history entry that has begun), N without one. */
export function statusOn(pupil: DemoPupil, date: string): SenStatus | 'N' {
  const inForce = (pupil.sen?.history ?? []).filter((h) => h.effectiveFrom <= date);
  return inForce.at(-1)?.status ?? 'N';
}

/** The day the pupil's current spell on the register (K or E) began, as of a date. */
export function onRegisterSince(pupil: DemoPupil, date: string): string | null {
  const history = (pupil.sen?.history ?? []).filter((h) => h.effectiveFrom <= date);
  let since: string | null = null;
  for (const h of history) {
    if (h.status === 'K' || h.status === 'E') since ??= h.effectiveFrom;
    else since = null;
  }
  return since;
}

/** Pupils at SEN support or with an EHCP today, who joined the register before today. */
export function passportPupils(school: DemoSchool, today: string): DemoPupil[] {
  return school.pupils.filter((p) => {
    const since = onRegisterSince(p, today);
    return since !== null && since < today;
  });
}

/**
 * The pupils a teacher or TA counts as their own today, as `pupils/own-pupils.ts` does: the pupils of
 * their classes, and the pupils of the groups they deliver (a place not left before today, in a group
 * that ended no more than 30 days ago).
 */
export function ownPupilUpns(school: DemoSchool, email: string, today: string): Set<string> {
  const member = school.staff.find((s) => s.email === email);
  const classes = new Set(member?.classes.map((c) => c.className) ?? []);
  const own = new Set(school.pupils.filter((p) => classes.has(p.className)).map((p) => p.upn));
  for (const group of school.provision?.provisions ?? []) {
    if (!group.staff.includes(email) || group.endDate < addDays(today, -30)) continue;
    for (const place of group.places) {
      if (place.leftOn === null || place.leftOn >= today) own.add(place.pupilUpn);
    }
  }
  return own;
}

/** When a member of staff works with a pupil: from a day, to a day (null: still). */
interface Relation {
  email: string;
  from: string;
  to: string | null;
}

/**
 * The adults who work with each pupil: class staff (who get their class list at transition in July, so
 * they may read passports from then), and the staff of the pupil's groups, from the day the group was
 * set up (or a week before the pupil joined it) to the day the pupil left or the group ended. Only
 * teachers and TAs: the SENCO, who writes the passports (and may run a group), does not confirm reading.
 */
function relationsIn(school: DemoSchool, transition: string): (pupil: DemoPupil) => Relation[] {
  const readers = school.staff.filter((s) => s.roles.some((r) => r === 'teacher' || r === 'ta'));
  const isReader = new Set(readers.map((s) => s.email));
  const classStaff = new Map<string, string[]>();
  for (const s of readers) {
    for (const c of s.classes) classStaff.set(c.className, [...(classStaff.get(c.className) ?? []), s.email]);
  }
  const groupsOf = new Map<string, Relation[]>();
  for (const group of school.provision?.provisions ?? []) {
    const setUp = group.createdAt.slice(0, 10);
    for (const place of group.places) {
      const joined = addDays(place.joinedOn, -7);
      const spans = group.staff
        .filter((email) => isReader.has(email))
        .map((email) => ({
          email,
          from: setUp > joined ? setUp : joined,
          to: place.leftOn ?? group.endDate,
        }));
      groupsOf.set(place.pupilUpn, [...(groupsOf.get(place.pupilUpn) ?? []), ...spans]);
    }
  }
  return (pupil) => {
    const byEmail = new Map<string, Relation>();
    const spans = [
      ...(classStaff.get(pupil.className) ?? []).map((email) => ({ email, from: transition, to: null })),
      ...(groupsOf.get(pupil.upn) ?? []),
    ];
    for (const { email, from, to } of spans) {
      const known = byEmail.get(email);
      if (!known) byEmail.set(email, { email, from, to });
      else {
        known.from = known.from < from ? known.from : from;
        known.to = known.to === null || to === null ? null : known.to > to ? known.to : to;
      }
    }
    return [...byEmail.values()];
  };
}

// ---------------------------------------------------------------------------------------------------
// What the passports say

type Band = 'primary' | 'secondary';
/** The broad profile of a pupil's needs that demo passports and plans are written for. */
export type Profile =
  | 'autism'
  | 'dyslexia'
  | 'learning'
  | 'complex'
  | 'semh'
  | 'slcn'
  | 'hearing'
  | 'vision'
  | 'physical'
  | 'medical'
  | 'general';

/** The broad profile a passport (or plan) is written for, from the census code of the need. */
export const PROFILE_OF_NEED: Record<string, Profile> = {
  ASD: 'autism',
  SPLD: 'dyslexia',
  MLD: 'learning',
  SLD: 'complex',
  PMLD: 'complex',
  SEMH: 'semh',
  SLCN: 'slcn',
  HI: 'hearing',
  MSI: 'hearing',
  VI: 'vision',
  PD: 'physical',
  OTH: 'medical',
  NSA: 'general',
};

type ByBand = Record<Band, readonly string[]>;

interface ProfileTexts {
  /** Replaces the generic "about me" (for pupils who speak through the adults who know them best). */
  aboutMe?: ByBand;
  important: ByBand;
  strengths: ByBand;
  /** Full sentences; two are chosen. */
  findHard: ByBand;
  /** Concrete classroom strategies, each a short instruction to the adult. */
  howToHelp: ByBand;
  communication: ByBand;
  firstNote?: Record<Band, string>;
}

const both = (primary: readonly string[], secondary: readonly string[]): ByBand => ({ primary, secondary });

const INTERESTS = both(
  [
    'dinosaurs',
    'drawing',
    'football',
    'building with Lego',
    'swimming',
    'playing tag at break',
    'animals, especially dogs',
    'making models out of boxes',
    'dancing',
    'riding my scooter',
    'reading comics',
    'baking with my family',
    'space and the planets',
    'trains',
    'gymnastics',
    'playing Minecraft',
    'colouring',
    'singing',
  ],
  [
    'football',
    'gaming online with my friends',
    'drawing anime characters',
    'music (I play the drums)',
    'boxing',
    'cooking',
    'fixing bikes',
    'basketball',
    'videos about cars',
    'photography',
    'swimming',
    'art and design',
    'coding',
    'fishing',
    'dance',
    'horse riding',
  ],
);

const ABOUT_EXTRA = both(
  [
    'At home I have a cat and a little brother.',
    'My favourite colour is purple.',
    'I am good at making people laugh.',
    'I live with my mum, my nan and my two sisters.',
    'My favourite food is pizza.',
    'At the weekend I go to the park with my dad.',
    'I have a hamster and I look after it myself.',
  ],
  [
    'When I leave school I want to be a mechanic.',
    "I'd like to work with animals one day.",
    'I want to go to college to study art.',
    "I'm thinking about becoming a chef.",
    "I'd like to be a firefighter.",
    "I'd like a job working with computers.",
    "I'm not sure yet what I want to do after school, and that's OK.",
  ],
);

const IMPORTANT = both(
  [
    'My family and my dog are really important to me.',
    'My best friend is in my class and we play together every day.',
    'I like it when my mum picks me up at the end of the day.',
    'Going to football club on Saturdays is important to me.',
    'My grandad takes me swimming and I love that.',
  ],
  [
    'My friends matter a lot to me, and being treated the same as everyone else.',
    'My family is important to me, especially my younger brother.',
    'Being in the school football team is important to me.',
    'I need my phone for the bus home so I can message my mum.',
    'Being trusted to do things on my own matters to me.',
  ],
);

const STRENGTHS = both(
  [
    'I am kind and I help my friends.',
    'I always try my best.',
    'I am good at sharing.',
    'I am good at PE.',
    'I am a good listener at story time.',
  ],
  [
    "I'm friendly and I get on with most people.",
    "I'm reliable once I know what to do.",
    "I'm good at practical subjects.",
    "I'm a loyal friend.",
    "I'm funny and I can lighten the mood.",
  ],
);

const FIRST_NOTE: Record<Band, string> = {
  primary: 'First version, written with me and my family.',
  secondary: 'First version, written with me and my parents.',
};

// The profiles' texts: what pupils with each kind of need often say, and what helps them in class.
const PROFILES: Record<Profile, ProfileTexts> = {
  autism: {
    important: both(
      [
        'Knowing what is happening today is important to me. I like to check my visual timetable.',
        'I like having my own place on the carpet and the same peg every day.',
        'Trains are my favourite thing and I like to talk about them.',
      ],
      [
        'I need to know my timetable, and any changes before I arrive, not when I walk in.',
        'I need a quiet place to go at lunch, like the library.',
        'My special interest is aircraft, and I need time for it.',
      ],
    ),
    strengths: both(
      [
        'I have a brilliant memory for facts.',
        'I notice details other people miss.',
        'I am very honest and I follow rules carefully.',
      ],
      [
        "I know a huge amount about the things I'm interested in.",
        "I'm logical and good at spotting patterns, especially in maths and computing.",
        "I'm honest and reliable: if I say I'll do something, I do it.",
      ],
    ),
    findHard: both(
      [
        "Changes I don't know about, like a different teacher or a trip, make me worried.",
        'Loud places like the hall at lunchtime, and the hand dryers, hurt my ears.',
        "I find it hard when a game at break doesn't go the way I expect.",
        'Stopping something I am enjoying when it is time to change is hard for me.',
      ],
      [
        'Sudden changes, like a cover teacher or a room change, make me anxious.',
        'Busy corridors and loud classrooms can overwhelm me.',
        "I find group work hard when the roles aren't clear.",
        "I find it hard to tell what people mean when they don't say it directly, or use sarcasm.",
      ],
    ),
    howToHelp: both(
      [
        'Tell me about changes before they happen, and show me on my visual timetable.',
        'Give me a five-minute warning before we finish an activity.',
        'Let me use my quiet space in the book corner when it gets too noisy.',
        'Let me wear my ear defenders in assembly and in the hall.',
        'Give me instructions one at a time and show me what to do.',
        'Give me a job at the start of the day so I can settle.',
        'Use a sand timer so I can see how long is left.',
      ],
      [
        'Tell me about changes (cover, room moves, trips) in advance, at registration or by email.',
        "Let me use my exit card to go to the learning support base if I'm overwhelmed.",
        'Give me a fixed seat, ideally at the end of a row near the door.',
        'Let me leave lessons five minutes early to avoid the busy corridors.',
        'Give clear, literal instructions and write the task on the board.',
        'In group work, give me a clear role.',
        "Don't ask me to answer in front of the class without warning.",
      ],
    ),
    communication: both(
      [
        "I talk a lot about things I like, but I find it hard to say when I'm upset. I might go quiet or cover my ears. Ask me to point to how I feel on my feelings chart.",
        'I take what you say literally, so please say exactly what you mean and give me time to answer.',
      ],
      [
        'I might not look at you, but I am listening. I take things literally, so please say exactly what you mean.',
        "When I'm anxious I go quiet rather than tell you. A written check-in works better for me than being asked in front of people.",
      ],
    ),
  },
  dyslexia: {
    important: both(
      [
        'I like having my coloured overlay and my word mat with me.',
        'I like being in the same reading group as my friends.',
      ],
      [
        "I don't want to be singled out in front of the class because of my reading.",
        'I want to get my ideas down without worrying about spelling.',
      ],
    ),
    strengths: both(
      [
        'I have lots of good ideas and I am great at telling stories out loud.',
        'I am good at building and making things.',
        'I am creative and I love art.',
      ],
      [
        "I'm a creative thinker and good at solving problems in my own way.",
        "I'm good at explaining things out loud and in discussions.",
        "I work hard and don't give up, even when reading is tiring.",
      ],
    ),
    findHard: both(
      [
        'Reading out loud in front of the class makes me nervous.',
        'Spelling is hard, even words I have practised.',
        'When I copy from the board I lose my place.',
        'I find it hard to remember lots of instructions at once.',
      ],
      [
        'I find it hard to read long texts quickly, especially in tests.',
        'Spelling subject words and copying notes from the board take me a long time.',
        'Reading aloud in class makes me anxious.',
        'I find it hard to organise my writing into paragraphs.',
      ],
    ),
    howToHelp: both(
      [
        'Let me use my yellow overlay for reading.',
        'Please do not ask me to read aloud unless we have practised first.',
        'Give me a word bank or word mat for writing tasks.',
        'Print my sheets on cream paper in a bigger font.',
        'Let me copy from a sheet on my table, not from the board.',
        'Give me extra time to finish my writing.',
        'Let me talk my ideas through with an adult before I write.',
      ],
      [
        "Don't ask me to read aloud without warning; let me volunteer.",
        'Give me a printed copy of the slides instead of copying from the board.',
        'Give me a word bank of the key subject vocabulary.',
        'Let me use my coloured overlay, and give me handouts on cream paper.',
        'Mark for content, not spelling, unless spelling is the focus.',
        'Allow extra time for reading and writing tasks.',
        'Let me use a laptop for longer pieces of writing.',
      ],
    ),
    communication: both(
      [
        "I am chatty and happy to explain my ideas. If I don't understand the task I might go quiet, so please check in with me.",
        'I like to tell you my ideas out loud before I write them.',
      ],
      [
        "I'm confident speaking in discussions. I'd rather explain what I know out loud than write it all down.",
        "If I'm stuck I might not ask in front of everyone. A quiet word at my desk works best.",
      ],
    ),
  },
  learning: {
    important: both(
      [
        'I like feeling proud of my work and showing it to my family.',
        'Having a grown-up I can ask for help is important to me.',
      ],
      [
        'I want to be in lessons with my friends and keep up with them.',
        "I need to know that it's OK to ask for help.",
      ],
    ),
    strengths: both(
      [
        'I am a good friend and I say hello to everyone.',
        'I am good at sport and I love PE.',
        'I remember things well when I practise them lots.',
      ],
      [
        "I'm hard-working and I keep going.",
        "I'm practical and good at hands-on subjects like food technology and design.",
        "I'm friendly and good at helping younger pupils.",
      ],
    ),
    findHard: both(
      [
        'I find it hard to remember what I learned yesterday.',
        'Working on my own for a long time is hard for me.',
        'I find maths with big numbers tricky.',
        'I find new words in topic lessons hard to remember.',
      ],
      [
        'I find it hard to keep up when lessons move quickly.',
        'I find it hard to remember new information from one lesson to the next.',
        'Long written questions and subject vocabulary confuse me.',
        'I find it hard to work out where to start on a big task.',
      ],
    ),
    howToHelp: both(
      [
        'Break my work into small steps and check in with me after each one.',
        'Show me a worked example first.',
        'Let me use counters and Numicon in maths.',
        'Go over what we did yesterday before starting something new.',
        'Give me a task board with pictures so I know what comes next.',
        'Praise me when I try hard, not just when I get it right.',
      ],
      [
        'Chunk tasks into short steps with a checklist.',
        'Start with a recap of the last lesson.',
        'Give me a worked example or a model answer to refer to.',
        'Check I have understood by asking me to explain the task back to you.',
        'Pre-teach key vocabulary, or give me a glossary.',
        'Give me fewer questions rather than harder ones, and a bit more time.',
      ],
    ),
    communication: both(
      [
        "I might say 'yes' when I don't understand. Ask me to show you instead.",
        'I like to chat but sometimes need help finding the right words.',
      ],
      [
        "I don't always ask when I'm stuck, because I don't want to look different. Check in with me quietly.",
        "I'll tell you what I need if you ask me directly and privately.",
      ],
    ),
  },
  complex: {
    aboutMe: both(
      [
        'My family say I love music, bubbles and being outside.',
        'I love sensory stories, splashing in water and going on the swing.',
      ],
      [
        'People who know me well say I love music, swimming and being with my friends.',
        'I enjoy the sensory room, listening to music and trips out in the minibus.',
      ],
    ),
    important: both(
      [
        'The adults I know well, and the same routine each day, matter most to me.',
        'My family and my favourite light-up toy are important to me.',
      ],
      [
        'Familiar adults and a calm, predictable day matter most to me.',
        'My family, my music and my routine are important to me.',
      ],
    ),
    strengths: both(
      [
        'I have a lovely smile and I like being with people.',
        'I can choose between two things by looking or reaching.',
      ],
      [
        'I am sociable and I love being around people.',
        'I can make choices with my symbols, and I let you know what I like.',
      ],
    ),
    findHard: both(
      [
        'Noisy, busy rooms upset me.',
        'Waiting, and changes to my routine, are hard for me.',
        'It is hard for me to tell you when I am in pain or uncomfortable.',
      ],
      [
        'Loud, busy places and adults I do not know upset me.',
        'Changes to my routine without warning are hard for me.',
        'It is hard for me to tell people what I need, or when something hurts.',
      ],
    ),
    howToHelp: both(
      [
        'Use my objects of reference to show me what is happening next.',
        'Use symbols and Makaton signs alongside words.',
        'Give me time to respond: count to ten in your head.',
        'Offer me a choice of two things.',
        'Follow my personal care plan and my moving and handling plan.',
        'Plan sensory breaks in the sensory room into my day.',
      ],
      [
        'Use my communication book or symbols alongside what you say.',
        'Give me time to respond before you repeat yourself.',
        'Offer me a choice of two options.',
        'Follow my care plan and my moving and handling plan.',
        'Warn me about changes with my now-and-next board.',
        'Plan sensory breaks into the day.',
      ],
    ),
    communication: both(
      [
        "I communicate with sounds, facial expressions and reaching. I smile and vocalise when I'm happy, and I use some Makaton signs.",
        'I look at the thing I want. When I have had enough I turn my head away.',
      ],
      [
        'I use symbols, some signs and my voice output device. I show you I am unhappy by turning away or pushing things away.',
        'I use my voice output device for "yes", "no" and "help". Please give me time to find the button.',
      ],
    ),
    firstNote: {
      primary: 'First version, written with my family and the adults who know me best.',
      secondary: 'First version, written with my family and the adults who know me best.',
    },
  },
  semh: {
    important: both(
      [
        'I like having a grown-up I trust who says good morning to me.',
        'I need to know I can always start again after a hard moment.',
      ],
      [
        'I need one adult in school I trust and can talk to.',
        'Being treated fairly, and not shown up in front of others, matters to me.',
      ],
    ),
    strengths: both(
      [
        'I am funny and I make people laugh.',
        'I am really good at football and I am a kind friend.',
        'I care about animals and I am gentle with them.',
      ],
      [
        "I'm loyal to my friends and I stand up for people.",
        "I'm creative, especially in art and music.",
        "I'm good at sport and I work hard in PE.",
      ],
    ),
    findHard: both(
      [
        'Calming down when I feel angry or upset is hard for me.',
        'I find the start of the day and lunchtimes hard because they are busy.',
        'I get upset when things feel unfair or when I get something wrong.',
        'Saying sorry straight away is hard for me.',
      ],
      [
        "When I'm stressed I can get angry or shut down.",
        'Being told off in front of the class makes things worse for me.',
        'I find unstructured times like lunch and the end of the day hard.',
        "I don't always sleep well, which makes mornings hard.",
      ],
    ),
    howToHelp: both(
      [
        'Meet me at the door in the morning with a calm, friendly hello.',
        'Let me use my time-out card to go to the calm corner for five minutes.',
        'Give me a job so I feel helpful.',
        'Speak to me quietly and privately, not in front of the class.',
        'Give me a choice of two things rather than an order.',
        'Notice when I am doing well and tell me.',
      ],
      [
        'Let me use my time-out card to go to the wellbeing hub for ten minutes.',
        'If I need correcting, speak to me quietly and privately.',
        'Let me check in with a calm adult at the start of the day.',
        "Give me a fresh start each lesson: don't bring up what happened earlier.",
        "Use a calm voice; don't raise your voice or stand over me.",
        'Sit me near the door and away from people who wind me up.',
        'Give me a choice rather than an ultimatum.',
      ],
    ),
    communication: both(
      [
        'When I am upset I might shout or hide. Give me space and time, then talk to me calmly.',
        'I find it hard to say how I feel, but I can point to it on my feelings chart.',
      ],
      [
        "If I go quiet or put my hood up, I'm not OK. Give me space and check in with me later.",
        'I find it hard to talk when I am angry. Let me calm down first, then we can talk.',
      ],
    ),
  },
  slcn: {
    important: both(
      [
        'I need time to say what I want to say without being rushed.',
        'Playing with my friends at break is important to me.',
      ],
      [
        'I need time to answer without people finishing my sentences.',
        "I want to understand what I'm meant to be doing in lessons.",
      ],
    ),
    strengths: both(
      [
        'I am great at drawing and building.',
        'I am friendly and I love playing with others.',
        'I am good at remembering things I have seen.',
      ],
      [
        "I'm a visual learner: diagrams and videos really help me.",
        "I'm practical and good with my hands.",
        "I'm a good friend and a good listener.",
      ],
    ),
    findHard: both(
      [
        'I find long instructions hard to follow.',
        'It is hard to find the right words to explain what I mean.',
        'I find new words in topic lessons tricky.',
        'Telling a story in the right order is hard for me.',
      ],
      [
        'I find long spoken explanations and instructions hard to follow.',
        'Finding the words to answer in class is hard, especially when I am put on the spot.',
        'New subject vocabulary takes me a while to learn.',
        "I don't always understand jokes or sayings.",
      ],
    ),
    howToHelp: both(
      [
        'Use short, simple instructions, one step at a time.',
        'Show me pictures or objects as well as telling me.',
        'Give me time to answer (at least ten seconds).',
        'Teach me new topic words before the lesson.',
        'Check I have understood by asking me to show you.',
        'Use my visual timetable.',
        'Give me a sentence starter to help me talk.',
      ],
      [
        'Keep instructions short, and write the key steps on the board.',
        'Use visuals, diagrams and examples alongside spoken explanation.',
        'Give me thinking time before expecting an answer.',
        'Pre-teach key subject vocabulary.',
        'Check understanding by asking me to tell you what I need to do.',
        "Don't ask me to answer in front of the class without warning.",
        'Give me sentence starters for written answers.',
      ],
    ),
    communication: both(
      [
        "I sometimes say words in the wrong order or use the wrong word. Please don't correct me; just say it back the right way.",
        "I might say 'yes' when I don't understand. Ask me to show you.",
      ],
      [
        'I sometimes need a moment to find my words; please wait for me.',
        "I may nod even if I haven't understood. Ask me to tell you back what I need to do.",
      ],
    ),
  },
  hearing: {
    important: both(
      [
        'My hearing aids are important to me and I keep them safe.',
        'I want to be able to join in with my friends.',
      ],
      ["I don't want to miss what's being said in class.", 'I want to be treated the same as everyone else.'],
    ),
    strengths: both(
      ['I am very observant and good at watching how things are done.', 'I am a good reader.'],
      ["I'm good at reading and writing.", "I'm observant and I pick things up quickly when I can see them."],
    ),
    findHard: both(
      [
        'I find it hard to hear in noisy rooms, like the hall or outside.',
        'I find it hard to follow when lots of people talk at once.',
        'I miss things when people talk with their back to me.',
      ],
      [
        'I find it hard to follow discussions when several people talk at once.',
        'I find it hard to hear in noisy rooms and in PE.',
        'I find videos without subtitles hard to follow.',
      ],
    ),
    howToHelp: both(
      [
        'Sit me near the front where I can see your face.',
        "Face me when you talk, and don't talk while you write on the board.",
        'Check my hearing aids are working at the start of the day.',
        'Use the radio aid microphone in lessons.',
        'Repeat what other children say in class discussions.',
        'Write key words and instructions on the board.',
      ],
      [
        'Seat me near the front with a clear view of your face.',
        'Wear my radio aid transmitter, and switch it off for private conversations.',
        'Turn on subtitles for any video.',
        "Repeat other pupils' answers in discussions.",
        'Write homework and key instructions on the board.',
        'Cut background noise where you can, for example by closing the door.',
      ],
    ),
    communication: both(
      [
        'I lip-read as well as listen, so I need to see your face. I will tell you if my hearing aid is whistling.',
        'If I did not hear you, I will look at you and wait. Please say it again in a different way.',
      ],
      [
        "I lip-read, so face me when you speak. If I say 'what?', please say it a different way rather than just louder.",
        "I'll let you know if my radio aid isn't working. Please don't make a fuss about it in front of the class.",
      ],
    ),
  },
  vision: {
    important: both(
      [
        'My magnifier and my big-print books are important to me.',
        'I need to know where things are in the classroom.',
      ],
      [
        'I want to be independent and get around school on my own.',
        'I need my resources enlarged so I can start at the same time as everyone else.',
      ],
    ),
    strengths: both(
      ['I have a great memory and I listen carefully.', 'I am good at music and singing.'],
      ["I have a great memory and I'm an excellent listener.", "I'm independent and I know what I need."],
    ),
    findHard: both(
      [
        'I find it hard to see the board and small print.',
        'I find it hard to find things when the classroom has been moved around.',
        'I find the playground hard when it is busy.',
      ],
      [
        'I find small text and the board hard to see.',
        'Moving around crowded corridors is hard.',
        'I find diagrams and graphs with lots of detail hard to see.',
      ],
    ),
    howToHelp: both(
      [
        'Give me my worksheets in large print (at least 18 point).',
        'Sit me near the front, with my back to the window.',
        'Tell me if you move things in the classroom.',
        'Say what you are writing on the board.',
        'Let me use my magnifier and my tablet camera.',
        'Use thick black pens on the whiteboard.',
      ],
      [
        'Give me enlarged resources (18 point Arial) or digital copies I can zoom in on.',
        'Seat me near the front, away from glare.',
        'Read out what you write on the board.',
        'Let me leave lessons a few minutes early to avoid crowded corridors.',
        'Use high-contrast colours on slides.',
        'Describe diagrams and images out loud.',
      ],
    ),
    communication: both(
      [
        'I may not see you smile or wave, so please say hello and tell me who you are.',
        'I like you to tell me what is happening, because I might not see it.',
      ],
      [
        "I can't always see facial expressions or gestures, so say who you are and what you mean.",
        'I will ask if I need something enlarged. Please send it to me before the lesson if you can.',
      ],
    ),
  },
  physical: {
    important: both(
      [
        'I want to do the same things as my friends, like PE and trips.',
        'I want to get around school on my own.',
      ],
      [
        'I want to be as independent as I can.',
        'I want to be included in everything, including PE and trips.',
      ],
    ),
    strengths: both(
      ['I am determined and I never give up.', 'I am cheerful and I make friends easily.'],
      ["I'm determined and good at solving problems.", "I'm good at maths and computing."],
    ),
    findHard: both(
      [
        'Writing for a long time makes my hand tired.',
        'I find it hard to get around when the classroom is crowded.',
        'Carrying things and doing up buttons are hard for me.',
      ],
      [
        'Handwriting quickly makes my hand tired and sore.',
        'I find it hard to get between lessons on time when the corridors are busy.',
        'Some practical activities in PE and science are hard for me.',
      ],
    ),
    howToHelp: both(
      [
        'Keep a clear route to my table and the door.',
        'Seat me at my height-adjusted table at the end of a row.',
        'Let me use my writing slope and chunky pencil.',
        'Let me use a laptop or a scribe for longer writing.',
        'Give me extra time to move between places.',
        'Plan PE so I can take part, with adapted equipment.',
      ],
      [
        'Keep a clear route to my desk and the door.',
        'Let me use my lift pass and leave lessons five minutes early.',
        'Let me use my laptop for written work.',
        'Give me copies of notes instead of copying from the board.',
        'Plan practical activities so I can take part, with adapted equipment.',
        'Seat me at my adjustable desk.',
      ],
    ),
    communication: both(
      [
        'I will tell you if I need help, but I like to try on my own first.',
        'I will ask for help with my coat and bag. Please let me try first.',
      ],
      [
        "I'll ask if I need help. Please don't do things for me without asking first.",
        "I'd rather you asked me quietly what I need than guessed.",
      ],
    ),
  },
  medical: {
    important: both(
      ['I want to feel well enough to join in.', 'I need my medicine and snacks where I can reach them.'],
      [
        "I want to keep up with my work when I'm off.",
        'I want my friends to know what to do if I feel unwell.',
      ],
    ),
    strengths: both(
      ['I am brave and I bounce back.', 'I am a good friend and I cheer people up.'],
      ["I'm resilient and I catch up quickly.", "I'm organised and I manage my condition well."],
    ),
    findHard: both(
      [
        'I feel tired in the afternoons.',
        'Catching up when I have been off school is hard.',
        'I worry about feeling poorly at school.',
      ],
      [
        'I get very tired, especially in the afternoons.',
        "Catching up on work I've missed through appointments is hard.",
        'I worry about falling behind my friends.',
      ],
    ),
    howToHelp: both(
      [
        'Follow my healthcare plan.',
        'Let me have a rest break when I am tired.',
        'Let me have a snack and a drink when I need one.',
        'Send home the work I miss.',
        'Let me go to the toilet without having to ask in front of everyone.',
      ],
      [
        'Follow my individual healthcare plan.',
        'Let me use my medical pass to leave a lesson when I need to.',
        'Put lesson resources online so I can catch up.',
        "Allow rest breaks if I'm tired.",
        'Be flexible with homework deadlines after appointments.',
      ],
    ),
    communication: both(
      ['I will tell you if I feel poorly. Please believe me.', 'I might go quiet when I am tired or unwell.'],
      [
        "I'll tell you if I feel unwell. I'd rather not talk about my condition in front of the class.",
        'If I go quiet or put my head down I may be unwell, not bored. Please check quietly.',
      ],
    ),
  },
  general: {
    important: both(
      ['I like to feel part of the class.', 'I like knowing I can ask for help.'],
      ['I want help without being singled out.', 'I want to do well enough to go to college.'],
    ),
    strengths: both(
      ['I am good at drawing.', 'I am good at puzzles and jigsaws.'],
      ["I'm good at art.", "I'm calm and patient with younger pupils."],
    ),
    findHard: both(
      [
        'I find it hard to concentrate for a long time.',
        'Getting started on my work on my own is hard.',
        'I find it hard to remember instructions.',
      ],
      [
        'I find it hard to stay focused in long lessons.',
        'Getting started on tasks on my own is hard.',
        'Organising my equipment and homework is hard.',
      ],
    ),
    howToHelp: both(
      [
        'Check in with me once the class has started working.',
        'Break my work into smaller chunks.',
        'Give me a checklist of what to do.',
        'Sit me near the front, away from distractions.',
        'Praise me when I try hard.',
      ],
      [
        'Check in with me quietly once the task has started.',
        'Give me a checklist for longer tasks.',
        'Help me write down homework in my planner.',
        'Seat me away from distractions.',
        'Give me a short break between tasks if I lose focus.',
      ],
    ),
    communication: both(
      [
        'I will put my hand up if I need help, but sometimes I forget. Please check in with me.',
        'I like to talk to a grown-up about my work.',
      ],
      [
        "I'll ask if I need help, but only if I don't have to do it in front of everyone.",
        "I'm happy to talk one to one, but I don't like being put on the spot.",
      ],
    ),
  },
};

/** The parts of a passport, kept apart so that a later version can change one of them. */
interface Parts {
  interests: string[];
  aboutExtra: string;
  important: string[];
  strengths: string[];
  findHard: string[];
  howToHelp: string[];
  communication: string[];
}

interface Writer {
  band: Band;
  profile: Profile;
  texts: ProfileTexts;
  secondary: ProfileTexts | null;
}

/** k different items, in the order drawn. */
function sample<T>(rng: SeededRandom, items: readonly T[], k: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length > 0)
    out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return out;
}

/** A different item from the pool, or null when all are taken. */
function another<T>(rng: SeededRandom, pool: readonly T[], taken: readonly T[]): T | null {
  const free = pool.filter((x) => !taken.includes(x));
  return free.length ? rng.pick(free) : null;
}

function aboutMe(w: Writer, parts: Parts): string {
  if (w.texts.aboutMe) return `${parts.interests[0]} ${parts.aboutExtra}`.trim();
  const [a, b] = parts.interests;
  const likes = w.band === 'primary' ? `I like ${a} and ${b}.` : `I'm into ${a} and ${b}.`;
  return `${likes} ${parts.aboutExtra}`;
}

function render(w: Writer, parts: Parts): PassportContent {
  const content: PassportContent = {
    aboutMe: aboutMe(w, parts),
    important: parts.important.join(' '),
    strengths: parts.strengths.join(' '),
    findHard: parts.findHard.join(' '),
    howToHelp: [...parts.howToHelp],
    communication: parts.communication.join(' '),
  };
  // In the order of the sections, so that every passport reads the same way.
  return Object.fromEntries(PASSPORT_SECTIONS.map((s) => [s.key, content[s.key]!]));
}

function firstParts(rng: SeededRandom, w: Writer): Parts {
  const { band, texts, secondary } = w;
  const interests = texts.aboutMe ? [rng.pick(texts.aboutMe[band])] : sample(rng, INTERESTS[band], 2);
  const aboutExtra = texts.aboutMe ? '' : rng.pick(ABOUT_EXTRA[band]);
  const important = texts.aboutMe
    ? [rng.pick(texts.important[band])]
    : [rng.pick(IMPORTANT[band]), rng.pick(texts.important[band])];
  const strengths = [rng.pick(texts.strengths[band]), rng.pick(STRENGTHS[band])];
  const findHard = sample(rng, texts.findHard[band], 2);
  const count = rng.int(3, 5);
  const howToHelp = sample(rng, texts.howToHelp[band], secondary ? Math.min(count, 4) : count);
  if (secondary) {
    const extra = another(rng, secondary.howToHelp[band], howToHelp);
    if (extra) howToHelp.push(extra);
  }
  const communication = [rng.pick(texts.communication[band])];
  return { interests, aboutExtra, important, strengths, findHard, howToHelp, communication };
}

/** A strategy added to the list: at most six, so the last gives way when the list is full. */
function withStrategy(list: string[], item: string): string[] | null {
  if (list.includes(item)) return null;
  return list.length >= 6 ? [...list.slice(0, 5), item] : [...list, item];
}

type ChangeKind =
  'movement' | 'findHard' | 'checkIn' | 'strengths' | 'aboutMe' | 'helpCard' | 'afterReview' | 'extra';
const CHANGE_KINDS: readonly ChangeKind[] = [
  'movement',
  'findHard',
  'checkIn',
  'strengths',
  'aboutMe',
  'helpCard',
  'afterReview',
  'extra',
];

const ADDED = {
  movement: both(
    ['Give me a movement break before maths, like taking a message to the office.'],
    ["Let me take a short movement break before maths; I'll show my card and come straight back."],
  ),
  checkIn: both(
    ['Check in with me after lunch: a thumbs up or thumbs down is enough.'],
    ['Let me check in with my key adult at the start of each day.'],
  ),
  helpCard: both(
    ['Look out for my help card on my table and come over when you can.'],
    ['Look out for my help card on my desk and come over quietly, without drawing attention to me.'],
  ),
  helpCardWords: both(
    ['I now have a help card: when I put it on my table, it means I am stuck.'],
    ["I now use a help card on my desk when I'm stuck, instead of putting my hand up."],
  ),
  extra: both(
    ['Give me a job at home time, like tidying the book corner, so the end of the day is calmer.'],
    ['In tests and mock exams I have 25% extra time and sit in a smaller room.'],
  ),
};

const CHANGE_NOTES: Record<ChangeKind, Record<Band, string>> = {
  movement: {
    primary: 'Added: movement breaks before maths',
    secondary: 'Added: movement breaks before maths',
  },
  findHard: {
    primary: 'Updated what I find hard after my review',
    secondary: 'Updated what I find hard after my review',
  },
  checkIn: {
    primary: 'Added: a quick check-in after lunch',
    secondary: 'Added: a morning check-in with my key adult',
  },
  strengths: {
    primary: "Updated my strengths after parents' evening",
    secondary: 'Updated my strengths, in my own words',
  },
  aboutMe: {
    primary: 'Updated about me: what I like doing now',
    secondary: "Updated about me: what I'm into now",
  },
  helpCard: {
    primary: 'Added: my help card, and what to do when I use it',
    secondary: 'Added: my help card, and what to do when I use it',
  },
  afterReview: {
    primary: 'Updated what I find hard and how to help me after my review',
    secondary: 'Updated what I find hard and how to help me after my review',
  },
  extra: {
    primary: 'Added: a home-time job to make the end of the day calmer',
    secondary: 'Added: my exam access arrangements',
  },
};

/** The parts after one change of this kind, or null when it would change nothing. */
function changed(rng: SeededRandom, w: Writer, parts: Parts, kind: ChangeKind): Parts | null {
  const { band, texts } = w;
  const strategy = (item: string) => {
    const howToHelp = withStrategy(parts.howToHelp, item);
    return howToHelp && { ...parts, howToHelp };
  };
  const newFindHard = () => {
    const pool = texts.findHard[band];
    const keep = rng.pick(parts.findHard);
    const add = another(rng, pool, parts.findHard);
    return add ? [keep, add] : null;
  };
  switch (kind) {
    case 'movement':
    case 'checkIn':
    case 'extra':
      return strategy(ADDED[kind][band][0]!);
    case 'findHard': {
      const findHard = newFindHard();
      return findHard && { ...parts, findHard };
    }
    case 'strengths': {
      const strength = another(rng, STRENGTHS[band], parts.strengths);
      return strength === null ? null : { ...parts, strengths: [parts.strengths[0]!, strength] };
    }
    case 'aboutMe': {
      if (texts.aboutMe) {
        const line = another(rng, texts.aboutMe[band], parts.interests);
        return line === null ? null : { ...parts, interests: [line] };
      }
      const fresh = another(rng, INTERESTS[band], parts.interests);
      return fresh === null ? null : { ...parts, interests: [parts.interests[0]!, fresh] };
    }
    case 'helpCard': {
      if (texts.aboutMe) return null; // Not for pupils who communicate with symbols and signs.
      const withCard = strategy(ADDED.helpCard[band][0]!);
      return (
        withCard && {
          ...withCard,
          communication: [...parts.communication, ADDED.helpCardWords[band][0]!],
        }
      );
    }
    case 'afterReview': {
      const findHard = newFindHard();
      const swap = another(rng, texts.howToHelp[band], parts.howToHelp);
      if (!findHard || !swap) return null;
      const howToHelp = [...parts.howToHelp];
      howToHelp[rng.int(0, howToHelp.length - 1)] = swap;
      return { ...parts, findHard, howToHelp };
    }
  }
}

/** The next version's parts and note: the kind drawn, or the next kind that changes something. */
function nextVersion(
  rng: SeededRandom,
  w: Writer,
  parts: Parts,
  start: number,
  avoid: ChangeKind | null,
): { parts: Parts; kind: ChangeKind; note: string } {
  for (let i = 0; i < CHANGE_KINDS.length; i++) {
    const kind = CHANGE_KINDS[(start + i) % CHANGE_KINDS.length]!;
    if (kind === avoid) continue;
    const next = changed(rng, w, parts, kind);
    if (next) return { parts: next, kind, note: CHANGE_NOTES[kind][w.band] };
  }
  throw new Error('Demo passports: no change applies');
}

function writerFor(school: DemoSchool, pupil: DemoPupil): Writer {
  const band: Band = school.phase === 'secondary' ? 'secondary' : 'primary';
  const needs = pupil.sen?.needs ?? [];
  const primaryCode = needs.find((n) => n.rank === 1)?.code;
  const secondaryCode = needs.find((n) => n.rank === 2)?.code;
  const profile = (primaryCode && PROFILE_OF_NEED[primaryCode]) || 'general';
  const second = secondaryCode ? PROFILE_OF_NEED[secondaryCode] : undefined;
  return {
    band,
    profile,
    texts: PROFILES[profile],
    secondary: second && second !== profile ? PROFILES[second] : null,
  };
}

// ---------------------------------------------------------------------------------------------------
// Dates and times

function weekdayOnOrAfter(date: string): string {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

function weekdayOnOrBefore(date: string): string {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, -1);
  return d;
}

/** A weekday between two dates where there is one, else the nearest date inside them. */
function weekdayBetween(date: string, min: string, max: string): string {
  const after = weekdayOnOrAfter(date);
  if (after <= max) return after;
  const before = weekdayOnOrBefore(date);
  return before >= min ? before : date;
}

function at(date: string, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00Z`;
}

const ms = (iso: string) => Date.parse(iso);
const isoOf = (time: number) => new Date(time).toISOString().replace('.000Z', 'Z');
const daysBetween = (from: string, to: string) => Math.round((ms(to) - ms(from)) / 86_400_000);

/** Publication times (UTC): in the morning, so receipts can follow the same day. */
const PUBLISH_FROM = 8 * 60;
const PUBLISH_TO = 12 * 60 + 59;
/** Receipt times (UTC): during the school day, ending before the nudge at the end of yesterday. */
const READ_FROM = 7 * 60 + 30;
const READ_TO = 16 * 60 + 29;
const NUDGE_AT = 16 * 60 + 45;

/** How many days after a version becomes available someone reads it: mostly soon, a few much later. */
const READ_DELAYS: readonly (readonly [number, number])[] = [
  [0, 30],
  [1, 25],
  [2, 15],
  [4, 12],
  [7, 9],
  [14, 6],
  [28, 3],
];

function weighted<T>(rng: SeededRandom, pairs: readonly (readonly [T, number])[]): T {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, w] of pairs) {
    roll -= w;
    if (roll < 0) return value;
  }
  return pairs[pairs.length - 1]![0];
}

/** A reading time some days after `start` (a weekday, in school hours), or null when not before `end`. */
function readTime(rng: SeededRandom, start: string, end: string, delay: number): string | null {
  const day = weekdayOnOrAfter(addDays(start.slice(0, 10), delay));
  let time = at(day, rng.int(READ_FROM, READ_TO));
  if (time <= start) time = isoOf(ms(start) + rng.int(10, 90) * 60_000);
  return time < end ? time : null;
}

/** A reading time that must exist: soon after `start`, else halfway to `end`. */
function forcedReadTime(rng: SeededRandom, start: string, end: string): string {
  const time = readTime(rng, start, end, rng.int(0, 2));
  return time ?? isoOf(Math.floor((ms(start) + ms(end)) / 2 / 60_000) * 60_000);
}

// ---------------------------------------------------------------------------------------------------
// The whole set

/** A passport as planned: the content of up to three versions, how many are published, and when. */
interface Planned {
  pupil: DemoPupil;
  versions: { parts: Parts; note: string; content: PassportContent }[];
  /** How many versions are published (1 to 3): fewer when there was no time for them before today. */
  count: number;
  /** Version 2 published in the last three weeks (the demo teacher has not read it yet). */
  forcedRecent: boolean;
  /** Publication times, one per version published. */
  dates: string[];
}

/** The demo passports of one school, as its SENCO and staff would have left them by today. */
export function buildDemoPassports(school: DemoSchool, plan: PassportPlan, today: string): DemoPassports {
  // Separate streams, so that what a passport says does not depend on the date the demo is built.
  const words = new SeededRandom(plan.seed * 19 + 1);
  const dates = new SeededRandom(plan.seed * 19 + 2);
  const reads = new SeededRandom(plan.seed * 19 + 3);
  const choose = new SeededRandom(plan.seed * 19 + 4);
  const senco = school.staff.find((s) => s.roles.includes('senco'));
  if (!senco) throw new Error(`Demo passports: ${school.name} has no SENCO`);
  const yesterday = addDays(today, -1);
  const limit = at(yesterday, READ_TO + 1);
  const y = Number(academicYear(today).from.slice(0, 4));
  const transition = `${y}-07-10`;
  // Passports are published on the training days at the start of the autumn term; in the first days
  // of September the demo's "start of term" is still to come, so they were published before the summer.
  const autumn = `${y}-09-10` < today;

  // What each passport says, and what its later versions would change.
  const planned: Planned[] = passportPupils(school, today).map((pupil) => {
    const w = writerFor(school, pupil);
    const first = firstParts(words, w);
    const second = nextVersion(words, w, first, words.int(0, CHANGE_KINDS.length - 1), null);
    const third = nextVersion(words, w, second.parts, words.int(0, CHANGE_KINDS.length - 1), second.kind);
    const roll = words.next();
    const firstNote = (w.texts.firstNote ?? FIRST_NOTE)[w.band];
    return {
      pupil,
      versions: [
        { parts: first, note: firstNote, content: render(w, first) },
        { parts: second.parts, note: second.note, content: render(w, second.parts) },
        { parts: third.parts, note: third.note, content: render(w, third.parts) },
      ],
      count: roll < 0.06 ? 3 : roll < 0.25 ? 2 : 1,
      forcedRecent: false,
      dates: [],
    };
  });

  // Version 1: at the start of the autumn term, or soon after the pupil joined the register.
  for (const d of planned) {
    const since = onRegisterSince(d.pupil, today)!;
    const termDay = autumn
      ? weekdayOnOrAfter(addDays(`${y}-09-01`, dates.int(0, 4)))
      : weekdayOnOrAfter(addDays(`${y}-07-01`, dates.int(5, 13)));
    const joined = weekdayOnOrAfter(addDays(since, dates.int(2, 8)));
    let day = termDay > joined ? termDay : joined;
    if (day > yesterday) day = yesterday;
    d.dates.push(at(day, dates.int(PUBLISH_FROM, PUBLISH_TO)));
  }

  // The demo teacher's class: two passports with a version 2 the teacher has not read yet.
  const demo = plan.demo;
  let scenario: { stale: Planned[]; never: Planned } | null = null;
  if (demo) {
    const inClass = planned.filter((d) => d.pupil.className === demo.className);
    const ready = inClass.filter((d) => d.dates[0]!.slice(0, 10) <= addDays(today, -3));
    if (ready.length < 2 || inClass.length < 4) {
      throw new Error(`Demo passports: too few passports in ${demo.className} for the demo`);
    }
    const stale = sample(choose, ready, 2);
    for (const d of stale) {
      d.count = 2;
      d.forcedRecent = true;
    }
    // Never read: the passport published most recently among the rest (the newest to the register).
    const rest = inClass.filter((d) => !stale.includes(d));
    const never = rest.reduce((a, b) => (b.dates[0]! > a.dates[0]! ? b : a));
    scenario = { stale, never };
  }

  // Later versions: some weeks after the one before, always before today.
  for (const d of planned) {
    for (let n = 2; n <= d.count; n++) {
      const previous = d.dates[n - 2]!.slice(0, 10);
      const earliest = d.forcedRecent
        ? [addDays(previous, 2), addDays(yesterday, -20)].sort()[1]!
        : addDays(previous, n === 2 ? 14 : 10);
      const span = daysBetween(earliest, yesterday);
      const offset = dates.int(0, Math.max(span, 0));
      if (span < 0) {
        d.count = n - 1;
        break;
      }
      const day = weekdayBetween(addDays(earliest, offset), earliest, yesterday);
      d.dates.push(at(day, dates.int(PUBLISH_FROM, PUBLISH_TO)));
    }
  }

  const passports: DemoPassport[] = planned.map((d) => ({
    pupilUpn: d.pupil.upn,
    publishedBy: senco.email,
    versions: d.versions.slice(0, d.count).map((v, i) => ({
      number: i + 1,
      content: v.content,
      changeNote: v.note,
      publishedAt: d.dates[i]!,
    })),
  }));
  const passportOf = new Map(passports.map((p) => [p.pupilUpn, p]));

  // Receipts: each adult reads most versions of their pupils' passports, some late, some never.
  const diligence = new Map(
    school.staff.map((s) => [
      s.email,
      weighted(reads, [
        [0.98, 40],
        [0.92, 35],
        [0.8, 20],
        [0.6, 5],
      ]),
    ]),
  );
  const receipts = new Map<string, DemoPassportReceipt>();
  const key = (upn: string, email: string, number: number) => `${upn}|${email}|${number}`;
  const windows = new Map<string, { start: string; end: string } | null>();
  /** When someone could have read a version: after both it and they arrived, before the next version. */
  const windowOf = (p: DemoPassport, r: Relation, number: number) => {
    const v = p.versions[number - 1]!;
    const next = p.versions[number]?.publishedAt ?? limit;
    const from = at(r.from, READ_FROM);
    const start = v.publishedAt > from ? v.publishedAt : from;
    const to = r.to === null ? limit : at(r.to, READ_TO + 1);
    const end = [next, to, limit].sort()[0]!;
    return start < end ? { start, end } : null;
  };
  const relationsOf = relationsIn(school, transition);
  for (const d of planned) {
    const p = passportOf.get(d.pupil.upn)!;
    for (const r of relationsOf(d.pupil)) {
      for (const v of p.versions) {
        const window = windowOf(p, r, v.number);
        windows.set(key(p.pupilUpn, r.email, v.number), window);
        const willRead = reads.chance(diligence.get(r.email) ?? 0.8);
        const delay = weighted(reads, READ_DELAYS);
        if (!window || !willRead) continue;
        const readAt = readTime(reads, window.start, window.end, delay);
        if (readAt) {
          receipts.set(key(p.pupilUpn, r.email, v.number), {
            pupilUpn: p.pupilUpn,
            number: v.number,
            staffEmail: r.email,
            readAt,
          });
        }
      }
    }
  }

  /** Sets what one adult has read of one passport: an older version only, the current one, or nothing. */
  const settle = (d: Planned, email: string, state: 'stale' | 'current' | 'never') => {
    const p = passportOf.get(d.pupil.upn)!;
    for (const v of p.versions) receipts.delete(key(p.pupilUpn, email, v.number));
    if (state === 'never') return;
    const number = state === 'stale' ? p.versions.length - 1 : p.versions.length;
    const window = windows.get(key(p.pupilUpn, email, number));
    if (!window || number < 1) throw new Error(`Demo passports: ${email} cannot have read ${p.pupilUpn}`);
    const readAt = forcedReadTime(choose, window.start, window.end);
    receipts.set(key(p.pupilUpn, email, number), { pupilUpn: p.pupilUpn, number, staffEmail: email, readAt });
  };
  const readsCurrent = (d: Planned, email: string) => {
    const p = passportOf.get(d.pupil.upn)!;
    return receipts.has(key(p.pupilUpn, email, p.versions.length));
  };

  const notices: DemoStaffNotice[] = [];
  if (demo && scenario) {
    const { stale, never } = scenario;
    for (const d of stale) settle(d, demo.teacher, 'stale');
    settle(never, demo.teacher, 'never');
    const others = planned.filter(
      (d) => d.pupil.className === demo.className && !stale.includes(d) && d !== never,
    );
    // The rest of the class the teacher has read, as it stands today.
    for (const d of others) if (!readsCurrent(d, demo.teacher)) settle(d, demo.teacher, 'current');

    // The demo TA: behind on one of the same two, up to date on the other, and two passports of
    // pupils from other classes never read; the rest as it fell.
    settle(stale[0]!, demo.ta, 'stale');
    settle(stale[1]!, demo.ta, 'current');
    const own = ownPupilUpns(school, demo.ta, today);
    const elsewhere = planned
      .filter((d) => own.has(d.pupil.upn) && d.pupil.className !== demo.className)
      .sort((a, b) => (a.dates.at(-1)! < b.dates.at(-1)! ? 1 : -1));
    for (const d of elsewhere.slice(0, 2)) settle(d, demo.ta, 'never');

    // The SENCO's nudge to the demo TA, at the end of yesterday, with the real count.
    const unread = planned.filter((d) => own.has(d.pupil.upn) && !readsCurrent(d, demo.ta)).length;
    notices.push({
      toEmail: demo.ta,
      fromEmail: senco.email,
      kind: 'passport-nudge',
      message: `You have ${unread} pupil passport${unread === 1 ? '' : 's'} to read.`,
      createdAt: at(yesterday, NUDGE_AT),
    });
  }

  const order = new Map(school.staff.map((s, i) => [s.email, i]));
  const pupilOrder = new Map(planned.map((d, i) => [d.pupil.upn, i]));
  const sorted = [...receipts.values()].sort(
    (a, b) =>
      pupilOrder.get(a.pupilUpn)! - pupilOrder.get(b.pupilUpn)! ||
      order.get(a.staffEmail)! - order.get(b.staffEmail)! ||
      a.number - b.number,
  );
  return { passports, receipts: sorted, notices };
}
