import { yearGroupLabel, type YearGroup } from '@sendreg/contracts';
import ical from 'ical-generator';
import { createHash } from 'node:crypto';
import { pupilInitials } from './pupil-initials';

/** The kinds of date a calendar feed carries. */
export type ReviewDateKind = 'plan-review' | 'ehcp-annual-review-due' | 'ehcp-annual-review-meeting';

/** A date to show, as read from the database, before anything about the pupil is taken out. */
export interface ReviewDate {
  kind: ReviewDateKind;
  /**
   * What makes it the same event when its date moves (the plan's id, the pupil's id): hashed into the
   * event's UID, never written to the feed as it is.
   */
  key: string;
  /** YYYY-MM-DD */
  date: string;
  pupil: { name: string; yearGroup: YearGroup | null };
}

/** An all-day event as the feed shows it: the pupil by initials and year only. */
export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
}

const WORDING: Record<ReviewDateKind, { title: string; description: string }> = {
  'plan-review': {
    title: 'Support plan review',
    description:
      'A support plan review is due. Open the SEND register to see the plan and record the review.',
  },
  'ehcp-annual-review-due': {
    title: 'EHCP annual review due by',
    description:
      'The latest date the law allows for the annual review meeting of this EHC plan. Open the SEND register for the EHCP timeline.',
  },
  'ehcp-annual-review-meeting': {
    title: 'EHCP annual review meeting',
    description:
      'The annual review meeting booked for this EHC plan. Reports go to everyone invited at least 2 weeks before.',
  },
};

/** "A.B. (Year 4)": how a feed names a pupil. */
export function pupilLabel(pupil: ReviewDate['pupil']): string {
  const initials = pupilInitials(pupil.name);
  return pupil.yearGroup ? `${initials} (${yearGroupLabel(pupil.yearGroup)})` : initials;
}

/**
 * A stable UID, so a calendar app updates an event whose date moved instead of adding another: a hash
 * of its kind and key, which shows no id of the pupil or the plan.
 */
export function eventUid(kind: ReviewDateKind, key: string): string {
  return `${createHash('sha256').update(`${kind}:${key}`).digest('hex').slice(0, 32)}@send-register`;
}

export function calendarEvent(item: ReviewDate): CalendarEvent {
  const wording = WORDING[item.kind];
  return {
    uid: eventUid(item.kind, item.key),
    date: item.date,
    summary: `${wording.title}: ${pupilLabel(item.pupil)}`,
    description: wording.description,
  };
}

/** The events of a feed, by date then title: the same dates always give the same feed. */
export function calendarEvents(items: readonly ReviewDate[]): CalendarEvent[] {
  return items
    .map(calendarEvent)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || a.summary.localeCompare(b.summary) || a.uid.localeCompare(b.uid),
    );
}

/** The iCalendar text of a feed: all-day events, stamped with the time it was built. */
export function renderCalendar(name: string, events: readonly CalendarEvent[], stamp: Date): string {
  const calendar = ical({
    name,
    prodId: { company: 'SEND Register', product: 'Review dates', language: 'EN' },
    // Calendar apps that honour it fetch again after 6 hours: review dates move by days, not minutes.
    ttl: 60 * 60 * 6,
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: event.date,
      allDay: true,
      summary: event.summary,
      description: event.description,
      stamp,
    });
  }
  return calendar.toString();
}
