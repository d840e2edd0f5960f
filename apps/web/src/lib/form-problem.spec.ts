import { ApiError } from './api-error';
import { formProblem, formProblemFrom, isStaleVersion } from './form-problem';

const apiError = (status: number, extra: Partial<ApiError['problem']> = {}) =>
  new ApiError({ type: 'about:blank', title: 'Problem', status, ...extra });

describe('form problems', () => {
  it('keeps the first message per field, in the order of the fields', () => {
    expect(
      formProblem([
        ['status', 'Choose a status'],
        ['reason', undefined],
        ['date-day', 'Enter the date'],
        ['status', 'Another message'],
      ]),
    ).toEqual({
      fields: { status: 'Choose a status', 'date-day': 'Enter the date' },
      summary: [
        { fieldId: 'status', message: 'Choose a status' },
        { fieldId: 'date-day', message: 'Enter the date' },
      ],
    });
    expect(formProblem([['status', undefined]])).toBeNull();
  });

  it('puts validation errors from the server next to their fields', () => {
    const error = apiError(400, {
      type: '/problems/validation',
      errors: [
        { field: 'needs[1].code', message: 'Choose a type of need' },
        { field: 'senVersion', message: 'senVersion must be a whole number' },
      ],
    });
    const ids: Record<string, string> = { 'needs[1].code': 'secondary-need' };
    expect(formProblemFrom(error, (field) => ids[field], 'primary-need')).toEqual({
      fields: { 'secondary-need': 'Choose a type of need' },
      summary: [
        { fieldId: 'secondary-need', message: 'Choose a type of need' },
        { fieldId: 'primary-need', message: 'senVersion must be a whole number' },
      ],
    });
  });

  it('shows any other failure as one message in the summary', () => {
    expect(formProblemFrom(apiError(403), () => undefined, 'status').summary).toEqual([
      { fieldId: 'status', message: 'You do not have permission to see this.' },
    ]);
    expect(
      formProblemFrom(new TypeError('Failed to fetch'), () => undefined, 'status').summary[0].message,
    ).toMatch(/could not reach/);
  });

  it('recognises a stale version', () => {
    expect(isStaleVersion(apiError(409, { type: '/problems/stale-version' }))).toBe(true);
    expect(isStaleVersion(apiError(409, { type: '/problems/conflict' }))).toBe(false);
    expect(isStaleVersion(apiError(400))).toBe(false);
  });
});
