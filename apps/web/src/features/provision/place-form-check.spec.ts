import {
  ADD_PUPIL_FIELD,
  addPupilFieldId,
  checkAddPupil,
  checkLeaving,
  checkMeasures,
  LEAVING_FIELD,
  MEASURES_FIELD,
  measuresFieldId,
} from './place-form-check';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

function date(name: string, day: string, month: string, year: string): Record<string, string> {
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
}

describe('adding a pupil to a group', () => {
  it('sends the pupil and the date they join, and measures only when given', () => {
    expect(
      checkAddPupil(form({ pupilId: 'p-1', ...date('joinedOn', '3', '11', '2026') }), { hasChoices: true }),
    ).toEqual({
      ok: true,
      request: { pupilId: 'p-1', joinedOn: '2026-11-03' },
    });
    expect(
      checkAddPupil(
        form({
          pupilId: 'p-1',
          ...date('joinedOn', '3', '11', '2026'),
          entryScore: '84',
          ...date('entryDate', '2', '11', '2026'),
          targetScore: '90.5',
        }),
        { hasChoices: true },
      ),
    ).toEqual({
      ok: true,
      request: {
        pupilId: 'p-1',
        joinedOn: '2026-11-03',
        entryScore: 84,
        entryDate: '2026-11-02',
        targetScore: 90.5,
      },
    });
  });

  it('asks for the pupil, pointing at the search when there is nothing to choose from', () => {
    const none = checkAddPupil(form(date('joinedOn', '3', '11', '2026')), { hasChoices: false });
    expect(none.ok ? [] : none.problem.summary).toEqual([
      { fieldId: ADD_PUPIL_FIELD.search, message: 'Search for the pupil by name, then select them' },
    ]);
    const some = checkAddPupil(form(date('joinedOn', '', '', '')), { hasChoices: true });
    expect(some.ok ? [] : some.problem.summary).toEqual([
      { fieldId: ADD_PUPIL_FIELD.pupilId, message: 'Select the pupil to add' },
      { fieldId: 'add-pupil-joined-day', message: 'Enter the date the pupil joins the group' },
    ]);
  });

  it('keeps a score and its date together', () => {
    const noDate = checkAddPupil(
      form({ pupilId: 'p', ...date('joinedOn', '3', '11', '2026'), entryScore: '84', targetScore: 'lots' }),
      { hasChoices: true },
    );
    expect(noDate.ok ? [] : noDate.problem.summary).toEqual([
      { fieldId: 'add-pupil-entry-date-day', message: 'Enter the date of the entry measure' },
      { fieldId: ADD_PUPIL_FIELD.targetScore, message: 'The target must be a number, like 92 or 8.5' },
    ]);
    const noScore = checkAddPupil(
      form({ pupilId: 'p', ...date('joinedOn', '3', '11', '2026'), ...date('entryDate', '2', '', '2026') }),
      { hasChoices: true },
    );
    expect(noScore.ok ? [] : noScore.problem.summary).toEqual([
      { fieldId: ADD_PUPIL_FIELD.entryScore, message: 'Enter the entry score, or clear its date' },
      {
        fieldId: 'add-pupil-entry-date-month',
        message: 'The date of the entry measure must include a month',
      },
    ]);
    expect(noScore.ok ? {} : noScore.dateParts).toEqual({ 'add-pupil-entry-date': ['month'] });
  });

  it("places the server's errors", () => {
    expect(addPupilFieldId('joinedOn')).toBe('add-pupil-joined-day');
    expect(addPupilFieldId('pupilId')).toBe(ADD_PUPIL_FIELD.pupilId);
    expect(addPupilFieldId('hasOwnProperty')).toBeUndefined();
  });
});

describe('recording measures', () => {
  it('sends every measure, empty ones as null to clear them', () => {
    expect(
      checkMeasures(
        form({
          entryScore: '84',
          ...date('entryDate', '2', '11', '2026'),
          targetScore: '',
          exitScore: '',
          ...date('exitDate', '', '', ''),
        }),
      ),
    ).toEqual({
      ok: true,
      request: {
        entryScore: 84,
        entryDate: '2026-11-02',
        targetScore: null,
        exitScore: null,
        exitDate: null,
      },
    });
  });

  it('keeps the exit measure after the entry one', () => {
    const checked = checkMeasures(
      form({
        entryScore: '84',
        ...date('entryDate', '2', '11', '2026'),
        exitScore: '90',
        ...date('exitDate', '1', '11', '2026'),
      }),
    );
    expect(checked.ok ? [] : checked.problem.summary).toEqual([
      {
        fieldId: 'measures-exit-date-day',
        message: 'The date of the exit measure must be on or after the date of the entry measure',
      },
    ]);
    expect(checked.ok ? {} : checked.dateParts).toEqual({
      [MEASURES_FIELD.exitDate]: ['day', 'month', 'year'],
    });
  });

  it('asks for the date of an exit score and the score of an exit date', () => {
    const checked = checkMeasures(form({ exitScore: '90', entryScore: 'x' }));
    expect(checked.ok ? [] : checked.problem.summary).toEqual([
      { fieldId: MEASURES_FIELD.entryScore, message: 'The entry score must be a number, like 92 or 8.5' },
      { fieldId: 'measures-exit-date-day', message: 'Enter the date of the exit measure' },
    ]);
    expect(measuresFieldId('exitDate')).toBe('measures-exit-date-day');
    expect(measuresFieldId('exitScore')).toBe(MEASURES_FIELD.exitScore);
  });
});

describe('leaving a group', () => {
  it('takes a date on or after the day they joined', () => {
    expect(checkLeaving(form(date('leftOn', '5', '2', '2027')), '2026-11-03')).toEqual({
      ok: true,
      request: { leftOn: '2027-02-05' },
    });
    const early = checkLeaving(form(date('leftOn', '1', '11', '2026')), '2026-11-03');
    expect(early.ok ? [] : early.problem.summary).toEqual([
      {
        fieldId: 'leaving-date-day',
        message: 'The date they leave must be on or after the day they joined, 3 November 2026',
      },
    ]);
    expect(early.ok ? {} : early.dateParts).toEqual({ [LEAVING_FIELD.leftOn]: ['day', 'month', 'year'] });
    const none = checkLeaving(form({}), '2026-11-03');
    expect(none.ok ? [] : none.problem.summary).toEqual([
      { fieldId: 'leaving-date-day', message: 'Enter the date the pupil leaves the group' },
    ]);
  });
});
