import { BLANK_EHCP_DATES } from '@sendreg/contracts';
import type { EhcpDates } from '@sendreg/contracts';
import { formProblem } from '../../lib/form-problem';
import {
  checkEhcpForm,
  dateError,
  ehcpFieldId,
  formFromRecord,
  readEhcpForm,
  recordMeetingHeld,
  type EhcpFormValues,
} from './ehcp-form';

const BLANK: EhcpDates = BLANK_EHCP_DATES;

const RECORD = {
  ...BLANK,
  localAuthority: 'Kent',
  requestedBy: 'parent' as const,
  notes: 'Tribunal hearing booked',
  requestedOn: '2026-01-05',
  assessDecision: 'assess' as const,
  assessDecisionOn: '2026-02-10',
  finalIssuedOn: '2026-05-20',
  lastAnnualReviewOn: '2027-05-10',
  reviewReportSentOn: '2027-05-20',
  amendDecisionOn: '2027-06-01',
  nextAnnualReviewMeetingOn: '2028-05-08',
  reviewPapersSentOn: '2028-04-20',
  phaseTransfer: 'primary-to-secondary' as const,
  transferYear: 2029,
};

describe('the EHCP form', () => {
  it('shows a record and sends it back unchanged', () => {
    const values = formFromRecord(RECORD);
    expect(values.dates.requestedOn).toEqual({ day: '5', month: '1', year: '2026' });
    expect(values.dates.adviceReceivedOn).toEqual({ day: '', month: '', year: '' });
    expect(values).toMatchObject({
      requestedBy: 'parent',
      assessDecision: 'assess',
      issueDecision: '',
      transferYear: '2029',
    });
    expect(checkEhcpForm(values)).toEqual({ ok: true, request: RECORD });
  });

  it('reads the form as submitted, trimming text and turning blanks into nulls', () => {
    const data = new FormData();
    data.set('localAuthority', '  Kent  ');
    data.set('requestedBy', '');
    data.set('assessDecision', 'refuse');
    data.set('requested-on-day', ' 5 ');
    data.set('requested-on-month', 'jan');
    data.set('requested-on-year', '2026');
    data.set('assess-decision-on-day', '10');
    data.set('assess-decision-on-month', '2');
    data.set('assess-decision-on-year', '2026');
    data.set('phaseTransfer', '');
    data.set('transferYear', ' ');
    data.set('notes', '  ');
    const checked = checkEhcpForm(readEhcpForm(data));
    expect(checked).toEqual({
      ok: true,
      request: {
        ...BLANK,
        localAuthority: 'Kent',
        requestedBy: null,
        notes: '',
        assessDecision: 'refuse',
        requestedOn: '2026-01-05',
        assessDecisionOn: '2026-02-10',
      },
    });
  });

  it('names each date that is not a real date, the missing local authority and a bad year, in form order', () => {
    const values: EhcpFormValues = {
      ...formFromRecord({ ...BLANK, localAuthority: ' ', requestedBy: null, notes: '' }),
      transferYear: '27',
    };
    values.dates.requestedOn = { day: '30', month: '2', year: '2026' };
    values.dates.finalIssuedOn = { day: '1', month: '', year: '2026' };
    values.dates.amendedPlanIssuedOn = { day: '1', month: '13', year: '2026' };
    const checked = checkEhcpForm(values);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary).toEqual([
      { fieldId: 'local-authority', message: 'Enter the local authority that maintains the plan' },
      { fieldId: 'requested-on-day', message: 'The date of the request must be a real date' },
      { fieldId: 'final-issued-on-month', message: 'The date of the final plan must include a month' },
      { fieldId: 'transfer-year', message: 'Enter the year of the move as 4 numbers, for example 2027' },
      {
        fieldId: 'amended-plan-issued-on-month',
        message: 'The date of the amended plan must be a real date',
      },
    ]);
    expect(checked.dateParts).toEqual({
      requestedOn: ['day'],
      finalIssuedOn: ['month'],
      amendedPlanIssuedOn: ['month'],
    });
    expect(dateError(checked.problem, 'final-issued-on')).toBe(
      'The date of the final plan must include a month',
    );
    expect(dateError(checked.problem, 'requested-on')).toBe('The date of the request must be a real date');
    expect(dateError(checked.problem, 'draft-issued-on')).toBeUndefined();
  });

  it('refuses notes that are too long', () => {
    const checked = checkEhcpForm({ ...formFromRecord(RECORD), notes: 'n'.repeat(4001) });
    expect(checked.ok || checked.problem.summary).toEqual([
      { fieldId: 'notes', message: 'Notes must be 4,000 characters or fewer' },
    ]);
  });

  it("puts the API's problems next to the fields", () => {
    expect(ehcpFieldId('assessDecisionOn')).toBe('assess-decision-on-day');
    expect(ehcpFieldId('assessDecision')).toBe('assess-decision');
    expect(ehcpFieldId('transferYear')).toBe('transfer-year');
    expect(ehcpFieldId('version')).toBeUndefined();
    const problem = formProblem([[ehcpFieldId('draftIssuedOn')!, 'Not before the decision']]);
    expect(dateError(problem, 'draft-issued-on')).toBe('Not before the decision');
  });
});

describe('recordMeetingHeld', () => {
  it('makes the meeting the last one held and clears what belonged to the cycle before', () => {
    const held = recordMeetingHeld(formFromRecord(RECORD), { day: '8', month: 'May', year: '2028' });
    expect(held.ok).toBe(true);
    if (!held.ok) return;
    const checked = checkEhcpForm(held.values);
    expect(checked).toEqual({
      ok: true,
      request: {
        ...RECORD,
        lastAnnualReviewOn: '2028-05-08',
        nextAnnualReviewMeetingOn: null,
        reviewPapersSentOn: null,
        reviewReportSentOn: null,
        amendDecisionOn: null,
      },
    });
  });

  it('wants a real date', () => {
    expect(recordMeetingHeld(formFromRecord(RECORD), { day: '', month: '', year: '' })).toEqual({
      ok: false,
      message: 'Enter the date the annual review meeting was held',
      parts: ['day', 'month', 'year'],
    });
    expect(recordMeetingHeld(formFromRecord(RECORD), { day: '31', month: '4', year: '2028' })).toMatchObject({
      ok: false,
      message: 'The date of the meeting must be a real date',
    });
  });
});
