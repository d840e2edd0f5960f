import {
  NATIONAL_SEN_FIGURES,
  SUPPRESSED_LABEL,
  type TrustCount,
  type TrustSchoolMeasures,
} from '@sendreg/contracts';
import {
  bySchoolName,
  concernsSummary,
  costsSummary,
  countText,
  countsAtSchools,
  extremesSentence,
  figuresAsAt,
  impactSummary,
  nationalComparisonSentence,
  nationalSentence,
  needsSummary,
  passportsSummary,
  percentCell,
  registerSummary,
  reviewsSummary,
  THRESHOLD_TEXT,
  trendColumns,
  trendSummary,
  trendValue,
} from './trust-figures';

const few: typeof SUPPRESSED_LABEL = SUPPRESSED_LABEL;

function school(name: string, overrides: Partial<TrustSchoolMeasures> = {}): TrustSchoolMeasures {
  return {
    school: { id: name.toLowerCase(), name },
    onRoll: 400,
    senSupport: 60,
    senSupportPercent: 15,
    ehcp: 20,
    ehcpPercent: 5,
    monitoring: 10,
    byPrimaryNeed: [],
    trend: [],
    costs: {
      plannedPence: 0,
      deliveredPence: 0,
      pupils: 0,
      perPupilPlannedPence: null,
      approachingThreshold: 0,
      aboveThreshold: 0,
    },
    reviews: { activePlans: 50, onTimePercent: 90, overdue: 0, withoutActivePlan: 0 },
    passports: { readPercent: 80 },
    concerns: { open: 0, overFourWeeks: 0 },
    impact: { interventions: 0, pupilsMeasured: 0, improvedPercent: null },
    ...overrides,
  };
}

describe('counts and percentages', () => {
  it('says suppressed counts in words and formats the rest', () => {
    expect(countText(few)).toBe('fewer than 5');
    expect(countText(1234)).toBe('1,234');
    expect(countText(0)).toBe('0');
  });

  it('shows a percentage with one decimal, "not shown" when suppressed, and says why there is none', () => {
    expect(percentCell(14.2)).toEqual({ kind: 'value', text: '14.2%' });
    expect(percentCell(15)).toEqual({ kind: 'value', text: '15.0%' });
    expect(percentCell(null, few)).toEqual({ kind: 'not-shown', text: 'not shown' });
    expect(percentCell(null)).toEqual({ kind: 'not-shown', text: 'not shown' });
    expect(percentCell(null, 0, 'no active plans')).toEqual({ kind: 'none', text: 'no active plans' });
  });

  it('says the national figures in a sentence', () => {
    expect(nationalSentence(NATIONAL_SEN_FIGURES)).toBe(
      'Nationally 14.2% of pupils are on SEN support and 5.3% have an EHCP (January 2025).',
    );
  });

  it('lists the schools by name', () => {
    expect(bySchoolName([school('Beacon'), school('Ashdown')]).map((s) => s.school.name)).toEqual([
      'Ashdown',
      'Beacon',
    ]);
  });

  it('says when the figures were computed, by the clock in England', () => {
    expect(figuresAsAt('2026-02-12T10:42:31Z')).toBe('Figures as at 10:42');
    expect(figuresAsAt('2026-07-01T08:05:00Z')).toBe('Figures as at 09:05');
  });

  it('writes the threshold as people do', () => {
    expect(THRESHOLD_TEXT).toBe('£6,000');
  });
});

describe('comparing schools', () => {
  it('names the highest and lowest, leaving out figures not shown', () => {
    expect(
      extremesSentence(
        [
          { name: 'Ashdown', value: 11.2 },
          { name: 'Beacon', value: 16 },
          { name: 'Castle', value: null },
        ],
        'share of pupils on SEN support',
      ),
    ).toBe('Beacon has the highest share of pupils on SEN support (16.0%), Ashdown the lowest (11.2%).');
  });

  it('names every school at a tie', () => {
    expect(
      extremesSentence(
        [
          { name: 'Ashdown', value: 16 },
          { name: 'Beacon', value: 16 },
          { name: 'Castle', value: 9 },
        ],
        'share',
      ),
    ).toBe('Ashdown and Beacon have the highest share (16.0%), Castle the lowest (9.0%).');
    expect(
      extremesSentence(
        [
          { name: 'Ashdown', value: 5 },
          { name: 'Beacon', value: 5 },
        ],
        'share',
      ),
    ).toBe('All the schools have the same share (5.0%).');
  });

  it('copes with one figure or none', () => {
    expect(extremesSentence([{ name: 'Ashdown', value: 5 }], 'share')).toBe('Ashdown has a share of 5.0%.');
    expect(extremesSentence([{ name: 'Ashdown', value: null }], 'share')).toBeNull();
  });

  it('counts the schools above the national figure', () => {
    const rows = [
      { name: 'Ashdown', value: 11.2 },
      { name: 'Beacon', value: 16 },
      { name: 'Castle', value: null },
    ];
    expect(nationalComparisonSentence(rows, 14.2, 'SEN support')).toBe(
      'Of the schools whose share is shown (2 of 3), 1 is above the national figure for SEN support (14.2%).',
    );
    expect(nationalComparisonSentence(rows.slice(0, 2), 14.2, 'SEN support')).toBe(
      '1 of 2 schools is above the national figure for SEN support (14.2%).',
    );
    expect(nationalComparisonSentence(rows.slice(1, 2), 14.2, 'SEN support')).toBe(
      '1 of 1 school is above the national figure for SEN support (14.2%).',
    );
    expect(nationalComparisonSentence([{ name: 'Castle', value: null }], 14.2, 'SEN support')).toBeNull();
  });

  it('lists non-zero counts, suppressed ones in words', () => {
    expect(
      countsAtSchools([
        { name: 'Ashdown', count: few },
        { name: 'Beacon', count: 0 },
        { name: 'Castle', count: 7 },
      ]),
    ).toBe('7 at Castle and fewer than 5 at Ashdown');
    expect(countsAtSchools([{ name: 'Beacon', count: 0 }])).toBeNull();
    expect(countsAtSchools([{ name: 'Beacon', count: few }])).toBe('fewer than 5 at Beacon');
    const many: { name: string; count: TrustCount }[] = ['A', 'B', 'C', 'D', 'E'].map((name) => ({
      name,
      count: few,
    }));
    expect(countsAtSchools(many)).toBe('fewer than 5 in every school');
    expect(countsAtSchools([...many, { name: 'F', count: 12 }])).toBe(
      '12 at F and fewer than 5 in the other 5 schools',
    );
  });
});

describe('section summaries', () => {
  it('sets the register against the national picture', () => {
    const summary = registerSummary(
      [
        school('Ashdown', { senSupportPercent: 11.2, ehcpPercent: 6 }),
        school('Beacon', { senSupportPercent: 16, ehcpPercent: null, ehcp: few }),
      ],
      NATIONAL_SEN_FIGURES,
    );
    expect(summary).toEqual([
      'Beacon has the highest share of pupils on SEN support (16.0%), Ashdown the lowest (11.2%).',
      '1 of 2 schools is above the national figure for SEN support (14.2%).',
      'Ashdown has a share of pupils with an EHCP of 6.0%.',
      'Of the schools whose share is shown (1 of 2), 1 is above the national figure for EHCPs (5.3%).',
    ]);
  });

  it('finds the primary need that comes first in most schools', () => {
    const need = (code: string, label: string) => ({ code, label, pupils: 10 });
    const schools = [
      school('Ashdown', { byPrimaryNeed: [need('SLCN', 'Speech'), need('ASD', 'Autism')] }),
      school('Beacon', { byPrimaryNeed: [need('SLCN', 'Speech')] }),
      school('Castle', { byPrimaryNeed: [need('ASD', 'Autism')] }),
      school('Downs'),
    ];
    expect(needsSummary(schools)).toEqual(['Speech is the most common primary need in 2 of 4 schools.']);
    expect(needsSummary([schools[0], schools[2]])).toEqual([
      'Speech and Autism are each the most common primary need in 1 of 2 schools.',
    ]);
    expect(needsSummary([school('Downs')])[0]).toMatch(/No school/);
  });

  it('heads the trend with month ends and today, and reads each school by date', () => {
    const trend = [
      { date: '2025-01-31', onRegister: 40 },
      { date: '2025-02-28', onRegister: few },
      { date: '2026-02-14', onRegister: 52 },
    ] as const;
    const a = school('Ashdown', { trend: [...trend] });
    const columns = trendColumns([a], '2026-02-14');
    expect(columns.map((c) => c.short)).toEqual(['Jan 2025', 'Feb 2025', 'Today']);
    expect(columns[0].long).toBe('End of January 2025');
    expect(columns[2].long).toBe('Today, 14 February 2026');
    expect(trendValue(a, '2025-02-28')).toBe(few);
    expect(trendValue(a, '2025-03-31')).toBeNull();
  });

  it('says how the registers moved, not comparing suppressed ends', () => {
    const t = (first: number | typeof few, last: number | typeof few) => [
      { date: '2025-01-31', onRegister: first },
      { date: '2026-01-20', onRegister: last },
    ];
    expect(
      trendSummary([
        school('Ashdown', { trend: t(40, 52) }),
        school('Beacon', { trend: t(30, 20) }),
        school('Castle', { trend: t(10, 22) }),
        school('Downs', { trend: t(few, 8) }),
      ]),
    ).toEqual([
      'Over the last 12 months the register grew in 2 schools and fell in 1 school.',
      'The largest rise was at Ashdown (from 40 to 52 pupils) and Castle (from 10 to 22 pupils).',
      'Not compared where a count is fewer than 5 or missing: Downs.',
    ]);
    expect(trendSummary([school('Ashdown', { trend: t(9, 9) })])).toEqual([
      'Over the last 12 months the register stayed the same in 1 school.',
    ]);
  });

  it('totals the costs in pounds and lists the pupils at the threshold', () => {
    const costs = (
      planned: number,
      delivered: number,
      perPupil: number | null,
      above: number | typeof few,
    ) => ({
      plannedPence: planned,
      deliveredPence: delivered,
      pupils: 10,
      perPupilPlannedPence: perPupil,
      approachingThreshold: 0,
      aboveThreshold: above,
    });
    expect(
      costsSummary(
        [
          school('Ashdown', { costs: costs(1_000_000, 400_000, 100_000, few) }),
          school('Beacon', { costs: costs(250_050, 0, 25_005, 0) }),
        ],
        '2025 to 2026',
      ),
    ).toEqual([
      'Across the trust, £12,500.50 of provision is planned for 2025 to 2026 and £4,000.00 has been delivered so far.',
      'Ashdown has the highest planned cost per pupil (£1,000.00), Beacon the lowest (£250.05).',
      'Pupils whose planned provision costs £6,000 or more this year (candidates for top-up funding): fewer than 5 at Ashdown.',
    ]);
    expect(costsSummary([school('Ashdown')], '2025 to 2026')).toEqual([
      'No provision is planned in any school for 2025 to 2026 yet.',
      'No school has a pupil whose planned provision costs £6,000 or more this year.',
    ]);
  });

  it('summarises reviews, passports, concerns and impact', () => {
    const schools = [
      school('Ashdown', {
        reviews: { activePlans: 40, onTimePercent: 95, overdue: few, withoutActivePlan: 0 },
        concerns: { open: 6, overFourWeeks: few },
        impact: { interventions: 3, pupilsMeasured: 12, improvedPercent: 75 },
        passports: { readPercent: 62.5 },
      }),
      school('Beacon', {
        reviews: { activePlans: 30, onTimePercent: 70, overdue: 9, withoutActivePlan: 5 },
        impact: { interventions: 1, pupilsMeasured: few, improvedPercent: null },
        passports: { readPercent: 90 },
      }),
    ];
    expect(reviewsSummary(schools)).toEqual([
      'Ashdown has the highest share of support plans on time for review (95.0%), Beacon the lowest (70.0%).',
      'Plans overdue for review: 9 at Beacon and fewer than 5 at Ashdown.',
      'Pupils on the register without an active support plan: 5 at Beacon.',
    ]);
    expect(passportsSummary(schools)).toEqual([
      'Beacon has the highest share of passports read by the staff who work with the pupils (90.0%), Ashdown the lowest (62.5%).',
    ]);
    expect(concernsSummary(schools)).toEqual([
      'Open concerns: 6 at Ashdown.',
      'Open for over 4 weeks: fewer than 5 at Ashdown.',
    ]);
    expect(concernsSummary([school('Beacon')])).toEqual(['No school has an open concern.']);
    expect(impactSummary(schools)).toEqual([
      '4 interventions have pupils with entry and exit measures across the trust.',
      'Ashdown has a share of measured pupils who improved of 75.0%.',
    ]);
    expect(impactSummary([school('Beacon')])).toEqual([
      'No school has measured the impact of an intervention yet.',
    ]);
  });
});
