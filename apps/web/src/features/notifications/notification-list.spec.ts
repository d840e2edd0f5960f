import type { Notification, NotificationList } from '@sendreg/contracts';
import {
  allMarkedRead,
  appPath,
  calendarFeedStatus,
  deliveryText,
  formatDateTime,
  markedRead,
  notificationsLinkLabel,
  unreadBadge,
  unreadSentence,
} from './notification-list';

const notification = (
  id: string,
  readAt: string | null = null,
  emailedAt: string | null = null,
): Notification => ({
  id,
  kind: 'review-digest',
  subject: 'Reviews due this week',
  body: 'A.A. (Year 4): support plan review due tomorrow.',
  link: '/schools/s1/reviews',
  createdAt: '2026-03-04T09:05:00.000Z',
  readAt,
  emailedAt,
});

describe('the header link', () => {
  it('says how many are unread, in words and as a badge', () => {
    expect(notificationsLinkLabel(3)).toBe('Notifications, 3 unread');
    expect(notificationsLinkLabel(1200)).toBe('Notifications, 1,200 unread');
    expect(notificationsLinkLabel(0)).toBe('Notifications');
    expect(unreadBadge(3)).toBe('3');
    expect(unreadBadge(99)).toBe('99');
    expect(unreadBadge(100)).toBe('99+');
    expect(unreadBadge(0)).toBeNull();
  });
});

describe('the notifications page', () => {
  it('counts the unread ones in a sentence', () => {
    expect(unreadSentence(0)).toBe('You have read all your notifications.');
    expect(unreadSentence(1)).toBe('You have 1 unread notification.');
    expect(unreadSentence(12)).toBe('You have 12 unread notifications.');
  });

  it('writes times in UK time, whatever the browser’s zone', () => {
    expect(formatDateTime('2026-03-04T09:05:00.000Z')).toBe('4 March 2026 at 9:05am');
    // British Summer Time: 13:30 UTC is 2:30pm in London.
    expect(formatDateTime('2026-07-01T13:30:00.000Z')).toBe('1 July 2026 at 2:30pm');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('says whether it was emailed', () => {
    expect(deliveryText(notification('a'))).toBe('Sent 4 March 2026 at 9:05am. Not emailed.');
    expect(deliveryText(notification('a', null, '2026-03-04T09:06:00.000Z'))).toBe(
      'Sent 4 March 2026 at 9:05am. Also emailed to you 4 March 2026 at 9:06am.',
    );
  });

  it('opens paths in the app only', () => {
    expect(appPath('/schools/s1/reviews')).toBe('/schools/s1/reviews');
    expect(appPath(null)).toBeNull();
    expect(appPath('https://elsewhere.example/')).toBeNull();
    expect(appPath('//elsewhere.example/x')).toBeNull();
    expect(appPath('/\\elsewhere.example')).toBeNull();
    expect(appPath('javascript:alert(1)')).toBeNull();
  });

  it('marks one read, or all, and recounts', () => {
    const list: NotificationList = {
      items: [notification('a'), notification('b', '2026-03-01T10:00:00.000Z'), notification('c')],
      unread: 2,
    };
    const one = markedRead(list, 'a', '2026-03-05T10:00:00.000Z');
    expect(one.unread).toBe(1);
    expect(one.items.map((n) => n.readAt)).toEqual([
      '2026-03-05T10:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
      null,
    ]);
    // Already read, or not in the list: unchanged.
    expect(markedRead(one, 'a', '2026-03-06T10:00:00.000Z')).toBe(one);
    expect(markedRead(one, 'zz', '2026-03-06T10:00:00.000Z')).toBe(one);
    const all = allMarkedRead(one, '2026-03-07T10:00:00.000Z');
    expect(all.unread).toBe(0);
    expect(all.items.map((n) => n.readAt)).toEqual([
      '2026-03-05T10:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
      '2026-03-07T10:00:00.000Z',
    ]);
  });

  it('describes the calendar link', () => {
    expect(calendarFeedStatus({ active: false, createdAt: null, url: null })).toBe(
      'You do not have a calendar link.',
    );
    expect(calendarFeedStatus({ active: true, createdAt: '2026-03-04T09:05:00.000Z', url: null })).toBe(
      'Your calendar link is on. You created it on 4 March 2026 at 9:05am.',
    );
  });
});
