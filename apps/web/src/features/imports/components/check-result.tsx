import type { ImportProblem } from '@sendreg/contracts';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { WarningText } from '../../../components/ui/warning-text';
import type { ImportKind } from '../import-form';
import { pupilCount } from '../import-labels';
import { groupByLine, PROBLEMS_HEADING_ID, problemCountText } from '../import-problems';
import { ProblemsTable } from './problems-table';
import { useFocusOnMount } from './use-focus-on-mount';

/** The id of the import button; an error summary about a failed import links to it. */
export const APPLY_BUTTON_ID = 'import-apply';

/** What checking the file found: the counts (unknown when an import was refused) and the problems. */
export interface CheckedFile {
  counts?: { rowCount: number; create: number; update: number; unchanged: number };
  problemCount: number;
  /** Sorted by line. */
  problems: ImportProblem[];
}

export interface CheckResultProps {
  kind: ImportKind;
  fileName: string;
  checked: CheckedFile;
  /** Set while the import is applied: what is happening. */
  applying?: string;
  /** The last import attempt failed in a way that a retry (with the same key) may fix. */
  retry: boolean;
  onApply: () => void;
  onStartAgain: () => void;
  /** CSV only: back to matching the columns. */
  onChangeMatches?: () => void;
}

function countRows(checked: CheckedFile): SummaryListRow[] {
  const rows: SummaryListRow[] = [];
  if (checked.counts) {
    const { rowCount, create, update, unchanged } = checked.counts;
    rows.push(
      { key: 'Pupils in the file', value: rowCount.toLocaleString('en-GB') },
      { key: 'New pupils to add', value: create.toLocaleString('en-GB') },
      { key: 'Pupils to update', value: update.toLocaleString('en-GB') },
      { key: 'Pupils already up to date', value: unchanged.toLocaleString('en-GB') },
    );
  }
  if (checked.problemCount > 0) {
    rows.push({
      key: 'Rows with problems',
      value: groupByLine(checked.problems).length.toLocaleString('en-GB'),
    });
  }
  return rows;
}

/**
 * What the dry run found. With problems: the problems, and no way to import (the file must be fixed
 * in the MIS). Without: what the import will do, and the button to do it.
 */
export function CheckResult({
  kind,
  fileName,
  checked,
  applying,
  retry,
  onApply,
  onStartAgain,
  onChangeMatches,
}: CheckResultProps) {
  const hasProblems = checked.problemCount > 0;
  // With problems the error summary takes focus instead.
  const heading = useFocusOnMount<HTMLHeadingElement>(!hasProblems);
  const rows = countRows(checked);
  const pupils = checked.counts?.rowCount ?? 0;
  const changeMatches = onChangeMatches ? (
    <Button variant="secondary" onClick={onChangeMatches}>
      Change the column matches
    </Button>
  ) : null;

  if (hasProblems) {
    const listed = checked.problems.length;
    return (
      <section aria-labelledby={PROBLEMS_HEADING_ID}>
        <h2 className="heading-m" id={PROBLEMS_HEADING_ID} tabIndex={-1}>
          Problems to fix in {fileName}
        </h2>
        <p className="results-count">{problemCountText(checked.problemCount, checked.problems)}</p>
        <WarningText title="Fix these in your MIS export and upload the file again. Nothing has been imported." />
        {rows.length > 0 ? <SummaryList rows={rows} /> : null}
        {listed < checked.problemCount ? (
          <p>
            The first {listed.toLocaleString('en-GB')} problems are listed. Fix them, then check the file
            again to see the rest.
          </p>
        ) : null}
        <ProblemsTable kind={kind} fileName={fileName} problems={checked.problems} />
        <div className="button-group">
          <Button onClick={onStartAgain}>Upload the corrected file</Button>
          {changeMatches}
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="ready-heading">
      <h2 className="heading-m" id="ready-heading" ref={heading} tabIndex={-1}>
        {fileName} is ready to import
      </h2>
      <p>We checked every row and found no problems. Nothing has been imported yet.</p>
      <SummaryList rows={rows} />
      <div className="button-group">
        <Button
          id={APPLY_BUTTON_ID}
          onClick={applying ? undefined : onApply}
          aria-disabled={applying ? true : undefined}
        >
          {retry ? 'Try the import again' : `Import ${pupilCount(pupils)}`}
        </Button>
        {changeMatches}
        <Button variant="secondary" onClick={onStartAgain}>
          Choose a different file
        </Button>
      </div>
      {applying ? <Loading label={applying} /> : null}
    </section>
  );
}
