import { ApiError } from '../../../lib/api-error';
import { signInProblemFrom, validateSignIn } from './sign-in-errors';

const apiError = (status: number, extra: Partial<ApiError['problem']> = {}) =>
  new ApiError({ type: 'about:blank', title: 'Problem', status, ...extra });

describe('sign-in errors', () => {
  it('asks for both fields when empty, in field order', () => {
    expect(validateSignIn({ email: '', password: '' })?.summary).toEqual([
      { fieldId: 'email', message: 'Enter your email address' },
      { fieldId: 'password', message: 'Enter your password' },
    ]);
  });

  it('checks the email format', () => {
    expect(validateSignIn({ email: 'jo', password: 'x' })?.fields.email).toMatch(/correct format/);
    expect(validateSignIn({ email: 'jo@oak.sch.uk', password: 'x' })).toBeNull();
  });

  it('shows the one generic message of a 401, linked to the first field', () => {
    const problem = signInProblemFrom(
      apiError(401, { detail: 'Enter a correct email address and password' }),
    );
    expect(problem.summary).toEqual([
      { fieldId: 'email', message: 'Enter a correct email address and password' },
    ]);
    expect(problem.fields).toEqual({});
  });

  it('shows the throttling detail of a 429', () => {
    const problem = signInProblemFrom(
      apiError(429, { detail: 'Too many attempts. Try again in 5 minutes.' }),
    );
    expect(problem.summary[0].message).toBe('Too many attempts. Try again in 5 minutes.');
  });

  it('puts validation errors next to their fields', () => {
    const problem = signInProblemFrom(
      apiError(400, {
        errors: [{ field: 'password', message: 'Enter a password of 200 characters or fewer' }],
      }),
    );
    expect(problem.fields.password).toBe('Enter a password of 200 characters or fewer');
    expect(problem.summary).toEqual([
      { fieldId: 'password', message: 'Enter a password of 200 characters or fewer' },
    ]);
  });

  it('says the service could not be reached when the network fails', () => {
    expect(signInProblemFrom(new TypeError('Failed to fetch')).summary[0].message).toMatch(/could not reach/);
  });
});
