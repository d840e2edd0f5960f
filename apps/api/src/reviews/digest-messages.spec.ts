import type { ReviewDashboardCounts } from '@sendreg/contracts';
import {
  DIGEST_LIST_LIMIT,
  digestDate,
  headDigest,
  itemLine,
  joinDigests,
  sencoDigest,
  teacherDigest,
  type DigestItem,
} from './digest-messages';

const TODAY = '2025-11-23';
const links = { publicUrl: 'https://send.example', schoolId: 'school-1' };

function item(daysUntil: number, dueOn: string, over: Partial<DigestItem> = {}): DigestItem {
  return {
    kind: 'plan-review',
    pupil: { id: 'pupil-1', name: 'Ada Archer', yearGroup: '4', className: '4A' },
    label: 'Support plan review (cycle 2)',
    step: null,
    dueOn,
    daysUntil,
    initials: 'A.A.',
    ...over,
  };
}

const counts = (over: Partial<ReviewDashboardCounts> = {}): ReviewDashboardCounts => ({
  overdue: 0,
  dueWithin14Days: 0,
  dueWithin30Days: 0,
  withoutActivePlan: 0,
  belowMeetingExpectation: 0,
  ...over,
});

describe('the review digest words', () => {
  it('writes dates with the weekday, and the year only when it is not this year', () => {
    expect(digestDate('2025-11-26', TODAY)).toBe('Wed 26 November');
    expect(digestDate('2026-01-05', TODAY)).toBe('Mon 5 January 2026');
  });

  it('names a pupil by initials and year group, with how far off the date is', () => {
    expect(itemLine(item(3, '2025-11-26'), TODAY)).toBe(
      'A.A. (Year 4): support plan review (cycle 2) due Wed 26 November, in 3 days',
    );
    expect(itemLine(item(1, '2025-11-24'), TODAY)).toBe(
      'A.A. (Year 4): support plan review (cycle 2) due tomorrow, Mon 24 November',
    );
    expect(itemLine(item(0, TODAY), TODAY)).toBe(
      'A.A. (Year 4): support plan review (cycle 2) due today, Sun 23 November',
    );
    expect(itemLine(item(-1, '2025-11-22'), TODAY)).toBe(
      'A.A. (Year 4): support plan review (cycle 2) was due Sat 22 November, overdue by 1 day',
    );
    const ehcp = item(-10, '2025-11-13', {
      kind: 'ehcp-step',
      step: 'final-plan',
      label: 'Final plan issued (EHCP)',
      pupil: { id: 'p', name: 'Ben Baker', yearGroup: 'R', className: null },
      initials: 'B.B.',
    });
    expect(itemLine(ehcp, TODAY)).toBe(
      'B.B. (Reception): final plan issued (EHCP) was due Thu 13 November, overdue by 10 days',
    );
  });

  it('gives the SENCO what is overdue and due in 14 days, and the pupils without a plan, with counts in the subject', () => {
    const message = sencoDigest({
      ...links,
      today: TODAY,
      items: [item(-2, '2025-11-21'), item(5, '2025-11-28'), item(14, '2025-12-07')],
      withoutActivePlan: 1,
    });
    expect(message).toEqual({
      subject: 'Reviews: 1 overdue, 2 due in the next 14 days, 1 pupil without an active plan',
      link: '/schools/school-1/reviews',
      body: [
        'Support plan reviews and EHCP deadlines that need you.',
        '',
        'Overdue',
        'A.A. (Year 4): support plan review (cycle 2) was due Fri 21 November, overdue by 2 days',
        '',
        'Due in the next 14 days',
        'A.A. (Year 4): support plan review (cycle 2) due Fri 28 November, in 5 days',
        'A.A. (Year 4): support plan review (cycle 2) due Sun 7 December, in 14 days',
        '',
        'Pupils on the register without an active support plan: 1',
        '',
        'The review dashboard: https://send.example/schools/school-1/reviews',
      ].join('\n'),
    });
    expect(message?.subject).not.toContain('Ada');
    expect(message?.body).not.toContain('Ada');
  });

  it('sends nothing when nothing is due and every pupil on the register has a plan', () => {
    expect(sencoDigest({ ...links, today: TODAY, items: [], withoutActivePlan: 0 })).toBeNull();
    expect(
      sencoDigest({ ...links, today: TODAY, items: [item(20, '2025-12-13')], withoutActivePlan: 0 }),
    ).toBeNull();
    expect(
      headDigest({ ...links, counts: counts({ dueWithin30Days: 3, belowMeetingExpectation: 2 }) }),
    ).toBeNull();
    expect(teacherDigest({ ...links, today: TODAY, reviews: [item(-1, '2025-11-22')] })).toBeNull();
  });

  it('lists at most DIGEST_LIST_LIMIT lines a section and counts the rest', () => {
    const many = Array.from({ length: DIGEST_LIST_LIMIT + 3 }, () => item(-1, '2025-11-22'));
    const body = sencoDigest({ ...links, today: TODAY, items: many, withoutActivePlan: 0 })!.body;
    expect(body.split('\n').filter((line) => line.startsWith('A.A.'))).toHaveLength(DIGEST_LIST_LIMIT);
    expect(body).toContain('and 3 more: see the review dashboard.');
  });

  it('gives the head counts only', () => {
    const message = headDigest({
      ...links,
      counts: counts({
        overdue: 2,
        dueWithin14Days: 5,
        dueWithin30Days: 7,
        withoutActivePlan: 1,
        belowMeetingExpectation: 3,
      }),
    });
    expect(message?.subject).toBe(
      'Reviews: 2 overdue, 5 due in the next 14 days, 1 pupil without an active plan',
    );
    expect(message?.body).toContain('Overdue: 2\nDue in the next 14 days: 5\nDue in 15 to 30 days: 2\n');
    expect(message?.body).toContain(
      'Pupils on SEN support with fewer than three meetings (reviews and parent meetings) in the last 12 months: 3',
    );
    expect(message?.link).toBe('/schools/school-1/reviews');
  });

  it("asks a teacher for comments before their pupils' reviews, with a link to each plan", () => {
    const one = teacherDigest({ ...links, today: TODAY, reviews: [item(3, '2025-11-26')] });
    expect(one).toEqual({
      subject: 'A support plan review of one of your pupils is coming up',
      link: '/schools/school-1/pupils/pupil-1/plan',
      body: [
        'Support plan reviews of pupils you work with are coming up: add your comments on progress before the review.',
        '',
        'A.A. (Year 4): support plan review (cycle 2) due Wed 26 November, in 3 days',
        'Add your comments: https://send.example/schools/school-1/pupils/pupil-1/plan',
      ].join('\n'),
    });
    const two = teacherDigest({
      ...links,
      today: TODAY,
      reviews: [item(3, '2025-11-26'), item(15, '2025-12-08'), item(14, '2025-12-07')],
    });
    expect(two?.subject).toBe('Support plan reviews of your pupils: 2 in the next 14 days');
    expect(two?.link).toBe('/schools/school-1/my-pupils');
  });

  it('joins two parts for a person with two roles, the first leading', () => {
    const head = headDigest({ ...links, counts: counts({ overdue: 1 }) });
    const teacher = teacherDigest({ ...links, today: TODAY, reviews: [item(3, '2025-11-26')] });
    const joined = joinDigests(head, teacher);
    expect(joined?.subject).toBe(head?.subject);
    expect(joined?.body).toBe(`${head!.body}\n\n${teacher!.body}`);
    expect(joinDigests(null, teacher)).toBe(teacher);
    expect(joinDigests(null, null)).toBeNull();
  });
});
