import type { ExamArrangement } from '@sendreg/contracts';
import {
  checkExamForm,
  checkWithdrawal,
  examFieldId,
  examFormOf,
  newExamForm,
  type ExamForm,
} from './exam-form';

const TODAY = '2026-11-23';

const form = (overrides: Partial<ExamForm> = {}): ExamForm => ({
  ...newExamForm('10', TODAY),
  arrangement: 'reader',
  details: ' Reads questions aloud ',
  evidence: 'Reading SS 80',
  assessor: 'Sam Patel',
  ...overrides,
});

describe('newExamForm', () => {
  it('starts approved today with the end of the course suggested', () => {
    const start = newExamForm('10', TODAY);
    expect(start.approvedOn).toEqual({ day: '23', month: '11', year: '2026' });
    expect(start.expiresOn).toEqual({ day: '31', month: '8', year: '2028' });
    expect(start.arrangement).toBe('');
  });
});

describe('checkExamForm', () => {
  it('builds the request, trimmed, with the expiry as typed', () => {
    expect(checkExamForm(form(), TODAY)).toEqual({
      ok: true,
      value: {
        arrangement: 'reader',
        extraTimePercent: null,
        details: 'Reads questions aloud',
        evidence: 'Reading SS 80',
        assessor: 'Sam Patel',
        approvedOn: TODAY,
        expiresOn: '2028-08-31',
      },
    });
  });

  it('leaves the expiry out when it is cleared', () => {
    const checked = checkExamForm(form({ expiresOn: { day: '', month: '', year: '' } }), TODAY);
    expect(checked.ok && checked.value.expiresOn).toBeNull();
  });

  it('takes extra time as a percentage, with or without the % sign', () => {
    const checked = checkExamForm(form({ arrangement: 'extra-time', extraTimePercent: '25%' }), TODAY);
    expect(checked.ok && checked.value.extraTimePercent).toBe(25);
  });

  it('ignores a percentage typed before another arrangement was chosen', () => {
    const checked = checkExamForm(form({ arrangement: 'scribe', extraTimePercent: '25' }), TODAY);
    expect(checked.ok && checked.value.extraTimePercent).toBeNull();
  });

  it('asks for the arrangement and for the percentage of extra time', () => {
    const none = checkExamForm(form({ arrangement: '' }), TODAY);
    expect(!none.ok && none.problem.summary).toEqual([
      { fieldId: 'exam-arrangement', message: 'Choose the arrangement' },
    ]);
    const noPercent = checkExamForm(form({ arrangement: 'extra-time' }), TODAY);
    expect(!noPercent.ok && noPercent.problem.summary).toEqual([
      { fieldId: 'exam-extra-time', message: 'Enter how much extra time, as a percentage' },
    ]);
    const words = checkExamForm(form({ arrangement: 'extra-time', extraTimePercent: 'a quarter' }), TODAY);
    expect(!words.ok && words.problem.fields['exam-extra-time']).toBe(
      'Extra time must be a whole percentage from 1 to 100',
    );
    const tooMuch = checkExamForm(form({ arrangement: 'extra-time', extraTimePercent: '150' }), TODAY);
    expect(!tooMuch.ok && tooMuch.problem.summary).toHaveLength(1);
  });

  it('checks the dates: real, approval not in the future, expiry not before approval', () => {
    const missing = checkExamForm(form({ approvedOn: { day: '', month: '', year: '' } }), TODAY);
    expect(!missing.ok && missing.problem.summary).toEqual([
      { fieldId: 'exam-approved-on-day', message: 'Enter the date the arrangement was approved' },
    ]);
    const noMonth = checkExamForm(form({ expiresOn: { day: '1', month: '', year: '2027' } }), TODAY);
    expect(!noMonth.ok && noMonth.problem.summary).toEqual([
      { fieldId: 'exam-expires-on-month', message: 'The expiry date must include a month' },
    ]);
    expect(!noMonth.ok && noMonth.dateErrors.expiresOn).toEqual(['month']);
    const future = checkExamForm(
      form({
        approvedOn: { day: '24', month: '11', year: '2026' },
        expiresOn: { day: '1', month: '1', year: '2026' },
      }),
      TODAY,
    );
    expect(!future.ok && future.problem.summary.map((s) => s.fieldId)).toEqual([
      'exam-approved-on-day',
      'exam-expires-on-day',
    ]);
  });

  it('refuses text over the limits', () => {
    const checked = checkExamForm(form({ assessor: 'x'.repeat(201) }), TODAY);
    expect(!checked.ok && checked.problem.fields['exam-assessor']).toBe(
      "The assessor's name must be 200 characters or fewer",
    );
  });
});

describe('examFormOf', () => {
  it('fills the form from an arrangement', () => {
    const a = {
      arrangement: 'extra-time',
      extraTimePercent: 25,
      details: 'd',
      evidence: null,
      assessor: null,
      approvedOn: '2026-10-01',
      expiresOn: null,
    } as unknown as ExamArrangement;
    expect(examFormOf(a)).toEqual({
      arrangement: 'extra-time',
      extraTimePercent: '25',
      details: 'd',
      evidence: '',
      assessor: '',
      approvedOn: { day: '1', month: '10', year: '2026' },
      expiresOn: { day: '', month: '', year: '' },
    });
  });
});

describe('checkWithdrawal', () => {
  it('takes a date from approval to today', () => {
    expect(checkWithdrawal({ day: '23', month: '11', year: '2026' }, '2026-10-01', TODAY)).toEqual({
      ok: true,
      value: TODAY,
    });
    const early = checkWithdrawal({ day: '1', month: '9', year: '2026' }, '2026-10-01', TODAY);
    expect(!early.ok && early.problem.summary[0]?.fieldId).toBe('exam-withdrawn-on-day');
    const empty = checkWithdrawal({ day: '', month: '', year: '' }, '2026-10-01', TODAY);
    expect(!empty.ok && empty.problem.fields['exam-withdrawn-on']).toBe(
      'Enter the date the arrangement stops',
    );
  });
});

describe('examFieldId', () => {
  it('maps the API field names to the inputs', () => {
    expect(examFieldId('extraTimePercent')).toBe('exam-extra-time');
    expect(examFieldId('approvedOn')).toBe('exam-approved-on-day');
    expect(examFieldId('version')).toBeUndefined();
  });
});
