import { NEED_TYPES, type NeedTypeRow } from '@sendreg/contracts';
import { checkNeeds, checkStatusChange, needsFieldId, statusFieldId, type NeedsAnswers } from './send-forms';

const date = { day: '3', month: '3', year: '2026' };
const needTypes: NeedTypeRow[] = [
  ...NEED_TYPES.map((type) => ({ ...type, discontinuedOn: null })),
  { code: 'OLD', label: 'Old code', area: null, supportOnly: false, discontinuedOn: '2020-01-01' },
];

describe('changing the SEN status', () => {
  it('builds the request from the answers', () => {
    expect(
      checkStatusChange({ status: 'K', date, reason: '  Review agreed SEN support ' }, 'monitoring'),
    ).toEqual({
      ok: true,
      request: { status: 'K', effectiveFrom: '2026-03-03', reason: 'Review agreed SEN support' },
    });
  });

  it('asks for each answer, linking to the field and the wrong part of the date', () => {
    const checked = checkStatusChange(
      { status: '', date: { day: '3', month: '', year: '2026' }, reason: '' },
      'N',
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary).toEqual([
      { fieldId: 'status', message: 'Choose the new SEN status' },
      { fieldId: 'effective-from-month', message: 'The date the status changes must include a month' },
      { fieldId: 'reason', message: 'Enter the reason for the change' },
    ]);
    expect(checked.dateParts).toEqual(['month']);
  });

  it('refuses the status the pupil already has', () => {
    const checked = checkStatusChange({ status: 'K', date, reason: 'Again' }, 'K');
    expect(checked.ok || checked.problem.fields.status).toMatch(/already at SEN support/);
  });

  it('maps the API field names to the fields', () => {
    expect(statusFieldId('effectiveFrom')).toBe('effective-from-day');
    expect(statusFieldId('reason')).toBe('reason');
    expect(statusFieldId('senVersion')).toBeUndefined();
  });
});

describe('setting needs', () => {
  const answers = (partial: Partial<NeedsAnswers>): NeedsAnswers => ({
    primary: '',
    primaryDescription: '',
    secondary: '',
    secondaryDescription: '',
    date,
    ...partial,
  });
  const check = (partial: Partial<NeedsAnswers>, status: 'N' | 'monitoring' | 'K' | 'E' = 'K') =>
    checkNeeds(answers(partial), status, needTypes, '2026-03-03');
  const fields = (partial: Partial<NeedsAnswers>, status?: 'N' | 'monitoring' | 'K' | 'E') => {
    const checked = check(partial, status);
    return checked.ok ? {} : checked.problem.fields;
  };

  it('sends the primary need at rank 1 and the secondary at rank 2, with their descriptions', () => {
    expect(
      check({
        primary: 'SLCN',
        primaryDescription: ' Finds it hard to follow instructions ',
        secondary: 'SEMH',
      }),
    ).toEqual({
      ok: true,
      request: {
        effectiveFrom: '2026-03-03',
        needs: [
          { code: 'SLCN', rank: 1, description: 'Finds it hard to follow instructions' },
          { code: 'SEMH', rank: 2, description: undefined },
        ],
      },
    });
  });

  it('clears the needs of a pupil who is not on the register', () => {
    expect(check({}, 'monitoring')).toEqual({
      ok: true,
      request: { effectiveFrom: '2026-03-03', needs: [] },
    });
  });

  it('applies the census rules', () => {
    expect(fields({})['primary-need']).toMatch(/must have one/);
    expect(fields({ primary: 'ASD' }, 'N')['primary-need']).toMatch(/not on the register/);
    expect(fields({ primary: 'NSA' }, 'E')['primary-need']).toMatch(/only allowed at SEN support/);
    expect(fields({ primary: 'ASD', secondary: 'NSA' }, 'E')['secondary-need']).toMatch(/only allowed/);
    expect(fields({ primary: 'NSA' }, 'K')).toEqual({});
    expect(fields({ primary: 'ASD', secondary: 'OLD' })['secondary-need']).toMatch(/discontinued/);
  });

  it('needs a primary before a secondary, and two different needs', () => {
    expect(fields({ secondary: 'ASD' })['primary-need']).toBe(
      'Choose a primary need before a secondary need',
    );
    expect(fields({ primary: 'ASD', secondary: 'ASD' })['secondary-need']).toMatch(/different/);
    expect(fields({ primary: 'ASD', secondaryDescription: 'x' })['secondary-description']).toMatch(
      /Choose the secondary/,
    );
  });

  it('maps the API field names to the fields, by the needs sent', () => {
    const sent = [
      { code: 'ASD', rank: 1 },
      { code: 'SLCN', rank: 2 },
    ];
    expect(needsFieldId('needs[1].code', sent)).toBe('secondary-need');
    expect(needsFieldId('needs.1.description', sent)).toBe('secondary-description');
    expect(needsFieldId('needs[0].rank', sent)).toBe('primary-need');
    expect(needsFieldId('needs', sent)).toBe('primary-need');
    expect(needsFieldId('effectiveFrom', sent)).toBe('effective-from-day');
    expect(needsFieldId('senVersion', sent)).toBeUndefined();
  });
});
