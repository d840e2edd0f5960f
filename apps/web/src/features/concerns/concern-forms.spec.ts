import { checkConcern, checkTriage, concernFieldId, triageFieldId } from './concern-forms';

const date = { day: '12', month: '1', year: '2026' };

describe('raising a concern', () => {
  it('builds the request, leaving out what was not tried', () => {
    expect(
      checkConcern({ area: 'not_sure', observed: '  Rarely speaks in class discussions. ', tried: ' ' }),
    ).toEqual({
      ok: true,
      request: { area: 'not_sure', observed: 'Rarely speaks in class discussions.' },
    });
    expect(
      checkConcern({
        area: 'sensory_physical',
        observed: 'Squints at the board.',
        tried: 'Moved to the front',
      }),
    ).toMatchObject({ ok: true, request: { tried: 'Moved to the front' } });
  });

  it('asks for the area and a sentence about what was observed', () => {
    const checked = checkConcern({ area: 'maths', observed: 'Slow', tried: '' });
    expect(checked.ok ? [] : checked.problem.summary).toEqual([
      { fieldId: 'area', message: 'Choose the area of your concern, or "Not sure"' },
      { fieldId: 'observed', message: 'Describe what you have observed in a sentence or two' },
    ]);
    expect(concernFieldId('observed')).toBe('observed');
    expect(concernFieldId('pupilId')).toBeUndefined();
  });
});

describe('triaging a concern', () => {
  it('sends the start date only when the status changes', () => {
    expect(checkTriage({ decision: 'monitor', outcome: 'We will watch for a term.', date })).toEqual({
      ok: true,
      request: { decision: 'monitor', outcome: 'We will watch for a term.', effectiveFrom: '2026-01-12' },
    });
    expect(
      checkTriage({ decision: 'close', outcome: 'Typical for age.', date: { day: '', month: '', year: '' } }),
    ).toEqual({ ok: true, request: { decision: 'close', outcome: 'Typical for age.' } });
  });

  it('asks for the decision, the outcome and a real start date', () => {
    const checked = checkTriage({ decision: '', outcome: '', date });
    expect(checked.ok ? [] : checked.problem.summary.map((item) => item.fieldId)).toEqual([
      'decision',
      'outcome',
    ]);
    const badDate = checkTriage({
      decision: 'sen_support',
      outcome: 'Agreed.',
      date: { day: '31', month: '2', year: '2026' },
    });
    expect(badDate.ok ? [] : badDate.problem.summary).toEqual([
      { fieldId: 'effective-from-day', message: 'The date the new status starts must be a real date' },
    ]);
    expect(triageFieldId('effectiveFrom')).toBe('effective-from-day');
  });
});
