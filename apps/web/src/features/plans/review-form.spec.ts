import type { PlanOutcome, RecordedReview } from '@sendreg/contracts';
import { ApiError } from '../../lib/api-error';
import {
  addAttendee,
  carriedForwardCount,
  checkReview,
  keptAttendees,
  mergeOutcomes,
  removeAttendee,
  reviewFieldId,
  reviewFormFor,
  reviewNotice,
  reviewNoticeText,
  reviewProblemFrom,
  updateAttendee,
  type ReviewForm,
} from './review-form';

const today = '2027-03-03';
const outcomes: PlanOutcome[] = [
  {
    id: 'o1',
    description: 'Reads aloud',
    measure: 'Running record',
    byDate: '2027-03-01',
    needCode: null,
    carriedFrom: null,
  },
  {
    id: 'o2',
    description: 'Asks for help',
    measure: 'Observed',
    byDate: '2027-03-01',
    needCode: null,
    carriedFrom: null,
  },
];

function filled(): ReviewForm {
  const form = reviewFormFor(outcomes, today);
  return {
    ...form,
    attendees: [
      { key: 'a', name: ' Sam Jones ', role: 'Parent' },
      { key: 'b', name: '', role: '' },
      { key: 'c', name: 'Ms Patel', role: 'Class teacher' },
    ],
    outcomes: [
      { ...form.outcomes[0]!, rating: 'met', note: ' Reads at level 6 ' },
      { ...form.outcomes[1]!, rating: 'partly-met' },
    ],
    pupilViews: ' Reading is fun now ',
    decisions: 'Stay on SEN support',
  };
}

describe('the review form', () => {
  it('starts on today, with one attendee row and each outcome unrated', () => {
    const form = reviewFormFor(outcomes, today);
    expect(form.heldOn).toEqual({ day: '3', month: '3', year: '2027' });
    expect(form.attendees).toHaveLength(1);
    expect(form.outcomes.map((outcome) => [outcome.outcomeId, outcome.rating])).toEqual([
      ['o1', ''],
      ['o2', ''],
    ]);
  });

  it('adds, changes and removes attendee rows', () => {
    const rows = addAttendee([{ key: 'a', name: 'Sam', role: '' }], { key: 'b', name: '', role: '' });
    expect(rows.map((row) => row.key)).toEqual(['a', 'b']);
    expect(updateAttendee(rows, 1, { role: 'Parent' })[1]).toEqual({ key: 'b', name: '', role: 'Parent' });
    expect(removeAttendee(rows, 0).map((row) => row.key)).toEqual(['b']);
  });

  it('builds the request: blank attendee rows left out, text trimmed', () => {
    expect(checkReview(filled(), 7, today)).toEqual({
      ok: true,
      value: {
        version: 7,
        heldOn: '2027-03-03',
        attendees: [
          { name: 'Sam Jones', role: 'Parent' },
          { name: 'Ms Patel', role: 'Class teacher' },
        ],
        pupilViews: 'Reading is fun now',
        parentViews: '',
        outcomes: [
          { outcomeId: 'o1', rating: 'met', note: 'Reads at level 6' },
          { outcomeId: 'o2', rating: 'partly-met', note: '' },
        ],
        decisions: 'Stay on SEN support',
        nextReviewDate: null,
      },
    });
  });

  it('asks for the date, the attendees and a rating for every outcome', () => {
    const form: ReviewForm = {
      ...reviewFormFor(outcomes, today),
      heldOn: { day: '', month: '', year: '' },
      attendees: [{ key: 'a', name: '', role: 'Parent' }],
    };
    const checked = checkReview(form, 1, today);
    expect(!checked.ok && checked.problem.summary).toEqual([
      { fieldId: 'held-on-day', message: 'Enter the date the review was held' },
      { fieldId: 'attendee-1-name', message: 'Enter the name of attendee 1' },
      { fieldId: 'outcome-1-rating', message: 'Choose how far outcome 1 was met' },
      { fieldId: 'outcome-2-rating', message: 'Choose how far outcome 2 was met' },
    ]);
    expect(!checked.ok && checked.dateErrors).toEqual({ 'held-on': ['day', 'month', 'year'] });
  });

  it('needs someone to have attended', () => {
    const form = { ...filled(), attendees: [{ key: 'a', name: ' ', role: '' }] };
    const checked = checkReview(form, 1, today);
    expect(!checked.ok && checked.problem.summary).toEqual([
      { fieldId: 'attendee-1-name', message: 'Enter who attended the review' },
    ]);
  });

  it('refuses a review in the future and a next review before it', () => {
    const future = checkReview({ ...filled(), heldOn: { day: '4', month: '3', year: '2027' } }, 1, today);
    expect(!future.ok && future.problem.summary[0]?.message).toBe(
      'The date of the review must be today or in the past',
    );
    const early = checkReview(
      { ...filled(), nextReviewDate: { day: '1', month: '3', year: '2027' } },
      1,
      today,
    );
    expect(!early.ok && early.problem.summary[0]).toEqual({
      fieldId: 'next-review-date-day',
      message: 'The next review date must be after the date of this review',
    });
    const later = checkReview(
      { ...filled(), nextReviewDate: { day: '12', month: 'July', year: '2027' } },
      1,
      today,
    );
    expect(later.ok && later.value.nextReviewDate).toBe('2027-07-12');
  });

  it('refuses a review held before the plan started', () => {
    const checked = checkReview(filled(), 1, today, '2027-03-04');
    expect(!checked.ok && checked.problem.summary[0]?.message).toBe(
      'The date of the review must be on or after the day the plan started (4 March 2027)',
    );
    expect(checkReview(filled(), 1, today, '2027-03-03').ok).toBe(true);
  });

  it('keeps ratings by outcome when the plan is reloaded', () => {
    const form = filled();
    const next = mergeOutcomes(form, [
      outcomes[1]!,
      { ...outcomes[0]!, id: 'o3', description: 'New outcome' },
    ]);
    expect(next.outcomes).toEqual([
      { outcomeId: 'o2', description: 'Asks for help', rating: 'partly-met', note: '' },
      { outcomeId: 'o3', description: 'New outcome', rating: '', note: '' },
    ]);
  });
});

describe("the server's field paths of a review", () => {
  const form = filled();

  it('numbers attendees among those sent, back to their rows on the page', () => {
    expect(keptAttendees(form.attendees).map(({ index }) => index)).toEqual([0, 2]);
    expect(reviewFieldId('attendees[1].role', form)).toBe('attendee-3-role');
    expect(reviewFieldId('attendees[0].name', form)).toBe('attendee-1-name');
    expect(reviewFieldId('attendees', form)).toBe('attendee-1-name');
  });

  it('finds outcomes, dates and text', () => {
    expect(reviewFieldId('outcomes[0].rating', form)).toBe('outcome-1-rating');
    expect(reviewFieldId('outcomes[1].note', form)).toBe('outcome-2-note');
    expect(reviewFieldId('heldOn', form)).toBe('held-on-day');
    expect(reviewFieldId('nextReviewDate', form)).toBe('next-review-date-day');
    expect(reviewFieldId('decisions', form)).toBe('review-decisions');
    expect(reviewFieldId('version', form)).toBeUndefined();
  });

  it("puts the server's messages beside their fields", () => {
    const error = new ApiError({
      type: '/problems/validation',
      title: 'Check the review',
      status: 400,
      errors: [{ field: 'outcomes[0].rating', message: 'Choose a rating' }],
    });
    expect(reviewProblemFrom(error, form).fields).toEqual({ 'outcome-1-rating': 'Choose a rating' });
  });
});

describe('the confirmation', () => {
  it('names the new cycle, the outcomes carried forward and the next review', () => {
    expect(
      reviewNoticeText({ cycle: 3, carriedForward: 2, nextReviewDate: '2027-03-12', draft: false }),
    ).toBe('Review recorded. Cycle 3 has started: 2 outcomes carried forward. Next review 12 March 2027.');
    expect(reviewNoticeText({ cycle: 2, carriedForward: 1, nextReviewDate: null, draft: true })).toBe(
      'Review recorded. Cycle 2 has started as a draft: 1 outcome carried forward.',
    );
    expect(reviewNoticeText({ cycle: 2, carriedForward: 0, nextReviewDate: null, draft: false })).toBe(
      'Review recorded. Cycle 2 has started: no outcomes carried forward.',
    );
  });

  it('counts carried forward outcomes in the next plan', () => {
    const content = {
      outcomes: [
        { id: 'n1', carriedFrom: 'o1' },
        { id: 'n2', carriedFrom: null },
        { id: 'n3', carriedFrom: 'o2' },
      ],
      strategies: ['Sit near the front'],
    };
    expect(carriedForwardCount(content)).toBe(2);
    const recorded = {
      review: {},
      nextPlan: { cycle: 3, status: 'active', reviewDate: '2027-07-05', content },
    } as unknown as RecordedReview;
    expect(reviewNotice(recorded)).toBe(
      'Review recorded. Cycle 3 has started: 2 outcomes carried forward. Next review 5 July 2027.',
    );
  });
});
