import type { ImpactReport } from '@sendreg/contracts';
import {
  costPerUnitText,
  datesText,
  groupingFrom,
  impactSentence,
  improvedCount,
  measureText,
  numberText,
  percentText,
  progressText,
  scheduleText,
  signedText,
  impactSummary,
} from './provision-format';

type Line = ImpactReport['interventions'][number];

function line(overrides: Partial<Line['summary']> = {}): Line {
  return {
    intervention: {
      id: 'i1',
      name: 'Phonics catch-up',
      area: 'cognition_and_learning',
      measure: { name: 'Reading age', unit: 'months', higherIsBetter: true },
    },
    summary: {
      pupils: 12,
      pupilsMeasured: 10,
      meanProgress: 6,
      improvedShare: 0.8,
      attendanceRate: 0.917,
      plannedSessions: 40,
      deliveredSessions: 36,
      cancelledSessions: 4,
      deliveryRate: 0.9,
      costPerUnitProgressPence: 1240,
      ...overrides,
    },
    deliveredPence: 74_400,
  };
}

describe('provision wording', () => {
  it('says when a group meets', () => {
    expect(scheduleText([2], 30)).toBe('Tuesdays, 30 min');
  });

  it('writes a span of dates briefly, with both years only when they differ', () => {
    expect(datesText('2026-09-07', '2026-12-18')).toBe('7 September to 18 December 2026');
    expect(datesText('2026-09-07', '2027-07-16')).toBe('7 September 2026 to 16 July 2027');
  });

  it('writes counts, shares and numbers', () => {
    expect(percentText(0.834)).toBe('83%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(null)).toBeNull();
    expect(numberText(1234.5)).toBe('1,234.5');
    expect(numberText(6.456)).toBe('6.46');
  });

  it('signs progress, positive meaning better', () => {
    expect(signedText(6)).toBe('+6');
    expect(signedText(-2.5)).toBe('-2.5');
    expect(signedText(0)).toBe('0');
    expect(progressText(6, { unit: 'months' })).toBe('+6 months');
  });

  it('describes a measure and which way is better', () => {
    expect(measureText({ name: 'Reading age', unit: 'months', higherIsBetter: true })).toBe(
      'Reading age (months)',
    );
    expect(measureText({ name: 'Spelling errors', unit: 'errors in 20 words', higherIsBetter: false })).toBe(
      'Spelling errors (errors in 20 words; lower is better)',
    );
    expect(costPerUnitText(1240, { unit: 'months' })).toBe('£12.40 per unit of progress (months)');
  });

  it('sums an intervention up in one sentence', () => {
    expect(improvedCount(line())).toBe(8);
    expect(impactSentence(line())).toBe(
      'Phonics catch-up: 8 of 10 pupils improved; mean progress +6 months (Reading age)',
    );
    expect(impactSentence(line({ pupilsMeasured: 1, improvedShare: 0, meanProgress: -1 }))).toBe(
      'Phonics catch-up: 0 of 1 pupil improved; mean progress -1 months (Reading age)',
    );
    expect(impactSentence(line({ pupilsMeasured: 0, improvedShare: null, meanProgress: null }))).toBe(
      'Phonics catch-up: no pupil has both an entry and an exit measure yet (12 pupils in its groups)',
    );
  });

  it('sums up measured interventions in sentences, and names the rest in one line', () => {
    const none = {
      ...line({ pupilsMeasured: 0, meanProgress: null, improvedShare: null }),
      intervention: { ...line().intervention, id: 'none', name: 'Talk Boost' },
    };
    expect(impactSummary([none, line()])).toEqual({
      sentences: ['Phonics catch-up: 8 of 10 pupils improved; mean progress +6 months (Reading age)'],
      unmeasured: ['Talk Boost'],
    });
  });

  it('reads the grouping from the URL, the API default otherwise', () => {
    expect(groupingFrom(new URLSearchParams('by=area'))).toBe('area');
    expect(groupingFrom(new URLSearchParams('by=yearGroup'))).toBe('yearGroup');
    expect(groupingFrom(new URLSearchParams('by=pupil'))).toBe('intervention');
    expect(groupingFrom(new URLSearchParams())).toBe('intervention');
  });
});
