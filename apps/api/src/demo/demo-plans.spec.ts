import {
  addDays,
  addMonths,
  CARRIED_FORWARD_RATINGS,
  daysBetween,
  PLAN_LIST_ITEM_MAX,
  PLAN_OUTCOME_LIMITS,
  SEN_SUPPORT_PLAN,
  type PlanOutcome,
} from '@sendreg/contracts';
import { schoolToday } from '../register/register-query';
import { DEMO_START_DATES } from '../testing/demo-start-dates';
import { onRegisterSince, ownPupilUpns, passportPupils, statusOn } from './demo-passports';
import { PLAN_PROFILE_OF_NEED } from './demo-plan-texts';
import {
  buildDemoPlans,
  MAX_CYCLES,
  OAKFIELD_PLANS,
  reviewWindow,
  SchoolDays,
  type DemoPlan,
} from './demo-plans';
import { buildDemoTrust, type DemoSchool } from './demo-trust';

const DEMO_TEACHER = 'teacher@oakfield.example';
const DEMO_TA = 'ta@oakfield.example';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function plansBy(school: DemoSchool): Map<string, DemoPlan[]> {
  const by = new Map<string, DemoPlan[]>();
  for (const p of school.plans!.plans) by.set(p.pupilUpn, [...(by.get(p.pupilUpn) ?? []), p]);
  return by;
}

const activeOf = (school: DemoSchool) => school.plans!.plans.filter((p) => p.status === 'active');

/** What must hold whatever the date: the table's rules, the cycles, the dates, the demo accounts. */
function checkInvariants(school: DemoSchool, today: string): void {
  const by = plansBy(school);
  const register = passportPupils(school, today);
  const onRegister = new Set(register.map((p) => p.upn));
  const yesterday = addDays(today, -1);
  // Only pupils on the register have plans; all but three to six have an active one; one has a draft.
  expect([...by.keys()].every((upn) => onRegister.has(upn))).toBe(true);
  const without = register.filter((p) => !(by.get(p.upn) ?? []).some((x) => x.status === 'active'));
  expect(without.length).toBeGreaterThanOrEqual(3);
  expect(without.length).toBeLessThanOrEqual(6);
  const drafts = school.plans!.plans.filter((p) => p.status === 'draft');
  expect(drafts).toHaveLength(1);
  expect(without.map((p) => p.upn)).toContain(drafts[0]!.pupilUpn);
  // Those without a plan are new to the register: none joined before anyone with a plan of one cycle.
  for (const p of without) expect(onRegisterSince(p, today)! > addMonths(today, -5)).toBe(true);

  for (const [upn, plans] of by) {
    const since = onRegisterSince(
      school.pupils.find((p) => p.upn === upn)!,
      today,
    )!;
    expect(plans.map((p) => p.cycle)).toEqual(plans.map((_, i) => i + 1));
    expect(plans.length).toBeLessThanOrEqual(MAX_CYCLES);
    expect(plans.filter((p) => p.status === 'active').length).toBeLessThanOrEqual(1);
    plans.forEach((plan, i) => {
      // The CHECK constraints of support_plans.
      if (plan.status === 'active') expect(plan.reviewDate && plan.startedOn).toBeTruthy();
      expect(plan.status === 'closed').toBe(plan.closedOn !== null);
      expect(plan.format).toBe(SEN_SUPPORT_PLAN.id);
      // Revisions numbered from 1, in order; the plan holds the last one's content.
      expect(plan.revisions.map((r) => r.number)).toEqual(plan.revisions.map((_, n) => n + 1));
      expect(plan.revisions.length).toBeLessThanOrEqual(3);
      expect(plan.content).toEqual(plan.revisions.at(-1)!.content);
      expect(plan.createdAt).toBe(plan.revisions[0]!.savedAt);
      for (let n = 1; n < plan.revisions.length; n++) {
        expect(plan.revisions[n]!.savedAt > plan.revisions[n - 1]!.savedAt).toBe(true);
      }
      // Everything dated before today.
      const stamps = [
        plan.createdAt,
        plan.updatedAt,
        ...plan.revisions.map((r) => r.savedAt),
        ...plan.comments.map((c) => c.createdAt),
        ...(plan.review ? [plan.review.recordedAt] : []),
      ];
      for (const s of stamps) expect(s.slice(0, 10) <= yesterday).toBe(true);
      for (const c of plan.comments) expect(c.createdAt > plan.createdAt).toBe(true);
      if (plan.status === 'draft') {
        expect(plan.startedOn).toBeNull();
        return;
      }
      expect(plan.startedOn! >= since).toBe(true);
      expect(plan.startedOn! <= yesterday).toBe(true);
      expect(daysBetween(plan.startedOn!, plan.reviewDate!)).toBeGreaterThanOrEqual(42);
      if (plan.status === 'active') {
        expect(i).toBe(plans.length - 1);
        // Four months on at most, and the holiday it may fall in.
        expect(plan.reviewDate! <= addDays(addMonths(today, 4), 14)).toBe(true);
        expect(plan.reviewDate! >= addDays(today, -45)).toBe(true);
        return;
      }
      // A closed plan: reviewed on the day it closed, which started the next cycle.
      const review = plan.review!;
      const next = plans[i + 1]!;
      expect(plan.closedReason).toBe('reviewed');
      expect(review.heldOn).toBe(plan.closedOn);
      expect(review.heldOn).toBe(next.startedOn);
      expect(review.nextReviewDate).toBe(next.reviewDate);
      expect(review.recordedAt.slice(0, 10)).toBe(review.heldOn);
      expect(next.createdAt > review.recordedAt).toBe(true);
      expect(review.attendees.at(-1)!.role).toBe('SENCO');
      expect(review.decisions).toMatch(/Next review: \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
      // Every outcome rated; the ones not met carried into the next plan, pointing back at them.
      const outcomes = plan.content.outcomes!;
      expect(review.outcomes.map((o) => o.outcomeId)).toEqual(outcomes.map((o) => o.id));
      const carried = next.content.outcomes!.filter((o) => o.carriedFrom);
      const toCarry = review.outcomes.filter((o) => CARRIED_FORWARD_RATINGS.includes(o.rating));
      expect(carried.map((o) => o.carriedFrom).sort()).toEqual(toCarry.map((o) => o.outcomeId).sort());
      for (const o of carried) {
        const from = outcomes.find((x) => x.id === o.carriedFrom)!;
        expect([o.description, o.measure]).toEqual([from.description, from.measure]);
      }
    });
  }

  // Review dates spread for the dashboard: some overdue (by 1 to 40 days), some due soon, most later.
  const active = activeOf(school);
  const share = (w: string) =>
    active.filter((p) => reviewWindow(p.reviewDate!, today) === w).length / active.length;
  expect(share('overdue')).toBeGreaterThanOrEqual(0.04);
  expect(share('overdue')).toBeLessThanOrEqual(0.1);
  expect(share('due-14')).toBeGreaterThanOrEqual(0.08);
  expect(share('due-14')).toBeLessThanOrEqual(0.16);
  expect(share('due-30')).toBeGreaterThanOrEqual(0.07);
  expect(share('due-30')).toBeLessThanOrEqual(0.14);
  expect(share('later')).toBeGreaterThan(0.6);

  // Comments on the active plans whose review is near come from the class teacher.
  for (const plan of active) {
    const pupil = school.pupils.find((p) => p.upn === plan.pupilUpn)!;
    const teacher = school.staff.find((s) =>
      s.classes.some((c) => c.className === pupil.className && c.role === 'teacher'),
    )!;
    for (const c of plan.comments) expect(c.authorEmail).toBe(teacher.email);
    if (plan.comments.length) expect(plan.reviewDate! <= addDays(today, 30)).toBe(true);
  }
}

/** The demo teacher's and the demo TA's view of the plans. */
function checkDemoAccounts(school: DemoSchool, today: string): void {
  const own = ownPupilUpns(school, DEMO_TEACHER, today);
  const dueSoon = activeOf(school).filter(
    (p) => own.has(p.pupilUpn) && ['due-14'].includes(reviewWindow(p.reviewDate!, today)),
  );
  expect(dueSoon.length).toBeGreaterThanOrEqual(2);
  const mine = (p: DemoPlan) => p.comments.some((c) => c.authorEmail === DEMO_TEACHER);
  expect(dueSoon.some(mine)).toBe(true);
  expect(dueSoon.some((p) => !mine(p))).toBe(true);
  const ta = ownPupilUpns(school, DEMO_TA, today);
  const taPlans = activeOf(school).filter((p) => ta.has(p.pupilUpn));
  expect(taPlans.length).toBeGreaterThan(5);
  for (const p of taPlans) expect(p.content.strategies!.length).toBeGreaterThanOrEqual(3);
  // Every pupil the demo accounts work with has an active plan.
  const register = new Set(passportPupils(school, today).map((p) => p.upn));
  const withActive = new Set(activeOf(school).map((p) => p.pupilUpn));
  for (const upn of [...own, ...ta]) if (register.has(upn)) expect(withActive.has(upn)).toBe(true);
}

describe('the demo support plans', () => {
  const reference = new Date(DEMO_START_DATES[0]!);
  const today = schoolToday(reference);
  const trust = buildDemoTrust(reference);
  const [oakfield, riverside] = trust.schools as [DemoSchool, DemoSchool];
  const schools = [oakfield, riverside];

  it('gives most pupils on the register one to four cycles of plans, and three reviews a year', () => {
    for (const school of schools) {
      const by = plansBy(school);
      const cycles = activeOf(school).map((p) => p.cycle);
      for (const n of [1, 2, 3, 4]) expect(cycles.filter((c) => c === n).length).toBeGreaterThan(3);
      expect(cycles.filter((c) => c >= 2).length / cycles.length).toBeGreaterThan(0.5);
      expect(school.plans!.settings.reviewsPerYear).toBe(3);
      // Pupils at SEN support for the whole year: most met at three reviews, a few at one or two.
      const yearAgo = addMonths(today, -12);
      const longer = school.pupils.filter(
        (p) => statusOn(p, today) === 'K' && (onRegisterSince(p, today) ?? today) <= yearAgo,
      );
      const held = longer.map(
        (p) => (by.get(p.upn) ?? []).filter((x) => x.review && x.review.heldOn > yearAgo).length,
      );
      expect(held.filter((n) => n < 3).length).toBeGreaterThanOrEqual(2);
      expect(held.filter((n) => n >= 3).length / held.length).toBeGreaterThan(0.7);
    }
    // One whose review was put off by a term: a single review in the year.
    const oneReview = schools.some((school) => {
      const by = plansBy(school);
      const yearAgo = addMonths(today, -12);
      return school.pupils.some(
        (p) =>
          statusOn(p, today) === 'K' &&
          onRegisterSince(p, today)! <= addMonths(today, -13) &&
          (by.get(p.upn) ?? []).filter((x) => x.review && x.review.heldOn > yearAgo).length === 1,
      );
    });
    expect(oneReview).toBe(true);
  });

  it('keeps to the rules of the tables and the cycle, and dates everything before today', () => {
    for (const school of schools) checkInvariants(school, today);
  });

  it('writes outcomes that are specific and measured, for the pupil’s needs, by the review date', () => {
    for (const school of schools) {
      const ids = new Set<string>();
      for (const plan of school.plans!.plans) {
        const pupil = school.pupils.find((p) => p.upn === plan.pupilUpn)!;
        const needs = new Set(pupil.sen!.needs.map((n) => n.code));
        const outcomes = plan.content.outcomes as PlanOutcome[];
        expect(outcomes.length).toBeGreaterThanOrEqual(1);
        expect(outcomes.length).toBeLessThanOrEqual(4);
        for (const o of outcomes) {
          expect(o.id).toMatch(UUID);
          expect(ids.has(o.id)).toBe(false);
          ids.add(o.id);
          expect(o.byDate).toBe(plan.reviewDate);
          expect(o.description.length).toBeLessThanOrEqual(PLAN_OUTCOME_LIMITS.description);
          expect(o.measure.length).toBeLessThanOrEqual(PLAN_OUTCOME_LIMITS.measure);
          expect(o.description).toMatch(/^[A-Z].*\.$/);
          // Tied to one of the pupil's ranked needs (none when the record has none).
          if (o.needCode !== null) expect(needs.has(o.needCode)).toBe(true);
        }
      }
      const carried = school.plans!.plans.flatMap((p) => p.content.outcomes!.filter((o) => o.carriedFrom));
      expect(carried.length).toBeGreaterThan(20);
    }
    // A pupil with speech and language needs gets outcomes about instructions, words or talk.
    const slcn = oakfield.plans!.plans.filter(
      (p) => oakfield.pupils.find((x) => x.upn === p.pupilUpn)!.sen!.needs[0]?.code === 'SLCN',
    );
    expect(slcn.length).toBeGreaterThan(5);
    for (const p of slcn) {
      const own = p.content.outcomes!.filter((o) => o.needCode === 'SLCN');
      for (const o of own) expect(o.description).toMatch(/instruction|words|story|help|understood|sentence/i);
    }
  });

  it('fills the sections within their limits: strategies for staff, linked groups, views in the pupil’s voice', () => {
    for (const school of schools) {
      const groups = school.provision!.provisions;
      for (const plan of school.plans!.plans) {
        const c = plan.content;
        expect(Object.keys(c)).toEqual(SEN_SUPPORT_PLAN.sections.map((s) => s.key).filter((k) => k in c));
        expect(c.strategies!.length).toBeGreaterThanOrEqual(3);
        expect(c.strategies!.length).toBeLessThanOrEqual(12);
        expect(new Set(c.strategies).size).toBe(c.strategies!.length);
        for (const s of c.strategies!) expect(s.length).toBeLessThanOrEqual(PLAN_LIST_ITEM_MAX);
        for (const name of c.provision?.provisions ?? []) {
          const group = groups.find((g) => g.name === name)!;
          expect(group.places.some((x) => x.pupilUpn === plan.pupilUpn)).toBe(true);
        }
        expect((c.provision?.notes ?? '').length).toBeLessThanOrEqual(1000);
        if (plan.status === 'draft') {
          expect(c.pupilViews).toBeUndefined();
          continue;
        }
        const pupil = school.pupils.find((p) => p.upn === plan.pupilUpn)!;
        const profile = PLAN_PROFILE_OF_NEED[pupil.sen!.needs[0]?.code ?? 'NSA'];
        if (profile !== 'complex') expect(c.pupilViews).toMatch(/\b(I|I'm|me|my)\b/);
        expect(c.pupilViews!.length).toBeLessThanOrEqual(2000);
        expect(c.parentViews!.length).toBeLessThanOrEqual(2000);
      }
      // Most active plans name a group the pupil is in.
      const active = activeOf(school);
      expect(active.filter((p) => p.content.provision?.provisions.length).length).toBeGreaterThan(
        active.length / 3,
      );
      // A few plans saved more than once.
      const resaved = school.plans!.plans.filter((p) => p.revisions.length > 1).length;
      expect(resaved).toBeGreaterThanOrEqual(3);
      expect(resaved / school.plans!.plans.length).toBeLessThan(0.25);
    }
    // Written for the phase: no strategy shared by the primary and the secondary plans.
    const strategies = (school: DemoSchool) =>
      new Set(school.plans!.plans.flatMap((p) => p.content.strategies!));
    const primary = strategies(oakfield);
    expect([...strategies(riverside)].filter((s) => primary.has(s))).toEqual([]);
  });

  it('records reviews with the people there, a rating and note per outcome, and what was decided', () => {
    for (const school of schools) {
      const reviews = school.plans!.plans.flatMap((p) => (p.review ? [p.review] : []));
      expect(reviews.length).toBeGreaterThan(50);
      const roles = new Set(reviews.flatMap((r) => r.attendees.map((a) => a.role)));
      for (const role of ['SENCO', 'Parent']) expect(roles.has(role)).toBe(true);
      const ratings = reviews.flatMap((r) => r.outcomes.map((o) => o.rating));
      for (const rating of ['not-met', 'partly-met', 'met', 'exceeded']) {
        expect(ratings.filter((r) => r === rating).length).toBeGreaterThan(ratings.length / 20);
      }
      for (const r of reviews) {
        expect(r.pupilViews.length).toBeGreaterThan(10);
        expect(r.parentViews.length).toBeGreaterThan(10);
        expect(r.decisions.length).toBeLessThanOrEqual(4000);
        for (const o of r.outcomes) expect(o.note.length).toBeGreaterThan(10);
      }
    }
  });

  it('keeps pupils’ names out of everything written', () => {
    for (const school of schools) {
      for (const plan of school.plans!.plans) {
        const pupil = school.pupils.find((p) => p.upn === plan.pupilUpn)!;
        const names = new Set(
          [pupil.legalForename, pupil.legalSurname, pupil.preferredForename ?? ''].filter(Boolean),
        );
        // Staff may share a name with a pupil; everyone else at a review is named apart from the pupil.
        const visitors = (plan.review?.attendees ?? []).filter(
          (a) => !/SENCO|teacher|tutor|assistant/i.test(a.role),
        );
        const texts = [
          JSON.stringify(plan.revisions.map((r) => r.content)),
          ...plan.comments.map((c) => c.body),
          JSON.stringify(plan.review ? { ...plan.review, attendees: visitors } : ''),
        ];
        for (const text of texts) {
          const words = text.split(/[^A-Za-zé'-]+/);
          expect([plan.pupilUpn, words.filter((w) => names.has(w))]).toEqual([plan.pupilUpn, []]);
        }
      }
    }
  });

  it('leaves the demo teacher reviews due with and without their comment, and the TA strategies to read', () => {
    checkDemoAccounts(oakfield, today);
  });

  it('is the same for the same school and date, and never calls Math.random', () => {
    const random = jest.spyOn(Math, 'random');
    try {
      expect(buildDemoPlans(oakfield, OAKFIELD_PLANS, today)).toEqual(oakfield.plans);
      expect(buildDemoTrust(reference).schools[1]!.plans).toEqual(riverside.plans);
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });

  it('holds reviews and meetings on days the school is open', () => {
    const days = SchoolDays.around(today);
    for (const school of schools) {
      const held = school.plans!.plans.flatMap((p) => (p.review ? [p.review.heldOn] : []));
      expect(held.filter((d) => !days.isOpen(d))).toEqual([]);
    }
  });
});

describe('the demo support plans on any day of the year', () => {
  describe.each(DEMO_START_DATES)('started at %s', (reference) => {
    const today = schoolToday(new Date(reference));
    const trust = buildDemoTrust(new Date(reference));

    it('keeps the rules, the spread of review dates and the demo accounts’ plans', () => {
      for (const school of trust.schools) checkInvariants(school, today);
      checkDemoAccounts(trust.schools[0]!, today);
    });
  });
});
