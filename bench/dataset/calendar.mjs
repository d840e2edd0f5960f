/**
 * Dates for the dataset, as 'YYYY-MM-DD' strings: today in England, the academic year, and the usual
 * English school holidays (seeded as each school's term dates, so no session falls in a holiday).
 */

const DAY = 86_400_000;

/** Today's date in Europe/London. */
export function londonToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

export function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export function addMonths(date, months) {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/** 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date) {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

export const minDate = (a, b) => (a < b ? a : b);
export const maxDate = (a, b) => (a > b ? a : b);

/** The academic year a date falls in, by its first calendar year: it starts on 1 September. */
export function academicYearOf(date) {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 9 ? year : year - 1;
}

function mondayOf(date) {
  return addDays(date, 1 - isoWeekday(date));
}

/** The first weekday on or after the date. */
function weekdayFrom(date) {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

/** The Friday on or before the date. */
function fridayOnOrBefore(date) {
  let d = date;
  while (isoWeekday(d) !== 5) d = addDays(d, -1);
  return d;
}

/** First day of the autumn term of the academic year starting in `y`. */
function autumnStart(y) {
  return weekdayFrom(`${y}-09-03`);
}

/**
 * The holidays of the academic year starting in `y`, and the summer holiday that ends it: October
 * half-term, Christmas, February half-term, Easter (two weeks), May half-term, summer.
 */
export function holidaysOf(y) {
  const week = (monday, name, days = 4) => ({ name, from: monday, to: addDays(monday, days) });
  const summerFrom = addDays(fridayOnOrBefore(`${y + 1}-07-22`), 1);
  return [
    week(mondayOf(`${y}-10-27`), 'October half-term'),
    { name: 'Christmas holidays', from: `${y}-12-23`, to: `${y + 1}-01-03` },
    week(mondayOf(`${y + 1}-02-21`), 'February half-term'),
    week(mondayOf(addDays(`${y + 1}-04-01`, 6)), 'Easter holidays', 11),
    week(mondayOf(`${y + 1}-05-31`), 'May half-term'),
    { name: 'Summer holidays', from: summerFrom, to: addDays(autumnStart(y + 1), -1) },
  ];
}

/**
 * The calendar around today: the window of logged sessions (the year up to yesterday), the holidays
 * touching it and the months after it, and the school days.
 */
export function calendarFor(today) {
  const yesterday = addDays(today, -1);
  const logFrom = addDays(today, -365);
  const horizon = addDays(today, 200);
  const first = academicYearOf(logFrom) - 1;
  const closures = [];
  for (let y = first; y <= academicYearOf(horizon); y++) {
    for (const h of holidaysOf(y)) if (h.to >= addDays(logFrom, -60) && h.from <= horizon) closures.push(h);
  }
  const isClosed = (date) => closures.some((c) => c.from <= date && date <= c.to);
  const isSchoolDay = (date) => isoWeekday(date) <= 5 && !isClosed(date);
  return { today, yesterday, logFrom, horizon, closures, isClosed, isSchoolDay };
}

/** ISO timestamp of a local time on a date (as UTC: an hour out in summer is of no matter here). */
export function at(date, minutes) {
  const h = String(Math.floor(minutes / 60)).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${date}T${h}:${m}:00Z`;
}
