import type { Passport, PassportDraft } from '@sendreg/contracts';

/** Reading the API's answers to writes, which may be the thing written or the whole passport. */

/**
 * The draft as saved. The API answers a save with the draft, or with the whole passport: either way
 * this is the draft, whose version a publish (or the next save) sends.
 */
export function savedDraft(answer: PassportDraft | Passport | undefined): PassportDraft | null {
  if (!answer) return null;
  if ('pupil' in answer) return answer.draft;
  return answer;
}

/** The number of the version a publish made, from whichever answer the API gives (the version or the passport). */
export function publishedNumber(answer: unknown): number | null {
  if (typeof answer !== 'object' || answer === null) return null;
  if ('number' in answer && typeof answer.number === 'number') return answer.number;
  if ('current' in answer) return publishedNumber(answer.current);
  return null;
}
