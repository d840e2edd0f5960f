import { SEN_SUPPORT_PLAN, type PlanOutcome } from '@sendreg/contracts';
import { checkReview, nextCycleContent, type ReviewInput } from './plan-review-rules';

const outcome = (id: string, description = `Outcome ${id}`): PlanOutcome => ({
  id,
  description,
  measure: 'Checklist',
  byDate: '2026-03-20',
  needCode: 'SPLD',
  carriedFrom: null,
});
const plan = { outcomes: [outcome('a'), outcome('b'), outcome('c')], startedOn: '2025-11-03' };
const today = '2026-03-25';

const review = (o: Partial<ReviewInput> = {}): ReviewInput => ({
  heldOn: '2026-03-20',
  attendees: [{ name: 'Sam Parent', role: 'Parent' }],
  outcomes: [
    { outcomeId: 'a', rating: 'met', note: '' },
    { outcomeId: 'b', rating: 'partly-met', note: ' Nearly there ' },
    { outcomeId: 'c', rating: 'not-met', note: 'More time' },
  ],
  ...o,
});

describe('the rules of recording a review', () => {
  it('accepts a review with every outcome rated once, in the plan order, with the outcome as it stood', () => {
    const { errors, outcomes, attendees } = checkReview(
      review({
        outcomes: [...review().outcomes].reverse(),
        attendees: [{ name: ' Sam  Parent ', role: 'Parent' }],
      }),
      plan,
      today,
    );
    expect(errors).toEqual([]);
    expect(attendees).toEqual([{ name: 'Sam Parent', role: 'Parent' }]);
    expect(outcomes).toEqual([
      { outcomeId: 'a', description: 'Outcome a', rating: 'met', note: '' },
      { outcomeId: 'b', description: 'Outcome b', rating: 'partly-met', note: 'Nearly there' },
      { outcomeId: 'c', description: 'Outcome c', rating: 'not-met', note: 'More time' },
    ]);
  });

  it('wants every outcome rated exactly once, and only outcomes of the plan', () => {
    const twice = checkReview(
      review({
        outcomes: [
          { outcomeId: 'a', rating: 'met', note: '' },
          { outcomeId: 'a', rating: 'met', note: '' },
          { outcomeId: 'z', rating: 'met', note: '' },
          { outcomeId: 'b', rating: 'brilliant', note: '' },
          { outcomeId: 'c', rating: 'met', note: 'n'.repeat(1001) },
        ],
      }),
      plan,
      today,
    );
    expect(twice.errors).toEqual([
      { field: 'outcomes[1].outcomeId', message: 'This outcome is rated twice: rate it once' },
      { field: 'outcomes[2].outcomeId', message: 'This plan has no such outcome' },
      {
        field: 'outcomes[3].rating',
        message: 'Choose how far this outcome was met: not met, partly met, met, exceeded',
      },
      { field: 'outcomes[4].note', message: 'The note must be 1,000 characters or fewer' },
    ]);
    const missing = checkReview(
      review({ outcomes: [{ outcomeId: 'b', rating: 'met', note: '' }] }),
      plan,
      today,
    );
    expect(missing.errors).toEqual([
      { field: 'outcomes', message: 'Rate every outcome of the plan: "Outcome a" and 1 more have no rating' },
    ]);
  });

  it('wants the meeting between the start of the plan and today, and the next review after it', () => {
    expect(checkReview(review({ heldOn: '2026-03-26' }), plan, today).errors).toEqual([
      { field: 'heldOn', message: 'The date of the review must be today or in the past' },
    ]);
    expect(checkReview(review({ heldOn: '2025-11-02' }), plan, today).errors).toEqual([
      {
        field: 'heldOn',
        message: 'The date of the review must be on or after the day the plan started (2025-11-03)',
      },
    ]);
    expect(checkReview(review({ heldOn: today }), plan, today).errors).toEqual([]);
    expect(checkReview(review({ nextReviewDate: '2026-03-20' }), plan, today).errors).toEqual([
      { field: 'nextReviewDate', message: 'The next review must be after this one' },
    ]);
  });

  it('wants who attended, each with a name and a role, at most twenty', () => {
    expect(checkReview(review({ attendees: [] }), plan, today).errors).toEqual([
      { field: 'attendees', message: 'Add who attended the review' },
    ]);
    expect(
      checkReview(review({ attendees: Array(21).fill({ name: 'A', role: 'B' }) }), plan, today).errors,
    ).toEqual([{ field: 'attendees', message: 'List at most 20 people who attended (there are 21)' }]);
    expect(
      checkReview(
        review({ attendees: [{ name: 'Ann', role: ' ' }, { name: '', role: 'Parent' }, 'Bob'] }),
        plan,
        today,
      ).errors,
    ).toEqual([
      { field: 'attendees[0].role', message: 'Enter the role of person 1 who attended, for example Parent' },
      { field: 'attendees[1].name', message: 'Enter the name of person 2 who attended' },
      { field: 'attendees[2]', message: 'Give the name and role of person 3 who attended' },
    ]);
  });
});

describe('the next cycle', () => {
  it('carries forward outcomes not met or partly met, copies strategies and provision, and takes the views', () => {
    let n = 0;
    const content = nextCycleContent(
      SEN_SUPPORT_PLAN,
      {
        outcomes: plan.outcomes,
        strategies: ['Visual timetable'],
        provision: { provisionIds: ['p1'], notes: 'Buddy' },
        pupilViews: 'Old views',
        parentViews: 'Old parent views',
      },
      checkReview(review(), plan, today).outcomes,
      { reviewDate: '2026-07-20', pupilViews: 'I can read more', parentViews: '', newId: () => `n${++n}` },
    );
    expect(content).toEqual({
      outcomes: [
        { ...outcome('b'), id: 'n1', byDate: '2026-07-20', carriedFrom: 'b' },
        { ...outcome('c'), id: 'n2', byDate: '2026-07-20', carriedFrom: 'c' },
      ],
      strategies: ['Visual timetable'],
      provision: { provisionIds: ['p1'], notes: 'Buddy' },
      pupilViews: 'I can read more',
    });
  });

  it('leaves out outcomes when every one was met', () => {
    const met = plan.outcomes.map((o) => ({
      outcomeId: o.id,
      description: o.description,
      rating: 'met' as const,
      note: '',
    }));
    expect(
      nextCycleContent(SEN_SUPPORT_PLAN, { outcomes: plan.outcomes }, met, {
        reviewDate: '2026-07-20',
        pupilViews: '',
        parentViews: '',
      }),
    ).toEqual({});
  });
});
