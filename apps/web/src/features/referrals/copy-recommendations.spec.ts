import type { CurrentPlan, SavePlanRequest, SupportPlan } from '@sendreg/contracts';
import { ApiError } from '../../lib/api-error';
import { appendStrategies, copyRecommendations, planCopy } from './copy-recommendations';

function plan(strategies: string[] | undefined, version = 3): SupportPlan {
  return {
    id: 'plan-1',
    pupil: { id: 'p', name: 'Ada Archer', yearGroup: '4', className: '4A' },
    cycle: 1,
    status: 'active',
    format: 'sen-support-plan',
    content: {
      outcomes: [
        {
          id: 'o1',
          description: 'Reads 50 words',
          measure: 'Checklist',
          byDate: '2027-01-01',
          needCode: 'SPLD',
          carriedFrom: null,
        },
      ],
      ...(strategies ? { strategies } : {}),
    },
    reviewDate: '2027-02-01',
    startedOn: '2026-09-01',
    closedOn: null,
    closedReason: null,
    version,
    linkedProvisions: [],
    comments: [],
    review: null,
    createdBy: null,
    createdAt: '',
    updatedBy: null,
    updatedAt: '',
  };
}

const current = (active: SupportPlan | null): CurrentPlan => ({ pupil: plan([]).pupil, active, draft: null });

const stale = () =>
  new ApiError({ type: '/problems/stale-version', title: 'Changed by someone else', status: 409 });

describe('appendStrategies', () => {
  it('appends in order, leaving out what the plan says already (whatever the case or spacing)', () => {
    expect(
      appendStrategies(['Use a visual timetable'], ['  use a VISUAL   timetable', 'Pre-teach key words', '']),
    ).toEqual({
      strategies: ['Use a visual timetable', 'Pre-teach key words'],
      added: ['Pre-teach key words'],
      duplicates: ['use a VISUAL timetable'],
      tooLong: [],
    });
  });

  it('leaves out a recommendation chosen twice, or too long to be a strategy', () => {
    const result = appendStrategies([], ['Seat near the front', 'Seat near the front', 'x'.repeat(201)]);
    expect(result.added).toEqual(['Seat near the front']);
    expect(result.duplicates).toEqual(['Seat near the front']);
    expect(result.tooLong).toHaveLength(1);
  });
});

describe('planCopy', () => {
  it('keeps every other section, the version and the review date', () => {
    const copy = planCopy(plan(['A']), ['B']);
    expect(copy.kind).toBe('save');
    if (copy.kind !== 'save') return;
    expect(copy.body).toEqual({
      version: 3,
      content: { ...plan(['A']).content, strategies: ['A', 'B'] },
      reviewDate: '2027-02-01',
    });
  });

  it('starts the strategies when the plan has none, and says when nothing is new or the list is full', () => {
    expect(planCopy(plan(undefined), ['B'])).toMatchObject({
      kind: 'save',
      body: { content: { strategies: ['B'] } },
    });
    expect(planCopy(plan(['B']), ['b'])).toMatchObject({ kind: 'nothing-new' });
    const eleven = Array.from({ length: 11 }, (_, i) => `S${String(i)}`);
    expect(planCopy(plan(eleven), ['New 1', 'New 2'])).toMatchObject({ kind: 'full', room: 1, max: 12 });
  });
});

describe('copyRecommendations', () => {
  it('saves the plan with the recommendations appended', async () => {
    const saved: SavePlanRequest[] = [];
    const outcome = await copyRecommendations(
      {
        load: () => Promise.resolve(current(plan(['A']))),
        save: (_id, body) => {
          saved.push(body);
          return Promise.resolve(plan(['A', 'B'], 4));
        },
      },
      ['B', 'C'],
    );
    expect(outcome).toMatchObject({ kind: 'copied', planId: 'plan-1', appended: { added: ['B', 'C'] } });
    expect(saved.map((b) => b.content.strategies)).toEqual([['A', 'B', 'C']]);
  });

  it('reads the plan again after a 409 and tries once more, then gives up', async () => {
    let loads = 0;
    const versions: number[] = [];
    const io = (failures: number) => ({
      load: () => Promise.resolve(current(plan(['A'], 3 + loads++))),
      save: (_id: string, body: SavePlanRequest) => {
        versions.push(body.version);
        return versions.length <= failures ? Promise.reject(stale()) : Promise.resolve(plan(['A', 'B']));
      },
    });
    expect((await copyRecommendations(io(1), ['B'])).kind).toBe('copied');
    expect(versions).toEqual([3, 4]);
    loads = 0;
    versions.length = 0;
    expect((await copyRecommendations(io(2), ['B'])).kind).toBe('stale');
    expect(versions).toEqual([3, 4]);
  });

  it('says when there is no active plan, and passes other failures on', async () => {
    const none = await copyRecommendations(
      { load: () => Promise.resolve(current(null)), save: () => Promise.reject(new Error('unused')) },
      ['B'],
    );
    expect(none).toEqual({ kind: 'no-plan' });
    const refused = new ApiError({ type: '/problems/validation', title: 'Bad', status: 400 });
    await expect(
      copyRecommendations(
        { load: () => Promise.resolve(current(plan([]))), save: () => Promise.reject(refused) },
        ['B'],
      ),
    ).rejects.toBe(refused);
  });
});
