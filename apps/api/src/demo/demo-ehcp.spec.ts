import { addDays, ehcpClock, type EhcpClock } from '@sendreg/contracts';
import { ehcpRecordProblems } from '../ehcp/ehcp-rules';
import { schoolToday } from '../register/register-query';
import { DEMO_START_DATES } from '../testing/demo-start-dates';
import { buildDemoEhcp, ehcpRevisionRecord, OAKFIELD_EHCP, type DemoEhcpRecord } from './demo-ehcp';
import { passportPupils, statusOn } from './demo-passports';
import { buildDemoTrust, type DemoSchool } from './demo-trust';

function clockOf(school: DemoSchool, r: DemoEhcpRecord, today: string): EhcpClock {
  const pupil = school.pupils.find((p) => p.upn === r.pupilUpn)!;
  return ehcpClock(r, pupil.dateOfBirth, today);
}

const stepOf = (clock: EhcpClock, key: string) => clock.steps.find((s) => s.key === key);

/** What must hold whatever the date. */
function checkInvariants(school: DemoSchool, today: string): void {
  const records = school.ehcp!;
  const withPlan = passportPupils(school, today).filter((p) => statusOn(p, today) === 'E');
  const byUpn = new Map(records.map((r) => [r.pupilUpn, r]));
  expect(byUpn.size).toBe(records.length);
  // A record, with its final plan, for every pupil with an EHCP; two assessments under way at SEN support.
  for (const p of withPlan)
    expect(byUpn.get(p.upn)?.finalIssuedOn).toBe(
      p.sen!.history.filter((h) => h.status === 'E' && h.effectiveFrom <= today).at(-1)!.effectiveFrom,
    );
  const assessing = records.filter((r) => !r.finalIssuedOn);
  expect(assessing).toHaveLength(2);
  for (const r of assessing) {
    const pupil = school.pupils.find((p) => p.upn === r.pupilUpn)!;
    expect(statusOn(pupil, today)).toBe('K');
    expect(r.requestedOn).not.toBeNull();
  }
  expect(records).toHaveLength(withPlan.length + 2);
  for (const r of records) {
    const pupil = school.pupils.find((p) => p.upn === r.pupilUpn)!;
    // As the API would take them: every date in order, nothing that happened after today.
    expect([r.pupilUpn, ehcpRecordProblems(r, { today, dateOfBirth: pupil.dateOfBirth })]).toEqual([
      r.pupilUpn,
      [],
    ]);
    expect(['Northbridge Council', 'Westmoor County Council']).toContain(r.localAuthority);
    expect(r.updatedAt.slice(0, 10) < today).toBe(true);
    expect(r.notes.length).toBeLessThanOrEqual(4000);
    // The review report and the decision to amend are never left forgotten long after a meeting.
    const clock = clockOf(school, r, today);
    for (const key of ['review-report', 'amend-decision']) {
      const step = stepOf(clock, key);
      if (step?.status === 'overdue') expect(step.daysLate).toBeLessThanOrEqual(30);
    }
  }
  // Under way: one waiting for the LA's decision past 6 weeks, one with the parents' 15 days running.
  const clocks = assessing.map((r) => clockOf(school, r, today));
  expect(clocks.some((c) => stepOf(c, 'assess-decision')!.status === 'overdue')).toBe(true);
  expect(clocks.some((c) => ['due-soon', 'upcoming'].includes(stepOf(c, 'parent-comments')!.status))).toBe(
    true,
  );
}

describe('the demo EHCP records', () => {
  const reference = new Date(DEMO_START_DATES[0]!);
  const today = schoolToday(reference);
  const trust = buildDemoTrust(reference);
  const [oakfield, riverside] = trust.schools as [DemoSchool, DemoSchool];
  const schools = [oakfield, riverside];

  it('keeps one record for every pupil with an EHCP, valid as the API checks it', () => {
    for (const school of schools) checkInvariants(school, today);
  });

  it('has annual reviews overdue, some due within a month, most well ahead, and meetings with reports to send', () => {
    for (const school of schools) {
      const clocks = school.ehcp!.filter((r) => r.finalIssuedOn).map((r) => clockOf(school, r, today));
      const due = clocks.map((c) => c.annualReviewDueBy!);
      expect(due.filter((d) => d < today).length).toBeGreaterThanOrEqual(1);
      expect(due.filter((d) => d >= today && d <= addDays(today, 30)).length).toBeGreaterThanOrEqual(1);
      expect(due.filter((d) => d > addDays(today, 30)).length / due.length).toBeGreaterThan(0.6);
      const booked = school.ehcp!.filter((r) => r.nextAnnualReviewMeetingOn);
      expect(booked.length).toBeGreaterThanOrEqual(1);
      for (const r of booked) expect(r.nextAnnualReviewMeetingOn! > today).toBe(true);
    }
    // Reports still to go out before a booked meeting, overdue or due soon.
    const papers = schools.flatMap((school) =>
      school.ehcp!.map((r) => stepOf(clockOf(school, r, today), 'review-papers')?.status),
    );
    expect(papers.filter((s) => s === 'overdue' || s === 'due-soon').length).toBeGreaterThanOrEqual(2);
    // Newer plans keep the assessment that led to them, some of it late (the 20 weeks).
    const finals = schools.flatMap((school) =>
      school.ehcp!.filter((r) => r.requestedOn && r.finalIssuedOn).map((r) => clockOf(school, r, today)),
    );
    expect(finals.length).toBeGreaterThan(10);
    expect(finals.some((c) => stepOf(c, 'final-plan')!.status === 'done-late')).toBe(true);
    expect(finals.some((c) => stepOf(c, 'final-plan')!.status === 'done')).toBe(true);
  });

  it('moves the pupils in their last year on: Year 6 to secondary, Year 11 to post-16, by the deadline ahead', () => {
    const transfers = (school: DemoSchool, year: string) =>
      school.ehcp!.filter((r) => school.pupils.find((p) => p.upn === r.pupilUpn)!.yearGroup === year);
    const year6 = transfers(oakfield, '6').filter((r) => r.finalIssuedOn! < '2027-01-18');
    const year11 = transfers(riverside, '11').filter((r) => r.finalIssuedOn! < '2027-03-03');
    expect(year6.length + year11.length).toBeGreaterThanOrEqual(5);
    for (const r of year6) expect([r.phaseTransfer, r.transferYear]).toEqual(['primary-to-secondary', 2027]);
    for (const r of year11) expect([r.phaseTransfer, r.transferYear]).toEqual(['secondary-to-post16', 2027]);
    for (const r of [...year6, ...year11]) expect(r.amendedPlanIssuedOn).toBeNull();
    const others = schools.flatMap((s) => s.ehcp!).filter((r) => ![...year6, ...year11].includes(r));
    expect(others.every((r) => r.phaseTransfer === null && r.transferYear === null)).toBe(true);
  });

  it('keeps each record as its first revision, as the API saves it', () => {
    const r = oakfield.ehcp![0]!;
    expect(ehcpRevisionRecord(r)).toEqual({
      localAuthority: r.localAuthority,
      requestedBy: r.requestedBy,
      notes: r.notes,
      version: 1,
      requestedOn: r.requestedOn,
      assessDecision: r.assessDecision,
      assessDecisionOn: r.assessDecisionOn,
      adviceReceivedOn: r.adviceReceivedOn,
      issueDecision: r.issueDecision,
      draftIssuedOn: r.draftIssuedOn,
      parentCommentsOn: r.parentCommentsOn,
      finalIssuedOn: r.finalIssuedOn,
      lastAnnualReviewOn: r.lastAnnualReviewOn,
      nextAnnualReviewMeetingOn: r.nextAnnualReviewMeetingOn,
      reviewPapersSentOn: r.reviewPapersSentOn,
      reviewReportSentOn: r.reviewReportSentOn,
      amendDecisionOn: r.amendDecisionOn,
      phaseTransfer: r.phaseTransfer,
      transferYear: r.transferYear,
      amendedPlanIssuedOn: r.amendedPlanIssuedOn,
    });
  });

  it('is the same for the same school and date, and never calls Math.random', () => {
    const random = jest.spyOn(Math, 'random');
    try {
      expect(buildDemoEhcp(oakfield, OAKFIELD_EHCP, today)).toEqual(oakfield.ehcp);
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });
});

describe('the demo EHCP records on any day of the year', () => {
  describe.each(DEMO_START_DATES)('started at %s', (reference) => {
    const today = schoolToday(new Date(reference));
    const trust = buildDemoTrust(new Date(reference));

    it('keeps a valid record for every pupil with an EHCP, and the assessments under way', () => {
      for (const school of trust.schools) checkInvariants(school, today);
    });

    it('has the amended plans of the pupils moving on issued by the deadline, bar one at most', () => {
      for (const school of trust.schools) {
        const moving = school.ehcp!.filter((r) => r.phaseTransfer);
        const late = moving.filter((r) => {
          const step = stepOf(clockOf(school, r, today), 'phase-transfer')!;
          return step.status === 'overdue' || step.status === 'done-late';
        });
        expect(late.length).toBeLessThanOrEqual(1);
      }
    });
  });
});
