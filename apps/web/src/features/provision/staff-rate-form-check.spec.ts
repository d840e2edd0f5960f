import { checkStaffRate, RATE_FIELD, rateFieldId, rateTargetValue } from './staff-rate-form-check';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

const from = { 'effectiveFrom-day': '1', 'effectiveFrom-month': '9', 'effectiveFrom-year': '2026' };

describe('setting an hourly rate', () => {
  it('sets a role’s rate in pence from a date', () => {
    expect(checkStaffRate(form({ rateFor: 'role:ta', hourlyRate: '15.50', ...from }))).toEqual({
      ok: true,
      request: { role: 'ta', hourlyRatePence: 1550, effectiveFrom: '2026-09-01' },
    });
  });

  it('sets one person’s own rate', () => {
    const userId = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';
    expect(
      checkStaffRate(form({ rateFor: rateTargetValue({ userId }), hourlyRate: '£21', ...from })),
    ).toEqual({
      ok: true,
      request: { userId, hourlyRatePence: 2100, effectiveFrom: '2026-09-01' },
    });
    expect(rateTargetValue({ role: 'senco' })).toBe('role:senco');
  });

  it('asks who, how much and from when', () => {
    const checked = checkStaffRate(form({ rateFor: 'role:head', hourlyRate: '' }));
    expect(checked.ok ? [] : checked.problem.summary).toEqual([
      { fieldId: RATE_FIELD.target, message: 'Select who the rate is for' },
      { fieldId: RATE_FIELD.hourlyRate, message: 'Enter the hourly rate' },
      { fieldId: 'rate-from-day', message: 'Enter the date the rate starts' },
    ]);
  });

  it('keeps the rate above nothing and within the limit', () => {
    for (const [typed, message] of [
      ['0', 'The hourly rate must be more than £0'],
      ['1000.01', 'The hourly rate must be £1,000 or less'],
      ['fifteen', 'Enter the hourly rate in pounds and pence, for example 15.50'],
    ]) {
      const checked = checkStaffRate(form({ rateFor: 'role:ta', hourlyRate: typed, ...from }));
      expect(checked.ok ? [] : checked.problem.summary).toEqual([
        { fieldId: RATE_FIELD.hourlyRate, message },
      ]);
    }
  });

  it("places the server's errors", () => {
    expect(rateFieldId('userId')).toBe(RATE_FIELD.target);
    expect(rateFieldId('hourlyRatePence')).toBe(RATE_FIELD.hourlyRate);
    expect(rateFieldId('effectiveFrom')).toBe('rate-from-day');
    expect(rateFieldId('version')).toBeUndefined();
  });
});
