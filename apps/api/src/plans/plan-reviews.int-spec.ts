import type { PlanOutcome, PlanReview, SupportPlan } from '@sendreg/contracts';
import { daysFromToday } from '../provision/testing/records-fixture';
import { outcome, withPlanApp } from './testing/plan-fixture';

const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field);

/**
 * Reviews (Assess, Plan, Do, Review): recording one closes the active plan and starts the next cycle
 * in one go, carrying forward what was not met, with the next review on the school's cycle, moved to
 * a day the school is open. And the school's review cycle itself.
 */
describe('support plan reviews', () => {
  const { ctx, as, user, plansPath, draft, activePlan, asOwner, records } = withPlanApp();

  /** Moves a plan's start back in time (reviews are held on or after it), as the database owner. */
  const startedOn = (planId: string, date: string) =>
    asOwner(`UPDATE support_plans SET started_on = $2 WHERE id = $1`, [planId, date]);

  describe('the review cycle', () => {
    it('answers the defaults until the SENCO saves it', async () => {
      const res = await as('teacher').get('/plan-settings');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ reviewsPerYear: 3, version: 0, updatedBy: null, updatedAt: null });
    });

    it('saves a choice at version 0, then at the version read; refuses a stale one and other numbers', async () => {
      expect(fieldsOf(await as('senco').put('/plan-settings', { reviewsPerYear: 5, version: 0 }))).toEqual([
        'reviewsPerYear',
      ]);
      expect((await as('head').put('/plan-settings', { reviewsPerYear: 4, version: 0 })).status).toBe(403);
      expect((await as('teacher').put('/plan-settings', { reviewsPerYear: 4, version: 0 })).status).toBe(403);
      const first = await as('senco').put('/plan-settings', { reviewsPerYear: 3, version: 0 });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        reviewsPerYear: 3,
        version: 1,
        updatedBy: { id: user('senco'), displayName: 'senco' },
      });
      expect((await as('senco').put('/plan-settings', { reviewsPerYear: 4, version: 0 })).status).toBe(409);
      expect((await as('senco').put('/plan-settings', { reviewsPerYear: 4, version: 7 })).status).toBe(409);
      // Another school's settings are its own.
      expect((await as('senco@beacon').get('/plan-settings')).body.version).toBe(0);
    });
  });

  describe('recording a review', () => {
    let plan: SupportPlan;
    let nextDraft: SupportPlan;
    let body: Record<string, unknown>;
    let recorded: { review: PlanReview; nextPlan: SupportPlan };

    beforeAll(async () => {
      plan = await activePlan('Ada', {
        outcomes: [
          outcome('Reads 50 common words'),
          outcome('Writes a full sentence'),
          outcome('Counts to 100'),
        ],
        strategies: ['Visual timetable'],
        provision: { provisionIds: [], notes: 'Reading buddy' },
        pupilViews: 'I like stories',
        parentViews: 'Reads at bedtime',
      });
      await startedOn(plan.id, '2025-01-06');
      nextDraft = await draft('Ada', { strategies: ['Being written for later'] });
      const [words, sentence, count] = plan.content.outcomes as PlanOutcome[];
      body = {
        version: plan.version,
        heldOn: '2025-01-31',
        attendees: [
          { name: 'Sam Archer', role: 'Parent' },
          { name: 'Ms Teacher', role: 'Class teacher' },
        ],
        pupilViews: 'I can read more words now',
        parentViews: '',
        outcomes: [
          { outcomeId: words!.id, rating: 'met', note: 'All 50' },
          { outcomeId: sentence!.id, rating: 'partly-met', note: 'Capital letters yes, full stops not yet' },
          { outcomeId: count!.id, rating: 'not-met', note: '' },
        ],
        decisions: 'Keep the reading buddy; add a writing frame',
      };
    });

    it("takes the teachers' comments on the active plan before the review", async () => {
      const res = await as('teacher').post(`${plansPath('Ada')}/${plan.id}/comments`, {
        body: 'Much more confident reading aloud',
      });
      expect(res.status).toBe(201);
    });

    it('wants every outcome rated exactly once, a date in range and named attendees, field by field', async () => {
      const outcomes = body.outcomes as { outcomeId: string }[];
      const missing = await as('senco').post(`${plansPath('Ada')}/${plan.id}/review`, {
        ...body,
        outcomes: outcomes.slice(0, 2),
      });
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([
        { field: 'outcomes', message: 'Rate every outcome of the plan: "Counts to 100" has no rating' },
      ]);
      const twice = await as('senco').post(`${plansPath('Ada')}/${plan.id}/review`, {
        ...body,
        outcomes: [...outcomes, outcomes[0]],
      });
      expect(fieldsOf(twice)).toEqual(['outcomes[3].outcomeId']);
      const future = await as('senco').post(`${plansPath('Ada')}/${plan.id}/review`, {
        ...body,
        heldOn: daysFromToday(1),
        attendees: [{ name: 'Sam Archer', role: '' }],
      });
      expect(fieldsOf(future)).toEqual(['heldOn', 'attendees[0].role']);
      const beforeStart = await as('senco').post(`${plansPath('Ada')}/${plan.id}/review`, {
        ...body,
        heldOn: '2025-01-03',
      });
      expect(beforeStart.body.errors).toEqual([
        {
          field: 'heldOn',
          message: 'The date of the review must be on or after the day the plan started (2025-01-06)',
        },
      ]);
      const plain = await as('senco').post(`${plansPath('Ada')}/${plan.id}/review`, {
        ...body,
        heldOn: 'yesterday',
        attendees: 'everyone',
        decisions: 'd'.repeat(4001),
      });
      expect(fieldsOf(plain)).toEqual(['heldOn', 'attendees', 'decisions']);
      expect((await as('senco').get(`${plansPath('Ada')}/${plan.id}`)).body.status).toBe('active');
    });

    it('closes the plan and starts the next cycle, active, with what was not met carried forward', async () => {
      const res = await as('senco').post(`${plansPath('Ada')}/${plan.id}/review`, body);
      expect(res.status).toBe(201);
      recorded = res.body;
      const { review, nextPlan } = recorded;
      const [words, sentence, count] = plan.content.outcomes as PlanOutcome[];

      // 4 months after 31 January 2025 is Saturday 31 May: the review moves to Monday 2 June.
      expect(review).toEqual({
        id: expect.any(String),
        planId: plan.id,
        cycle: 1,
        heldOn: '2025-01-31',
        attendees: [
          { name: 'Sam Archer', role: 'Parent' },
          { name: 'Ms Teacher', role: 'Class teacher' },
        ],
        pupilViews: 'I can read more words now',
        parentViews: '',
        outcomes: [
          { outcomeId: words!.id, description: 'Reads 50 common words', rating: 'met', note: 'All 50' },
          {
            outcomeId: sentence!.id,
            description: 'Writes a full sentence',
            rating: 'partly-met',
            note: 'Capital letters yes, full stops not yet',
          },
          { outcomeId: count!.id, description: 'Counts to 100', rating: 'not-met', note: '' },
        ],
        decisions: 'Keep the reading buddy; add a writing frame',
        comments: [
          expect.objectContaining({
            body: 'Much more confident reading aloud',
            author: { id: user('teacher'), displayName: 'teacher' },
          }),
        ],
        nextPlanId: nextPlan.id,
        nextReviewDate: '2025-06-02',
        recordedBy: { id: user('senco'), displayName: 'senco' },
        recordedAt: expect.any(String),
      });

      expect(nextPlan).toMatchObject({
        cycle: 2,
        status: 'active',
        startedOn: '2025-01-31',
        reviewDate: '2025-06-02',
        version: 1,
        comments: [],
        review: null,
      });
      expect(nextPlan.content).toEqual({
        outcomes: [
          { ...sentence, id: expect.any(String), byDate: '2025-06-02', carriedFrom: sentence!.id },
          { ...count, id: expect.any(String), byDate: '2025-06-02', carriedFrom: count!.id },
        ],
        strategies: ['Visual timetable'],
        provision: { provisionIds: [], notes: 'Reading buddy' },
        pupilViews: 'I can read more words now',
      });
      const ids = (nextPlan.content.outcomes as PlanOutcome[]).map((o) => o.id);
      expect(ids).not.toContain(sentence!.id);
      expect(new Set(ids).size).toBe(2);
    });

    it('keeps the reviewed plan closed with its review, and leaves the draft alone (numbered after)', async () => {
      const closed = await as('senco').get(`${plansPath('Ada')}/${plan.id}`);
      expect(closed.body).toMatchObject({
        status: 'closed',
        closedReason: 'reviewed',
        closedOn: '2025-01-31',
        version: plan.version + 1,
      });
      expect(closed.body.review).toEqual(recorded.review);
      const stillDraft = await as('senco').get(`${plansPath('Ada')}/${nextDraft.id}`);
      expect(stillDraft.body).toMatchObject({
        status: 'draft',
        cycle: 3,
        version: nextDraft.version,
        content: nextDraft.content,
      });
      const list = await as('senco').get(plansPath('Ada'));
      expect(
        list.body.map(
          (p: { cycle: number; status: string; reviewHeldOn: string | null }) =>
            `${p.cycle} ${p.status} ${p.reviewHeldOn}`,
        ),
      ).toEqual(['3 draft null', '2 active null', '1 closed 2025-01-31']);
      const revisions = await as('senco').get(`${plansPath('Ada')}/${plan.id}/revisions`);
      expect(revisions.body[0]).toMatchObject({ number: plan.version + 1, status: 'closed' });
      const nextRevisions = await as('senco').get(`${plansPath('Ada')}/${recorded.nextPlan.id}/revisions`);
      expect(nextRevisions.body).toEqual([expect.objectContaining({ number: 1, status: 'active' })]);
    });

    it('refuses the same review sent again (409, stale version): never two reviews', async () => {
      const again = await as('senco').post(`${plansPath('Ada')}/${plan.id}/review`, body);
      expect(again.status).toBe(409);
      expect(again.body.type).toBe('/problems/stale-version');
      const [{ count }] = await asOwner(
        `SELECT count(*)::int AS count FROM plan_reviews WHERE plan_id = $1`,
        [plan.id],
      );
      expect(count).toBe(1);
      const closedComment = await as('teacher').post(`${plansPath('Ada')}/${plan.id}/comments`, {
        body: 'Late',
      });
      expect(closedComment.status).toBe(409);
    });

    it("lists the pupil's reviews with their comments, for the teacher too", async () => {
      const res = await as('teacher').get(`/pupils/${ctx.f.pupils.Ada}/reviews`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual([recorded.review]);
    });

    it("moves the next review off the school's closures, on the school's cycle", async () => {
      const settings = await as('senco').get('/plan-settings');
      await as('senco').put('/plan-settings', { reviewsPerYear: 4, version: settings.body.version });
      await records().inSchool((m) =>
        m.query(
          `INSERT INTO school_closures (school_id, name, starts_on, ends_on)
           VALUES (app_current_school(), 'Half term', '2025-06-02', '2025-06-06')`,
        ),
      );
      const next = recorded.nextPlan;
      const review = (version: number) =>
        as('senco').post(`${plansPath('Ada')}/${next.id}/review`, {
          version,
          heldOn: '2025-03-03',
          attendees: [{ name: 'Sam Archer', role: 'Parent' }],
          pupilViews: '',
          parentViews: 'Happier at school',
          outcomes: (next.content.outcomes as PlanOutcome[]).map((o) => ({
            outcomeId: o.id,
            rating: 'met',
            note: '',
          })),
          decisions: '',
        });
      // Sent twice at once: one review, the other refused.
      const results = await Promise.all([review(next.version), review(next.version)]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const { nextPlan } = results.find((r) => r.status === 201)!.body as { nextPlan: SupportPlan };
      // 3 months after Monday 3 March 2025 is Tuesday 3 June, in half term: Monday 9 June.
      expect(nextPlan).toMatchObject({ cycle: 3, reviewDate: '2025-06-09', startedOn: '2025-03-03' });
      // Every outcome met: the next plan starts with none, for the SENCO to write with the family.
      expect(nextPlan.content).toEqual({
        strategies: ['Visual timetable'],
        provision: { provisionIds: [], notes: 'Reading buddy' },
        parentViews: 'Happier at school',
      });
      expect((await as('senco').get(`${plansPath('Ada')}/${nextDraft.id}`)).body.cycle).toBe(4);
      expect((await as('senco').get(`/pupils/${ctx.f.pupils.Ada}/reviews`)).body).toHaveLength(2);
    });

    it('takes the next review date when the meeting agreed one', async () => {
      const ben = await activePlan('Ben');
      const [only] = ben.content.outcomes as PlanOutcome[];
      const res = await as('senco').post(`${plansPath('Ben')}/${ben.id}/review`, {
        version: ben.version,
        heldOn: ben.startedOn,
        attendees: [{ name: 'Pat Baker', role: 'Parent' }],
        pupilViews: '',
        parentViews: '',
        outcomes: [{ outcomeId: only!.id, rating: 'exceeded', note: '' }],
        decisions: 'Meet again before the summer',
        nextReviewDate: daysFromToday(40),
      });
      expect(res.status).toBe(201);
      expect(res.body.review.nextReviewDate).toBe(daysFromToday(40));
      expect(res.body.nextPlan.reviewDate).toBe(daysFromToday(40));
    });

    it('reviews only the active plan, and only for those who write plans', async () => {
      const draftPlan = (await as('senco').get(`${plansPath('Ada')}/current`)).body.draft as SupportPlan;
      const res = await as('senco').post(`${plansPath('Ada')}/${draftPlan.id}/review`, {
        ...body,
        version: draftPlan.version,
      });
      expect(res.status).toBe(409);
      expect(res.body.title).toBe('Only the active plan can be reviewed');
      const active = (await as('senco').get(`${plansPath('Ada')}/current`)).body.active as SupportPlan;
      for (const who of ['teacher', 'head', 'ta'] as const) {
        expect(
          (
            await as(who).post(`${plansPath('Ada')}/${active.id}/review`, {
              ...body,
              version: active.version,
            })
          ).status,
        ).toBe(403);
      }
      expect((await as('senco@beacon').get(`/pupils/${ctx.f.pupils.Ada}/reviews`)).status).toBe(404);
    });
  });
});
