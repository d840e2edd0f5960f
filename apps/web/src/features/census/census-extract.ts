import { isApiError } from '../../lib/api-error';
import { problemMessage } from '../../lib/problem-message';

/** The file's name when the server does not send one. */
export function extractFileName(censusDate: string): string {
  return `census-sen-${censusDate}.csv`;
}

/** How many of a refusal's problems the error summary lists; the rest are on the page, in the check. */
export const REFUSAL_LIST_LIMIT = 10;

export interface ExtractRefusal {
  title: string;
  /** One line per problem, as the server words it ("Ada Lovelace: A pupil at K or E needs ..."). */
  problems: string[];
  /** Problems beyond the ones listed. */
  more: number;
}

/**
 * A 422 from the extract: the census check still finds problems for that date. Null for any other
 * failure, which is a plain "the download failed".
 */
export function extractRefusal(error: unknown, limit = REFUSAL_LIST_LIMIT): ExtractRefusal | null {
  if (!isApiError(error, 422)) return null;
  const all = (error.problem.errors ?? []).map((item) => item.message);
  return { title: error.problem.title, problems: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}

function problemsText(count: number): string {
  return count === 1 ? '1 problem' : `${String(count)} problems`;
}

/** Under the list of a refusal: how many were left off, and where to find them all. */
export function refusalMoreText(refusal: ExtractRefusal): string | null {
  return refusal.more > 0 ? `And ${problemsText(refusal.more)} more.` : null;
}

/** What a refusal says before its list. */
export function refusalIntro(refusal: ExtractRefusal, censusDateText: string): string {
  const count = refusal.problems.length + refusal.more;
  return count === 0
    ? `The census check for ${censusDateText} finds problems. Put them right on the pupils' SEND records, then download the extract again.`
    : `The census check for ${censusDateText} finds ${problemsText(count)}. Put them right on the pupils' SEND records, then download the extract again.`;
}

/**
 * Said before the button when the check on the page already finds problems: the download will be
 * refused, though it is still offered (someone may have put the records right since the check ran).
 */
export function extractWarning(problems: number | null): string | null {
  if (!problems) return null;
  return `The extract will be refused until the ${problemsText(problems)} found by the check ${problems === 1 ? 'is' : 'are'} fixed.`;
}

export type ExtractState =
  { status: 'idle' } | { status: 'pending' } | { status: 'success' } | { status: 'error'; error: unknown };

/** The polite status line under the button. A refusal is announced by its error summary instead. */
export function extractStatusText(state: ExtractState): string {
  switch (state.status) {
    case 'pending':
      return 'Preparing the census SEN extract…';
    case 'success':
      return 'Your download has started.';
    case 'error':
      return extractRefusal(state.error)
        ? 'The extract was refused: the problems are listed above the button.'
        : `Sorry, the download failed. ${problemMessage(state.error)}`;
    default:
      return '';
  }
}
