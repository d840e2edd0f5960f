import { yearGroupLabel, type DueItem, type ReviewDashboardCounts } from '@sendreg/contracts';
import { NEAR_WINDOW_DAYS } from './due-windows';

/**
 * The words of the daily review digest. Pure: the digest service gathers what is due and writes the
 * messages to the outbox. Subjects show in lock screens and mail previews, so they carry counts only;
 * bodies name pupils by initials and year group, never by name (notifications.ts).
 */

/** A due item as the digest names it: the pupil by initials. */
export interface DigestItem extends DueItem {
  initials: string;
}

export interface DigestMessage {
  subject: string;
  body: string;
  /** A path in the app. */
  link: string;
}

/** Lines listed per section; the rest are counted, and the dashboard has them all. */
export const DIGEST_LIST_LIMIT = 50;

const weekdayDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** "Thu 26 November", with the year when it is not this year's ("Mon 3 November 2025"). */
export function digestDate(date: string, today: string): string {
  const words = weekdayDate.format(new Date(`${date}T00:00:00Z`));
  return date.slice(0, 4) === today.slice(0, 4) ? words : `${words} ${date.slice(0, 4)}`;
}

const days = (n: number) => (n === 1 ? '1 day' : `${String(n)} days`);

/** "support plan review (cycle 2)", but "EHC needs assessment" keeps its capitals. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "A.B. (Year 4): support plan review (cycle 2) due Thu 26 November, in 3 days". */
export function itemLine(item: DigestItem, today: string): string {
  const year = item.pupil.yearGroup ? ` (${yearGroupLabel(item.pupil.yearGroup)})` : '';
  const what = inSentence(item.label);
  const date = digestDate(item.dueOn, today);
  let when: string;
  if (item.daysUntil < 0) when = `was due ${date}, overdue by ${days(-item.daysUntil)}`;
  else if (item.daysUntil === 0) when = `due today, ${date}`;
  else if (item.daysUntil === 1) when = `due tomorrow, ${date}`;
  else when = `due ${date}, in ${days(item.daysUntil)}`;
  return `${item.initials}${year}: ${what} ${when}`;
}

function section(title: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, DIGEST_LIST_LIMIT);
  const more = lines.length - shown.length;
  return [title, ...shown, ...(more > 0 ? [`and ${String(more)} more: see the review dashboard.`] : []), ''];
}

function pupils(n: number): string {
  return n === 1 ? '1 pupil' : `${String(n)} pupils`;
}

/** "Reviews: 2 overdue, 5 due in the next 14 days, 1 pupil without an active plan". */
function countsSubject(overdue: number, dueSoon: number, withoutPlan: number): string {
  const parts = [
    overdue > 0 ? `${String(overdue)} overdue` : null,
    dueSoon > 0 ? `${String(dueSoon)} due in the next ${String(NEAR_WINDOW_DAYS)} days` : null,
    withoutPlan > 0 ? `${pupils(withoutPlan)} without an active plan` : null,
  ].filter((part): part is string => part !== null);
  return `Reviews: ${parts.join(', ')}`;
}

export interface Links {
  publicUrl: string;
  schoolId: string;
}

const dashboardPath = (schoolId: string) => `/schools/${schoolId}/reviews`;

/**
 * For those who write plans (the SENCO): every review and EHCP step overdue or due within 14 days,
 * and how many pupils on the register have no active plan. Null when there is none of these.
 */
export function sencoDigest(
  input: Links & { today: string; items: readonly DigestItem[]; withoutActivePlan: number },
): DigestMessage | null {
  const overdue = input.items.filter((item) => item.daysUntil < 0);
  const soon = input.items.filter((item) => item.daysUntil >= 0 && item.daysUntil <= NEAR_WINDOW_DAYS);
  if (overdue.length + soon.length + input.withoutActivePlan === 0) return null;
  const link = dashboardPath(input.schoolId);
  const line = (item: DigestItem) => itemLine(item, input.today);
  const body = [
    'Support plan reviews and EHCP deadlines that need you.',
    '',
    ...section('Overdue', overdue.map(line)),
    ...section(`Due in the next ${String(NEAR_WINDOW_DAYS)} days`, soon.map(line)),
    ...(input.withoutActivePlan > 0
      ? [`Pupils on the register without an active support plan: ${String(input.withoutActivePlan)}`, '']
      : []),
    `The review dashboard: ${input.publicUrl}${link}`,
  ];
  return {
    subject: countsSubject(overdue.length, soon.length, input.withoutActivePlan),
    body: body.join('\n'),
    link,
  };
}

/**
 * For the head (who oversees but does not write plans): the counts only, as on their dashboard. Null
 * when nothing is overdue or due soon and every pupil on the register has a plan.
 */
export function headDigest(input: Links & { counts: ReviewDashboardCounts }): DigestMessage | null {
  const c = input.counts;
  if (c.overdue + c.dueWithin14Days + c.withoutActivePlan === 0) return null;
  const link = dashboardPath(input.schoolId);
  const body = [
    'Support plan reviews and EHCP deadlines across the school today:',
    '',
    `Overdue: ${String(c.overdue)}`,
    `Due in the next ${String(NEAR_WINDOW_DAYS)} days: ${String(c.dueWithin14Days)}`,
    `Due in 15 to 30 days: ${String(c.dueWithin30Days - c.dueWithin14Days)}`,
    `Pupils on the register without an active support plan: ${String(c.withoutActivePlan)}`,
    `Pupils on SEN support with fewer than three meetings (reviews and parent meetings) in the last 12 months: ${String(
      c.belowMeetingExpectation,
    )}`,
    '',
    `The review dashboard: ${input.publicUrl}${link}`,
  ];
  return {
    subject: countsSubject(c.overdue, c.dueWithin14Days, c.withoutActivePlan),
    body: body.join('\n'),
    link,
  };
}

/**
 * For a teacher: the support plan reviews of their own pupils due from today to 14 days ahead, so
 * they add their comments on progress before the meeting. Null when there are none.
 */
export function teacherDigest(
  input: Links & { today: string; reviews: readonly DigestItem[] },
): DigestMessage | null {
  const reviews = input.reviews.filter((item) => item.daysUntil >= 0 && item.daysUntil <= NEAR_WINDOW_DAYS);
  if (reviews.length === 0) return null;
  const planPath = (item: DigestItem) => `/schools/${input.schoolId}/pupils/${item.pupil.id}/plan`;
  const lines = reviews
    .slice(0, DIGEST_LIST_LIMIT)
    .flatMap((item) => [
      itemLine(item, input.today),
      `Add your comments: ${input.publicUrl}${planPath(item)}`,
      '',
    ]);
  const more = reviews.length - Math.min(reviews.length, DIGEST_LIST_LIMIT);
  const body = [
    'Support plan reviews of pupils you work with are coming up: add your comments on progress before the review.',
    '',
    ...lines,
    ...(more > 0 ? [`and ${String(more)} more: see each pupil's plan.`, ''] : []),
  ];
  const first = reviews[0] as DigestItem;
  return {
    subject:
      reviews.length === 1
        ? 'A support plan review of one of your pupils is coming up'
        : `Support plan reviews of your pupils: ${String(reviews.length)} in the next ${String(NEAR_WINDOW_DAYS)} days`,
    body: body.join('\n').trimEnd(),
    link: reviews.length === 1 ? planPath(first) : `/schools/${input.schoolId}/my-pupils`,
  };
}

/** One message for a person with two parts (a head who also teaches a class): the first leads. */
export function joinDigests(first: DigestMessage | null, second: DigestMessage | null): DigestMessage | null {
  if (!first || !second) return first ?? second;
  return { subject: first.subject, body: `${first.body}\n\n${second.body}`, link: first.link };
}
