import {
  academicYear,
  addDays,
  isClosed,
  isoWeekday,
  NEED_TYPES,
  plannedCost,
  type AbsenceReason,
  type AreaOfNeed,
  type CancelReason,
  type DeliveringRole,
  type DeliveryMode,
  type Intervention,
  type SchoolRole,
  type YearGroup,
} from '@sendreg/contracts';
import type { DemoPupil, DemoSchool, DemoStaff } from './demo-trust';
import { SeededRandom } from './random';

/**
 * The demo provision map: an intervention catalogue, staff hourly rates, groups with their pupils and
 * entry/exit measures, and a term's worth of logged sessions up to yesterday. Deterministic given the
 * school, the plan and "today" (the school's date when the demo is seeded, so the demo is live).
 */

/** A catalogue entry as the API reads it, with its cost always present and the day it was added. */
export interface DemoIntervention extends Omit<
  Intervention,
  'id' | 'archived' | 'runningProvisions' | 'version' | 'resourceCostPerSessionPence'
> {
  resourceCostPerSessionPence: number;
  createdAt: string;
}

/** A rate for a role, or for one person (by email), from a date. */
export interface DemoStaffRate {
  role: DeliveringRole | null;
  staffEmail: string | null;
  hourlyRatePence: number;
  effectiveFrom: string;
  setBy: string;
  setAt: string;
}

export interface DemoPlace {
  pupilUpn: string;
  joinedOn: string;
  leftOn: string | null;
  entryScore: number | null;
  entryDate: string | null;
  targetScore: number | null;
  exitScore: number | null;
  exitDate: string | null;
}

export interface DemoAttendance {
  pupilUpn: string;
  attended: boolean;
  absenceReason: AbsenceReason | null;
}

export interface DemoSession {
  heldOn: string;
  status: 'held' | 'cancelled';
  minutes: number | null;
  cancelReason: CancelReason | null;
  note: string;
  deliveredBy: string;
  loggedBy: string;
  loggedAt: string;
  /** Every pupil in the group that day, for held sessions; none for cancelled ones. */
  attendance: DemoAttendance[];
}

export interface DemoProvision {
  name: string;
  /** The intervention's name (unique in the school's catalogue). */
  intervention: string;
  /** Staff emails; the first leads the group. */
  staff: string[];
  weekdays: number[];
  minutes: number;
  startDate: string;
  endDate: string;
  location: string;
  createdBy: string;
  createdAt: string;
  places: DemoPlace[];
  sessions: DemoSession[];
}

export interface DemoProvisionMap {
  interventions: DemoIntervention[];
  rates: DemoStaffRate[];
  provisions: DemoProvision[];
  /** The school's term dates as closures, entered by the person who set the rates. */
  closures: DemoClosure[];
  closuresSetBy: string;
}

/** A holiday: the school is closed from one date to another, both included. */
export interface DemoClosure {
  name: string;
  from: string;
  to: string;
}

// ---------------------------------------------------------------------------------------------------
// Dates

/** The Monday of the ISO week that holds the date. */
function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

/** The school year the demo lives in, relative to today. */
export interface DemoCalendar {
  today: string;
  yesterday: string;
  year: { from: string; to: string };
  /** Mondays of the weeks groups can run in (the October half-term and Christmas weeks left out). */
  weeks: string[];
  /** When year-long groups start and end: stretched to hold today near the ends of the year. */
  yearStart: string;
  yearEnd: string;
  /** The school year proper, from the first full week after 6 September to the summer. */
  schoolYear: { start: string; end: string };
  /** The last week that started on or before today, and the first week not yet over. */
  thisWeek: number;
  nextWeek: number;
  /** The holidays of the year, seeded as the school's term dates. */
  closures: DemoClosure[];
  isHoliday(date: string): boolean;
}

/**
 * Groups start in the first full week after 6 September and run to the Friday on or before 22 July.
 * The holidays are the usual English ones, approximately: October half-term (the last full week of
 * October), Christmas (23 December to 3 January), February half-term (the week of the third Monday),
 * Easter (the first two weeks of April) and May half-term (the last week of May). They are seeded as
 * the school's term dates, so planned sessions leave them out as logged ones do. Near the ends of the
 * year the window stretches to hold today, so there is always a running group.
 */
export function demoCalendar(today: string): DemoCalendar {
  const year = academicYear(today);
  const y = Number(year.from.slice(0, 4));
  const week = (monday: string, name: string, days = 4): DemoClosure => ({
    name,
    from: monday,
    to: addDays(monday, days),
  });
  const closures: DemoClosure[] = [
    week(mondayOf(`${y}-10-27`), 'October half-term'), // the last Monday whose week ends in October
    { name: 'Christmas holidays', from: `${y}-12-23`, to: `${y + 1}-01-03` },
    week(mondayOf(`${y + 1}-02-21`), 'February half-term'),
    week(mondayOf(addDays(`${y + 1}-04-01`, 6)), 'Easter holidays', 11),
    week(mondayOf(`${y + 1}-05-31`), 'May half-term'),
  ];
  const isHoliday = (date: string) => isClosed(date, closures);
  const firstFullWeek = mondayOf(addDays(`${y}-09-07`, 6));
  const firstMonday = today < firstFullWeek ? mondayOf(today) : firstFullWeek;
  const summerEnd = addDays(mondayOf(addDays(`${y + 1}-07-22`, -4)), 4);
  const lastDay = today <= summerEnd ? summerEnd : minDate(addDays(mondayOf(addDays(today, 7)), 4), year.to);
  const weeks: string[] = [];
  for (let monday = firstMonday; monday <= lastDay; monday = addDays(monday, 7)) {
    const days = [0, 1, 2, 3, 4].map((d) => addDays(monday, d));
    if (!days.every(isHoliday)) weeks.push(monday);
  }
  let thisWeek = 0;
  weeks.forEach((monday, i) => {
    if (monday <= today) thisWeek = i;
  });
  const nextWeek =
    today <= addDays(weeks[thisWeek]!, 4) ? thisWeek : Math.min(thisWeek + 1, weeks.length - 1);
  return {
    today,
    yesterday: addDays(today, -1),
    year,
    weeks,
    yearStart: maxDate(weeks[0]!, year.from),
    yearEnd: lastDay,
    schoolYear: { start: firstFullWeek, end: summerEnd },
    thisWeek,
    nextWeek,
    closures,
    isHoliday,
  };
}

/** 'year' runs through today whatever the date; 'school-year' keeps to the school year proper. */
export type Timing = 'year' | 'school-year' | { weeks: 6 | 12; when: 'ended' | 'running' | 'planned' };

/** The dates of a group: year-long, or a block of teaching weeks placed before, around or after today. */
function placeGroup(cal: DemoCalendar, timing: Timing, rng: SeededRandom): { start: string; end: string } {
  if (timing === 'year') return { start: cal.yearStart, end: cal.yearEnd };
  if (timing === 'school-year') return cal.schoolYear;
  const n = cal.weeks.length;
  const length = Math.min(timing.weeks, n);
  // From the first school day of the first week to the last school day of the last.
  const block = (first: number) => {
    let start = maxDate(cal.weeks[first]!, cal.year.from);
    while (cal.isHoliday(start)) start = addDays(start, 1);
    let end = addDays(cal.weeks[first + length - 1]!, 4);
    while (cal.isHoliday(end)) end = addDays(end, -1);
    return { start, end: minDate(end, cal.year.to) };
  };
  if (timing.when === 'ended') {
    const latest = cal.nextWeek - length; // ends before today
    if (latest >= 0) return block(Math.max(0, latest - rng.int(0, 3)));
  }
  if (timing.when === 'planned') {
    const first = cal.thisWeek + 1 + rng.int(0, 2);
    if (first + length <= n && cal.weeks[first]! > cal.today) return block(first);
  }
  // Running: starts on or before today (a week or more before, where it can) and is not over.
  const lowest = Math.max(0, cal.nextWeek - length + 1);
  const highest = Math.max(lowest, Math.min(cal.thisWeek - 1, n - length));
  const first =
    lowest <= highest ? rng.int(lowest, highest) : Math.max(0, Math.min(cal.thisWeek, n - length));
  const dates = block(first);
  return {
    start: minDate(dates.start, cal.today),
    end: minDate(maxDate(dates.end, cal.today), cal.year.to),
  };
}

/** The days a group meets between two dates, holidays left out. */
function meetingDays(cal: DemoCalendar, weekdays: readonly number[], from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (weekdays.includes(isoWeekday(d)) && !cal.isHoliday(d)) days.push(d);
  }
  return days;
}

// ---------------------------------------------------------------------------------------------------
// The catalogue

type ScoreModel =
  | 'phonics'
  | 'sightWords'
  | 'wpm'
  | 'readingAge'
  | 'standardised'
  | 'checklist'
  | 'targets'
  | 'boxall'
  | 'rating'
  | 'vocab20'
  | 'vocab30'
  | 'errors'
  | 'handwriting'
  | 'typing'
  | 'percent'
  | 'sdq'
  | 'wellbeing'
  | 'steps'
  | 'writingSpeed';

export interface CatalogueItem {
  key: string;
  name: string;
  /** The label groups of this intervention carry, before the year groups. */
  groupLabel: string;
  area: AreaOfNeed;
  description: string;
  delivery: DeliveryMode;
  size: number;
  by: DeliveringRole;
  minutes: number;
  perWeek: number;
  resourcePence: number;
  measure: { name: string; unit: string; higherIsBetter: boolean };
  model: ScoreModel;
  location: string;
}

const CL: AreaOfNeed = 'cognition_and_learning';
const CI: AreaOfNeed = 'communication_and_interaction';
const SEMH: AreaOfNeed = 'social_emotional_mental_health';
const SP: AreaOfNeed = 'sensory_physical';

function item(
  key: string,
  name: string,
  groupLabel: string,
  area: AreaOfNeed,
  shape: [DeliveryMode, number, DeliveringRole, number, number, number],
  measure: [string, string, boolean],
  model: ScoreModel,
  location: string,
  description: string,
): CatalogueItem {
  const [delivery, size, by, minutes, perWeek, resourcePence] = shape;
  return {
    key,
    name,
    groupLabel,
    area,
    description,
    delivery,
    size,
    by,
    minutes,
    perWeek,
    resourcePence,
    measure: { name: measure[0], unit: measure[1], higherIsBetter: measure[2] },
    model,
    location,
  };
}

// prettier-ignore
export const PRIMARY_CATALOGUE: readonly CatalogueItem[] = [
  item('phonics', 'Phonics catch-up group', 'Phonics catch-up', CL, ['group', 6, 'ta', 20, 5, 0],
    ['Phonics screening check score', 'marks out of 40', true], 'phonics', 'Intervention room',
    'Daily small-group phonics for the gaps the screening check found: sounds, blending, segmenting.'),
  item('precision', 'Precision teaching', 'Precision teaching 1:1', CL, ['one_to_one', 1, 'ta', 15, 5, 0],
    ['Words read correctly in one minute', 'words', true], 'sightWords', 'Library corner',
    'Short 1:1 practice on a small set of high-frequency words, timed and charted every session.'),
  item('fluency', 'Reading fluency group', 'Reading fluency', CL, ['group', 4, 'ta', 20, 3, 0],
    ['Words read per minute', 'words per minute', true], 'wpm', 'Library',
    'Repeated and paired reading of short passages to build speed, accuracy and expression.'),
  item('online-reading', 'Computer reading programme (Lexia-style)', 'Computer reading', CL,
    ['group', 6, 'ta', 20, 3, 50], ['Reading age', 'months', true], 'readingAge', 'ICT suite',
    'An adaptive online reading programme; the TA checks the reports weekly and reteaches what is flagged.'),
  item('number-sense', 'Number sense group (Numicon)', 'Number sense', CL, ['group', 4, 'ta', 30, 3, 0],
    ['Standardised score', 'standardised score', true], 'standardised', 'Intervention room',
    'Structured apparatus to build number bonds, place value and mental calculation in small steps.'),
  item('maths-mastery', 'Maths mastery catch-up', 'Maths catch-up', CL, ['group', 4, 'teacher', 30, 3, 0],
    ['Standardised score', 'standardised score', true], 'standardised', 'Classroom',
    "Same-day catch-up on the day's maths lesson, led by a teacher, so gaps do not build up."),
  item('spelling', 'Spelling group', 'Spelling', CL, ['group', 4, 'ta', 20, 2, 0],
    ['Spelling errors in a probe', 'errors in 20 words', false], 'errors', 'Intervention room',
    'Multisensory practice of high-frequency and tricky words, checked with a 20-word probe.'),
  item('ilp', 'Individual learning programme (1:1)', 'Individual learning programme', CL,
    ['one_to_one', 1, 'ta', 60, 5, 120], ['EHCP outcome steps achieved', 'steps', true], 'steps',
    'Intervention room', 'Daily 1:1 work towards the outcomes in the EHCP, with personalised resources.'),
  item('talk-boost', 'Talk Boost language group', 'Talk Boost', CI, ['group', 4, 'ta', 30, 3, 75],
    ['Language progress tracker score', 'points', true], 'checklist', 'Intervention room',
    'A targeted programme for language delay: listening, vocabulary, building sentences, telling stories.'),
  item('speech', 'Speech and language programme (1:1)', 'Speech and language 1:1', CI,
    ['one_to_one', 1, 'ta', 30, 3, 0], ['Speech and language targets met', 'targets', true], 'targets',
    'Quiet room', "Targets from the speech and language therapist's programme, practised 1:1."),
  item('lego', 'Lego-based social skills group', 'Lego social skills', CI, ['group', 3, 'ta', 45, 1, 0],
    ['Social skills checklist score', 'points out of 20', true], 'checklist', 'Intervention room',
    'Building in roles (engineer, supplier, builder) to practise turn-taking and talking together.'),
  item('vocabulary', 'Pre-teaching vocabulary', 'Pre-teaching vocabulary', CI,
    ['group', 4, 'teacher', 15, 2, 0], ['Topic words known', 'words out of 20', true], 'vocab20', 'Classroom',
    'The key words of the next topic taught before the lessons, so pupils can take part.'),
  item('elsa', 'ELSA emotional literacy support (1:1)', 'ELSA 1:1', SEMH, ['one_to_one', 1, 'ta', 30, 1, 0],
    ['Emotional literacy checklist score', 'points', true], 'checklist', 'Calm room',
    'Weekly 1:1 with a trained emotional literacy support assistant, on a target agreed with the SENCO.'),
  item('zones', 'Zones of Regulation group', 'Zones of Regulation', SEMH, ['group', 6, 'senco', 30, 1, 100],
    ['Boxall profile score', 'points', true], 'boxall', 'Calm room',
    'Recognising feelings and choosing a calming strategy, using the four zones.'),
  item('fine-motor', 'Fine motor skills group', 'Fine motor skills', SP, ['group', 6, 'ta', 15, 3, 60],
    ['Fine motor checklist score', 'points out of 20', true], 'checklist', 'Classroom',
    'Dough, tweezers, threading and scissor work to build hand strength and control.'),
  item('handwriting', 'Handwriting group', 'Handwriting', SP, ['group', 6, 'ta', 20, 2, 0],
    ['Letters written legibly in a minute', 'letters', true], 'handwriting', 'Intervention room',
    'Letter formation and joins, with posture and pencil grip checked each time.'),
  item('typing', 'Touch-typing', 'Touch-typing', SP, ['group', 6, 'ta', 20, 2, 50],
    ['Typing speed', 'words per minute', true], 'typing', 'ICT suite',
    'A touch-typing course for pupils for whom handwriting is a barrier to recording their ideas.'),
  item('sensory', 'Sensory circuits', 'Sensory circuits', SP, ['group', 8, 'ta', 15, 5, 0],
    ['Ready-to-learn rating', 'rating out of 10', true], 'rating', 'Hall',
    'A short circuit of alerting, organising and calming activities before lessons.'),
];

// prettier-ignore
export const SECONDARY_CATALOGUE: readonly CatalogueItem[] = [
  item('literacy', 'Literacy catch-up group', 'Literacy catch-up', CL, ['group', 8, 'teacher', 50, 2, 0],
    ['Reading age', 'months', true], 'readingAge', 'English base',
    'Reading and writing catch-up for pupils below the expected standard, taught by an English teacher.'),
  item('reading', 'Reading intervention group', 'Reading intervention', CL, ['group', 4, 'ta', 30, 3, 0],
    ['Standardised reading score', 'standardised score', true], 'standardised', 'Library',
    'Guided reading and comprehension strategies (predict, question, clarify, summarise) in a small group.'),
  item('online-reading', 'Online reading programme', 'Online reading programme', CL,
    ['group', 8, 'ta', 30, 3, 60], ['Reading age', 'months', true], 'readingAge', 'ICT room 2',
    'An adaptive online reading programme with a TA on hand; progress reports reviewed weekly.'),
  item('spelling', 'Spelling group', 'Spelling', CL, ['group', 6, 'ta', 25, 2, 0],
    ['Spelling errors in a probe', 'errors in 20 words', false], 'errors', 'Learning support base',
    'Multisensory spelling of common and subject words, checked with a 20-word probe.'),
  item('numeracy', 'Numeracy catch-up group', 'Numeracy catch-up', CL, ['group', 6, 'teacher', 50, 2, 0],
    ['Standardised maths score', 'standardised score', true], 'standardised', 'Maths block',
    'Number facts, place value and fractions for pupils below the expected standard, with a maths teacher.'),
  item('precision', 'Precision teaching', 'Precision teaching 1:1', CL, ['one_to_one', 1, 'ta', 15, 5, 0],
    ['Words read correctly in one minute', 'words', true], 'sightWords', 'Learning support base',
    'Short daily 1:1 practice on a small set of words, timed and charted every session.'),
  item('homework', 'Homework club support', 'Homework club', CL, ['group', 12, 'ta', 60, 2, 0],
    ['Homework handed in on time', 'per cent', true], 'percent', 'Library',
    'After-school club where learning support staff help pupils plan, start and finish their homework.'),
  item('learning-support', '1:1 learning support', '1:1 learning support', CL,
    ['one_to_one', 1, 'ta', 60, 5, 0], ['EHCP outcome steps achieved', 'steps', true], 'steps',
    'Learning support base', 'A daily hour of 1:1 support towards the EHCP outcomes, with pre-teaching.'),
  item('anxiety', 'Anxiety management group', 'Anxiety management', SEMH, ['group', 6, 'senco', 50, 1, 150],
    ['SDQ total difficulties score', 'points out of 40', false], 'sdq', 'Wellbeing hub',
    'Understanding anxiety and practising strategies (breathing, grounding, challenging worried thoughts).'),
  item('mentor', 'Learning mentor (1:1)', 'Learning mentor 1:1', SEMH, ['one_to_one', 1, 'teacher', 30, 1, 0],
    ['Wellbeing scale score', 'points out of 70', true], 'wellbeing', 'Wellbeing hub',
    'A weekly 1:1 with a trusted teacher: goals, organisation and how the week went.'),
  item('social', 'Social skills group', 'Social skills', CI, ['group', 6, 'ta', 50, 1, 0],
    ['Social skills checklist score', 'points out of 20', true], 'checklist', 'Learning support base',
    'Conversation, friendships and reading social situations, with role play and video modelling.'),
  item('language', 'Language for learning group', 'Language for learning', CI, ['group', 4, 'ta', 30, 2, 0],
    ['Subject words known', 'words out of 30', true], 'vocab30', 'Learning support base',
    'Subject vocabulary and the language of instructions and questions, pre-taught before lessons.'),
  item('speech', 'Speech and language programme (1:1)', 'Speech and language 1:1', CI,
    ['one_to_one', 1, 'ta', 30, 3, 0], ['Speech and language targets met', 'targets', true], 'targets',
    'Learning support base', "Targets from the speech and language therapist's programme, practised 1:1."),
  item('typing', 'Touch-typing', 'Touch-typing', SP, ['group', 10, 'ta', 30, 2, 50],
    ['Typing speed', 'words per minute', true], 'typing', 'ICT room 2',
    'A touch-typing course for pupils who will use a laptop in lessons and exams.'),
  item('handwriting', 'Handwriting speed group', 'Handwriting speed', SP, ['group', 6, 'ta', 30, 2, 0],
    ['Handwriting speed', 'words per minute', true], 'writingSpeed', 'Learning support base',
    'Fluency and speed of handwriting, with grip and posture, for pupils who cannot keep up in lessons.'),
  item('movement', 'Movement and sensory breaks (1:1)', 'Movement breaks 1:1', SP,
    ['one_to_one', 1, 'ta', 15, 5, 0], ['Ready-to-learn rating', 'rating out of 10', true], 'rating',
    'Sensory room', 'Movement and sensory activities 1:1 at set times, so the pupil returns ready to learn.'),
];

// ---------------------------------------------------------------------------------------------------
// The plan of a school's groups

/**
 * Staff by part: 'demo-ta', 'senco', 'ta-of:5' (the TA of the Year 5 classes), 'ta#3' (the fourth TA
 * with no class), 'teacher:6A' (the teacher of class 6A).
 */
export type StaffRef = string;

export interface PupilPick {
  years?: YearGroup[];
  classes?: string[];
  count: number;
}

export interface GroupSpec {
  intervention: string;
  staff: StaffRef[];
  timing: Timing;
  pupils: PupilPick[];
  weekdays: number[];
  minutes?: number;
  name?: string;
  /** A top-up candidate (by id) who joins this group as well. */
  withCandidate?: string;
}

export interface CandidateSpec {
  id: string;
  years: YearGroup[];
  /** Primary needs to prefer. */
  needs: string[];
  /** 1:1 groups for this pupil, for the school year proper (so the planned cost is the same every year). */
  groups: { intervention: string; staff: StaffRef; weekdays: number[]; minutes?: number }[];
}

export interface ProvisionPlan {
  seed: number;
  catalogue: readonly CatalogueItem[];
  rates: {
    setBy: StaffRef;
    roles: Record<DeliveringRole, number>;
    people: { staff: StaffRef; pence: number }[];
    /** A pay award for one role from 1 January. */
    rise?: { role: DeliveringRole; pence: number };
  };
  groups: GroupSpec[];
  candidates: CandidateSpec[];
}

const ALL_WEEK = [1, 2, 3, 4, 5];

/** Shorthands for the plans below. */
function group(
  intervention: string,
  staff: StaffRef[],
  timing: Timing,
  weekdays: number[],
  pupils: PupilPick[],
  more: Partial<GroupSpec> = {},
): GroupSpec {
  return { intervention, staff, timing, weekdays, pupils, ...more };
}
const block = (weeks: 6 | 12, when: 'ended' | 'running' | 'planned'): Timing => ({ weeks, when });
const fromClasses = (count: number, ...classes: string[]): PupilPick => ({ classes, count });
const fromYears = (count: number, ...years: YearGroup[]): PupilPick => ({ years, count });

// prettier-ignore
export const OAKFIELD_PROVISION: ProvisionPlan = {
  seed: 2041,
  catalogue: PRIMARY_CATALOGUE,
  rates: {
    setBy: 'admin',
    roles: { ta: 1550, teacher: 3200, senco: 3600 },
    people: [{ staff: 'demo-ta', pence: 1600 }],
    rise: { role: 'ta', pence: 1590 },
  },
  groups: [
    // The demo TA: Year 4 groups, one of them every day and with a pupil from Year 5.
    group('fluency', ['demo-ta'], 'year', ALL_WEEK,
      [fromClasses(2, '4A'), fromClasses(1, '4B'), fromClasses(1, '5A', '5B')],
      { name: 'Reading fluency – Years 4 and 5' }),
    group('precision', ['demo-ta'], 'year', [1, 3, 5], [fromClasses(1, '4B')]),
    group('number-sense', ['demo-ta'], block(12, 'running'), [2, 4], [fromClasses(4, '4A', '4B')]),
    group('lego', ['demo-ta'], block(6, 'ended'), [3], [fromClasses(3, '4A', '4B')]),
    group('spelling', ['demo-ta'], block(6, 'planned'), [1, 4], [fromClasses(4, '4A', '4B')]),
    // The demo teacher's pupils in groups others deliver.
    group('talk-boost', ['ta-of:3'], block(12, 'running'), [1, 3, 5],
      [fromClasses(2, '4A'), fromYears(2, '3')], { name: 'Talk Boost – Years 3 and 4' }),
    group('elsa', ['ta-of:5'], block(6, 'running'), [2], [fromClasses(1, '4A')]),
    group('zones', ['senco'], block(12, 'running'), [4], [fromClasses(1, '4A'), fromYears(4, '3', '5', '6')],
      { name: 'Zones of Regulation – Key Stage 2' }),
    // The rest of the school.
    group('phonics', ['ta-of:1'], block(12, 'running'), ALL_WEEK, [fromYears(5, '1')]),
    group('phonics', ['ta-of:2'], block(6, 'ended'), ALL_WEEK, [fromYears(4, '2')]),
    group('fine-motor', ['ta-of:R'], block(6, 'running'), [1, 3, 5], [fromYears(5, 'R', '1')]),
    group('handwriting', ['ta-of:3'], block(6, 'ended'), [2, 4], [fromYears(4, '3')]),
    group('typing', ['ta-of:5'], block(12, 'running'), [1, 4], [fromYears(5, '5', '6')]),
    group('sensory', ['ta-of:R', 'ta-of:1'], 'year', ALL_WEEK, [fromYears(6, 'R', '1', '2', '3', '5', '6')],
      { name: 'Sensory circuits – whole school', withCandidate: 'A' }),
    group('online-reading', ['ta-of:6'], 'year', [1, 3, 5], [fromYears(5, '6')]),
    group('maths-mastery', ['teacher:6A'], block(12, 'running'), [2, 3, 4], [fromYears(4, '6')]),
    group('vocabulary', ['teacher:5B'], block(6, 'planned'), [1, 3], [fromYears(4, '5')]),
  ],
  candidates: [
    { id: 'A', years: ['2', '3', '5', '6'], needs: ['ASD', 'SLCN'], groups: [
      { intervention: 'ilp', staff: 'ta-of:2', weekdays: ALL_WEEK, minutes: 75 },
      { intervention: 'speech', staff: 'ta-of:6', weekdays: ALL_WEEK },
      { intervention: 'precision', staff: 'ta-of:3', weekdays: ALL_WEEK },
    ] },
    { id: 'B', years: ['1', '2', '3', '5', '6'], needs: ['SLCN', 'ASD', 'MLD', 'SLD'], groups: [
      { intervention: 'ilp', staff: 'ta-of:6', weekdays: ALL_WEEK, minutes: 75 },
      { intervention: 'speech', staff: 'ta-of:1', weekdays: [1, 3, 5] },
      { intervention: 'precision', staff: 'ta-of:5', weekdays: ALL_WEEK },
    ] },
  ],
};

// prettier-ignore
export const RIVERSIDE_PROVISION: ProvisionPlan = {
  seed: 4003,
  catalogue: SECONDARY_CATALOGUE,
  rates: {
    setBy: 'senco',
    roles: { ta: 1500, teacher: 3300, senco: 3700 },
    people: [{ staff: 'ta#8', pence: 1800 }],
  },
  groups: [
    group('literacy', ['teacher:7A'], block(12, 'running'), [2, 4], [fromYears(7, '7')],
      { name: 'Literacy catch-up – Year 7 (group 1)' }),
    group('literacy', ['teacher:7D'], block(12, 'ended'), [1, 3], [fromYears(6, '7')],
      { name: 'Literacy catch-up – Year 7 (group 2)' }),
    group('literacy', ['teacher:8B'], block(12, 'planned'), [2, 5], [fromYears(6, '8')]),
    group('reading', ['ta#0'], block(6, 'running'), [1, 3, 5], [fromYears(4, '7')]),
    group('reading', ['ta#1'], block(6, 'ended'), [2, 3, 4], [fromYears(4, '8')]),
    group('online-reading', ['ta#2'], 'year', [1, 3, 5], [fromYears(7, '7')]),
    group('online-reading', ['ta#2'], 'year', [2, 4, 5], [fromYears(6, '8')]),
    group('spelling', ['ta#3'], block(6, 'ended'), [2, 4], [fromYears(5, '7')]),
    group('spelling', ['ta#3'], block(6, 'running'), [1, 4], [fromYears(5, '8')]),
    group('numeracy', ['teacher:7C'], block(12, 'running'), [1, 4], [fromYears(6, '7')]),
    group('numeracy', ['teacher:8E'], block(12, 'running'), [3, 5], [fromYears(5, '8')]),
    group('numeracy', ['teacher:9A'], block(6, 'planned'), [2, 4], [fromYears(5, '9')]),
    group('precision', ['ta#0'], 'year', ALL_WEEK, [fromYears(1, '7')]),
    group('precision', ['ta#4'], block(12, 'running'), [1, 2, 4], [fromYears(1, '8')]),
    group('homework', ['ta#5', 'ta#6'], 'year', [2, 4], [fromYears(12, '7', '8', '9')],
      { name: 'Homework club – Key Stage 3' }),
    group('homework', ['ta#8', 'ta#7'], 'year', [1, 3], [fromYears(10, '10', '11')],
      { name: 'Homework club – Key Stage 4' }),
    group('anxiety', ['senco'], block(6, 'running'), [3], [fromYears(6, '9', '10')]),
    group('anxiety', ['senco'], block(6, 'ended'), [3], [fromYears(6, '10', '11')]),
    group('anxiety', ['ta#6'], block(6, 'planned'), [5], [fromYears(5, '8')]),
    group('mentor', ['teacher:9F'], block(12, 'running'), [2], [fromYears(1, '9')]),
    group('mentor', ['teacher:10C'], block(12, 'running'), [4], [fromYears(1, '10')]),
    group('mentor', ['teacher:11G'], 'year', [1], [fromYears(1, '11')]),
    group('social', ['ta#4'], block(12, 'running'), [3], [fromYears(5, '7')]),
    group('language', ['ta#7'], block(6, 'running'), [1, 3], [fromYears(4, '7')]),
    group('language', ['ta#7'], block(6, 'planned'), [2, 4], [fromYears(4, '8')]),
    group('typing', ['ta#8'], block(6, 'running'), [2, 5], [fromYears(8, '7', '8')]),
    group('handwriting', ['ta#5'], block(6, 'ended'), [1, 4], [fromYears(5, '7')]),
  ],
  candidates: [
    { id: 'C', years: ['7', '8', '9'], needs: ['ASD', 'SLCN'], groups: [
      { intervention: 'learning-support', staff: 'ta#1', weekdays: ALL_WEEK, minutes: 75 },
      { intervention: 'speech', staff: 'ta#4', weekdays: ALL_WEEK },
      { intervention: 'movement', staff: 'ta#5', weekdays: ALL_WEEK },
      { intervention: 'mentor', staff: 'teacher:9B', weekdays: [5] },
    ] },
    { id: 'D', years: ['8', '9', '10'], needs: ['SEMH', 'SLCN', 'ASD', 'MLD'], groups: [
      { intervention: 'learning-support', staff: 'ta#3', weekdays: ALL_WEEK, minutes: 75 },
      { intervention: 'speech', staff: 'ta#0', weekdays: [1, 3, 5] },
      { intervention: 'movement', staff: 'ta#7', weekdays: [2, 4, 5] },
      { intervention: 'mentor', staff: 'teacher:10E', weekdays: [3] },
    ] },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Scores

interface ScoreContext {
  ageMonths: number;
  year: number;
  weeks: number;
}

interface ModelRule {
  entry(rng: SeededRandom, c: ScoreContext): number;
  target(entry: number, c: ScoreContext): number;
  gain(rng: SeededRandom, c: ScoreContext): number;
  min: number;
  max: number;
}

function rule(
  entry: ModelRule['entry'],
  target: ModelRule['target'],
  gain: ModelRule['gain'],
  min: number,
  max: number,
): ModelRule {
  return { entry, target, gain, min, max };
}

/** Entry, target and gain (scaled up for longer groups) per kind of measure, within its range. */
// prettier-ignore
const MODELS: Record<ScoreModel, ModelRule> = {
  phonics: rule((r) => r.int(8, 26), (e) => Math.min(40, e + 10), (r) => r.int(4, 14), 0, 40),
  sightWords: rule((r) => r.int(6, 20), (e) => e + 15, (r) => r.int(6, 20), 0, 120),
  wpm: rule((r, c) => 30 + 10 * Math.min(c.year, 8) + r.int(-10, 10), (e) => e + 15, (r) => r.int(5, 25),
    0, 250),
  readingAge: rule(
    (r, c) => c.ageMonths - r.int(12, 36),
    (e, c) => e + Math.round((c.weeks / 4.3) * 2),
    (r, c) => Math.max(1, Math.round((c.weeks / 4.3) * (0.8 + r.next() * 2.2))),
    48, 216,
  ),
  standardised: rule((r) => r.int(70, 84), (e) => e + 6, (r) => r.int(2, 11), 55, 140),
  checklist: rule((r) => r.int(4, 10), (e) => Math.min(20, e + 6), (r) => r.int(2, 8), 0, 20),
  targets: rule((r) => r.int(0, 2), (e) => e + 5, (r) => r.int(2, 6), 0, 10),
  boxall: rule((r) => r.int(40, 75), (e) => e + 15, (r) => r.int(5, 22), 0, 136),
  rating: rule((r) => r.int(2, 5), () => 7, (r) => r.int(1, 4), 1, 10),
  vocab20: rule((r) => r.int(3, 9), () => 16, (r) => r.int(4, 10), 0, 20),
  vocab30: rule((r) => r.int(5, 14), () => 24, (r) => r.int(5, 12), 0, 30),
  errors: rule((r) => r.int(9, 17), (e) => Math.max(0, e - 6), (r) => r.int(3, 8), 0, 20),
  handwriting: rule((r) => r.int(12, 28), (e) => e + 10, (r) => r.int(3, 12), 0, 80),
  typing: rule((r) => r.int(4, 12), (e) => e + 8, (r) => r.int(3, 12), 0, 80),
  percent: rule((r) => r.int(25, 60), () => 80, (r) => r.int(10, 35), 0, 100),
  sdq: rule((r) => r.int(17, 28), (e) => e - 5, (r) => r.int(2, 8), 0, 40),
  wellbeing: rule((r) => r.int(30, 42), (e) => e + 8, (r) => r.int(3, 12), 14, 70),
  steps: rule((r) => r.int(0, 2), (e) => e + 8, (r) => r.int(2, 7), 0, 20),
  writingSpeed: rule((r) => r.int(8, 14), (e) => e + 5, (r) => r.int(1, 6), 0, 40),
};

function ageInMonths(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

function yearNumber(year: YearGroup): number {
  return year === 'N' ? -1 : year === 'R' ? 0 : Number(year);
}

/** Entry and target at the start; an exit score where there is one: mostly better, some flat or worse. */
function scores(
  rng: SeededRandom,
  catalogue: CatalogueItem,
  pupil: DemoPupil,
  entryDate: string,
  weeks: number,
  withExit: boolean,
): { entry: number; target: number; exit: number | null } {
  const rule = MODELS[catalogue.model];
  const c: ScoreContext = {
    ageMonths: ageInMonths(pupil.dateOfBirth, entryDate),
    year: yearNumber(pupil.yearGroup),
    weeks,
  };
  const clamp = (n: number) => Math.min(rule.max, Math.max(rule.min, n));
  const entry = clamp(rule.entry(rng, c));
  const target = clamp(rule.target(entry, c));
  if (!withExit) return { entry, target, exit: null };
  const outcome = rng.next();
  const scale = weeks >= 12 ? 1.4 : 1;
  const change =
    outcome < 0.75 ? Math.max(1, Math.round(rule.gain(rng, c) * scale)) : outcome < 0.9 ? 0 : -rng.int(1, 3);
  const better = catalogue.measure.higherIsBetter ? 1 : -1;
  return { entry, target, exit: clamp(entry + better * change) };
}

// ---------------------------------------------------------------------------------------------------
// People

function areaOf(code: string): AreaOfNeed | null {
  return NEED_TYPES.find((n) => n.code === code)?.area ?? null;
}

function statusOf(pupil: DemoPupil): string {
  return pupil.sen?.history.at(-1)?.status ?? 'N';
}

function resolveStaff(school: DemoSchool, ref: StaffRef): DemoStaff {
  const byRole = (role: SchoolRole) => school.staff.filter((s) => s.roles.includes(role));
  let found: DemoStaff | undefined;
  if (ref === 'demo-ta') found = school.staff.find((s) => s.email.startsWith('ta@'));
  else if (ref === 'senco') found = byRole('senco')[0];
  else if (ref === 'admin') found = byRole('school_admin')[0];
  else if (ref.startsWith('ta-of:')) {
    const cls = `${ref.slice(6)}A`;
    found = byRole('ta').find((s) => s.classes.some((c) => c.className === cls && c.role === 'ta'));
  } else if (ref.startsWith('ta#')) {
    found = byRole('ta').filter((s) => s.classes.length === 0)[Number(ref.slice(3))];
  } else if (ref.startsWith('teacher:')) {
    const cls = ref.slice(8);
    found = school.staff.find((s) => s.classes.some((c) => c.className === cls && c.role === 'teacher'));
  }
  if (!found) throw new Error(`Demo provision: no member of staff for ${ref} at ${school.name}`);
  return found;
}

function yearsLabel(years: YearGroup[]): string {
  const sorted = [...new Set(years)].sort((a, b) => yearNumber(a) - yearNumber(b));
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const numbers = sorted.map(yearNumber);
  const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  if (sorted.length === 1) return first === 'R' ? 'Reception' : `Year ${first}`;
  if (first === 'R') {
    const rest = sorted.slice(1);
    if (rest.length === 1) return `Reception and Year ${last}`;
    return contiguous ? `Reception to Year ${last}` : `Reception and Years ${rest.join(', ')}`;
  }
  if (sorted.length === 2) return `Years ${first} and ${last}`;
  return contiguous ? `Years ${first} to ${last}` : `Years ${sorted.slice(0, -1).join(', ')} and ${last}`;
}

/** Weighted choice of `count` distinct pupils: on the register first, matching the area of need. */
function choosePupils(
  rng: SeededRandom,
  pool: DemoPupil[],
  count: number,
  area: AreaOfNeed,
  load: Map<string, number>,
  taken: Set<string>,
): DemoPupil[] {
  const chosen: DemoPupil[] = [];
  const candidates = pool.filter((p) => !taken.has(p.upn) && statusOf(p) !== 'N');
  const weight = (p: DemoPupil) => {
    const status = statusOf(p);
    const needs = p.sen?.needs ?? [];
    const primary = needs.find((n) => n.rank === 1);
    const secondary = needs.find((n) => n.rank === 2);
    let w = status === 'monitoring' ? 0.35 : 1;
    if (primary && areaOf(primary.code) === area) w *= 6;
    else if (secondary && areaOf(secondary.code) === area) w *= 3;
    else if (primary && areaOf(primary.code) !== null) w *= 0.4;
    const places = load.get(p.upn) ?? 0;
    return w / (1 + 2 * places * places);
  };
  while (chosen.length < count && candidates.length > 0) {
    const weights = candidates.map(weight);
    const total = weights.reduce((a, b) => a + b, 0);
    let roll = rng.next() * total;
    let index = weights.findIndex((w) => (roll -= w) < 0);
    if (index < 0) index = candidates.length - 1;
    const [pupil] = candidates.splice(index, 1);
    chosen.push(pupil!);
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------------
// Sessions

const CANCEL_NOTES: Record<CancelReason, string[]> = {
  cover: [
    'Covering a class: teacher absent.',
    'Asked to cover in another class.',
    'Covering a colleague on a course.',
  ],
  staff_absence: ['Off sick.', 'At a training course.', 'Medical appointment.'],
  trip: ['Year group trip.', 'Sports fixture.', 'Theatre visit.'],
  pupil_unavailable: ['Class assembly rehearsal.', 'Pupils at a music lesson.', 'Class photographs.'],
  other: ['Room needed for assessments.', 'Fire drill at that time.', 'Whole-school event.'],
};

const HELD_NOTES: Record<AreaOfNeed, string[]> = {
  cognition_and_learning: [
    'Good focus; moved on to the next set.',
    'Revisited last week before new work.',
    'More independent with the visual prompts today.',
    'Timed check: a small improvement on last week.',
    'One pupil found it hard to settle; the rest worked well.',
  ],
  communication_and_interaction: [
    'Good turn-taking throughout.',
    'Practised asking questions to find out more.',
    'Described pictures in full sentences.',
    'A quieter pupil joined in well today.',
  ],
  social_emotional_mental_health: [
    'Talked through a worry and used the feelings scale.',
    'Practised the breathing strategy; chosen without a prompt.',
    'Calm and engaged.',
    'Unsettled at the start; settled after a movement break.',
  ],
  sensory_physical: [
    'Completed the full circuit.',
    'Scissor control improving.',
    'Needed reminders about posture.',
    'Faster on the home-row drill.',
  ],
};

const SHORT_NOTES = [
  'Started late: assembly overran.',
  'Shortened: fire drill.',
  'Finished early for class photographs.',
];

const ABSENCE_REASONS: readonly (readonly [AbsenceReason, number])[] = [
  ['ill', 35],
  ['absent_from_school', 30],
  ['other_commitment', 15],
  ['refused', 10],
  ['other', 10],
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

/** Days a member of staff was off sick or pulled to cover: every group they lead that day is cancelled. */
class StaffDays {
  private readonly days = new Map<string, 'absent' | 'cover' | null>();

  constructor(
    private readonly rng: SeededRandom,
    private readonly cal: DemoCalendar,
  ) {}

  on(email: string, date: string): 'absent' | 'cover' | null {
    const key = `${email}|${date}`;
    if (!this.days.has(key)) {
      const roll = this.rng.next();
      if (roll < 0.009) {
        // Off for one to three school days.
        const length = this.rng.int(1, 3);
        for (let d = date, n = 0; n < length; d = addDays(d, 1)) {
          if (isoWeekday(d) > 5 || this.cal.isHoliday(d)) continue;
          const k = `${email}|${d}`;
          if (!this.days.has(k)) this.days.set(k, 'absent');
          n++;
        }
      } else this.days.set(key, roll < 0.055 ? 'cover' : null);
    }
    return this.days.get(key) ?? null;
  }
}

function loggedAt(rng: SeededRandom, heldOn: string, yesterday: string): string {
  const minute = String(rng.int(0, 59)).padStart(2, '0');
  if (heldOn < yesterday && rng.chance(0.15)) {
    let next = addDays(heldOn, 1);
    while (isoWeekday(next) > 5) next = addDays(next, 1);
    if (next < yesterday) return `${next}T08:${minute}:00Z`;
  }
  return `${heldOn}T${rng.pick(['12', '14', '15', '15', '16'])}:${minute}:00Z`;
}

function logSessions(
  rng: SeededRandom,
  cal: DemoCalendar,
  staffDays: StaffDays,
  catalogue: CatalogueItem,
  group: Omit<DemoProvision, 'sessions'>,
  attendanceRate: (upn: string) => number,
): DemoSession[] {
  const sessions: DemoSession[] = [];
  const last = minDate(group.endDate, cal.yesterday);
  for (const day of meetingDays(cal, group.weekdays, group.startDate, last)) {
    const [lead, second] = group.staff as [string, string | undefined];
    let deliveredBy = lead;
    let event = staffDays.on(lead, day);
    if (event && second && !staffDays.on(second, day)) {
      deliveredBy = second;
      event = null;
    }
    let cancelReason: CancelReason | null =
      event === 'absent' ? 'staff_absence' : event === 'cover' ? 'cover' : null;
    if (!cancelReason) {
      const roll = rng.next();
      cancelReason =
        roll < 0.009 ? 'trip' : roll < 0.015 ? 'pupil_unavailable' : roll < 0.019 ? 'other' : null;
    }
    const base = {
      heldOn: day,
      deliveredBy,
      loggedBy: deliveredBy,
      loggedAt: loggedAt(rng, day, cal.yesterday),
    };
    if (cancelReason) {
      sessions.push({
        ...base,
        status: 'cancelled',
        minutes: null,
        cancelReason,
        note: rng.chance(0.4) ? rng.pick(CANCEL_NOTES[cancelReason]) : '',
        attendance: [],
      });
      continue;
    }
    const roll = rng.next();
    const shortBy = roll < 0.85 ? 0 : roll < 0.95 ? 5 : 10;
    const minutes = Math.max(5, group.minutes - shortBy);
    const note =
      shortBy >= 10 ? rng.pick(SHORT_NOTES) : rng.chance(0.13) ? rng.pick(HELD_NOTES[catalogue.area]) : '';
    const attendance = group.places
      .filter((p) => p.joinedOn <= day && (p.leftOn === null || p.leftOn >= day))
      .map((p): DemoAttendance => {
        const attended = rng.chance(attendanceRate(p.pupilUpn));
        return {
          pupilUpn: p.pupilUpn,
          attended,
          absenceReason: attended ? null : weighted(rng, ABSENCE_REASONS),
        };
      });
    if (attendance.length === 0) continue;
    sessions.push({ ...base, status: 'held', minutes, cancelReason: null, note, attendance });
  }
  return sessions;
}

// ---------------------------------------------------------------------------------------------------
// The whole map

interface GroupDraft {
  item: CatalogueItem;
  pupils: DemoPupil[];
  staff: string[];
  weekdays: number[];
  minutes: number;
  start: string;
  end: string;
  fixed: boolean;
  name: string;
}

/** The demo provision map of one school, as the school's SENCO would have built it by today. */
export function buildDemoProvision(school: DemoSchool, plan: ProvisionPlan, today: string): DemoProvisionMap {
  // Separate streams, so the pupils in each group do not depend on the date the demo is built.
  const pick = new SeededRandom(plan.seed * 13 + 5);
  const dates = new SeededRandom(plan.seed * 13 + 6);
  const measures = new SeededRandom(plan.seed * 13 + 7);
  const logs = new SeededRandom(plan.seed * 13 + 8);
  const cal = demoCalendar(today);
  const y = Number(cal.year.from.slice(0, 4));
  const senco = resolveStaff(school, 'senco').email;
  // The SENCO set the map up just before the year began.
  const setUpDay = addDays(cal.year.from, -5);
  const catalogueSetUp = `${setUpDay}T10:00:00Z`;
  const items = new Map(plan.catalogue.map((c) => [c.key, c]));
  const itemOf = (key: string) => {
    const found = items.get(key);
    if (!found) throw new Error(`Demo provision: no intervention ${key}`);
    return found;
  };

  const interventions: DemoIntervention[] = plan.catalogue.map((c) => ({
    name: c.name,
    area: c.area,
    description: c.description,
    delivery: c.delivery,
    usualGroupSize: c.size,
    deliveredBy: c.by,
    usualMinutes: c.minutes,
    usualSessionsPerWeek: c.perWeek,
    resourceCostPerSessionPence: c.resourcePence,
    measure: { ...c.measure },
    createdAt: catalogueSetUp,
  }));

  const setBy = resolveStaff(school, plan.rates.setBy).email;
  const rates: DemoStaffRate[] = (['ta', 'teacher', 'senco'] as const).map((role) => ({
    role,
    staffEmail: null,
    hourlyRatePence: plan.rates.roles[role],
    effectiveFrom: cal.year.from,
    setBy,
    setAt: catalogueSetUp,
  }));
  for (const person of plan.rates.people) {
    rates.push({
      role: null,
      staffEmail: resolveStaff(school, person.staff).email,
      hourlyRatePence: person.pence,
      effectiveFrom: cal.year.from,
      setBy,
      setAt: catalogueSetUp,
    });
  }
  if (plan.rates.rise) {
    const from = `${y + 1}-01-01`;
    rates.push({
      role: plan.rates.rise.role,
      staffEmail: null,
      hourlyRatePence: plan.rates.rise.pence,
      effectiveFrom: from,
      setBy,
      setAt: `${maxDate(minDate(addDays(from, -20), cal.yesterday), setUpDay)}T11:30:00Z`,
    });
  }

  // Top-up candidates: pupils with an EHCP and a recorded need, kept out of the other groups' draws.
  const load = new Map<string, number>();
  const reserved = new Set<string>();
  const candidates = new Map<string, DemoPupil>();
  for (const candidate of plan.candidates) {
    const withPlan = school.pupils.filter(
      (p) =>
        statusOf(p) === 'E' &&
        candidate.years.includes(p.yearGroup) &&
        !reserved.has(p.upn) &&
        (p.sen?.needs ?? []).some((n) => n.rank === 1 && n.code !== 'NSA'),
    );
    const preferred = withPlan.filter((p) => candidate.needs.includes(p.sen!.needs[0]!.code));
    const pupil = pick.pick(preferred.length ? preferred : withPlan);
    if (!pupil) throw new Error(`Demo provision: no pupil with an EHCP for candidate ${candidate.id}`);
    reserved.add(pupil.upn);
    candidates.set(candidate.id, pupil);
  }

  const drafts: GroupDraft[] = [];
  const addDraft = (spec: GroupSpec, fixedPupils: DemoPupil[]) => {
    const it = itemOf(spec.intervention);
    const { start, end } = placeGroup(cal, spec.timing, dates);
    const weekdays = [...spec.weekdays].sort((a, b) => a - b);
    let pupils = [...fixedPupils];
    for (const part of spec.pupils) {
      const pool = school.pupils.filter(
        (p) =>
          (!part.classes || part.classes.includes(p.className)) &&
          (!part.years || part.years.includes(p.yearGroup)),
      );
      const taken = new Set([...reserved, ...pupils.map((p) => p.upn)]);
      pupils = pupils.concat(choosePupils(pick, pool, part.count, it.area, load, taken));
    }
    if (it.delivery === 'one_to_one') pupils = pupils.slice(0, 1);
    for (const p of pupils) load.set(p.upn, (load.get(p.upn) ?? 0) + 1);
    const years = pupils.map((p) => p.yearGroup);
    drafts.push({
      item: it,
      pupils,
      staff: spec.staff.map((ref) => resolveStaff(school, ref).email),
      weekdays,
      minutes: spec.minutes ?? it.minutes,
      start,
      end,
      fixed: fixedPupils.length > 0 || spec.staff.includes('demo-ta'),
      name: spec.name ?? `${it.groupLabel} – ${yearsLabel(years.length ? years : ['R'])}`,
    });
  };
  for (const spec of plan.groups) {
    const withCandidate = spec.withCandidate ? candidates.get(spec.withCandidate) : undefined;
    addDraft(spec, withCandidate ? [withCandidate] : []);
  }
  for (const candidate of plan.candidates) {
    const pupil = candidates.get(candidate.id)!;
    for (const g of candidate.groups) {
      addDraft(
        {
          intervention: g.intervention,
          staff: [g.staff],
          timing: 'school-year',
          weekdays: g.weekdays,
          minutes: g.minutes,
          pupils: [],
        },
        [pupil],
      );
    }
  }

  // Names are unique within the school: groups of the same name say when they meet, then are numbered.
  const dayNames = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
  const when = (d: GroupDraft) =>
    d.weekdays.length === 5 ? 'daily' : d.weekdays.map((w) => dayNames[w]).join(', ');
  const duplicates = (d: GroupDraft) => drafts.filter((other) => other.name === d.name);
  for (const d of drafts.filter((x) => duplicates(x).length > 1)) d.name = `${d.name} (${when(d)})`;
  for (const d of drafts) {
    const same = duplicates(d);
    if (same.length > 1) same.forEach((x, i) => (x.name = `${x.name.replace(/\)$/, '')}, group ${i + 1})`));
  }

  // Each pupil comes to most sessions; a few come less often.
  const attendanceRates = new Map<string, number>();
  const attendanceRate = (upn: string) => {
    if (!attendanceRates.has(upn)) {
      attendanceRates.set(
        upn,
        weighted(pick, [
          [0.94, 70],
          [0.87, 20],
          [0.74, 10],
        ]),
      );
    }
    return attendanceRates.get(upn)!;
  };
  const staffDays = new StaffDays(new SeededRandom(plan.seed * 17 + 3), cal);

  const provisions: DemoProvision[] = drafts.map((d) => {
    const started = d.start <= today;
    const ended = d.end < today;
    const sessionDays = meetingDays(cal, d.weekdays, d.start, minDate(d.end, cal.yesterday));
    const places = d.pupils.map((pupil): DemoPlace => {
      let joinedOn = d.start;
      let leftOn: string | null = null;
      // A few join a group late or leave it early (groups only, never the fixed ones).
      if (!d.fixed && d.item.delivery === 'group' && sessionDays.length > 12) {
        const roll = dates.next();
        if (roll < 0.06) joinedOn = sessionDays[dates.int(3, 8)]!;
        else if (roll < 0.1) leftOn = sessionDays[dates.int(6, sessionDays.length - 2)]!;
      }
      const measured = started && joinedOn <= today;
      const withExit = ended || leftOn !== null;
      const weeks = Math.max(
        1,
        Math.round((Date.parse(leftOn ?? d.end) - Date.parse(joinedOn)) / (7 * 86_400_000)),
      );
      const s = measured ? scores(measures, d.item, pupil, joinedOn, weeks, withExit) : null;
      const exitDate = s && s.exit !== null ? (leftOn ?? d.end) : null;
      return {
        pupilUpn: pupil.upn,
        joinedOn,
        leftOn,
        entryScore: s ? s.entry : null,
        entryDate: s ? joinedOn : null,
        targetScore: s ? s.target : null,
        exitScore: exitDate ? s!.exit : null,
        exitDate,
      };
    });
    const group: Omit<DemoProvision, 'sessions'> = {
      name: d.name,
      intervention: d.item.name,
      staff: d.staff,
      weekdays: d.weekdays,
      minutes: d.minutes,
      startDate: d.start,
      endDate: d.end,
      location: d.item.location,
      createdBy: senco,
      createdAt: `${maxDate(minDate(addDays(d.start, -7), cal.yesterday), setUpDay)}T16:00:00Z`,
      places,
    };
    return { ...group, sessions: logSessions(logs, cal, staffDays, d.item, group, attendanceRate) };
  });

  return { interventions, rates, provisions, closures: cal.closures, closuresSetBy: setBy };
}

// ---------------------------------------------------------------------------------------------------
// Costs, as the provision map prices them

/** The rate a role plans at on a date (people's own rates price delivered sessions, not the plan). */
export function roleRateOn(map: DemoProvisionMap, role: DeliveringRole, date: string): number {
  const inForce = map.rates
    .filter((r) => r.role === role && r.effectiveFrom <= date)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return inForce[0]?.hourlyRatePence ?? 0;
}

/**
 * Each pupil's planned cost for the academic year of `today`, in exact pence, highest first: every
 * place clipped to the year, priced at the delivering role's rate on the day the place starts (or at
 * `rateOn` when given), shared among the group's pupils, no session planned in the holidays.
 */
export function plannedYearlyCosts(
  map: DemoProvisionMap,
  today: string,
  rateOn?: (role: DeliveringRole, from: string) => number,
): { pupilUpn: string; pence: number }[] {
  const year = academicYear(today);
  const totals = new Map<string, number>();
  for (const group of map.provisions) {
    const intervention = map.interventions.find((i) => i.name === group.intervention)!;
    for (const place of group.places) {
      const from = maxDate(place.joinedOn, year.from);
      const to = minDate(place.leftOn ?? group.endDate, year.to);
      if (from > to) continue;
      const hourlyRatePence = rateOn
        ? rateOn(intervention.deliveredBy, from)
        : roleRateOn(map, intervention.deliveredBy, from);
      const pence = plannedCost({
        from,
        to,
        weekdays: group.weekdays,
        minutes: group.minutes,
        hourlyRatePence,
        resourcePence: intervention.resourceCostPerSessionPence,
        groupSize: group.places.length,
        closures: map.closures,
      });
      totals.set(place.pupilUpn, (totals.get(place.pupilUpn) ?? 0) + pence);
    }
  }
  return [...totals.entries()]
    .map(([pupilUpn, pence]) => ({ pupilUpn, pence }))
    .sort((a, b) => b.pence - a.pence || (a.pupilUpn < b.pupilUpn ? -1 : 1));
}
