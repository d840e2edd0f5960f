export interface ResultsCountProps {
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  /** What is counted, singular and plural; default pupils. */
  noun?: [singular: string, plural: string];
  /** Said after the count by screen readers only, for example how the list is sorted. */
  hiddenSuffix?: string;
}

/** "Showing 51 to 100 of 230 pupils", in a polite live region so a new page of results is announced. */
export function ResultsCount({
  page,
  pageSize,
  shown,
  total,
  noun: [singular, plural] = ['pupil', 'pupils'],
  hiddenSuffix,
}: ResultsCountProps) {
  const first = (page - 1) * pageSize + 1;
  const last = first + shown - 1;
  const noun = total === 1 ? singular : plural;
  return (
    <p className="results-count" role="status">
      {shown === 0
        ? `No ${noun} on this page`
        : total <= shown
          ? `${String(total)} ${noun}`
          : `Showing ${String(first)} to ${String(last)} of ${String(total)} ${noun}`}
      {hiddenSuffix ? <span className="visually-hidden">, {hiddenSuffix}</span> : null}
    </p>
  );
}
