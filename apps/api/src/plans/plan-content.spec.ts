import { SEN_SUPPORT_PLAN, type PlanFormat } from '@sendreg/contracts';
import {
  activePlanErrors,
  checkPlanContent,
  classStaffStrategies,
  isDateOnly,
  planOutcomes,
} from './plan-content';

const needCodes = new Set(['SPLD', 'SEMH']);
let next = 0;
const newId = () => `new-${++next}`;
const check = (input: Record<string, unknown>, previous?: Record<string, never> | object) =>
  checkPlanContent(input, SEN_SUPPORT_PLAN, { needCodes, newId, previous: previous as never });

const outcome = (o: Record<string, unknown> = {}) => ({
  description: 'Reads 50 common words on sight',
  measure: 'Word checklist',
  byDate: '2026-07-17',
  needCode: 'SPLD',
  ...o,
});

beforeEach(() => {
  next = 0;
});

describe('plan content against its format', () => {
  it('keeps known sections, cleaned, leaves empty ones out, and gives new outcomes ids', () => {
    const { content, errors, provisions } = check({
      outcomes: [
        outcome({ description: '  Reads 50 common words\r\non sight ' }),
        outcome({ needCode: null }),
      ],
      strategies: ['  Sit near the front ', 'One instruction\nat a time'],
      pupilViews: '   ',
      parentViews: null,
      provision: {
        provisionIds: ['0B7D3E0A-1C2B-4D5E-8F90-123456789ABC'],
        notes: ' Reading buddy ',
      },
    });
    expect(errors).toEqual([]);
    expect(content).toEqual({
      outcomes: [
        {
          id: 'new-1',
          description: 'Reads 50 common words\non sight',
          measure: 'Word checklist',
          byDate: '2026-07-17',
          needCode: 'SPLD',
          carriedFrom: null,
        },
        {
          id: 'new-2',
          description: 'Reads 50 common words on sight',
          measure: 'Word checklist',
          byDate: '2026-07-17',
          needCode: null,
          carriedFrom: null,
        },
      ],
      strategies: ['Sit near the front', 'One instruction at a time'],
      provision: { provisionIds: ['0b7d3e0a-1c2b-4d5e-8f90-123456789abc'], notes: 'Reading buddy' },
    });
    expect(provisions).toEqual([
      { id: '0b7d3e0a-1c2b-4d5e-8f90-123456789abc', field: 'content.provision.provisionIds[0]' },
    ]);
  });

  it('keeps the ids it is given, and where each outcome was carried from (never from the browser)', () => {
    const previous = {
      outcomes: [{ ...outcome(), id: 'a1', carriedFrom: 'old-1' }],
    };
    const { content, errors } = check(
      { outcomes: [outcome({ id: 'a1', carriedFrom: 'forged' }), outcome({ carriedFrom: 'forged' })] },
      previous,
    );
    expect(errors).toEqual([]);
    expect(
      (content.outcomes as { id: string; carriedFrom: string | null }[]).map((o) => [o.id, o.carriedFrom]),
    ).toEqual([
      ['a1', 'old-1'],
      ['new-1', null],
    ]);
  });

  it('names every problem of an outcome by its index and field', () => {
    const { errors, content } = check({
      outcomes: [
        outcome(),
        outcome({ measure: ' ', byDate: '2026-02-30', needCode: 'XYZ', colour: 'red' }),
        outcome({ description: 'd'.repeat(501), measure: 7, byDate: undefined }),
        'not an outcome',
      ],
    });
    expect(errors).toEqual([
      { field: 'content.outcomes[1].colour', message: 'An outcome has no field called "colour"' },
      { field: 'content.outcomes[1].measure', message: 'Say how outcome 2 will be measured' },
      {
        field: 'content.outcomes[1].byDate',
        message: 'Enter the date outcome 2 should be met by, as a real date',
      },
      { field: 'content.outcomes[1].needCode', message: 'Choose an area of need from the list' },
      {
        field: 'content.outcomes[2].description',
        message: 'The description of outcome 3 must be 500 characters or fewer (it has 501)',
      },
      { field: 'content.outcomes[2].measure', message: 'Say how outcome 3 will be measured' },
      {
        field: 'content.outcomes[2].byDate',
        message: 'Enter the date outcome 3 should be met by, as a real date',
      },
      {
        field: 'content.outcomes[3]',
        message: 'Outcome 4 must have a description, a measure and a date',
      },
    ]);
    expect(content).toEqual({});
  });

  it('refuses two outcomes with one id, and an id it could not have given', () => {
    expect(check({ outcomes: [outcome({ id: 'x' }), outcome({ id: 'x' })] }).errors).toEqual([
      { field: 'content.outcomes[1].id', message: 'Two outcomes have the same id: remove one' },
    ]);
    expect(check({ outcomes: [outcome({ id: 'has spaces' })] }).errors.map((e) => e.field)).toEqual([
      'content.outcomes[0].id',
    ]);
  });

  it('limits outcomes and list items by the section, and refuses unknown sections', () => {
    expect(check({ outcomes: Array(9).fill(outcome()) }).errors).toEqual([
      { field: 'content.outcomes', message: 'Outcomes can have at most 8 outcomes (it has 9)' },
    ]);
    expect(check({ strategies: Array(13).fill('x') }).errors).toEqual([
      {
        field: 'content.strategies',
        message: 'Strategies for staff in class can have at most 12 items (it has 13)',
      },
    ]);
    expect(check({ strategies: ['ok', ' ', 's'.repeat(201), 3] }).errors).toEqual([
      {
        field: 'content.strategies[1]',
        message: 'Item 2 of Strategies for staff in class is empty: write something or remove it',
      },
      {
        field: 'content.strategies[2]',
        message: 'Item 3 of Strategies for staff in class must be 200 characters or fewer (it has 201)',
      },
      {
        field: 'content.strategies[3]',
        message: 'Item 4 of Strategies for staff in class must be written as text',
      },
    ]);
    expect(check({ targets: 'x', __proto__x: 1 }).errors.map((e) => e.field)).toEqual([
      'content.targets',
      'content.__proto__x',
    ]);
    expect(check({ pupilViews: 'v'.repeat(2001) }).errors).toEqual([
      {
        field: 'content.pupilViews',
        message: "The pupil's views must be 2,000 characters or fewer (it has 2,001)",
      },
    ]);
    expect(check({ pupilViews: ['x'] }).errors[0]!.field).toBe('content.pupilViews');
  });

  it('checks the provision section: ids of provisions, once each, and notes', () => {
    const id = '0b7d3e0a-1c2b-4d5e-8f90-123456789abc';
    expect(
      check({ provision: { provisionIds: [id, id, 'nope'], notes: 'n'.repeat(1001), other: 1 } }).errors,
    ).toEqual([
      { field: 'content.provision.other', message: 'Provision has no field called "other"' },
      { field: 'content.provision.provisionIds[1]', message: 'This provision is listed twice: remove one' },
      { field: 'content.provision.provisionIds[2]', message: 'Choose a provision of this school' },
      {
        field: 'content.provision.notes',
        message: 'The notes of Provision must be 1,000 characters or fewer (they have 1,001)',
      },
    ]);
    expect(check({ provision: { provisionIds: [], notes: ' ' } }).content).toEqual({});
    expect(check({ provision: 'groups' }).errors.map((e) => e.field)).toEqual(['content.provision']);
  });

  it('follows the format given, so a new national format needs no code change', () => {
    const isp: PlanFormat = {
      id: 'isp',
      label: 'Individual Support Plan',
      sections: [
        {
          key: 'aims',
          label: 'Aims',
          kind: 'outcomes',
          hint: '',
          max: 2,
          forClassStaff: false,
          requiredToActivate: true,
        },
        {
          key: 'tips',
          label: 'Tips',
          kind: 'list',
          hint: '',
          max: 3,
          forClassStaff: true,
          requiredToActivate: false,
        },
        {
          key: 'voice',
          label: 'Voice',
          kind: 'text',
          hint: '',
          max: 5,
          forClassStaff: true,
          requiredToActivate: false,
        },
      ],
    };
    const checked = checkPlanContent({ aims: [outcome()], tips: ['Calm corner'], voice: 'Hello' }, isp, {
      needCodes,
      newId,
    });
    expect(checked.errors).toEqual([]);
    expect(planOutcomes(isp, checked.content).map((o) => o.id)).toEqual(['new-1']);
    expect(classStaffStrategies(isp, checked.content)).toEqual(['Calm corner', 'Hello']);
    expect(checkPlanContent({ strategies: ['x'] }, isp, { needCodes }).errors[0]!.field).toBe(
      'content.strategies',
    );
    expect(activePlanErrors(isp, {}, '2026-01-01').map((e) => e.field)).toEqual(['content.aims']);
  });
});

describe('what an active plan needs', () => {
  it('at least one outcome and a review date', () => {
    expect(activePlanErrors(SEN_SUPPORT_PLAN, { strategies: ['x'] }, null)).toEqual([
      {
        field: 'content.outcomes',
        message: 'Add at least one outcome: an active plan needs outcomes to review',
      },
      { field: 'reviewDate', message: 'Enter the date of the review: an active plan needs one' },
    ]);
    const { content } = check({ outcomes: [outcome()] });
    expect(activePlanErrors(SEN_SUPPORT_PLAN, content, '2026-07-17')).toEqual([]);
  });
});

describe('strategies for class staff', () => {
  it('gives only the sections for class staff', () => {
    const { content } = check({
      outcomes: [outcome()],
      strategies: ['Visual timetable'],
      pupilViews: 'I like maths',
    });
    expect(classStaffStrategies(SEN_SUPPORT_PLAN, content)).toEqual(['Visual timetable']);
    expect(classStaffStrategies(SEN_SUPPORT_PLAN, {})).toEqual([]);
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isDateOnly('2028-02-29')).toBe(true);
    expect(isDateOnly('2026-02-29')).toBe(false);
    expect(isDateOnly('2026-2-1')).toBe(false);
    expect(isDateOnly('2026-01-01T00:00:00Z')).toBe(false);
    expect(isDateOnly(20260101)).toBe(false);
  });
});
