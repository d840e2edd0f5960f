import { SUPPRESS_BELOW, SUPPRESSED_LABEL, type TrustCount, type TrustPercent } from '@sendreg/contracts';

/**
 * Small-number suppression for everything the trust sees. A count under SUPPRESS_BELOW is never
 * shown, and that includes 0: if 0 were shown, "fewer than 5" would mean "1 to 4", and in a small
 * school one child can be that one.
 */
export function suppressCount(count: number): TrustCount {
  return count < SUPPRESS_BELOW ? SUPPRESSED_LABEL : count;
}

export function isSuppressed(count: number): boolean {
  return count < SUPPRESS_BELOW;
}

/**
 * part over whole as a percentage with one decimal, or null when either count is suppressed (a
 * percentage of a hidden count would give the count away) or there is no base.
 */
export function suppressedPercent(part: number, whole: number): TrustPercent {
  if (isSuppressed(part) || isSuppressed(whole) || whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
