import { readSignInState, safeReturnPath } from './sign-in-state';

describe('sign-in state', () => {
  it('reads what the router passed, ignoring anything unexpected', () => {
    expect(readSignInState({ reason: 'expired', from: '/schools/s/register' })).toEqual({
      reason: 'expired',
      from: '/schools/s/register',
    });
    expect(readSignInState({ reason: 'hacked', from: 42 })).toEqual({ reason: 'none', from: undefined });
    expect(readSignInState(null)).toEqual({ reason: 'none' });
  });

  it('only returns to paths inside the app', () => {
    expect(safeReturnPath('/schools/s/register?page=2')).toBe('/schools/s/register?page=2');
    expect(safeReturnPath('//evil.example/x')).toBeUndefined();
    expect(safeReturnPath('/\\evil.example')).toBeUndefined();
    expect(safeReturnPath('https://evil.example')).toBeUndefined();
    expect(safeReturnPath('/sign-in')).toBeUndefined();
    expect(safeReturnPath(undefined)).toBeUndefined();
  });
});
