import type { ImportProblem } from '@sendreg/contracts';
import type { ErrorSummaryItem } from '../../components/ui/error-summary';

/** The id of the problems section's heading: the error summary's "see all" link goes there. */
export const PROBLEMS_HEADING_ID = 'import-problems';

/** The error summary lists this many problems; the table has them all. */
export const SUMMARY_LIMIT = 10;

/** The id of a problem's row header in the table (by its position in the sorted list). */
export function problemRowId(index: number): string {
  return `import-problem-${String(index + 1)}`;
}

/**
 * The problems in the order someone fixing the file works through it: by line, then by the column's
 * place in the file (when the columns are known, as for a CSV), then as the server listed them.
 */
export function sortProblems(
  problems: readonly ImportProblem[],
  columnOrder: readonly string[] = [],
): ImportProblem[] {
  const place = (column: string) => {
    const index = columnOrder.indexOf(column);
    return index < 0 ? columnOrder.length : index;
  };
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        a.problem.line - b.problem.line ||
        place(a.problem.column) - place(b.problem.column) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

export interface LineProblems {
  line: number;
  problems: ImportProblem[];
}

/** The problems of each line (a row of the CSV, or a pupil's element in a CTF), by line. */
export function groupByLine(problems: readonly ImportProblem[]): LineProblems[] {
  const lines = new Map<number, ImportProblem[]>();
  for (const problem of sortProblems(problems)) {
    const list = lines.get(problem.line);
    if (list) list.push(problem);
    else lines.set(problem.line, [problem]);
  }
  return [...lines].map(([line, list]) => ({ line, problems: list }));
}

const plural = (count: number, singular: string, several: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? singular : several}`;

/**
 * "12 problems in 9 rows". The server may list fewer problems than it counted (a file of thousands of
 * bad rows): then the rows are those of the listed problems, and the sentence says "at least".
 */
export function problemCountText(problemCount: number, problems: readonly ImportProblem[]): string {
  const rows = groupByLine(problems).length;
  const complete = problems.length >= problemCount;
  return `${plural(problemCount, 'problem', 'problems')} in ${complete ? '' : 'at least '}${plural(rows, 'row', 'rows')}`;
}

/** Where the problem is, in words: "Line 4, DOB" (or just "Line 4" for a whole row). */
export function problemPlace(problem: ImportProblem): string {
  return problem.column ? `Line ${String(problem.line)}, ${problem.column}` : `Line ${String(problem.line)}`;
}

/**
 * The error summary of a checked file: the first problems, each linking to its row of the table, and a
 * link to the whole table when there are more.
 */
export function problemSummary(
  sorted: readonly ImportProblem[],
  problemCount: number,
  limit = SUMMARY_LIMIT,
): ErrorSummaryItem[] {
  const items = sorted.slice(0, limit).map((problem, index) => ({
    fieldId: problemRowId(index),
    message: `${problemPlace(problem)}: ${problem.message}`,
  }));
  if (problemCount > items.length) {
    items.push({
      fieldId: PROBLEMS_HEADING_ID,
      message: `See all ${problemCount.toLocaleString('en-GB')} problems`,
    });
  }
  return items;
}
