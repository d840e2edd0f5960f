import { checkClosureForm, closureFieldId, closureLength } from './term-date-form';

const date = (day: string, month: string, year: string) => ({ day, month, year });

describe('the term dates form', () => {
  it('turns a closure into a request', () => {
    expect(
      checkClosureForm({
        name: ' February half-term ',
        from: date('16', '2', '2026'),
        to: date('20', 'feb', '2026'),
      }),
    ).toEqual({ ok: true, request: { name: 'February half-term', from: '2026-02-16', to: '2026-02-20' } });
  });

  it('says what is missing or wrong, field by field, in page order', () => {
    const result = checkClosureForm({ name: '', from: date('', '', ''), to: date('31', '2', '2026') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.summary).toEqual([
      { fieldId: 'closure-name', message: 'Enter a name for the closure, such as "February half-term"' },
      { fieldId: 'closure-from-day', message: 'Enter the first day the school is closed' },
      { fieldId: 'closure-to-day', message: 'The last day must be a real date' },
    ]);
  });

  it('refuses a last day before the first', () => {
    const result = checkClosureForm({
      name: 'Easter',
      from: date('10', '4', '2026'),
      to: date('1', '4', '2026'),
    });
    expect(result.ok ? null : result.problem.fields['closure-to-day']).toBe(
      'The last day must be the same as or after the first day',
    );
  });

  it('maps the server fields and counts days', () => {
    expect(closureFieldId('to')).toBe('closure-to-day');
    expect(closureFieldId('other')).toBeUndefined();
    expect(closureLength('2026-02-16', '2026-02-20')).toBe('5 days');
    expect(closureLength('2026-01-05', '2026-01-05')).toBe('1 day');
  });
});
