import { REVIEWS_PER_YEAR_CHOICES, type SavePlanSettingsRequest } from '@sendreg/contracts';
import { formProblem, formProblemFrom, type FormProblem } from '../../lib/form-problem';

/** The id of the radios (the first radio), for the error summary's link. */
export const REVIEWS_PER_YEAR_FIELD = 'reviews-per-year';

/** "every 4 months": the interval the cycle sets between reviews (12 / reviews a year, rounded). */
export function intervalText(reviewsPerYear: number): string {
  const months = Math.max(1, Math.round(12 / reviewsPerYear));
  return months === 1 ? 'every month' : `every ${String(months)} months`;
}

/** The radios: "3 a year", with the interval as the hint. */
export function reviewsPerYearItems(): { value: string; label: string; hint: string }[] {
  return REVIEWS_PER_YEAR_CHOICES.map((n) => ({
    value: String(n),
    label: `${String(n)} a year`,
    hint: `A review ${intervalText(n)}`,
  }));
}

export type CycleCheck = { ok: true; request: SavePlanSettingsRequest } | { ok: false; problem: FormProblem };

/** The form's answer as a request, or what is wrong with it. */
export function checkReviewCycle(value: string | null, version: number): CycleCheck {
  const reviewsPerYear = Number(value);
  if (value && REVIEWS_PER_YEAR_CHOICES.includes(reviewsPerYear)) {
    return { ok: true, request: { reviewsPerYear, version } };
  }
  return {
    ok: false,
    problem: formProblem([[REVIEWS_PER_YEAR_FIELD, 'Choose how many reviews a year each support plan has']])!,
  };
}

/** The server's refusal as a form problem: every field it names is the one question here. */
export function reviewCycleProblemFrom(error: unknown): FormProblem {
  return formProblemFrom(error, () => REVIEWS_PER_YEAR_FIELD, REVIEWS_PER_YEAR_FIELD);
}
