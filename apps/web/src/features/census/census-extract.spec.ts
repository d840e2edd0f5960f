import { ApiError } from '../../lib/api-error';
import {
  extractFileName,
  extractRefusal,
  extractStatusText,
  extractWarning,
  refusalIntro,
  refusalMoreText,
} from './census-extract';

const refused = (count: number) =>
  new ApiError({
    type: '/problems/census-check-failed',
    title: 'The census SEN extract cannot be made while the census check finds problems',
    status: 422,
    detail: 'The census check for 2026-01-15 finds problems.',
    errors: Array.from({ length: count }, (_, index) => ({
      field: `A12345678901${String(index)}`,
      message: `Pupil ${String(index + 1)}: A pupil at K or E needs a primary need.`,
    })),
  });

describe('the census SEN extract', () => {
  it('names the file by its census date', () => {
    expect(extractFileName('2026-01-15')).toBe('census-sen-2026-01-15.csv');
  });

  it('reads a refusal: its title and one line per problem, up to the limit', () => {
    const refusal = extractRefusal(refused(12));
    expect(refusal?.title).toMatch(/cannot be made/);
    expect(refusal?.problems).toHaveLength(10);
    expect(refusal?.problems[0]).toBe('Pupil 1: A pupil at K or E needs a primary need.');
    expect(refusal?.more).toBe(2);
    expect(refusal && refusalMoreText(refusal)).toBe('And 2 problems more.');
    expect(refusal && refusalIntro(refusal, '15 January 2026')).toMatch(
      /^The census check for 15 January 2026 finds 12 problems\. /,
    );
  });

  it('reads a refusal without a list, and one of a single problem', () => {
    const bare = extractRefusal(new ApiError({ type: 'x', title: 'Refused', status: 422 }));
    expect(bare).toEqual({ title: 'Refused', problems: [], more: 0 });
    expect(bare && refusalIntro(bare, '15 January 2026')).toMatch(/finds problems\./);
    const one = extractRefusal(refused(1));
    expect(one && refusalMoreText(one)).toBeNull();
    expect(one && refusalIntro(one, '15 January 2026')).toMatch(/finds 1 problem\./);
  });

  it('treats any other failure as a failed download', () => {
    const forbidden = new ApiError({ type: 'about:blank', title: 'Forbidden', status: 403 });
    expect(extractRefusal(forbidden)).toBeNull();
    expect(extractRefusal(new Error('offline'))).toBeNull();
    expect(extractStatusText({ status: 'error', error: forbidden })).toBe(
      'Sorry, the download failed. You do not have permission to see this.',
    );
    expect(extractStatusText({ status: 'error', error: refused(2) })).toMatch(/refused/);
  });

  it('says how the download is going', () => {
    expect(extractStatusText({ status: 'idle' })).toBe('');
    expect(extractStatusText({ status: 'pending' })).toMatch(/Preparing/);
    expect(extractStatusText({ status: 'success' })).toBe('Your download has started.');
  });

  it('warns that the extract will be refused while the check finds problems', () => {
    expect(extractWarning(null)).toBeNull();
    expect(extractWarning(0)).toBeNull();
    expect(extractWarning(1)).toBe(
      'The extract will be refused until the 1 problem found by the check is fixed.',
    );
    expect(extractWarning(3)).toBe(
      'The extract will be refused until the 3 problems found by the check are fixed.',
    );
  });
});
