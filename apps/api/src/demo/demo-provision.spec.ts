import {
  academicYear,
  isoWeekday,
  NEED_TYPES,
  NOTIONAL_SEN_THRESHOLD_PENCE,
  progress,
  TOP_UP_APPROACHING_PENCE,
  type DeliveringRole,
} from '@sendreg/contracts';
import { schoolToday } from '../register/register-query';
import {
  buildDemoProvision,
  demoCalendar,
  OAKFIELD_PROVISION,
  plannedYearlyCosts,
  type DemoProvision,
  type DemoProvisionMap,
} from './demo-provision';
import { DEMO_START_DATES } from '../testing/demo-start-dates';
import { buildDemoTrust, type DemoSchool } from './demo-trust';

const DEMO_TA = 'ta@oakfield.example';
const DEMO_TEACHER = 'teacher@oakfield.example';

function state(group: DemoProvision, today: string): 'planned' | 'running' | 'ended' {
  return group.startDate > today ? 'planned' : group.endDate < today ? 'ended' : 'running';
}

function schoolOf(reference: string, name: 'Oakfield' | 'Riverside'): DemoSchool {
  return buildDemoTrust(new Date(reference)).schools.find((s) => s.name.startsWith(name))!;
}

function interventionOf(map: DemoProvisionMap, group: DemoProvision) {
  return map.interventions.find((i) => i.name === group.intervention)!;
}

describe('the demo provision map', () => {
  const reference = DEMO_START_DATES[0]!;
  const today = schoolToday(new Date(reference));
  const trust = buildDemoTrust(new Date(reference));
  const [oakfield, riverside] = trust.schools as [DemoSchool, DemoSchool];
  const schools = [oakfield, riverside];

  it('has a catalogue of about 15 interventions per school, across the four areas', () => {
    for (const school of schools) {
      const { interventions } = school.provision!;
      expect(interventions.length).toBeGreaterThanOrEqual(14);
      expect(interventions.length).toBeLessThanOrEqual(19);
      expect(new Set(interventions.map((i) => i.name.toLowerCase())).size).toBe(interventions.length);
      expect(new Set(interventions.map((i) => i.area)).size).toBe(4);
      for (const i of interventions) {
        expect(i.delivery === 'group' || i.usualGroupSize === 1).toBe(true);
        expect(i.usualMinutes).toBeGreaterThanOrEqual(5);
        expect(i.resourceCostPerSessionPence === 0 || i.resourceCostPerSessionPence >= 50).toBe(true);
        expect(i.resourceCostPerSessionPence).toBeLessThanOrEqual(300);
      }
      expect(interventions.filter((i) => i.resourceCostPerSessionPence === 0).length).toBeGreaterThan(
        interventions.length / 2,
      );
      expect(interventions.some((i) => !i.measure.higherIsBetter)).toBe(true);
      expect(interventions.some((i) => i.delivery === 'one_to_one')).toBe(true);
    }
    expect(oakfield.provision!.interventions.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'Phonics catch-up group',
        'Precision teaching',
        'ELSA emotional literacy support (1:1)',
      ]),
    );
    expect(riverside.provision!.interventions.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'Literacy catch-up group',
        'Homework club support',
        'Anxiety management group',
      ]),
    );
  });

  it('sets role rates from 1 September, one person’s own rate and a pay award from 1 January', () => {
    const rates = oakfield.provision!.rates;
    const from = academicYear(today).from;
    const role = (r: DeliveringRole) =>
      rates.filter((x) => x.role === r).map((x) => [x.hourlyRatePence, x.effectiveFrom]);
    expect(role('ta')).toEqual([
      [1550, from],
      [1590, '2027-01-01'],
    ]);
    expect(role('teacher')).toEqual([[3200, from]]);
    expect(role('senco')).toEqual([[3600, from]]);
    expect(rates.filter((x) => x.staffEmail)).toMatchObject([{ staffEmail: DEMO_TA, hourlyRatePence: 1600 }]);
    for (const r of rates) expect(r.setAt.slice(0, 10) < today).toBe(true);
    const early = schoolOf('2026-09-01T06:00:00Z', 'Oakfield').provision!;
    for (const r of early.rates) expect(r.setAt < '2026-09-01').toBe(true);
    expect(riverside.provision!.rates.filter((x) => x.staffEmail)).toHaveLength(1);
  });

  it('runs about 20 groups at Oakfield and 35 at Riverside this academic year, mostly led by TAs', () => {
    const year = academicYear(today);
    const counts = schools.map((s) => s.provision!.provisions.length);
    expect(counts[0]).toBeGreaterThanOrEqual(18);
    expect(counts[0]).toBeLessThanOrEqual(25);
    expect(counts[1]).toBe(35);
    for (const school of schools) {
      const staff = new Map(school.staff.map((s) => [s.email, s]));
      const { provisions } = school.provision!;
      expect(new Set(provisions.map((p) => p.name)).size).toBe(provisions.length);
      for (const p of provisions) {
        expect(p.startDate >= year.from && p.endDate <= year.to && p.startDate <= p.endDate).toBe(true);
        expect(p.weekdays.length).toBeGreaterThanOrEqual(1);
        expect(p.weekdays.every((d) => d >= 1 && d <= 5)).toBe(true);
        expect(new Set(p.weekdays).size).toBe(p.weekdays.length);
        expect(p.minutes).toBeGreaterThanOrEqual(15);
        // Up to an hour, and 75 minutes for the daily 1:1 of the pupils with EHCPs whose support passes
        // or approaches the GBP 6,000 threshold.
        expect(p.minutes).toBeLessThanOrEqual(75);
        expect(p.staff.every((email) => staff.has(email))).toBe(true);
        expect(p.places.length).toBeGreaterThanOrEqual(1);
        expect(p.places.length).toBeLessThanOrEqual(interventionOf(school.provision!, p).usualGroupSize);
      }
      const byTa = provisions.filter((p) => staff.get(p.staff[0]!)!.roles.includes('ta'));
      expect(byTa.length / provisions.length).toBeGreaterThan(0.6);
      const states = new Set(provisions.map((p) => state(p, today)));
      expect(states).toEqual(new Set(['planned', 'running', 'ended']));
    }
  });

  it('gives 1:1 groups exactly one pupil, and never puts a pupil twice in a group', () => {
    for (const school of schools) {
      for (const p of school.provision!.provisions) {
        if (interventionOf(school.provision!, p).delivery === 'one_to_one') expect(p.places).toHaveLength(1);
        expect(new Set(p.places.map((x) => x.pupilUpn)).size).toBe(p.places.length);
      }
    }
  });

  it('chooses pupils mostly from the register, matching the area of need where it can', () => {
    for (const school of schools) {
      const pupils = new Map(school.pupils.map((p) => [p.upn, p]));
      const map = school.provision!;
      const places = map.provisions.flatMap((g) =>
        g.places.map((place) => ({ g, pupil: pupils.get(place.pupilUpn)! })),
      );
      const status = (upn: string) => pupils.get(upn)!.sen?.history.at(-1)?.status ?? 'N';
      const statuses = places.map((x) => status(x.pupil.upn));
      expect(statuses.filter((s) => s === 'N')).toEqual([]);
      expect(statuses.filter((s) => s === 'K' || s === 'E').length / statuses.length).toBeGreaterThan(0.8);
      expect(statuses).toContain('monitoring');
      const withArea = places.filter((x) => {
        const primary = x.pupil.sen?.needs.find((n) => n.rank === 1);
        return primary && NEED_TYPES.find((t) => t.code === primary.code)?.area;
      });
      const matching = withArea.filter((x) => {
        const area = interventionOf(map, x.g).area;
        return x.pupil.sen!.needs.some((n) => NEED_TYPES.find((t) => t.code === n.code)?.area === area);
      });
      expect(matching.length / withArea.length).toBeGreaterThan(0.5);
    }
  });

  it('records entry scores at the start and exit scores when a group has ended, mostly improved', () => {
    const progressions: number[] = [];
    for (const school of schools) {
      const map = school.provision!;
      for (const g of map.provisions) {
        const measure = interventionOf(map, g).measure;
        for (const place of g.places) {
          expect(place.joinedOn >= g.startDate && place.joinedOn <= g.endDate).toBe(true);
          if (place.leftOn) expect(place.leftOn >= place.joinedOn && place.leftOn < today).toBe(true);
          if (state(g, today) === 'planned') {
            expect(place.entryScore).toBeNull();
          } else {
            expect(place.entryScore).not.toBeNull();
            expect(place.entryDate).toBe(place.joinedOn);
            expect(place.targetScore).not.toBeNull();
            const targetGain = progress(
              { entryScore: place.entryScore, exitScore: place.targetScore },
              measure.higherIsBetter,
            );
            expect(targetGain).toBeGreaterThan(0);
          }
          const shouldExit = state(g, today) === 'ended' || place.leftOn !== null;
          expect(place.exitScore !== null).toBe(shouldExit);
          expect(place.exitDate !== null).toBe(shouldExit);
          if (place.exitDate) {
            expect(place.exitDate >= place.entryDate!).toBe(true);
            expect(place.exitDate < today).toBe(true);
            progressions.push(progress(place, measure.higherIsBetter)!);
          }
        }
      }
    }
    expect(progressions.length).toBeGreaterThan(20);
    expect(progressions.filter((p) => p > 0).length / progressions.length).toBeGreaterThan(0.6);
    expect(progressions.some((p) => p === 0)).toBe(true);
    expect(progressions.some((p) => p < 0)).toBe(true);
  });

  it('logs held sessions with attendance for the pupils in the group, and cancelled ones with a reason', () => {
    for (const school of schools) {
      for (const g of school.provision!.provisions) {
        for (const s of g.sessions) {
          expect(g.staff).toContain(s.deliveredBy);
          expect(g.staff).toContain(s.loggedBy);
          expect(s.loggedAt.slice(0, 10) >= s.heldOn).toBe(true);
          expect(s.note.length).toBeLessThanOrEqual(1000);
          if (s.status === 'held') {
            expect(s.minutes).toBeGreaterThanOrEqual(5);
            expect(s.minutes).toBeLessThanOrEqual(g.minutes);
            expect(s.cancelReason).toBeNull();
            const inGroup = g.places
              .filter((p) => p.joinedOn <= s.heldOn && (p.leftOn === null || p.leftOn >= s.heldOn))
              .map((p) => p.pupilUpn);
            expect(s.attendance.map((a) => a.pupilUpn)).toEqual(inGroup);
            for (const a of s.attendance) expect(a.attended).toBe(a.absenceReason === null);
          } else {
            expect(s.minutes).toBeNull();
            expect(s.cancelReason).not.toBeNull();
            expect(s.attendance).toEqual([]);
          }
        }
      }
    }
  });

  it('keeps notes free of pupil names', () => {
    for (const school of schools) {
      const names = new Set(
        school.pupils.flatMap((p) => [p.legalForename, p.legalSurname, p.preferredForename ?? '']),
      );
      names.delete('');
      const notes = new Set(school.provision!.provisions.flatMap((g) => g.sessions.map((s) => s.note)));
      for (const note of notes) {
        const words = note.split(/[^A-Za-z'-]+/);
        expect(words.filter((w) => names.has(w))).toEqual([]);
      }
    }
  });

  it('cancels about 8% of sessions (cover most often) and has about 90% attendance', () => {
    // Late in the year, for enough sessions to judge the shares.
    const late = buildDemoTrust(new Date('2027-06-30T12:00:00Z'));
    const sessions = late.schools.flatMap((s) => s.provision!.provisions.flatMap((g) => g.sessions));
    const cancelled = sessions.filter((s) => s.status === 'cancelled');
    expect(cancelled.length / sessions.length).toBeGreaterThan(0.06);
    expect(cancelled.length / sessions.length).toBeLessThan(0.1);
    const reasons = new Map<string, number>();
    for (const s of cancelled) reasons.set(s.cancelReason!, (reasons.get(s.cancelReason!) ?? 0) + 1);
    expect(new Set(reasons.keys())).toEqual(
      new Set(['staff_absence', 'cover', 'trip', 'pupil_unavailable', 'other']),
    );
    expect(Math.max(...reasons.values())).toBe(reasons.get('cover'));
    const attendance = sessions.flatMap((s) => s.attendance);
    const rate = attendance.filter((a) => a.attended).length / attendance.length;
    expect(rate).toBeGreaterThan(0.86);
    expect(rate).toBeLessThan(0.94);
    expect(new Set(attendance.map((a) => a.absenceReason))).toEqual(
      new Set([null, 'ill', 'absent_from_school', 'refused', 'other_commitment', 'other']),
    );
    expect(sessions.filter((s) => s.note).length / sessions.length).toBeGreaterThan(0.05);
  });

  it('lets the demo teacher see 4A pupils in groups others deliver, and gives the teacher no group', () => {
    const fourA = new Set(oakfield.pupils.filter((p) => p.className === '4A').map((p) => p.upn));
    const { provisions } = oakfield.provision!;
    expect(provisions.filter((g) => g.staff.includes(DEMO_TEACHER))).toEqual([]);
    const others = provisions.filter(
      (g) =>
        !g.staff.includes(DEMO_TA) &&
        g.places.some((p) => fourA.has(p.pupilUpn)) &&
        state(g, today) === 'running',
    );
    expect(others.length).toBeGreaterThanOrEqual(2);
  });

  it('is the same for the same date, and the groups keep their pupils whatever the date in the year', () => {
    expect(buildDemoProvision(oakfield, OAKFIELD_PROVISION, today)).toEqual(oakfield.provision);
    const spring = schoolOf('2027-03-17T12:00:00Z', 'Oakfield').provision!;
    const members = (map: DemoProvisionMap) =>
      map.provisions.map((g) => [g.name, g.places.map((p) => p.pupilUpn)]);
    expect(members(spring)).toEqual(members(oakfield.provision!));
  });

  it('never calls Math.random', () => {
    const random = jest.spyOn(Math, 'random');
    try {
      buildDemoTrust(new Date('2027-02-10T12:00:00Z'));
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });
});

describe('the demo provision map on any day of the year', () => {
  describe.each(DEMO_START_DATES)('started at %s', (reference) => {
    const today = schoolToday(new Date(reference));
    const trust = buildDemoTrust(new Date(reference));
    const oakfield = trust.schools[0]!;

    it('logs sessions on every scheduled school day from the start up to yesterday, never today or later', () => {
      const cal = demoCalendar(today);
      for (const school of trust.schools) {
        for (const g of school.provision!.provisions) {
          const expected: string[] = [];
          const last = g.endDate < today ? g.endDate : cal.yesterday;
          for (
            let d = g.startDate;
            d <= last;
            d = new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10)
          ) {
            if (g.weekdays.includes(isoWeekday(d)) && !cal.isHoliday(d)) expected.push(d);
          }
          expect(g.sessions.map((s) => s.heldOn)).toEqual(expected);
          for (const s of g.sessions) expect(s.heldOn < today).toBe(true);
        }
      }
    });

    it('gives the demo TA at least 3 running groups, one meeting every weekday, with pupils from 4A, 4B and another class', () => {
      const running = oakfield.provision!.provisions.filter(
        (g) => g.staff.includes(DEMO_TA) && state(g, today) === 'running',
      );
      expect(running.length).toBeGreaterThanOrEqual(3);
      expect(running.some((g) => [1, 2, 3, 4, 5].every((d) => g.weekdays.includes(d)))).toBe(true);
      const classOf = new Map(oakfield.pupils.map((p) => [p.upn, p.className]));
      const classes = new Set(running.flatMap((g) => g.places.map((p) => classOf.get(p.pupilUpn))));
      expect(classes.has('4A') && classes.has('4B')).toBe(true);
      expect([...classes].some((c) => c !== '4A' && c !== '4B')).toBe(true);
      const weekday = isoWeekday(today);
      if (weekday <= 5) expect(running.some((g) => g.weekdays.includes(weekday))).toBe(true);
    });

    it('has two top-up candidates per school with an EHCP: one at GBP 6,000 or more, one approaching it', () => {
      for (const school of trust.schools) {
        const map = school.provision!;
        // Whatever rate the plan is priced at (before or after the pay award), the bands hold.
        const lowest = plannedYearlyCosts(map, today, (role) => Math.min(...rateRows(map, role)));
        const highest = plannedYearlyCosts(map, today, (role) => Math.max(...rateRows(map, role)));
        for (const costs of [plannedYearlyCosts(map, today), lowest, highest]) {
          const flagged = costs.filter((c) => c.pence >= TOP_UP_APPROACHING_PENCE);
          expect(flagged).toHaveLength(2);
          expect(flagged[0]!.pence).toBeGreaterThanOrEqual(NOTIONAL_SEN_THRESHOLD_PENCE);
          expect(flagged[1]!.pence).toBeLessThan(NOTIONAL_SEN_THRESHOLD_PENCE);
          for (const c of flagged) {
            const pupil = school.pupils.find((p) => p.upn === c.pupilUpn)!;
            expect(pupil.sen?.history.at(-1)?.status).toBe('E');
          }
        }
      }
    });
  });
});

describe('the demo top-up candidates', () => {
  it.each([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032])(
    'stay in their bands in the %i academic year',
    (year) => {
      const reference = new Date(`${year}-11-18T12:00:00Z`);
      const today = schoolToday(reference);
      for (const school of buildDemoTrust(reference).schools) {
        const costs = plannedYearlyCosts(school.provision!, today)
          .slice(0, 3)
          .map((c) => c.pence);
        expect(costs[0]).toBeGreaterThanOrEqual(NOTIONAL_SEN_THRESHOLD_PENCE);
        expect(costs[1]).toBeGreaterThanOrEqual(TOP_UP_APPROACHING_PENCE);
        expect(costs[1]).toBeLessThan(NOTIONAL_SEN_THRESHOLD_PENCE);
        expect(costs[2]).toBeLessThan(TOP_UP_APPROACHING_PENCE);
      }
    },
  );
});

function rateRows(map: DemoProvisionMap, role: DeliveringRole): number[] {
  return map.rates.filter((r) => r.role === role).map((r) => r.hourlyRatePence);
}
