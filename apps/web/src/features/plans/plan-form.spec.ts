import { SEN_SUPPORT_PLAN, type PlanFormat } from '@sendreg/contracts';
import { ApiError } from '../../lib/api-error';
import {
  addOutcomeId,
  checkPlan,
  createPlanRequest,
  fieldPath,
  outcomeFieldId,
  planFieldId,
  planProblemFrom,
  planToForm,
  provisionGroupsId,
  provisionNotesId,
  sameDraft,
  savePlanRequest,
  sectionFieldId,
  type PlanForm,
} from './plan-form';
import { blankOutcome } from './plan-outcomes';

const saved = {
  outcomes: [
    {
      id: 'o1',
      description: 'Reads aloud',
      measure: 'Running record',
      byDate: '2027-03-04',
      needCode: 'SPLD',
      carriedFrom: null,
    },
    {
      id: 'o2',
      description: 'Asks for help',
      measure: 'Observed',
      byDate: '2027-07-20',
      needCode: null,
      carriedFrom: 'old',
    },
  ],
  strategies: ['Sit near the front', 'Check understanding'],
  provision: { provisionIds: ['p1'], notes: 'Reading buddy' },
  pupilViews: 'I like maths',
};

function formWith(change: (form: PlanForm) => void): PlanForm {
  const form = planToForm(SEN_SUPPORT_PLAN, saved, '2027-03-12');
  change(form);
  return form;
}

describe('the plan form', () => {
  it('reads a plan into the form section by section, and back to the same content', () => {
    const form = planToForm(SEN_SUPPORT_PLAN, saved, '2027-03-12');
    expect(form.sections.strategies).toEqual({
      kind: 'list',
      text: 'Sit near the front\nCheck understanding',
    });
    expect(form.sections.parentViews).toEqual({ kind: 'text', text: '' });
    expect(form.reviewDate).toEqual({ day: '12', month: '3', year: '2027' });
    const checked = checkPlan(form, SEN_SUPPORT_PLAN, { activate: false });
    expect(checked).toEqual({ ok: true, value: { content: saved, reviewDate: '2027-03-12' } });
  });

  it('tidies lists and text, and leaves empty sections out', () => {
    const form = formWith((f) => {
      f.sections.strategies = { kind: 'list', text: '  One  \n\n two   words \r\n' };
      f.sections.pupilViews = { kind: 'text', text: '  ' };
      f.sections.provision = { kind: 'provision', provisionIds: [], notes: '' };
      f.reviewDate = { day: '', month: '', year: '' };
    });
    const checked = checkPlan(form, SEN_SUPPORT_PLAN, { activate: false });
    expect(checked.ok && checked.value.content.strategies).toEqual(['One', 'two words']);
    expect(checked.ok && Object.keys(checked.value.content)).toEqual(['outcomes', 'strategies']);
    expect(checked.ok && checked.value.reviewDate).toBeNull();
  });

  it('asks for each part of an outcome, numbered as on the page', () => {
    const form = formWith((f) => {
      f.sections.outcomes = {
        kind: 'outcomes',
        outcomes: [
          {
            ...blankOutcome('n1'),
            description: 'x'.repeat(501),
            measure: 'm',
            byDate: { day: '1', month: '2', year: '2027' },
          },
          blankOutcome('n2'),
        ],
      };
    });
    const checked = checkPlan(form, SEN_SUPPORT_PLAN, { activate: false });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary).toEqual([
      {
        fieldId: 'plan-outcomes-1-description',
        message: 'What success looks like for outcome 1 must be 500 characters or fewer',
      },
      { fieldId: 'plan-outcomes-2-description', message: 'Enter what success looks like for outcome 2' },
      { fieldId: 'plan-outcomes-2-measure', message: 'Enter how outcome 2 will be measured' },
      { fieldId: 'plan-outcomes-2-by-day', message: 'Enter the date outcome 2 should be met by' },
    ]);
    expect(checked.dateErrors).toEqual({ 'plan-outcomes-2-by': ['day', 'month', 'year'] });
  });

  it('checks lists, text and the review date against their limits', () => {
    const form = formWith((f) => {
      f.sections.strategies = {
        kind: 'list',
        text: [...Array.from({ length: 12 }, (_v, i) => `Strategy ${String(i)}`), 'y'.repeat(201)].join('\n'),
      };
      f.sections.parentViews = { kind: 'text', text: 'z'.repeat(2001) };
      f.sections.provision = { kind: 'provision', provisionIds: [], notes: 'n'.repeat(1001) };
      f.reviewDate = { day: '31', month: '2', year: '2027' };
    });
    const checked = checkPlan(form, SEN_SUPPORT_PLAN, { activate: false });
    expect(!checked.ok && checked.problem.summary).toEqual([
      {
        fieldId: 'plan-strategies',
        message: 'Strategies for staff in class must have 12 items or fewer, one per line',
      },
      { fieldId: 'plan-provision-notes', message: 'Other support must be 1,000 characters or fewer' },
      { fieldId: 'plan-parentViews', message: "Parents' views must be 2,000 characters or fewer" },
      { fieldId: 'review-date-day', message: 'The next review date must be a real date' },
    ]);
  });

  it('names a strategy that is too long', () => {
    const form = formWith((f) => {
      f.sections.strategies = { kind: 'list', text: `Short\n${'y'.repeat(201)}` };
    });
    const checked = checkPlan(form, SEN_SUPPORT_PLAN, { activate: false });
    expect(!checked.ok && checked.problem.summary[0]?.message).toBe(
      'Item 2 of strategies for staff in class must be 200 characters or fewer',
    );
  });

  it('needs the required sections and the review date only to make the plan active', () => {
    const empty = planToForm(SEN_SUPPORT_PLAN, {}, null);
    expect(checkPlan(empty, SEN_SUPPORT_PLAN, { activate: false })).toEqual({
      ok: true,
      value: { content: {}, reviewDate: null },
    });
    const checked = checkPlan(empty, SEN_SUPPORT_PLAN, { activate: true });
    expect(!checked.ok && checked.problem.summary).toEqual([
      { fieldId: 'plan-outcomes-add', message: 'Add at least one outcome before the plan is made active' },
      {
        fieldId: 'review-date-day',
        message: 'Enter the date of the next review before the plan is made active',
      },
    ]);
  });

  it('needs a review date from today to make the plan active', () => {
    const form = formWith(() => undefined);
    const checked = checkPlan(form, SEN_SUPPORT_PLAN, { activate: true, today: '2027-03-13' });
    expect(!checked.ok && checked.problem.summary).toEqual([
      {
        fieldId: 'review-date-day',
        message:
          'The next review date is in the past: choose a date from today before the plan is made active',
      },
    ]);
    expect(checkPlan(form, SEN_SUPPORT_PLAN, { activate: true, today: '2027-03-12' }).ok).toBe(true);
    expect(checkPlan(form, SEN_SUPPORT_PLAN, { activate: false, today: '2027-03-13' }).ok).toBe(true);
  });

  it('draws its sections from the format, so a new format needs no change', () => {
    const format: PlanFormat = {
      id: 'isp',
      label: 'Individual Support Plan',
      sections: [
        {
          key: 'aspirations',
          label: 'Aspirations',
          kind: 'text',
          hint: '',
          max: 10,
          forClassStaff: false,
          requiredToActivate: true,
        },
      ],
    };
    const form = planToForm(format, { aspirations: 'To be a vet' }, '2027-09-01');
    expect(Object.keys(form.sections)).toEqual(['aspirations']);
    expect(checkPlan(form, format, { activate: true })).toEqual({
      ok: false,
      problem: {
        fields: { 'plan-aspirations': 'Aspirations must be 10 characters or fewer' },
        summary: [{ fieldId: 'plan-aspirations', message: 'Aspirations must be 10 characters or fewer' }],
      },
      dateErrors: {},
    });
    const blank = planToForm(format, {}, '2027-09-01');
    const required = checkPlan(blank, format, { activate: true });
    expect(!required.ok && required.problem.summary[0]?.message).toBe(
      'Enter aspirations before the plan is made active',
    );
  });

  it('builds the requests', () => {
    const draft = { content: { pupilViews: 'Hi' }, reviewDate: '2027-03-12' };
    expect(createPlanRequest(SEN_SUPPORT_PLAN, draft)).toEqual({
      format: 'sen-support-plan',
      content: { pupilViews: 'Hi' },
      reviewDate: '2027-03-12',
    });
    expect(savePlanRequest(4, draft)).toEqual({
      version: 4,
      content: { pupilViews: 'Hi' },
      reviewDate: '2027-03-12',
    });
    expect(sameDraft(draft, { content: { pupilViews: 'Hi' }, reviewDate: '2027-03-12' })).toBe(true);
    expect(sameDraft(draft, { content: { pupilViews: 'Hi' }, reviewDate: null })).toBe(false);
    expect(sameDraft(draft, null)).toBe(false);
  });
});

describe("the server's field paths", () => {
  const form = planToForm(SEN_SUPPORT_PLAN, saved, '2027-03-12');
  const id = (field: string) => planFieldId(field, SEN_SUPPORT_PLAN, form);

  it('splits bracket and dot paths alike', () => {
    expect(fieldPath('content.outcomes[1].measure')).toEqual(['content', 'outcomes', '1', 'measure']);
    expect(fieldPath('content.outcomes.1.measure')).toEqual(['content', 'outcomes', '1', 'measure']);
  });

  it('finds the input of each path', () => {
    expect(id('content.outcomes[1].measure')).toBe(outcomeFieldId('outcomes', 1, 'measure'));
    expect(id('content.outcomes[0].description')).toBe('plan-outcomes-1-description');
    expect(id('content.outcomes[1].byDate')).toBe('plan-outcomes-2-by-day');
    expect(id('content.outcomes[0].needCode')).toBe('plan-outcomes-1-need');
    expect(id('content.outcomes[7].measure')).toBe('plan-outcomes-1-description');
    expect(id('content.outcomes')).toBe('plan-outcomes-1-description');
    expect(id('content.strategies[3]')).toBe(sectionFieldId('strategies'));
    expect(id('content.pupilViews')).toBe('plan-pupilViews');
    expect(id('content.provision.notes')).toBe(provisionNotesId('provision'));
    expect(id('content.provision.provisionIds[0]')).toBe(provisionGroupsId('provision'));
    expect(id('content.somethingElse')).toBe('plan-outcomes-1-description');
    expect(id('reviewDate')).toBe('review-date-day');
    expect(id('version')).toBeUndefined();
  });

  it('leads "add an outcome" to the button when there are none', () => {
    const empty = planToForm(SEN_SUPPORT_PLAN, {}, null);
    expect(planFieldId('content.outcomes', SEN_SUPPORT_PLAN, empty)).toBe(addOutcomeId('outcomes'));
  });

  it("puts the server's messages beside their fields", () => {
    const error = new ApiError({
      type: '/problems/validation',
      title: 'Check the plan',
      status: 400,
      errors: [
        { field: 'content.outcomes[1].measure', message: 'Enter how outcome 2 will be measured' },
        { field: 'reviewDate', message: 'Enter a review date after today' },
        { field: 'version', message: 'version must be a whole number' },
      ],
    });
    expect(planProblemFrom(error, SEN_SUPPORT_PLAN, form)).toEqual({
      fields: {
        'plan-outcomes-2-measure': 'Enter how outcome 2 will be measured',
        'review-date-day': 'Enter a review date after today',
      },
      summary: [
        { fieldId: 'plan-outcomes-2-measure', message: 'Enter how outcome 2 will be measured' },
        { fieldId: 'review-date-day', message: 'Enter a review date after today' },
        { fieldId: 'plan-outcomes-1-description', message: 'version must be a whole number' },
      ],
    });
  });
});
