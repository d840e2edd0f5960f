/** Schools are in England: "today" for a school is the date in Europe/London, whatever the server's zone. */
export const SCHOOL_TIME_ZONE = 'Europe/London';

/** Made once: building a formatter with a time zone is costly, and this runs on most requests. */
const ENGLISH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: SCHOOL_TIME_ZONE });

/** Today's date in England, as the school sees it. */
export function schoolToday(now = new Date()): string {
  return ENGLISH_DATE.format(now);
}

/** The same day in SQL, for statements that must decide "today" inside the database. */
export const SCHOOL_TODAY_SQL = `(now() AT TIME ZONE '${SCHOOL_TIME_ZONE}')::date`;
