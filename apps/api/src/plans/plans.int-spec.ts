import type { PlanOutcome, SupportPlan } from '@sendreg/contracts';
import { daysFromToday } from '../provision/testing/records-fixture';
import { ProvisionRecords } from '../provision/testing/sessions-fixture';
import { schoolToday } from '../register/register-query';
import { outcome, withPlanApp } from './testing/plan-fixture';

const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Support plans: the SENCO drafts a plan, makes it active (one at a time per pupil), keeps it up to
 * date (every save kept, a stale save refused) and closes it; teachers read their own pupils' plans,
 * TAs only the strategies.
 */
describe('support plans', () => {
  const { ctx, as, user, pupil, plansPath, draft, activePlan, records } = withPlanApp();

  describe('the life of a plan', () => {
    let plan: SupportPlan;

    it('starts with no plan', async () => {
      const current = await as('senco').get(`${plansPath('Ada')}/current`);
      expect(current.status).toBe(200);
      expect(current.body).toEqual({
        pupil: { id: pupil('Ada'), name: 'Ada Archer', yearGroup: '4', className: '4A' },
        active: null,
        draft: null,
      });
      expect((await as('senco').get(plansPath('Ada'))).body).toEqual([]);
    });

    it('creates a draft as cycle 1, with ids for its outcomes and linked provisions resolved', async () => {
      const interventionId = await records().intervention({ name: 'Precision teaching' });
      const provisionId = await records().provision({
        interventionId,
        name: 'Y4 reading group',
        weekdays: [1, 3],
        minutes: 20,
        startDate: '2025-09-01',
        endDate: '2026-07-17',
        staff: [user('ta')],
      });
      const res = await as('senco').post(plansPath('Ada'), {
        content: {
          outcomes: [outcome(' Reads 50 common words on sight ')],
          strategies: ['Sit near the front'],
          provision: { provisionIds: [provisionId], notes: 'Reading buddy' },
          pupilViews: '',
        },
        reviewDate: daysFromToday(120),
      });
      expect(res.status).toBe(201);
      plan = res.body;
      expect(plan).toMatchObject({
        pupil: { id: pupil('Ada'), name: 'Ada Archer' },
        cycle: 1,
        status: 'draft',
        format: 'sen-support-plan',
        reviewDate: daysFromToday(120),
        startedOn: null,
        closedOn: null,
        closedReason: null,
        version: 1,
        linkedProvisions: [
          {
            id: provisionId,
            name: 'Y4 reading group',
            interventionName: 'Precision teaching',
            schedule: 'Mon, Wed × 20 min',
            startDate: '2025-09-01',
            endDate: '2026-07-17',
          },
        ],
        comments: [],
        review: null,
        createdBy: { id: user('senco'), displayName: 'senco' },
        updatedBy: { id: user('senco'), displayName: 'senco' },
      });
      expect(plan.createdAt).toMatch(ISO);
      expect(plan.content).toEqual({
        outcomes: [
          {
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            description: 'Reads 50 common words on sight',
            measure: 'Word checklist, read to an adult',
            byDate: daysFromToday(90),
            needCode: 'SPLD',
            carriedFrom: null,
          },
        ],
        strategies: ['Sit near the front'],
        provision: { provisionIds: [provisionId], notes: 'Reading buddy' },
      });
    });

    it('refuses a second draft, naming the first', async () => {
      const res = await as('senco').post(plansPath('Ada'), { content: {} });
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('already has a draft plan (cycle 1)');
    });

    it('saves the draft at its version, keeping outcome ids, and keeps every save as a revision', async () => {
      const [first] = plan.content.outcomes as PlanOutcome[];
      const res = await as('senco').put(`${plansPath('Ada')}/${plan.id}`, {
        version: 1,
        content: { ...plan.content, outcomes: [first, outcome('Writes a sentence with a capital letter')] },
        reviewDate: daysFromToday(100),
      });
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(2);
      const outcomes = res.body.content.outcomes as PlanOutcome[];
      expect(outcomes[0]!.id).toBe(first!.id);
      expect(outcomes[1]!.id).not.toBe(first!.id);
      expect(res.body.reviewDate).toBe(daysFromToday(100));

      const stale = await as('senco').put(`${plansPath('Ada')}/${plan.id}`, {
        version: 1,
        content: {},
        reviewDate: null,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toBe('/problems/stale-version');

      const revisions = await as('senco').get(`${plansPath('Ada')}/${plan.id}/revisions`);
      expect(revisions.body).toEqual([
        expect.objectContaining({ number: 2, status: 'draft', reviewDate: daysFromToday(100) }),
        expect.objectContaining({ number: 1, status: 'draft', reviewDate: daysFromToday(120) }),
      ]);
      expect(revisions.body[0].savedBy).toEqual({ id: user('senco'), displayName: 'senco' });
      const first1 = await as('senco').get(`${plansPath('Ada')}/${plan.id}/revisions/1`);
      expect(first1.body.content.outcomes).toHaveLength(1);
      expect((await as('senco').get(`${plansPath('Ada')}/${plan.id}/revisions/3`)).status).toBe(404);
      expect((await as('senco').get(`${plansPath('Ada')}/${plan.id}/revisions/x`)).status).toBe(404);
      plan = res.body;
    });

    it('activates the draft from today, and lists it', async () => {
      const res = await as('senco').post(`${plansPath('Ada')}/${plan.id}/activate`, { version: 2 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'active', startedOn: schoolToday(), version: 3 });
      const current = await as('senco').get(`${plansPath('Ada')}/current`);
      expect(current.body.active.id).toBe(plan.id);
      expect(current.body.draft).toBeNull();
      const list = await as('senco').get(plansPath('Ada'));
      expect(list.body).toEqual([
        {
          id: plan.id,
          cycle: 1,
          status: 'active',
          reviewDate: daysFromToday(100),
          startedOn: schoolToday(),
          closedOn: null,
          closedReason: null,
          outcomes: 2,
          reviewHeldOn: null,
          version: 3,
          updatedAt: expect.stringMatching(ISO),
        },
      ]);
      const again = await as('senco').post(`${plansPath('Ada')}/${plan.id}/activate`, { version: 3 });
      expect(again.status).toBe(409);
      plan = res.body;
    });

    it('keeps an active plan with at least one outcome and a review date', async () => {
      const res = await as('senco').put(`${plansPath('Ada')}/${plan.id}`, {
        version: 3,
        content: { strategies: ['x'] },
        reviewDate: null,
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['content.outcomes', 'reviewDate']);
    });

    it('closes the active plan with a reason, after which it never changes', async () => {
      const draftCannot = await draft('Ben', {});
      expect(
        (await as('senco').post(`${plansPath('Ben')}/${draftCannot.id}/close`, { version: 1, reason: 'x' }))
          .status,
      ).toBe(409);

      const noReason = await as('senco').post(`${plansPath('Ada')}/${plan.id}/close`, {
        version: 3,
        reason: ' ',
      });
      expect(fieldsOf(noReason)).toEqual(['reason']);
      const res = await as('senco').post(`${plansPath('Ada')}/${plan.id}/close`, {
        version: 3,
        reason: ' Left the SEN register: making good progress ',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'closed',
        closedOn: schoolToday(),
        closedReason: 'Left the SEN register: making good progress',
        version: 4,
      });
      const change = await as('senco').put(`${plansPath('Ada')}/${plan.id}`, {
        version: 4,
        content: plan.content,
        reviewDate: plan.reviewDate,
      });
      expect(change.status).toBe(409);
      expect(change.body.title).toBe('A closed plan cannot change');
      const revisions = await as('senco').get(`${plansPath('Ada')}/${plan.id}/revisions`);
      expect(
        revisions.body.map((r: { number: number; status: string }) => `${r.number} ${r.status}`),
      ).toEqual(['4 closed', '3 active', '2 draft', '1 draft']);
      expect((await as('senco').get(`${plansPath('Ada')}/current`)).body.active).toBeNull();
    });

    it('numbers the next plan as the next cycle', async () => {
      const next = await draft('Ada', { outcomes: [outcome()] });
      expect(next.cycle).toBe(2);
    });
  });

  describe('one active plan per pupil', () => {
    it('activating a new plan closes the one it replaces', async () => {
      const first = await activePlan('Cara');
      const second = await draft('Cara', { outcomes: [outcome('A new start')] });
      expect(second.cycle).toBe(2);
      const res = await as('senco').post(`${plansPath('Cara')}/${second.id}/activate`, { version: 1 });
      expect(res.status).toBe(200);
      const replaced = await as('senco').get(`${plansPath('Cara')}/${first.id}`);
      expect(replaced.body).toMatchObject({
        status: 'closed',
        closedReason: 'replaced',
        closedOn: schoolToday(),
        version: first.version + 1,
      });
      const list = await as('senco').get(plansPath('Cara'));
      expect(list.body.map((p: { cycle: number; status: string }) => `${p.cycle} ${p.status}`)).toEqual([
        '2 active',
        '1 closed',
      ]);
    });

    it('activates only a draft that has what an active plan needs, with a review date from today', async () => {
      const empty = await draft('Gita', { strategies: ['Quiet corner'] }, daysFromToday(-1));
      const res = await as('senco').post(`${plansPath('Gita')}/${empty.id}/activate`, { version: 1 });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        {
          field: 'content.outcomes',
          message: 'Add at least one outcome: an active plan needs outcomes to review',
        },
        { field: 'reviewDate', message: 'The review date is in the past: choose a date from today' },
      ]);
      const stale = await as('senco').post(`${plansPath('Gita')}/${empty.id}/activate`, { version: 9 });
      expect(stale.status).toBe(409);
    });
  });

  describe('two people editing one plan', () => {
    it('saves exactly one of two saves at the same version; the other is refused and overwrites nothing', async () => {
      const plan = await activePlan('Eve');
      const save = (strategy: string) =>
        as('senco').put(`${plansPath('Eve')}/${plan.id}`, {
          version: plan.version,
          content: { ...plan.content, strategies: [strategy] },
          reviewDate: plan.reviewDate,
        });
      const results = await Promise.all([save('From the first'), save('From the second')]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!;
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body.type).toBe('/problems/stale-version');
      const stored = await as('senco').get(`${plansPath('Eve')}/${plan.id}`);
      expect(stored.body.content.strategies).toEqual(winner.body.content.strategies);
      expect(stored.body.version).toBe(plan.version + 1);
      const revisions = await as('senco').get(`${plansPath('Eve')}/${plan.id}/revisions`);
      expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([3, 2, 1]);
    });
  });

  describe('validation', () => {
    it('names every problem field by field, and saves nothing', async () => {
      const res = await as('senco').post(plansPath('Finn'), {
        content: {
          outcomes: [
            outcome(),
            { description: 'Uses a word mat', measure: ' ', byDate: '2026-02-30', needCode: 'XYZ' },
          ],
          strategies: ['Fine', ''],
          targets: ['x'],
          provision: { provisionIds: ['00000000-0000-4000-8000-000000000000'], notes: '' },
        },
      });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toEqual([
        { field: 'content.outcomes[1].measure', message: 'Say how outcome 2 will be measured' },
        {
          field: 'content.outcomes[1].byDate',
          message: 'Enter the date outcome 2 should be met by, as a real date',
        },
        { field: 'content.outcomes[1].needCode', message: 'Choose an area of need from the list' },
        {
          field: 'content.strategies[1]',
          message: 'Item 2 of Strategies for staff in class is empty: write something or remove it',
        },
        { field: 'content.targets', message: 'The plan has no section called "targets"' },
        { field: 'content.provision.provisionIds[0]', message: 'Choose a provision of this school' },
      ]);
      expect((await as('senco').get(plansPath('Finn'))).body).toEqual([]);
    });

    it('refuses a provision of another school and an unknown format, and checks the plain fields', async () => {
      const beacon = new ProvisionRecords(ctx.t, ctx.f.schoolB);
      const beaconGroup = await beacon.provision({
        interventionId: await beacon.intervention(),
        weekdays: [2],
        minutes: 30,
        startDate: '2025-09-01',
        endDate: '2026-07-17',
        staff: [],
      });
      const other = await as('senco').post(plansPath('Finn'), {
        content: { provision: { provisionIds: [beaconGroup], notes: '' } },
      });
      expect(other.body.errors).toEqual([
        { field: 'content.provision.provisionIds[0]', message: 'Choose a provision of this school' },
      ]);
      const format = await as('senco').post(plansPath('Finn'), { format: 'iep-2019', content: {} });
      expect(fieldsOf(format)).toEqual(['format']);
      const date = await as('senco').post(plansPath('Finn'), { content: {}, reviewDate: '2026-13-01' });
      expect(fieldsOf(date)).toEqual(['reviewDate']);
      const notContent = await as('senco').post(plansPath('Finn'), { content: ['x'] });
      expect(fieldsOf(notContent)).toEqual(['content']);
      const extra = await as('senco').post(plansPath('Finn'), { content: {}, schoolId: ctx.f.schoolB });
      expect(fieldsOf(extra)).toEqual(['schoolId']);
    });
  });

  describe('who sees what', () => {
    let ada: SupportPlan;
    let finn: SupportPlan;

    beforeAll(async () => {
      ada = (await as('senco').get(`${plansPath('Ada')}/current`)).body.draft;
      await as('senco').post(`${plansPath('Ada')}/${ada.id}/activate`, { version: ada.version });
      await as('senco').put(`${plansPath('Ada')}/${ada.id}`, {
        version: ada.version + 1,
        content: { ...ada.content, strategies: ['Visual timetable'], pupilViews: 'I like reading with Miss' },
        reviewDate: daysFromToday(30),
      });
      ada = (await as('senco').get(`${plansPath('Ada')}/${ada.id}`)).body;
      finn = await activePlan('Finn');
    });

    it("lets the teacher read their own pupils' plans, without drafts, and comment on the active one", async () => {
      const current = await as('teacher').get(`${plansPath('Ada')}/current`);
      expect(current.status).toBe(200);
      expect(current.body.active.id).toBe(ada.id);
      expect(current.body.draft).toBeNull();
      const benDraft = (await as('senco').get(`${plansPath('Ben')}/current`)).body.draft;
      expect((await as('teacher').get(`${plansPath('Ben')}/${benDraft.id}`)).status).toBe(404);
      expect((await as('teacher').get(plansPath('Ben'))).body).toEqual([]);
      expect((await as('senco').get(plansPath('Ben'))).body).toHaveLength(1);

      const comment = await as('teacher').post(`${plansPath('Ada')}/${ada.id}/comments`, {
        body: '  Reading at home every night now. ',
      });
      expect(comment.status).toBe(201);
      expect(comment.body).toEqual({
        id: expect.any(String),
        body: 'Reading at home every night now.',
        author: { id: user('teacher'), displayName: 'teacher' },
        createdAt: expect.stringMatching(ISO),
      });
      const plan = await as('teacher').get(`${plansPath('Ada')}/${ada.id}`);
      expect(plan.body.comments).toEqual([comment.body]);
      expect((await as('teacher').post(`${plansPath('Ada')}/${ada.id}/comments`, { body: ' ' })).status).toBe(
        400,
      );
      expect(
        (await as('senco').post(`${plansPath('Ben')}/${benDraft.id}/comments`, { body: 'Too early' })).status,
      ).toBe(409);
    });

    it("answers 404 for the plans of pupils who are not the teacher's", async () => {
      expect((await as('teacher').get(`${plansPath('Finn')}/current`)).status).toBe(404);
      expect((await as('teacher').get(`${plansPath('Finn')}/${finn.id}`)).status).toBe(404);
      expect((await as('teacher').get(plansPath('Finn'))).status).toBe(404);
      expect((await as('teacher').get(`/pupils/${pupil('Finn')}/reviews`)).status).toBe(404);
      expect(
        (await as('teacher').post(`${plansPath('Finn')}/${finn.id}/comments`, { body: 'Hello' })).status,
      ).toBe(404);
      // A plan of another pupil, named under one's own pupil, is not there either.
      expect((await as('teacher').get(`${plansPath('Ada')}/${finn.id}`)).status).toBe(404);
    });

    it('gives the TA the strategies of their own pupils, and 403 on the rest of the plan', async () => {
      const dev = await activePlan('Dev', {
        outcomes: [outcome()],
        strategies: ['Quiet corner'],
        pupilViews: 'x',
      });
      const res = await as('ta').get(`${plansPath('Dev')}/current/strategies`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        pupil: { id: pupil('Dev'), name: 'Dev Dunn', yearGroup: '4', className: '4B' },
        planId: dev.id,
        cycle: 1,
        strategies: ['Quiet corner'],
        reviewDate: dev.reviewDate,
        updatedAt: expect.stringMatching(ISO),
      });
      expect((await as('ta').get(`${plansPath('Dev')}/current`)).status).toBe(403);
      expect((await as('ta').get(`${plansPath('Dev')}/${dev.id}`)).status).toBe(403);
      expect((await as('ta').get(plansPath('Dev'))).status).toBe(403);
      expect((await as('ta').post(`${plansPath('Dev')}/${dev.id}/comments`, { body: 'x' })).status).toBe(403);
      expect((await as('ta').get(`${plansPath('Ada')}/current/strategies`)).status).toBe(404);
      const eve = await as('ta').get(`${plansPath('Eve')}/current/strategies`);
      expect(eve.body.strategies).toEqual([expect.stringMatching(/^From the (first|second)$/)]);
    });

    it('gives an empty answer when there is no active plan', async () => {
      const res = await as('teacher').get(`${plansPath('Ben')}/current/strategies`);
      expect(res.body).toEqual({
        pupil: expect.objectContaining({ id: pupil('Ben') }),
        planId: null,
        cycle: null,
        strategies: [],
        reviewDate: null,
        updatedAt: null,
      });
    });

    it("lets the head read every pupil's plans (not drafts, which are the SENCO's work) and refuses every write with 403", async () => {
      expect((await as('head').get(`${plansPath('Finn')}/${finn.id}`)).status).toBe(200);
      expect((await as('head').get(`${plansPath('Finn')}/${finn.id}/revisions`)).status).toBe(200);
      expect((await as('head').get(`${plansPath('Finn')}/current`)).body.active.id).toBe(finn.id);
      expect((await as('head').get(plansPath('Ben'))).body).toEqual([]);
      expect((await as('head').post(plansPath('Gita'), { content: {} })).status).toBe(403);
      expect(
        (
          await as('head').put(`${plansPath('Finn')}/${finn.id}`, {
            version: finn.version,
            content: {},
            reviewDate: null,
          })
        ).status,
      ).toBe(403);
      expect(
        (await as('head').post(`${plansPath('Finn')}/${finn.id}/close`, { version: 1, reason: 'x' })).status,
      ).toBe(403);
      expect((await as('head').post(`${plansPath('Finn')}/${finn.id}/comments`, { body: 'x' })).status).toBe(
        403,
      );
      expect((await as('admin').get(`${plansPath('Finn')}/current`)).status).toBe(403);
    });

    it("answers 404 for another school's pupils and plans", async () => {
      expect((await as('senco@beacon').get(`/pupils/${pupil('Ada')}/plans/current`)).status).toBe(404);
      expect((await as('senco@beacon').get(`/pupils/${pupil('Ada')}/plans/${ada.id}`)).status).toBe(404);
      expect((await as('senco', ctx.f.schoolB).get(`/pupils/${pupil('Hana')}/plans`)).status).toBe(404);
      expect(
        (await as('senco@beacon').post(`/pupils/${pupil('Hana')}/plans/${ada.id}/activate`, { version: 1 }))
          .status,
      ).toBe(404);
      expect((await as('senco').get(`/pupils/${pupil('Hana')}/plans/current`)).status).toBe(404);
      expect((await as('senco').post(`/pupils/${pupil('Hana')}/plans`, { content: {} })).status).toBe(404);
    });
  });
});
