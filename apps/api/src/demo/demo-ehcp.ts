import {
  addDays,
  addMonths,
  ageOn,
  isoWeekday,
  type EhcpDates,
  type EhcpRequestedBy,
  type PhaseTransfer,
  BLANK_EHCP_DATES,
} from '@sendreg/contracts';
import { passportPupils, statusOn } from './demo-passports';
import { at, SchoolDays, schoolYearOf } from './demo-plans';
import type { DemoPupil, DemoSchool } from './demo-trust';
import { SeededRandom } from './random';

/**
 * Demo EHCP records: one for every pupil with an EHCP, with the final plan dated the day the pupil's
 * status became E, the assessment that led to it for the newer plans, annual reviews of which a few are
 * overdue and some due within a month (some with the next meeting booked and the reports to send), the
 * phase transfer of the pupils in their last year, and a couple of pupils at SEN support whose needs
 * assessment is under way. Deterministic given the school, the plan and "today"; every date of
 * something that happened is before today, as the API requires.
 */

export interface DemoEhcpRecord extends EhcpDates {
  pupilUpn: string;
  localAuthority: string;
  requestedBy: EhcpRequestedBy | null;
  notes: string;
  updatedBy: string;
  updatedAt: string;
}

export interface EhcpPlan {
  seed: number;
  /** The local authority that maintains most plans, and a neighbouring one for pupils living over the border. */
  localAuthority: string;
  neighbour: string;
  /** Pupils at SEN support with an EHC needs assessment under way. */
  inProgress: number;
}

export const OAKFIELD_EHCP: EhcpPlan = {
  seed: 2041,
  localAuthority: 'Northbridge Council',
  neighbour: 'Westmoor County Council',
  inProgress: 2,
};
export const RIVERSIDE_EHCP: EhcpPlan = {
  seed: 4003,
  localAuthority: 'Northbridge Council',
  neighbour: 'Westmoor County Council',
  inProgress: 2,
};

/** Shares of the annual reviews overdue and due within 30 days (at least one of each). */
export const ANNUAL_REVIEW_SHARES = { overdue: 0.1, due30: 0.15 } as const;

const BLANK: EhcpDates = BLANK_EHCP_DATES;

const NOTES = [
  'Caseworker changed in September; reports now go to the SEN team inbox.',
  'Parents would like the speech and language therapist invited to the next review.',
  'Top-up funding band agreed at the last review; the LA to confirm the amount.',
  'Home to school transport arranged by the LA; check the route at the next review.',
  'Educational psychologist to update advice before the next review.',
  'Occupational therapy provision in section F not being delivered: raised with the caseworker.',
];

const TRANSFER_NOTES: Record<PhaseTransfer, string> = {
  'early-years-to-primary': 'Transition visits to be planned with the new school.',
  'infant-to-junior': 'Transition visits to be planned with the junior school.',
  'primary-to-secondary':
    'Parents have named their preferred secondary school; the LA has consulted the school. Transition visits in the summer term.',
  'middle-to-secondary': 'Transition visits to be planned with the secondary school.',
  'secondary-to-post16':
    'College taster days in the spring term; careers adviser to come to the review. Parents prefer the local college.',
};

/** The day the pupil's plan was issued: the day their status became E. */
function finalIssuedOn(pupil: DemoPupil, today: string): string {
  return pupil.sen!.history.filter((h) => h.status === 'E' && h.effectiveFrom <= today).at(-1)!.effectiveFrom;
}

const max = (...dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));
const min = (...dates: string[]) => dates.reduce((a, b) => (a < b ? a : b));

/** The weekday on or before a date: the local authority works through the school holidays. */
function weekdayOnOrBefore(date: string): string {
  const weekday = isoWeekday(date);
  return weekday > 5 ? addDays(date, 5 - weekday) : date;
}

/** The needs assessment that led to a final plan: most of it in time, the plan often late (20 weeks). */
function pastAssessment(rng: SeededRandom, days: SchoolDays, r: EhcpDates, final: string): void {
  const weeks = rng.chance(0.46) ? rng.int(17, 20) : rng.int(21, 30);
  const requested = days.onOrBefore(addDays(final, -weeks * 7));
  const decided = weekdayOnOrBefore(addDays(requested, rng.int(33, 45)));
  const advice = weekdayOnOrBefore(addDays(decided, rng.int(30, 49)));
  const draft = max(weekdayOnOrBefore(addDays(final, -rng.int(21, 40))), addDays(advice, 1));
  Object.assign(r, {
    requestedOn: requested,
    assessDecision: 'assess',
    assessDecisionOn: decided,
    adviceReceivedOn: advice,
    issueDecision: 'issue',
    draftIssuedOn: draft,
    parentCommentsOn: min(addDays(draft, rng.int(7, 15)), addDays(final, -1)),
  });
}

type ReviewBucket = 'overdue' | 'due30' | 'fine';

/** The demo EHCP records of one school, as its SENCO would have kept them by today. */
export function buildDemoEhcp(school: DemoSchool, plan: EhcpPlan, today: string): DemoEhcpRecord[] {
  const rng = new SeededRandom(plan.seed * 29 + 1);
  const choose = new SeededRandom(plan.seed * 29 + 2);
  const days = SchoolDays.around(today);
  const yesterday = addDays(today, -1);
  const senco = school.staff.find((s) => s.roles.includes('senco'));
  if (!senco) throw new Error(`Demo EHCP records: ${school.name} has no SENCO`);
  const register = passportPupils(school, today);
  const withPlan = register.filter((p) => statusOn(p, today) === 'E');
  // The year groups are the school's for its academic year: Year 6 moves on the September after.
  const y = schoolYearOf(school, today);

  // Which annual reviews are overdue or due within the month. A plan issued in the last year has had
  // no review (the first is due 12 months on); an older one has had one, at least 6 months after it.
  const underFive = (p: DemoPupil) => ageOn(p.dateOfBirth, finalIssuedOn(p, today)) < 5;
  const yearAgo = addMonths(today, -12);
  const buckets = new Map<string, ReviewBucket>();
  const quota = {
    overdue: Math.max(1, Math.round(ANNUAL_REVIEW_SHARES.overdue * withPlan.length)),
    due30: Math.max(1, Math.round(ANNUAL_REVIEW_SHARES.due30 * withPlan.length)),
  };
  for (const p of withPlan) {
    const final = finalIssuedOn(p, today);
    if (!underFive(p) && final > yearAgo && addMonths(final, 12) <= addDays(today, 30)) quota.due30--;
  }
  const older = withPlan.filter((p) => !underFive(p) && finalIssuedOn(p, today) <= yearAgo);
  for (const p of sample(choose, older)) {
    const final = finalIssuedOn(p, today);
    const firstMissed = final >= addDays(yearAgo, -45) && final < yearAgo;
    const canBeOverdue = firstMissed || final <= addMonths(addDays(yearAgo, -1), -6);
    const canBeDue = final <= addMonths(addDays(yearAgo, 30), -6);
    const bucket: ReviewBucket =
      quota.overdue > 0 && canBeOverdue ? 'overdue' : quota.due30 > 0 && canBeDue ? 'due30' : 'fine';
    if (bucket !== 'fine') quota[bucket]--;
    buckets.set(p.upn, bucket);
  }

  const transferLeft = new Set<string>(); // one transfer per school still waiting after its deadline
  const records: DemoEhcpRecord[] = [];
  for (const pupil of withPlan) {
    const final = finalIssuedOn(pupil, today);
    const r: EhcpDates = { ...BLANK, finalIssuedOn: final };
    let requestedBy: EhcpRequestedBy | null = null;
    if (final > addMonths(today, -10) || rng.chance(0.35)) {
      pastAssessment(rng, days, r, final);
      requestedBy = rng.chance(0.7) ? 'school' : 'parent';
    }

    // The annual review: 12 months from the last (6 for a child under 5), from the final plan before any.
    const months = underFive(pupil) ? 6 : 12;
    const since = addMonths(today, -months);
    const bucket = buckets.get(pupil.upn) ?? 'fine';
    // Overdue with none held: the first annual review was missed.
    const firstMissed = bucket === 'overdue' && final >= addDays(since, -45);
    if (final <= since && !firstMissed) {
      const after = addMonths(final, 6);
      const [from, to] =
        bucket === 'overdue'
          ? [max(addDays(since, -45), after), addDays(since, -1)]
          : bucket === 'due30'
            ? [max(since, after), addDays(since, 30)]
            : [max(addDays(since, 31), addMonths(final, months - 2)), addDays(today, -14)];
      const last = days.pick(rng, from, to);
      r.lastAnnualReviewOn = last;
      // After the meeting: the school's report within 2 weeks, the LA's decision within 4.
      if (addDays(last, 3) <= yesterday && !(last >= addDays(today, -45) && rng.chance(0.2))) {
        r.reviewReportSentOn = days.pick(
          rng,
          addDays(last, 3),
          min(addDays(last, rng.chance(0.85) ? 14 : 24), yesterday),
        );
        if (addDays(last, 21) <= yesterday && (last < addDays(today, -60) || rng.chance(0.8))) {
          r.amendDecisionOn = days.pick(rng, addDays(last, 14), min(addDays(last, 35), yesterday));
        }
      }
    }
    const due = addMonths(r.lastAnnualReviewOn ?? final, months);
    if (due <= addDays(today, 45) ? rng.chance(0.75) : rng.chance(0.08)) {
      r.nextAnnualReviewMeetingOn =
        due < addDays(today, 3)
          ? days.pick(rng, addDays(today, 3), addDays(today, 25))
          : days.pick(rng, max(addDays(today, 3), addDays(due, -20)), due);
      // The reports go out at least 2 weeks before the meeting.
      const papersDue = addDays(r.nextAnnualReviewMeetingOn, -14);
      const earliest = max(r.lastAnnualReviewOn ?? final, addDays(papersDue, -10));
      if (papersDue <= yesterday) {
        if (rng.chance(0.75)) r.reviewPapersSentOn = days.pick(rng, earliest, min(papersDue, yesterday));
      } else if (rng.chance(0.2)) {
        r.reviewPapersSentOn = days.pick(
          rng,
          max(r.lastAnnualReviewOn ?? final, addDays(today, -10)),
          yesterday,
        );
      }
    }

    // The move to the next phase: the amended plan by 15 February (31 March after Year 11).
    const transfer: PhaseTransfer | null =
      school.phase === 'primary' && pupil.yearGroup === '6'
        ? 'primary-to-secondary'
        : school.phase === 'secondary' && pupil.yearGroup === '11'
          ? 'secondary-to-post16'
          : null;
    const deadline = transfer && `${y + 1}-${transfer === 'secondary-to-post16' ? '03-31' : '02-15'}`;
    if (transfer && deadline && final < addDays(deadline, -28)) {
      r.phaseTransfer = transfer;
      r.transferYear = y + 1;
      if (today > deadline) {
        if (transferLeft.size > 0 || rng.chance(0.2)) {
          r.amendedPlanIssuedOn = days.pick(rng, max(final, addDays(deadline, -28)), deadline);
        } else transferLeft.add(pupil.upn);
      } else if (today >= addDays(deadline, -30) && rng.chance(0.5)) {
        r.amendedPlanIssuedOn = days.pick(rng, max(final, addDays(deadline, -45)), yesterday);
      }
    }

    const notes =
      transfer && r.phaseTransfer ? TRANSFER_NOTES[transfer] : rng.chance(0.4) ? rng.pick(NOTES) : '';
    records.push({
      pupilUpn: pupil.upn,
      localAuthority: rng.chance(0.12) ? plan.neighbour : plan.localAuthority,
      requestedBy,
      notes,
      ...r,
      updatedBy: senco.email,
      updatedAt: updatedAt(rng, days, r, today),
    });
  }

  // Needs assessments under way for pupils at SEN support with a plan, on the register most of a year.
  const atSupport = register.filter(
    (p) =>
      statusOn(p, today) === 'K' &&
      (school.plans?.plans ?? []).some((x) => x.pupilUpn === p.upn && x.status === 'active') &&
      p.sen!.history.find((h) => h.status === 'K')!.effectiveFrom <= addMonths(today, -9),
  );
  const complex = atSupport.filter((p) =>
    ['ASD', 'SLCN', 'SEMH', 'MLD', 'SLD'].includes(p.sen!.needs.find((n) => n.rank === 1)?.code ?? ''),
  );
  const chosen = sample(choose, complex.length >= plan.inProgress ? complex : atSupport).slice(
    0,
    plan.inProgress,
  );
  chosen.forEach((pupil, i) => {
    const r: EhcpDates = { ...BLANK };
    let notes: string;
    if (i % 2 === 0) {
      // Requested seven or eight weeks ago: the LA's decision whether to assess is overdue.
      r.requestedOn = days.onOrBefore(addDays(today, -rng.int(44, 58)));
      notes =
        'Request sent with the costed provision map and the last three support plans. Chased the LA for its decision.';
    } else {
      // Assessed; the draft plan came last week, and the parents' 15 days to comment are running.
      r.requestedOn = weekdayOnOrBefore(addDays(today, -rng.int(105, 112)));
      r.assessDecision = 'assess';
      r.assessDecisionOn = weekdayOnOrBefore(addDays(r.requestedOn, rng.int(35, 41)));
      r.adviceReceivedOn = weekdayOnOrBefore(addDays(r.requestedOn, rng.int(77, 84)));
      r.issueDecision = 'issue';
      r.draftIssuedOn = weekdayOnOrBefore(addDays(today, -rng.int(6, 9)));
      notes =
        'Draft plan received. Meeting with parents booked to go through it before their comments are due.';
    }
    records.push({
      pupilUpn: pupil.upn,
      localAuthority: plan.localAuthority,
      requestedBy: i % 2 === 0 ? 'school' : 'parent',
      notes,
      ...r,
      updatedBy: senco.email,
      updatedAt: updatedAt(rng, days, r, today),
    });
  });
  const order = new Map(school.pupils.map((p, i) => [p.upn, i]));
  return records.sort((a, b) => order.get(a.pupilUpn)! - order.get(b.pupilUpn)!);
}

/** When the SENCO last saved the record: on the latest date it holds that has passed (a booking: lately). */
function updatedAt(rng: SeededRandom, days: SchoolDays, r: EhcpDates, today: string): string {
  const yesterday = addDays(today, -1);
  const happened = Object.entries(r)
    .filter(
      ([key, value]) => key !== 'nextAnnualReviewMeetingOn' && /^\d{4}-\d{2}-\d{2}$/.test(String(value)),
    )
    .map(([, value]) => value as string);
  let day = max(...happened);
  if (r.nextAnnualReviewMeetingOn) day = max(day, days.pick(rng, addDays(today, -20), yesterday));
  return at(min(day, yesterday), rng.int(10 * 60, 15 * 60 + 59));
}

/** All of the items in a random order. */
function sample<T>(rng: SeededRandom, items: readonly T[]): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (pool.length > 0) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return out;
}

/** The record as a revision keeps it (as the API saves it): its dates, authority, notes and version. */
export function ehcpRevisionRecord(r: DemoEhcpRecord): Record<string, unknown> {
  const { localAuthority, requestedBy, notes } = r;
  const dates = Object.fromEntries(Object.keys(BLANK).map((k) => [k, r[k as keyof EhcpDates]]));
  return { localAuthority, requestedBy, notes, version: 1, ...dates };
}
