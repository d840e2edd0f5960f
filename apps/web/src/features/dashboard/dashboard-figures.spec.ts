import { NATIONAL_SEN_FIGURES, type DashboardImpact, type SchoolDashboard } from '@sendreg/contracts';
import {
  characteristicRows,
  characteristicSummary,
  concernSummary,
  costAreaRows,
  costSummary,
  figuresAsAt,
  impactRows,
  impactSummary,
  impactTotals,
  needRows,
  needSummary,
  passportSummary,
  percentOf,
  percentText,
  plural,
  registerCount,
  registerSummary,
  reviewFigures,
  reviewSummary,
  shareText,
  signedText,
  statusRows,
  thresholdSentence,
  trendRows,
  trendSummary,
  wholePounds,
  withShare,
  yearGroupRows,
  yearGroupSummary,
} from './dashboard-figures';

function impactLine(
  name: string,
  pupilsMeasured: number,
  improvedShare: number | null,
  planned: number,
  delivered: number,
): DashboardImpact {
  return {
    interventionId: name.toLowerCase(),
    name,
    area: 'cognition_and_learning',
    summary: {
      pupils: pupilsMeasured + 1,
      pupilsMeasured,
      meanProgress: pupilsMeasured ? 4.5 : null,
      improvedShare,
      attendanceRate: 0.9,
      plannedSessions: planned,
      deliveredSessions: delivered,
      cancelledSessions: planned - delivered,
      deliveryRate: planned ? delivered / planned : null,
      costPerUnitProgressPence: null,
    },
  };
}

const dashboard: SchoolDashboard = {
  school: { id: 's1', name: 'Ashdown Primary' },
  national: NATIONAL_SEN_FIGURES,
  today: '2026-02-12',
  computedAt: '2026-02-12T10:42:31.123Z',
  onRoll: 210,
  byStatus: [
    { status: 'N', count: 158, percent: 75.2 },
    { status: 'monitoring', count: 5, percent: 2.4 },
    { status: 'K', count: 38, percent: 18.1 },
    { status: 'E', count: 9, percent: 4.3 },
  ],
  byPrimaryNeed: [
    {
      code: 'ASD',
      label: 'Autistic spectrum disorder',
      area: 'communication_and_interaction',
      senSupport: 6,
      ehcp: 5,
    },
    {
      code: 'SLCN',
      label: 'Speech, language and communication needs',
      area: 'communication_and_interaction',
      senSupport: 14,
      ehcp: 1,
    },
    {
      code: 'SEMH',
      label: 'Social, emotional and mental health',
      area: 'social_emotional_mental_health',
      senSupport: 10,
      ehcp: 2,
    },
    { code: 'VI', label: 'Vision impairment', area: 'sensory_physical', senSupport: 0, ehcp: 0 },
  ],
  byYearGroup: [
    { yearGroup: '4', onRoll: 30, senSupport: 7, ehcp: 2 },
    { yearGroup: 'R', onRoll: 30, senSupport: 2, ehcp: 0 },
    { yearGroup: '10', onRoll: 0, senSupport: 0, ehcp: 0 },
    { yearGroup: '1', onRoll: 30, senSupport: 5, ehcp: 1 },
  ],
  byCharacteristic: [
    {
      characteristic: 'pupilPremium',
      label: 'Pupil premium',
      withIt: { onRoll: 42, senSupport: 10, ehcp: 3 },
      without: { onRoll: 168, senSupport: 28, ehcp: 6 },
    },
    {
      characteristic: 'lookedAfter',
      label: 'Looked after',
      withIt: { onRoll: 0, senSupport: 0, ehcp: 0 },
      without: { onRoll: 210, senSupport: 38, ehcp: 9 },
    },
  ],
  trend: [
    { date: '2025-02-28', monitoring: 3, senSupport: 35, ehcp: 7 },
    { date: '2025-03-31', monitoring: 4, senSupport: 36, ehcp: 8 },
    { date: '2026-02-12', monitoring: 5, senSupport: 38, ehcp: 9 },
  ],
  costs: {
    academicYear: { from: '2025-09-01', to: '2026-08-31', label: '2025/26' },
    plannedPence: 4_820_000,
    deliveredPence: 2_134_000,
    pupils: 52,
    perPupilPlannedPence: 92_692,
    byArea: [
      { area: 'cognition_and_learning', plannedPence: 1_000_000, deliveredPence: 500_000, pupils: 20 },
      {
        area: 'communication_and_interaction',
        plannedPence: 3_820_000,
        deliveredPence: 1_634_000,
        pupils: 32,
      },
      { area: 'sensory_physical', plannedPence: 0, deliveredPence: 0, pupils: 0 },
    ],
    approachingThreshold: 3,
    aboveThreshold: 1,
  },
  impact: [impactLine('Phonics catch-up', 10, 0.8, 40, 36), impactLine('Lego therapy', 0, null, 10, 10)],
  reviews: {
    activePlans: 20,
    onTime: 18,
    overdue: 2,
    heldLast12Months: 30,
    heldOnTime: 27,
    withoutActivePlan: 5,
    belowMeetingExpectation: 4,
    ehcpStepsOverdue: 1,
  },
  passports: { pupilsWithPassport: 30, pupilsOnRegister: 40, readersExpected: 150, readersConfirmed: 120 },
  concerns: { open: 7, underAWeek: 3, oneToFourWeeks: 2, overFourWeeks: 2, oldestDays: 45 },
};

describe('numbers in words', () => {
  it('agrees nouns with counts and writes thousands', () => {
    expect(plural(1, 'pupil')).toBe('1 pupil');
    expect(plural(0, 'pupil')).toBe('0 pupils');
    expect(plural(1204, 'pupil')).toBe('1,204 pupils');
  });

  it('rounds percentages half up and has none without a whole', () => {
    expect(percentOf(38, 210)).toBe(18.1);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 3, 0)).toBe(33);
    expect(percentOf(2, 3, 0)).toBe(67);
    expect(percentOf(5, 0)).toBeNull();
    expect(percentText(18.1)).toBe('18.1%');
    expect(percentText(20)).toBe('20.0%');
    expect(percentText(67, 0)).toBe('67%');
    expect(percentText(null)).toBe('no figure');
    expect(shareText(0.834)).toBe('83%');
    expect(shareText(null)).toBe('no figure');
  });

  it('signs progress and writes whole pounds', () => {
    expect(signedText(6)).toBe('+6');
    expect(signedText(-2.5)).toBe('-2.5');
    expect(signedText(0)).toBe('0');
    expect(wholePounds(4_820_049)).toBe('£48,200');
    expect(withShare(18, 90)).toBe('18 (90%)');
    expect(withShare(0, null)).toBe('0');
  });
});

describe('when the figures were computed', () => {
  it('gives the time in England, in winter and in summer', () => {
    expect(figuresAsAt(dashboard.computedAt)).toBe('Figures as at 10:42');
    expect(figuresAsAt('2026-07-01T08:05:59Z')).toBe('Figures as at 09:05');
    expect(figuresAsAt('2026-10-25T23:30:00Z')).toBe('Figures as at 23:30');
  });
});

describe('the register against national figures', () => {
  it('lists every status in the register order, with national figures for the census ones', () => {
    const rows = statusRows(dashboard.byStatus, dashboard.national);
    expect(rows.map((row) => [row.status, row.count, row.percent, row.national])).toEqual([
      ['K', 38, 18.1, 14.2],
      ['E', 9, 4.3, 5.3],
      ['monitoring', 5, 2.4, null],
      ['N', 158, 75.2, null],
    ]);
    expect(statusRows([], dashboard.national)[0]).toMatchObject({ count: 0, percent: 0 });
    expect(registerCount(dashboard.byStatus)).toBe(47);
  });

  it('states the finding against the national figures', () => {
    expect(registerSummary(dashboard)).toBe(
      '18.1% of pupils are on SEN support (national 14.2%) and 4.3% have an EHCP (national 5.3%). ' +
        'Together, 47 of the 210 pupils on roll are on the register and 5 more are being monitored.',
    );
    expect(
      registerSummary({
        ...dashboard,
        byStatus: dashboard.byStatus.filter((s) => s.status !== 'monitoring'),
      }),
    ).toMatch(/on the register\.$/);
    expect(registerSummary({ ...dashboard, onRoll: 0, byStatus: [] })).toMatch(/no pupils on roll/);
  });
});

describe('primary need', () => {
  it('lists needs with pupils, largest first, as a share of the register', () => {
    const rows = needRows(dashboard.byPrimaryNeed);
    expect(rows.map((row) => [row.code, row.total, row.percent])).toEqual([
      ['SLCN', 15, 39.5],
      ['SEMH', 12, 31.6],
      ['ASD', 11, 28.9],
    ]);
  });

  it('names the most common need, and the most common with an EHCP', () => {
    expect(needSummary(dashboard.byPrimaryNeed)).toBe(
      'The most common primary need is Speech, language and communication needs (SLCN): 15 of the 38 pupils on the ' +
        'register with a primary need recorded. Among pupils with an EHCP it is Autistic spectrum disorder (ASD) (5).',
    );
  });

  it('names every need that ties, and says when none is recorded', () => {
    const tie = needSummary([
      { code: 'MLD', label: 'Moderate learning difficulty', area: null, senSupport: 3, ehcp: 0 },
      { code: 'HI', label: 'Hearing impairment', area: null, senSupport: 3, ehcp: 0 },
    ]);
    expect(tie).toMatch(
      /^The most common primary needs are Hearing impairment \(HI\) and Moderate learning difficulty \(MLD\): 3 each of the 6 pupils/,
    );
    expect(tie).not.toMatch(/EHCP it is/);
    expect(needSummary([])).toBe('No pupil on the register has a primary need recorded yet.');
  });
});

describe('year groups', () => {
  it('keeps year groups with pupils, in school order', () => {
    expect(yearGroupRows(dashboard.byYearGroup).map((row) => [row.label, row.percent])).toEqual([
      ['Reception', 6.7],
      ['Year 1', 20],
      ['Year 4', 30],
    ]);
  });

  it('names the year group with the largest share on the register', () => {
    expect(yearGroupSummary(dashboard.byYearGroup)).toBe(
      'Year 4 has the largest share of its pupils on the register: 30.0% (9 of 30).',
    );
    expect(
      yearGroupSummary([
        { yearGroup: '5', onRoll: 10, senSupport: 1, ehcp: 0 },
        { yearGroup: '6', onRoll: 10, senSupport: 0, ehcp: 1 },
      ]),
    ).toBe('Year 5 and Year 6 have the largest share of their pupils on the register: 10.0% each.');
    expect(yearGroupSummary([{ yearGroup: '5', onRoll: 10, senSupport: 0, ehcp: 0 }])).toBe(
      'No year group has pupils on the register.',
    );
    expect(yearGroupSummary([])).toBe('There are no pupils on roll yet.');
  });
});

describe('pupil premium, EAL and looked after', () => {
  it('works out the share of each group, and of the other pupils, on the register', () => {
    const [pp, lac] = characteristicRows(dashboard.byCharacteristic);
    expect(pp).toMatchObject({
      withOnRegister: 13,
      withPercent: 31,
      withoutOnRegister: 34,
      withoutPercent: 20.2,
    });
    expect(lac.withPercent).toBeNull();
  });

  it('compares each group with the other pupils in a sentence, leaving out empty groups', () => {
    expect(characteristicSummary(dashboard.byCharacteristic)).toBe(
      '31.0% of pupils eligible for pupil premium are on the register, against 20.2% of other pupils.',
    );
    const two = characteristicSummary([
      dashboard.byCharacteristic[0],
      {
        characteristic: 'eal',
        label: 'EAL',
        withIt: { onRoll: 20, senSupport: 2, ehcp: 0 },
        without: { onRoll: 190, senSupport: 36, ehcp: 9 },
      },
    ]);
    expect(two).toBe(
      '31.0% of pupils eligible for pupil premium are on the register, against 20.2% of other pupils; ' +
        '10.0% of pupils with English as an additional language, against 23.7%.',
    );
    expect(characteristicSummary([dashboard.byCharacteristic[1]])).toMatch(/^No pupils on roll/);
  });
});

describe('the register over the year', () => {
  it('names each point, the last as today', () => {
    const rows = trendRows(dashboard.trend, dashboard.today);
    expect(rows.map((row) => [row.label, row.shortLabel, row.onRegister])).toEqual([
      ['February 2025', 'Feb 25', 42],
      ['March 2025', 'Mar 25', 44],
      ['Today', 'Today', 47],
    ]);
  });

  it('says whether the register grew, fell or stayed the same', () => {
    expect(trendSummary(dashboard.trend, dashboard.today)).toBe(
      'The number of pupils on the register has grown from 42 at the end of February 2025 to 47 (up 5). ' +
        'Pupils with an EHCP have gone from 7 to 9.',
    );
    const fell = [
      { date: '2025-02-28', monitoring: 0, senSupport: 10, ehcp: 2 },
      { date: '2026-02-12', monitoring: 0, senSupport: 8, ehcp: 2 },
    ];
    expect(trendSummary(fell, '2026-02-12')).toBe(
      'The number of pupils on the register has fallen from 12 at the end of February 2025 to 10 (down 2).',
    );
    const same = [fell[0], { ...fell[0], date: '2026-02-12' }];
    expect(trendSummary(same, '2026-02-12')).toBe(
      'The number of pupils on the register has stayed at 12 since the end of February 2025.',
    );
    expect(trendSummary([], '2026-02-12')).toMatch(/no history/);
  });
});

describe('costs', () => {
  it('lists the areas with provision, largest planned first', () => {
    expect(costAreaRows(dashboard.costs).map((row) => [row.label, row.plannedPence])).toEqual([
      ['Communication and interaction', 3_820_000],
      ['Cognition and learning', 1_000_000],
    ]);
  });

  it('states the planned and delivered totals, per pupil, and the threshold', () => {
    expect(costSummary(dashboard.costs)).toBe(
      'Provision planned for 2025/26 costs £48,200.00 (£926.92 per pupil, for 52 pupils); £21,340.00 (44%) has ' +
        'been delivered so far. 3 pupils are approaching the £6,000 notional threshold and 1 is at or above it.',
    );
    expect(thresholdSentence({ approachingThreshold: 1, aboveThreshold: 0 })).toBe(
      '1 pupil is approaching the £6,000 notional threshold and 0 are at or above it.',
    );
    expect(thresholdSentence({ approachingThreshold: 0, aboveThreshold: 0 })).toBe(
      "No pupil's planned provision is near the £6,000 notional threshold.",
    );
    expect(costSummary({ ...dashboard.costs, plannedPence: 0, deliveredPence: 0, pupils: 0 })).toBe(
      'No provision is planned for 2025/26 yet.',
    );
  });
});

describe('impact', () => {
  it('works out each intervention, with nothing known before any pupil is measured', () => {
    const rows = impactRows(dashboard.impact);
    expect(rows.map((row) => [row.name, row.improvedPercent, row.improved, row.deliveryPercent])).toEqual([
      ['Lego therapy', null, 0, 100],
      ['Phonics catch-up', 80, 8, 90],
    ]);
    expect(impactTotals(dashboard.impact)).toMatchObject({
      measured: 10,
      improved: 8,
      improvedPercent: 80,
      deliveryPercent: 92,
    });
  });

  it('states the headline across interventions', () => {
    expect(impactSummary(dashboard.impact)).toBe(
      'Across 2 interventions, 8 of the 10 pupils measured (80%) improved between their entry and exit measures. ' +
        '46 of the 50 sessions planned for the year have been delivered so far (92%).',
    );
    expect(impactSummary([impactLine('Lego therapy', 0, null, 0, 0)])).toBe(
      'Across 1 intervention, no pupil has both an entry and an exit measure yet.',
    );
    expect(impactSummary([])).toBe('No interventions have run this academic year.');
  });
});

describe('reviews, passports and concerns', () => {
  it('works out review compliance', () => {
    expect(reviewFigures(dashboard.reviews, 47)).toEqual({
      onTimePercent: 90,
      heldOnTimePercent: 90,
      withPlan: 42,
      withPlanPercent: 89,
    });
    expect(reviewSummary(dashboard.reviews, 47)).toBe(
      '18 of 20 active support plans (90%) are within their review date; 2 are overdue. ' +
        '5 pupils on the register have no active plan, and 1 EHCP step is overdue.',
    );
    const none = { ...dashboard.reviews, activePlans: 0, onTime: 0, overdue: 0, ehcpStepsOverdue: 0 };
    expect(reviewSummary({ ...none, withoutActivePlan: 1 }, 1)).toBe(
      'No support plans are active yet. 1 pupil on the register has no active plan, and no EHCP step is overdue.',
    );
    expect(reviewSummary({ ...dashboard.reviews, withoutActivePlan: 0, ehcpStepsOverdue: 2 }, 20)).toMatch(
      /overdue\. Every pupil on the register has an active plan, and 2 EHCP steps are overdue\.$/,
    );
    expect(reviewSummary({ ...none, withoutActivePlan: 0 }, 0)).toBe(
      'There are no pupils on the register, so no support plans are due. No EHCP step is overdue.',
    );
  });

  it('states passport coverage', () => {
    expect(passportSummary(dashboard.passports)).toBe(
      '30 of the 40 pupils on the register (75%) have a published passport. Staff have confirmed reading 120 of ' +
        'the 150 current passports of pupils they work with (80%).',
    );
    expect(passportSummary({ ...dashboard.passports, readersExpected: 0, readersConfirmed: 0 })).toMatch(
      /No member of staff has a current passport to read yet\.$/,
    );
    expect(
      passportSummary({
        pupilsWithPassport: 0,
        pupilsOnRegister: 0,
        readersExpected: 0,
        readersConfirmed: 0,
      }),
    ).toMatch(/no pupils on the register/);
  });

  it('states how long concerns have been open', () => {
    expect(concernSummary(dashboard.concerns)).toBe(
      '7 concerns are open; 2 have been open for over four weeks. The oldest was raised 45 days ago.',
    );
    expect(
      concernSummary({ open: 2, underAWeek: 2, oneToFourWeeks: 0, overFourWeeks: 0, oldestDays: 0 }),
    ).toBe('2 concerns are open; none has been open for over four weeks. The oldest was raised today.');
    expect(
      concernSummary({ open: 1, underAWeek: 1, oneToFourWeeks: 0, overFourWeeks: 0, oldestDays: 1 }),
    ).toBe('1 concern is open, raised 1 day ago.');
    expect(
      concernSummary({ open: 0, underAWeek: 0, oneToFourWeeks: 0, overFourWeeks: 0, oldestDays: null }),
    ).toBe('There are no open concerns.');
  });
});
