import { checkProvisionForm, PROVISION_FIELD, provisionFieldId } from './provision-form-check';

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  }
  return data;
}

const answers = {
  interventionId: 'i-1',
  name: ' Year 3 phonics ',
  staffIds: ['u-2', 'u-1', 'u-2'],
  weekdays: ['4', '1'],
  minutes: '30',
  'startDate-day': '3',
  'startDate-month': '11',
  'startDate-year': '2026',
  'endDate-day': '12',
  'endDate-month': 'Feb',
  'endDate-year': '2027',
  location: ' Library ',
};

describe('the group form', () => {
  it('builds the request, days in week order', () => {
    expect(checkProvisionForm(form(answers), { withIntervention: true })).toEqual({
      ok: true,
      request: {
        interventionId: 'i-1',
        name: 'Year 3 phonics',
        staffIds: ['u-2', 'u-1'],
        weekdays: [1, 4],
        minutes: 30,
        startDate: '2026-11-03',
        endDate: '2027-02-12',
        location: 'Library',
      },
    });
  });

  it('does not ask for the intervention of a group being changed', () => {
    const checked = checkProvisionForm(form({ ...answers, interventionId: '' }), { withIntervention: false });
    expect(checked).toMatchObject({ ok: true, request: { interventionId: '' } });
  });

  it('asks for every answer, in the order of the fields', () => {
    const checked = checkProvisionForm(form({}), { withIntervention: true });
    expect(checked.ok ? [] : checked.problem.summary).toEqual([
      { fieldId: PROVISION_FIELD.interventionId, message: 'Select the intervention' },
      { fieldId: PROVISION_FIELD.name, message: 'Enter a name for the group' },
      { fieldId: PROVISION_FIELD.staffIds, message: 'Select who delivers the group' },
      { fieldId: PROVISION_FIELD.weekdays, message: 'Select the days the group meets' },
      { fieldId: PROVISION_FIELD.minutes, message: 'Enter how long each session lasts, in minutes' },
      { fieldId: 'provision-start-day', message: 'Enter the date the group starts' },
      { fieldId: 'provision-end-day', message: 'Enter the date the group ends' },
    ]);
    expect(checked.ok ? {} : checked.dateParts).toEqual({
      [PROVISION_FIELD.startDate]: ['day', 'month', 'year'],
      [PROVISION_FIELD.endDate]: ['day', 'month', 'year'],
    });
  });

  it('checks the dates, their order, the minutes and the weekdays', () => {
    const checked = checkProvisionForm(
      form({
        ...answers,
        weekdays: ['6', '0'],
        minutes: '300',
        'startDate-month': '',
        'endDate-day': '1',
        'endDate-year': '2026',
      }),
      { withIntervention: true },
    );
    expect(checked.ok ? [] : checked.problem.summary).toEqual([
      { fieldId: PROVISION_FIELD.weekdays, message: 'Select the days the group meets' },
      {
        fieldId: PROVISION_FIELD.minutes,
        message: 'The length of a session must be between 5 and 240 minutes',
      },
      { fieldId: 'provision-start-month', message: 'The start date must include a month' },
    ]);
    const backwards = checkProvisionForm(form({ ...answers, 'endDate-year': '2025' }), {
      withIntervention: true,
    });
    expect(backwards.ok ? [] : backwards.problem.summary).toEqual([
      { fieldId: 'provision-end-day', message: 'The end date must be the same as or after the start date' },
    ]);
    expect(backwards.ok ? {} : backwards.dateParts).toEqual({
      [PROVISION_FIELD.endDate]: ['day', 'month', 'year'],
    });
  });

  it("places the server's errors by the API's field names", () => {
    expect(provisionFieldId('startDate')).toBe('provision-start-day');
    expect(provisionFieldId('staffIds[1]')).toBe(PROVISION_FIELD.staffIds);
    expect(provisionFieldId('weekdays')).toBe(PROVISION_FIELD.weekdays);
    expect(provisionFieldId('version')).toBeUndefined();
  });
});

describe('the staff of a group', () => {
  it('takes up to 10 people', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `u-${String(i)}`);
    const checked = checkProvisionForm(form({ ...answers, staffIds: eleven }), { withIntervention: true });
    expect(checked.ok ? [] : checked.problem.summary).toEqual([
      { fieldId: PROVISION_FIELD.staffIds, message: 'Select up to 10 people to deliver the group' },
    ]);
  });
});
