import {
  absenceFieldId,
  absenceName,
  checkSessionForm,
  presentFieldId,
  readSessionForm,
  sessionFieldIdFor,
  type SessionFormValues,
} from './session-form';

const pupils = [
  { id: 'a', name: 'Ava Brown' },
  { id: 'b', name: 'Ben Cole' },
];
const TODAY = '2026-10-08';

function values(overrides: Partial<SessionFormValues> = {}): SessionFormValues {
  return {
    date: { day: '8', month: '10', year: '2026' },
    status: 'held',
    minutes: '30',
    present: ['a', 'b'],
    absenceReasons: {},
    cancelReason: '',
    note: '',
    ...overrides,
  };
}

function messages(result: ReturnType<typeof checkSessionForm>): string[] {
  return result.ok ? [] : result.problem.summary.map((item) => item.message);
}

describe('the session form', () => {
  it('reads the answers from the submitted form', () => {
    const data = new FormData();
    data.set('heldOn-day', '8');
    data.set('heldOn-month', '10');
    data.set('heldOn-year', '2026');
    data.set('status', 'held');
    data.set('minutes', '25');
    data.append('present', 'a');
    data.set(absenceName('b'), 'ill');
    data.set('note', 'Blending CVC words');
    expect(readSessionForm(data, pupils)).toEqual({
      date: { day: '8', month: '10', year: '2026' },
      status: 'held',
      minutes: '25',
      present: ['a'],
      absenceReasons: { a: '', b: 'ill' },
      cancelReason: '',
      note: 'Blending CVC words',
    });
  });

  it('builds a held session with every pupil, absent ones with their reason', () => {
    const result = checkSessionForm(
      values({ present: ['b'], absenceReasons: { a: 'ill' }, note: '  Rhymes  ' }),
      pupils,
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      request: {
        heldOn: '2026-10-08',
        status: 'held',
        minutes: 30,
        note: 'Rhymes',
        attendance: [
          { pupilId: 'a', attended: false, absenceReason: 'ill' },
          { pupilId: 'b', attended: true },
        ],
      },
    });
  });

  it('builds a cancelled session with its reason and no attendance', () => {
    const result = checkSessionForm(
      values({ status: 'cancelled', cancelReason: 'cover', minutes: 'ignored', present: [] }),
      pupils,
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      request: { heldOn: '2026-10-08', status: 'cancelled', cancelReason: 'cover', note: '' },
    });
  });

  it('asks whether the session happened', () => {
    expect(messages(checkSessionForm(values({ status: '' }), pupils, TODAY))).toEqual([
      'Select yes if the session happened',
    ]);
  });

  it('checks the date, which cannot be in the future', () => {
    const empty = checkSessionForm(values({ date: { day: '', month: '', year: '' } }), pupils, TODAY);
    expect(messages(empty)).toEqual(['Enter the date of the session']);
    const partial = checkSessionForm(values({ date: { day: '8', month: '', year: '2026' } }), pupils, TODAY);
    expect(partial.ok ? null : partial.problem.summary[0]).toEqual({
      fieldId: 'session-date-month',
      message: 'The date of the session must include a month',
    });
    expect(partial.ok ? [] : partial.dateParts).toEqual(['month']);
    const future = checkSessionForm(values({ date: { day: '9', month: '10', year: '2026' } }), pupils, TODAY);
    expect(messages(future)).toEqual(['The date of the session must be today or in the past']);
  });

  it('checks the length of a held session', () => {
    const check = (minutes: string) => messages(checkSessionForm(values({ minutes }), pupils, TODAY));
    expect(check('')).toEqual(['Enter how long the session lasted, in minutes']);
    expect(check('half an hour')).toEqual([
      'Enter the length of the session as a whole number of minutes, like 30',
    ]);
    expect(check('0')).toEqual(['The session must last between 1 and 240 minutes']);
    expect(check('241')).toEqual(['The session must last between 1 and 240 minutes']);
    expect(check(' 240 ')).toEqual([]);
  });

  it('asks why each absent pupil was absent, by name, next to that pupil', () => {
    const result = checkSessionForm(values({ present: [], absenceReasons: { b: 'refused' } }), pupils, TODAY);
    expect(result.ok ? null : result.problem.summary).toEqual([
      { fieldId: absenceFieldId('a'), message: 'Select why Ava Brown was absent' },
    ]);
  });

  it('asks why a cancelled session did not happen', () => {
    expect(messages(checkSessionForm(values({ status: 'cancelled' }), pupils, TODAY))).toEqual([
      'Select why the session did not happen',
    ]);
  });

  it('keeps the note to 1,000 characters, counting an emoji as one', () => {
    expect(messages(checkSessionForm(values({ note: '😀'.repeat(1000) }), pupils, TODAY))).toEqual([]);
    expect(messages(checkSessionForm(values({ note: 'x'.repeat(1001) }), pupils, TODAY))).toEqual([
      'The note must be 1,000 characters or fewer',
    ]);
  });

  it('lists every problem in the order of the fields', () => {
    const result = checkSessionForm(
      values({ date: { day: '', month: '', year: '' }, minutes: '', present: ['a'], note: 'x'.repeat(1001) }),
      pupils,
      TODAY,
    );
    expect(result.ok ? [] : result.problem.summary.map((item) => item.fieldId)).toEqual([
      'session-date-day',
      'session-minutes',
      absenceFieldId('b'),
      'session-note',
    ]);
  });

  it('puts the server’s errors next to their fields', () => {
    const ids = ['a', 'b'];
    expect(sessionFieldIdFor('heldOn', ids)).toBe('session-date-day');
    expect(sessionFieldIdFor('minutes', ids)).toBe('session-minutes');
    expect(sessionFieldIdFor('cancelReason', ids)).toBe('session-cancel-reason');
    expect(sessionFieldIdFor('attendance[1].absenceReason', ids)).toBe(absenceFieldId('b'));
    expect(sessionFieldIdFor('attendance.0.absenceReason', ids)).toBe(absenceFieldId('a'));
    expect(sessionFieldIdFor('attendance.1.attended', ids)).toBe(presentFieldId('b'));
    expect(sessionFieldIdFor('attendance', ids)).toBe(presentFieldId('a'));
    expect(sessionFieldIdFor('attendance[7].pupilId', ids)).toBe(presentFieldId('a'));
    expect(sessionFieldIdFor('attendance', [])).toBe('session-status');
    expect(sessionFieldIdFor('version', ids)).toBeUndefined();
  });
});
