import { SUPPRESSED_LABEL, type SchoolMeasures } from '@sendreg/contracts';
import { trustSchoolMeasures, type NeedTypeName } from './trust-measures';

const F = SUPPRESSED_LABEL;
const SCHOOL = { id: 'school-1', name: 'Ashdown Primary' };
const NEEDS: NeedTypeName[] = [
  { code: 'ASD', label: 'Autistic spectrum disorder' },
  { code: 'HI', label: 'Hearing impairment' },
  { code: 'MLD', label: 'Moderate learning difficulty' },
  { code: 'SEMH', label: 'Social, emotional and mental health' },
  { code: 'SLCN', label: 'Speech, language and communication needs' },
  { code: 'SPLD', label: 'Specific learning difficulty' },
];

function impactSummary(pupilsMeasured: number, improvedShare: number | null) {
  return {
    pupils: pupilsMeasured + 1,
    pupilsMeasured,
    meanProgress: pupilsMeasured ? 3.5 : null,
    improvedShare,
    attendanceRate: 0.9,
    plannedSessions: 30,
    deliveredSessions: 28,
    cancelledSessions: 2,
    deliveryRate: 0.933,
    costPerUnitProgressPence: 1234,
  };
}

/** A school of 200 on roll, big enough that most figures show. */
function bigSchool(): SchoolMeasures {
  return {
    today: '2026-03-10',
    onRoll: 200,
    byStatus: [
      { status: 'N', count: 150, percent: 75 },
      { status: 'monitoring', count: 8, percent: 4 },
      { status: 'K', count: 31, percent: 15.5 },
      { status: 'E', count: 11, percent: 5.5 },
    ],
    byPrimaryNeed: [
      {
        code: 'SLCN',
        label: 'Speech, language and communication needs',
        area: 'communication_and_interaction',
        senSupport: 12,
        ehcp: 2,
      },
      {
        code: 'ASD',
        label: 'Autistic spectrum disorder',
        area: 'communication_and_interaction',
        senSupport: 10,
        ehcp: 7,
      },
      {
        code: 'SPLD',
        label: 'Specific learning difficulty',
        area: 'cognition_and_learning',
        senSupport: 6,
        ehcp: 0,
      },
      {
        code: 'SEMH',
        label: 'Social, emotional and mental health',
        area: 'social_emotional_mental_health',
        senSupport: 3,
        ehcp: 1,
      },
      { code: 'HI', label: 'Hearing impairment', area: 'sensory_physical', senSupport: 0, ehcp: 1 },
    ],
    byYearGroup: [{ yearGroup: '4', onRoll: 30, senSupport: 5, ehcp: 2 }],
    byCharacteristic: [
      {
        characteristic: 'pupilPremium',
        label: 'Pupil premium',
        withIt: { onRoll: 40, senSupport: 9, ehcp: 3 },
        without: { onRoll: 160, senSupport: 22, ehcp: 8 },
      },
    ],
    trend: [
      { date: '2025-03-31', monitoring: 4, senSupport: 2, ehcp: 1 },
      { date: '2025-04-30', monitoring: 4, senSupport: 3, ehcp: 2 },
      { date: '2026-03-10', monitoring: 8, senSupport: 31, ehcp: 11 },
    ],
    costs: {
      academicYear: { from: '2025-09-01', to: '2026-08-31', label: '2025 to 2026' },
      plannedPence: 4_500_000,
      deliveredPence: 2_100_000,
      pupils: 30,
      perPupilPlannedPence: 150_000,
      byArea: [],
      approachingThreshold: 2,
      aboveThreshold: 6,
    },
    impact: [
      {
        interventionId: 'int-1',
        name: 'Toe by Toe',
        area: 'cognition_and_learning',
        summary: impactSummary(6, 0.5),
      },
      {
        interventionId: 'int-2',
        name: 'Talk Boost',
        area: 'communication_and_interaction',
        summary: impactSummary(4, 0.75),
      },
      {
        interventionId: 'int-3',
        name: 'Lego therapy',
        area: 'communication_and_interaction',
        summary: impactSummary(0, null),
      },
    ],
    reviews: {
      activePlans: 40,
      onTime: 36,
      overdue: 4,
      heldLast12Months: 80,
      heldOnTime: 70,
      withoutActivePlan: 2,
      belowMeetingExpectation: 3,
      ehcpStepsOverdue: 1,
    },
    passports: { pupilsWithPassport: 38, pupilsOnRegister: 42, readersExpected: 120, readersConfirmed: 90 },
    concerns: { open: 6, underAWeek: 2, oneToFourWeeks: 1, overFourWeeks: 3, oldestDays: 40 },
  };
}

/** The same shape for a school of 3 pupils: everything about pupils is hidden. */
function tinySchool(): SchoolMeasures {
  const m = bigSchool();
  return {
    ...m,
    onRoll: 3,
    byStatus: [
      { status: 'N', count: 1, percent: 33.3 },
      { status: 'K', count: 1, percent: 33.3 },
      { status: 'E', count: 1, percent: 33.3 },
    ],
    byPrimaryNeed: [
      {
        code: 'ASD',
        label: 'Autistic spectrum disorder',
        area: 'communication_and_interaction',
        senSupport: 0,
        ehcp: 1,
      },
      {
        code: 'MLD',
        label: 'Moderate learning difficulty',
        area: 'cognition_and_learning',
        senSupport: 1,
        ehcp: 0,
      },
    ],
    trend: [{ date: '2026-03-10', monitoring: 0, senSupport: 1, ehcp: 1 }],
    costs: {
      ...m.costs,
      plannedPence: 600_000,
      deliveredPence: 250_000,
      pupils: 2,
      perPupilPlannedPence: 300_000,
      approachingThreshold: 0,
      aboveThreshold: 0,
    },
    impact: [
      {
        interventionId: 'int-1',
        name: 'Toe by Toe',
        area: 'cognition_and_learning',
        summary: impactSummary(2, 1),
      },
    ],
    reviews: { ...m.reviews, activePlans: 2, onTime: 2, overdue: 0, withoutActivePlan: 0 },
    passports: { pupilsWithPassport: 2, pupilsOnRegister: 2, readersExpected: 4, readersConfirmed: 4 },
    concerns: { open: 0, underAWeek: 0, oneToFourWeeks: 0, overFourWeeks: 0, oldestDays: null },
  };
}

describe('one school as the trust sees it', () => {
  it('shows counts of 5 and over and percentages resting on them', () => {
    const t = trustSchoolMeasures(SCHOOL, bigSchool(), NEEDS);
    expect(t).toMatchObject({
      school: SCHOOL,
      onRoll: 200,
      senSupport: 31,
      senSupportPercent: 15.5,
      ehcp: 11,
      ehcpPercent: 5.5,
      monitoring: 8,
    });
  });

  it('lists every need, shown counts (K + E) largest first, then the suppressed ones by label', () => {
    const t = trustSchoolMeasures(SCHOOL, bigSchool(), NEEDS);
    expect(t.byPrimaryNeed.map((n) => [n.code, n.pupils])).toEqual([
      ['ASD', 17],
      ['SLCN', 14],
      ['SPLD', 6],
      ['HI', F],
      ['MLD', F],
      ['SEMH', F],
    ]);
    expect(t.byPrimaryNeed[0]).toEqual({ code: 'ASD', label: 'Autistic spectrum disorder', pupils: 17 });
  });

  it('keeps a need no longer in the list of types when a school still has it', () => {
    const m = bigSchool();
    m.byPrimaryNeed.push({ code: 'OLD', label: 'An older type', area: null, senSupport: 5, ehcp: 0 });
    const t = trustSchoolMeasures(SCHOOL, m, NEEDS);
    expect(t.byPrimaryNeed.find((n) => n.code === 'OLD')).toEqual({
      code: 'OLD',
      label: 'An older type',
      pupils: 5,
    });
  });

  it('suppresses the trend of the register point by point', () => {
    const t = trustSchoolMeasures(SCHOOL, bigSchool(), NEEDS);
    expect(t.trend).toEqual([
      { date: '2025-03-31', onRegister: F },
      { date: '2025-04-30', onRegister: 5 },
      { date: '2026-03-10', onRegister: 42 },
    ]);
  });

  it('shows money totals but suppresses pupil counts, and the cost per pupil with them', () => {
    const big = trustSchoolMeasures(SCHOOL, bigSchool(), NEEDS);
    expect(big.costs).toEqual({
      plannedPence: 4_500_000,
      deliveredPence: 2_100_000,
      pupils: 30,
      perPupilPlannedPence: 150_000,
      approachingThreshold: F,
      aboveThreshold: 6,
    });
    const tiny = trustSchoolMeasures(SCHOOL, tinySchool(), NEEDS);
    expect(tiny.costs).toEqual({
      plannedPence: 600_000,
      deliveredPence: 250_000,
      pupils: F,
      perPupilPlannedPence: null,
      approachingThreshold: F,
      aboveThreshold: F,
    });
  });

  it('gives review, passport and concern figures with the same rule', () => {
    const t = trustSchoolMeasures(SCHOOL, bigSchool(), NEEDS);
    expect(t.reviews).toEqual({ activePlans: 40, onTimePercent: 90, overdue: F, withoutActivePlan: F });
    expect(t.passports).toEqual({ readPercent: 75 });
    expect(t.concerns).toEqual({ open: 6, overFourWeeks: F });
  });

  it('withholds a percentage when its numerator is suppressed, even over a shown base', () => {
    const m = bigSchool();
    m.byStatus = m.byStatus.map((s) => (s.status === 'E' ? { ...s, count: 4, percent: 2 } : s));
    m.reviews = { ...m.reviews, onTime: 3 };
    m.passports = { ...m.passports, readersConfirmed: 0 };
    const t = trustSchoolMeasures(SCHOOL, m, NEEDS);
    expect(t.ehcp).toBe(F);
    expect(t.ehcpPercent).toBeNull();
    expect(t.reviews.onTimePercent).toBeNull();
    expect(t.passports.readPercent).toBeNull();
  });

  it('treats a status the school has nobody at as 0, so suppressed', () => {
    const m = bigSchool();
    m.byStatus = m.byStatus.filter((s) => s.status !== 'monitoring');
    expect(trustSchoolMeasures(SCHOOL, m, NEEDS).monitoring).toBe(F);
  });

  it('sums impact over measured interventions, weighting the improved share by measured pupils', () => {
    const t = trustSchoolMeasures(SCHOOL, bigSchool(), NEEDS);
    // 6 measured at 50% (3 improved) and 4 at 75% (3 improved): 6 of 10.
    expect(t.impact).toEqual({ interventions: 2, pupilsMeasured: 10, improvedPercent: 60 });
  });

  it('withholds the improved percentage when fewer than 5 improved or fewer than 5 were measured', () => {
    const m = bigSchool();
    m.impact = [
      {
        interventionId: 'i',
        name: 'Toe by Toe',
        area: 'cognition_and_learning',
        summary: impactSummary(12, 0.25),
      },
    ];
    expect(trustSchoolMeasures(SCHOOL, m, NEEDS).impact).toEqual({
      interventions: 1,
      pupilsMeasured: 12,
      improvedPercent: null,
    });
    expect(trustSchoolMeasures(SCHOOL, tinySchool(), NEEDS).impact).toEqual({
      interventions: 1,
      pupilsMeasured: F,
      improvedPercent: null,
    });
    m.impact = [];
    expect(trustSchoolMeasures(SCHOOL, m, NEEDS).impact).toEqual({
      interventions: 0,
      pupilsMeasured: F,
      improvedPercent: null,
    });
  });

  it('hides every pupil figure of a tiny school, including the percentages of roll', () => {
    const t = trustSchoolMeasures(SCHOOL, tinySchool(), NEEDS);
    expect(t).toMatchObject({
      onRoll: F,
      senSupport: F,
      senSupportPercent: null,
      ehcp: F,
      ehcpPercent: null,
      monitoring: F,
      trend: [{ date: '2026-03-10', onRegister: F }],
      reviews: { activePlans: F, onTimePercent: null, overdue: F, withoutActivePlan: F },
      passports: { readPercent: null },
      concerns: { open: F, overFourWeeks: F },
    });
    // The same needs as any other school, all suppressed, in label order (nothing to tell which are 0).
    expect(t.byPrimaryNeed.map((n) => [n.code, n.pupils])).toEqual(
      ['ASD', 'HI', 'MLD', 'SEMH', 'SPLD', 'SLCN'].map((code) => [code, F]),
    );
  });

  it('withholds a shown count percentage when the roll itself is suppressed', () => {
    const m = tinySchool();
    m.onRoll = 4;
    m.byStatus = [{ status: 'K', count: 5, percent: 125 }];
    expect(trustSchoolMeasures(SCHOOL, m, NEEDS).senSupportPercent).toBeNull();
  });

  it('copies nothing from the school but figures: no intervention names or ids, no year groups', () => {
    const json = JSON.stringify(trustSchoolMeasures(SCHOOL, bigSchool(), NEEDS));
    for (const leak of [
      'Toe by Toe',
      'int-1',
      'byYearGroup',
      'byCharacteristic',
      'oldestDays',
      'Pupil premium',
    ])
      expect(json).not.toContain(leak);
  });
});
