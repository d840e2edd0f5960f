import { computeUpnCheckLetter, validateUpn } from './upn';

describe('UPN check letter', () => {
  it('accepts the worked example of DOMAIN.md', () => {
    expect(computeUpnCheckLetter('674123101121')).toBe('R');
    expect(validateUpn('R674123101121')).toEqual({ valid: true, temporary: false });
  });

  it('accepts the UPNs of the shared MIS fixture', () => {
    for (const upn of ['B925204115001', 'Q925204115002', 'E925204115003', 'Z925204115017']) {
      expect(validateUpn(upn).valid).toBe(true);
    }
  });

  it('names the expected letter when the check letter is wrong', () => {
    const result = validateUpn('A674123101121');
    expect(result.valid).toBe(false);
    expect(result.problem).toBe('check-letter-mismatch');
    expect(result.expectedCheckLetter).toBe('R');
    expect(result.message).toContain('should be R');
  });

  it('accepts a temporary UPN whose 13th character is a letter, weighted by its index', () => {
    const body = '67412310112A';
    const letter = computeUpnCheckLetter(body);
    expect(letter).not.toBeNull();
    expect(validateUpn(`${letter}${body}`)).toEqual({ valid: true, temporary: true });
  });

  it.each([
    ['R67412310112', 'length'],
    ['167412310112A', 'check-letter-not-letter'],
    ['I674123101121', 'check-letter-not-letter'],
    ['R6741231X1121', 'body-not-digits'],
    ['R67412310112I', 'serial-invalid'],
  ])('rejects %s as %s', (upn, problem) => {
    expect(validateUpn(upn).problem).toBe(problem);
  });
});
