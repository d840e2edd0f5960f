import type { ImportProblem } from '@sendreg/contracts';
import { TableContainer } from '../../../components/ui/table-container';
import type { ImportKind } from '../import-form';
import { problemRowId } from '../import-problems';

export interface ProblemsTableProps {
  kind: ImportKind;
  fileName: string;
  /** Sorted by line (see sortProblems). */
  problems: readonly ImportProblem[];
}

/** Every problem of the file where the person fixing it will look: line, column, what is wrong. */
export function ProblemsTable({ kind, fileName, problems }: ProblemsTableProps) {
  return (
    <TableContainer captionId="problems-caption">
      <table className="table import-table">
        <caption className="table__caption" id="problems-caption">
          Problems in {fileName}, by line
          <span className="table__caption-hint">
            {kind === 'csv'
              ? 'Line 1 is the row of column headings, so the first pupil is on line 2.'
              : 'Lines are those of the XML file; the element is where the value is.'}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">{kind === 'csv' ? 'Column' : 'Element'}</th>
            <th scope="col">What is wrong</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              {/* Focusable from the error summary's links, so each one lands on its row. */}
              <th scope="row" id={problemRowId(index)} tabIndex={-1}>
                {problem.line.toLocaleString('en-GB')}
              </th>
              <td>{problem.column || <span className="secondary-text">The whole row</span>}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
