import {
  academicYearOf,
  censusDaysOfYear,
  dateParts,
  isIsoDate,
  isoDate,
  nextCensusDay,
  parseDateParts,
} from './dates';

const messages = { label: 'The date the status changes', missing: 'Enter the date the status changes' };
const parse = (day: string, month: string, year: string) => parseDateParts({ day, month, year }, messages);

describe('date input', () => {
  it('reads a real date as YYYY-MM-DD, padding day and month', () => {
    expect(parse('4', '3', '2026')).toEqual({ ok: true, iso: '2026-03-04' });
    expect(parse(' 29 ', '02', '2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(parse('1', 'March', '2026')).toEqual({ ok: true, iso: '2026-03-01' });
    expect(parse('1', 'sept', '2026')).toEqual({ ok: true, iso: '2026-09-01' });
  });

  it('asks for the date when nothing was entered', () => {
    expect(parse('', ' ', '')).toEqual({
      ok: false,
      message: 'Enter the date the status changes',
      parts: ['day', 'month', 'year'],
    });
  });

  it('names the missing parts, GOV.UK style', () => {
    expect(parse('4', '', '2026')).toMatchObject({
      message: 'The date the status changes must include a month',
      parts: ['month'],
    });
    expect(parse('', '', '2026')).toMatchObject({
      message: 'The date the status changes must include a day and month',
      parts: ['day', 'month'],
    });
  });

  it('refuses dates that do not exist, pointing at the wrong part', () => {
    expect(parse('29', '2', '2025')).toMatchObject({ ok: false, parts: ['day'] });
    expect(parse('31', '13', '2025')).toMatchObject({
      ok: false,
      message: 'The date the status changes must be a real date',
      parts: ['month'],
    });
    expect(parse('x', '1', '2025')).toMatchObject({ ok: false, parts: ['day'] });
    expect(parse('1', '1', '25')).toMatchObject({ message: 'Year must include 4 numbers', parts: ['year'] });
  });

  it('fills the three fields from an ISO date', () => {
    expect(dateParts('2026-03-04')).toEqual({ day: '4', month: '3', year: '2026' });
    expect(dateParts(null)).toEqual({ day: '', month: '', year: '' });
  });

  it('checks ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
    expect(isoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('census days', () => {
  it('knows the academic year of a date', () => {
    expect(academicYearOf('2026-08-31')).toBe(2025);
    expect(academicYearOf('2026-09-01')).toBe(2026);
  });

  it('lists the three census days of the academic year', () => {
    // First Thursday in October, third Thursday in January and May.
    expect(censusDaysOfYear('2025-11-20')).toEqual(['2025-10-02', '2026-01-15', '2026-05-21']);
  });

  it('finds the next census day on or after a date', () => {
    expect(nextCensusDay('2025-11-20')).toBe('2026-01-15');
    expect(nextCensusDay('2026-01-15')).toBe('2026-01-15');
    expect(nextCensusDay('2026-05-22')).toBe('2026-10-01');
    expect(nextCensusDay('2026-09-01')).toBe('2026-10-01');
  });
});
