import {
  checkCorrectionForm,
  checkEntryForm,
  chronologyFieldId,
  readChronologyForm,
  type ChronologyFormValues,
} from './chronology-form';

const TODAY = '2027-03-10';
const form = (o: Partial<ChronologyFormValues> = {}): ChronologyFormValues => ({
  occurredOn: { day: '9', month: '3', year: '2027' },
  kind: 'meeting',
  parentMeeting: true,
  withWhom: ' Mum ',
  summary: 'Talked about reading. ',
  agreed: '',
  ...o,
});

describe('chronology forms', () => {
  it('makes the request from a new entry, trimmed', () => {
    expect(checkEntryForm('add', form(), TODAY)).toEqual({
      ok: true,
      request: {
        occurredOn: '2027-03-09',
        kind: 'meeting',
        parentMeeting: true,
        withWhom: 'Mum',
        summary: 'Talked about reading.',
        agreed: '',
      },
    });
  });

  it('drops the parent meeting tick when the kind is not a meeting', () => {
    const checked = checkEntryForm('add', form({ kind: 'call' }), TODAY);
    expect(checked.ok && checked.request.parentMeeting).toBe(false);
  });

  it('names each problem in field order, linked to its field', () => {
    const checked = checkEntryForm(
      'add',
      form({ occurredOn: { day: '11', month: '3', year: '2027' }, kind: '', withWhom: ' ', summary: '' }),
      TODAY,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary).toEqual([
      { fieldId: 'add-date-day', message: 'The date must be today or in the past' },
      { fieldId: 'add-kind', message: 'Choose what kind of contact it was' },
      { fieldId: 'add-with', message: 'Enter who it was with' },
      { fieldId: 'add-summary', message: 'Enter what happened' },
    ]);
    const badDate = checkEntryForm('add', form({ occurredOn: { day: '', month: '3', year: '2027' } }), TODAY);
    expect(!badDate.ok && badDate.problem.summary).toEqual([
      { fieldId: 'add-date-day', message: 'The date must include a day' },
    ]);
    expect(!badDate.ok && badDate.dateParts).toEqual(['day']);
  });

  it('maps the API’s field names to the form’s ids', () => {
    expect(chronologyFieldId('c-1', 'occurredOn')).toBe('c-1-date-day');
    expect(chronologyFieldId('c-1', 'withWhom')).toBe('c-1-with');
    expect(chronologyFieldId('c-1', 'nonsense')).toBeUndefined();
  });

  it('makes a correction with every value as it should read, and refuses one that changes nothing', () => {
    const entry = {
      kind: 'meeting' as const,
      effective: {
        occurredOn: '2027-03-09',
        parentMeeting: true,
        withWhom: 'Mum',
        summary: 'Talked about reading.',
        agreed: '',
      },
    };
    const { kind: _kind, ...values } = form({ agreed: 'Read nightly' });
    expect(checkCorrectionForm('c', values, entry, TODAY)).toEqual({
      ok: true,
      request: { ...entry.effective, agreed: 'Read nightly' },
    });
    const same = checkCorrectionForm('c', { ...values, agreed: '' }, entry, TODAY);
    expect(!same.ok && same.problem.summary).toEqual([
      {
        fieldId: 'c-summary',
        message: 'The correction is the same as the entry: change what needs putting right',
      },
    ]);
  });

  it('reads the form as submitted', () => {
    const data = new FormData();
    data.set('occurredOn-day', '9');
    data.set('occurredOn-month', '3');
    data.set('occurredOn-year', '2027');
    data.set('kind', 'call');
    data.set('withWhom', 'Dad');
    data.set('summary', 'Phoned');
    expect(readChronologyForm(data)).toEqual({
      occurredOn: { day: '9', month: '3', year: '2027' },
      kind: 'call',
      parentMeeting: false,
      withWhom: 'Dad',
      summary: 'Phoned',
      agreed: '',
    });
  });
});
