import {
  checkDocument,
  checkReferral,
  checkStatusChange,
  fileProblem,
  nextStatuses,
  type ReferralFormValues,
} from './referral-form';

const TODAY = '2026-03-10';
const parts = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
};
const EMPTY = { day: '', month: '', year: '' };

const referral = (input: Partial<ReferralFormValues> = {}): ReferralFormValues => ({
  serviceId: 'svc',
  professionalId: '',
  referredOn: parts('2026-03-01'),
  reason: ' Speech unclear in class ',
  consentGivenBy: 'Sam Archer',
  consentRelationship: 'Mother',
  consentGivenOn: parts('2026-02-28'),
  ...input,
});

describe('checkReferral', () => {
  it('gives the request the API takes', () => {
    expect(checkReferral(referral(), TODAY)).toEqual({
      ok: true,
      value: {
        serviceId: 'svc',
        professionalId: null,
        referredOn: '2026-03-01',
        reason: 'Speech unclear in class',
        consentGivenBy: 'Sam Archer',
        consentRelationship: 'Mother',
        consentGivenOn: '2026-02-28',
      },
    });
  });

  it('requires the service, the reason and every part of the consent, in the order of the page', () => {
    const checked = checkReferral(
      referral({
        serviceId: '',
        reason: ' ',
        consentGivenBy: '',
        consentRelationship: '',
        consentGivenOn: EMPTY,
      }),
      TODAY,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary).toEqual([
      { fieldId: 'referral-service', message: 'Choose the service you are referring to' },
      { fieldId: 'referral-reason', message: 'Say why you are making the referral' },
      { fieldId: 'consent-given-by', message: 'Enter the name of the person who gave consent' },
      { fieldId: 'consent-relationship', message: 'Enter their relationship to the pupil' },
      { fieldId: 'consent-given-on-day', message: 'Enter the date consent was given' },
    ]);
  });

  it('refuses a referral in the future and consent after the referral', () => {
    const future = checkReferral(referral({ referredOn: parts('2026-03-11') }), TODAY);
    expect(!future.ok && future.problem.summary[0]?.fieldId).toBe('referred-on-day');
    const late = checkReferral(referral({ consentGivenOn: parts('2026-03-02') }), TODAY);
    expect(!late.ok && late.problem.summary).toEqual([
      {
        fieldId: 'consent-given-on-day',
        message: 'Consent must be given on or before the date of the referral',
      },
    ]);
  });
});

describe('status changes', () => {
  const current = { status: 'accepted' as const, statusOn: '2026-03-01', version: 2 };

  it('offers the next statuses the rules allow', () => {
    expect(nextStatuses('waiting')).toEqual(['accepted', 'closed', 'declined']);
    expect(nextStatuses('report-received')).toEqual(['closed']);
    expect(nextStatuses('closed')).toEqual([]);
  });

  it('sends the version read, the move and its date', () => {
    expect(
      checkStatusChange(
        { status: 'assessed', statusOn: parts('2026-03-05'), note: ' Seen ' },
        current,
        TODAY,
      ),
    ).toEqual({ ok: true, value: { version: 2, status: 'assessed', statusOn: '2026-03-05', note: 'Seen' } });
  });

  it('refuses a move the rules do not allow and a date before the current status', () => {
    const checked = checkStatusChange(
      { status: 'declined', statusOn: parts('2026-02-01'), note: '' },
      current,
      TODAY,
    );
    expect(!checked.ok && checked.problem.summary.map((s) => s.fieldId)).toEqual([
      'referral-status',
      'status-on-day',
    ]);
  });
});

describe('documents', () => {
  const pdf = { size: 1200, head: Uint8Array.from(Buffer.from('%PDF-1.7')) };

  it('checks the file by size and first bytes, never by name', () => {
    expect(fileProblem(pdf)).toBeUndefined();
    expect(fileProblem(null)).toBe('Choose the file to attach');
    expect(fileProblem({ size: 0, head: new Uint8Array() })).toMatch(/empty/);
    expect(fileProblem({ ...pdf, size: 20_000_001 })).toBe('The file must be smaller than 20 MB');
    expect(fileProblem({ size: 30, head: Uint8Array.from(Buffer.from('Hello th')) })).toBe(
      'The file must be a PDF, a Word document, or a JPEG or PNG image',
    );
  });

  it('gives the fields the upload takes, with the referral and recommendations when there are some', () => {
    const values = {
      title: ' EP report ',
      kind: 'report',
      receivedOn: parts('2026-03-09'),
      recommendations: ' A\nB ',
    };
    expect(checkDocument(values, pdf, TODAY, 'ref-1')).toEqual({
      ok: true,
      value: {
        title: 'EP report',
        kind: 'report',
        receivedOn: '2026-03-09',
        referralId: 'ref-1',
        recommendations: 'A\nB',
      },
    });
    const bad = checkDocument(
      { ...values, title: '', kind: '', recommendations: `ok\n${'x'.repeat(201)}` },
      null,
      TODAY,
    );
    expect(!bad.ok && bad.problem.summary.map((s) => s.fieldId)).toEqual([
      'document-file',
      'document-title',
      'document-kind',
      'document-recommendations',
    ]);
  });
});
