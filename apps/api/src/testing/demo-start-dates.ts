/**
 * Moments the demo might be seeded at, for the demo generators' specs: term time, weekends, holidays,
 * both ends of the academic year and the London midnight that starts a new one.
 */
export const DEMO_START_DATES = [
  '2026-11-22T12:00:00Z', // a Sunday in the autumn term
  '2026-11-23T07:30:00Z', // a Monday morning
  '2026-10-28T12:00:00Z', // the October half-term
  '2026-12-30T12:00:00Z', // Christmas
  '2027-03-17T12:00:00Z', // spring term
  '2027-07-09T15:00:00Z', // a Friday near the end of the year
  '2026-09-01T09:00:00Z', // the first day of the academic year
  '2026-09-03T09:00:00Z', // the first week
  '2026-09-14T09:00:00Z', // just after the start of term
  '2027-08-16T12:00:00Z', // the summer holiday
  '2027-08-31T23:30:00Z', // just after midnight in London: the new academic year has begun there
] as const;
