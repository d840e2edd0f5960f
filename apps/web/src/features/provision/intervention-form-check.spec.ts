import { checkInterventionForm, INTERVENTION_FIELD, interventionFieldId } from './intervention-form-check';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

const answers = {
  name: ' Precision teaching ',
  area: 'cognition_and_learning',
  description: 'Short daily bursts on one target.',
  delivery: 'group',
  usualGroupSize: '4',
  deliveredBy: 'ta',
  usualMinutes: '15',
  usualSessionsPerWeek: '5',
  resourceCost: '1.20',
  measureName: 'Words read correctly',
  measureUnit: 'words a minute',
  higherIsBetter: 'true',
};

describe('the intervention form', () => {
  it('builds the request, with the resource cost in pence', () => {
    expect(checkInterventionForm(form(answers))).toEqual({
      ok: true,
      request: {
        name: 'Precision teaching',
        area: 'cognition_and_learning',
        description: 'Short daily bursts on one target.',
        delivery: 'group',
        usualGroupSize: 4,
        deliveredBy: 'ta',
        usualMinutes: 15,
        usualSessionsPerWeek: 5,
        resourceCostPerSessionPence: 120,
        measureName: 'Words read correctly',
        measureUnit: 'words a minute',
        higherIsBetter: true,
      },
    });
  });

  it('takes no resource cost as nothing, and 1:1 as a group of one', () => {
    const checked = checkInterventionForm(
      form({
        ...answers,
        resourceCost: '',
        delivery: 'one_to_one',
        usualGroupSize: '',
        higherIsBetter: 'false',
      }),
    );
    expect(checked).toMatchObject({
      ok: true,
      request: { resourceCostPerSessionPence: 0, usualGroupSize: 1, higherIsBetter: false },
    });
  });

  it('asks for every answer, in the order of the fields', () => {
    const checked = checkInterventionForm(form({}));
    expect(checked.ok ? [] : checked.problem.summary).toEqual([
      { fieldId: INTERVENTION_FIELD.name, message: 'Enter the name of the intervention' },
      { fieldId: INTERVENTION_FIELD.area, message: 'Select the area of need' },
      { fieldId: INTERVENTION_FIELD.delivery, message: 'Select whether it is for a group or 1:1' },
      { fieldId: INTERVENTION_FIELD.usualGroupSize, message: 'Enter the usual group size' },
      { fieldId: INTERVENTION_FIELD.deliveredBy, message: 'Select who usually delivers it' },
      {
        fieldId: INTERVENTION_FIELD.usualMinutes,
        message: 'Enter how long a session usually lasts, in minutes',
      },
      {
        fieldId: INTERVENTION_FIELD.usualSessionsPerWeek,
        message: 'Enter how many sessions a week it usually has',
      },
      { fieldId: INTERVENTION_FIELD.measureName, message: 'Enter what is measured, for example Reading age' },
      {
        fieldId: INTERVENTION_FIELD.measureUnit,
        message: 'Enter the unit of the measure, for example months',
      },
      {
        fieldId: INTERVENTION_FIELD.higherIsBetter,
        message: 'Select whether a higher or a lower score is better',
      },
    ]);
  });

  it('checks numbers, money and lengths', () => {
    const checked = checkInterventionForm(
      form({
        ...answers,
        name: 'x'.repeat(121),
        delivery: 'one_to_one',
        usualGroupSize: '3',
        usualMinutes: '2',
        usualSessionsPerWeek: 'two',
        resourceCost: '1.234',
      }),
    );
    expect(checked.ok ? {} : checked.problem.fields).toEqual({
      [INTERVENTION_FIELD.name]: 'The name must be 120 characters or fewer',
      [INTERVENTION_FIELD.usualGroupSize]: 'A 1:1 intervention has a group size of 1',
      [INTERVENTION_FIELD.usualMinutes]: 'The usual length of a session must be between 5 and 240 minutes',
      [INTERVENTION_FIELD.usualSessionsPerWeek]:
        'The number of sessions a week must be a whole number between 1 and 10',
      [INTERVENTION_FIELD.resourceCostPerSessionPence]:
        'Enter the resource cost in pounds and pence, for example 1.20',
    });
    const dear = checkInterventionForm(form({ ...answers, resourceCost: '10000.01', usualGroupSize: '31' }));
    expect(dear.ok ? {} : dear.problem.fields).toEqual({
      [INTERVENTION_FIELD.usualGroupSize]: 'The usual group size must be between 1 and 30',
      [INTERVENTION_FIELD.resourceCostPerSessionPence]: 'The resource cost must be £10,000 or less',
    });
  });

  it("places the server's errors by the API's field names", () => {
    expect(interventionFieldId('resourceCostPerSessionPence')).toBe(
      INTERVENTION_FIELD.resourceCostPerSessionPence,
    );
    expect(interventionFieldId('measureUnit')).toBe(INTERVENTION_FIELD.measureUnit);
    expect(interventionFieldId('version')).toBeUndefined();
    expect(interventionFieldId('toString')).toBeUndefined();
  });
});
