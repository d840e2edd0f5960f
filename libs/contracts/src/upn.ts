/**
 * Unique pupil number (UPN) validation, as DOMAIN.md describes: 13 characters; character 1 is a
 * check letter over characters 2 to 13 (weights 2 to 13, sum mod 23, mapped to the 23 letters below);
 * a temporary UPN has a letter as its 13th character, weighted by its index in the same list.
 */
export const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export type UpnProblem =
  'length' | 'check-letter-not-letter' | 'body-not-digits' | 'serial-invalid' | 'check-letter-mismatch';

export interface UpnResult {
  valid: boolean;
  temporary: boolean;
  problem?: UpnProblem;
  message?: string;
  expectedCheckLetter?: string;
}

export function computeUpnCheckLetter(body12: string): string | null {
  if (body12.length !== 12) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = body12[i] as string;
    let value: number;
    if (/[0-9]/.test(ch)) value = Number(ch);
    else if (i === 11 && UPN_CHECK_LETTERS.includes(ch)) value = UPN_CHECK_LETTERS.indexOf(ch);
    else return null;
    sum += value * (i + 2);
  }
  return UPN_CHECK_LETTERS[sum % 23] as string;
}

export function validateUpn(raw: string): UpnResult {
  const upn = raw.trim().toUpperCase();
  if (upn.length !== 13) {
    return {
      valid: false,
      temporary: false,
      problem: 'length',
      message: `A UPN has 13 characters; this has ${upn.length}.`,
    };
  }
  const check = upn[0] as string;
  if (!UPN_CHECK_LETTERS.includes(check)) {
    return {
      valid: false,
      temporary: false,
      problem: 'check-letter-not-letter',
      message: 'The first character of a UPN is a check letter (A to Z, without I, O and S).',
    };
  }
  if (!/^[0-9]{11}$/.test(upn.slice(1, 12))) {
    return {
      valid: false,
      temporary: false,
      problem: 'body-not-digits',
      message: 'Characters 2 to 12 of a UPN are digits.',
    };
  }
  const last = upn[12] as string;
  const temporary = !/[0-9]/.test(last);
  if (temporary && !UPN_CHECK_LETTERS.includes(last)) {
    return {
      valid: false,
      temporary,
      problem: 'serial-invalid',
      message: 'The 13th character of a UPN is a digit, or for a temporary UPN a letter (not I, O or S).',
    };
  }
  const expected = computeUpnCheckLetter(upn.slice(1)) as string;
  if (expected !== check) {
    return {
      valid: false,
      temporary,
      problem: 'check-letter-mismatch',
      expectedCheckLetter: expected,
      message: `The check letter does not match: for these digits it should be ${expected}, not ${check}.`,
    };
  }
  return { valid: true, temporary };
}
