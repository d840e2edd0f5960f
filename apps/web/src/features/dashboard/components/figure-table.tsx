import { useId, type ReactNode } from 'react';
import { TableContainer } from '../../../components/ui/table-container';

export interface FigureColumn {
  /** The column's header; the first column (row headers) is `firstHeader`. */
  label: string;
  /** Figures align right, so their digits line up. */
  numeric?: boolean;
}

export interface FigureRow {
  key: string;
  header: ReactNode;
  cells: ReactNode[];
}

export interface FigureTableProps {
  caption: string;
  firstHeader: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  /** A totals row, after the body. */
  foot?: FigureRow;
}

function Row({ row, columns }: { row: FigureRow; columns: FigureColumn[] }) {
  return (
    <tr>
      <th scope="row">{row.header}</th>
      {row.cells.map((cell, index) => (
        <td key={index} className={columns[index]?.numeric ? 'figure-table__number' : undefined}>
          {cell}
        </td>
      ))}
    </tr>
  );
}

/**
 * The data behind a chart: a real table with a caption and headers for rows and columns, scrolling
 * sideways on a narrow screen rather than breaking the page. With no rows it shows nothing.
 */
export function FigureTable({ caption, firstHeader, columns, rows, foot }: FigureTableProps) {
  const captionId = useId();
  // Nothing to tabulate: the panel's summary already says so in words.
  if (rows.length === 0 && !foot) return null;
  return (
    <TableContainer captionId={captionId}>
      <table className="table figure-table">
        <caption className="table__caption figure-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{firstHeader}</th>
            {columns.map((column, index) => (
              <th scope="col" key={index} className={column.numeric ? 'figure-table__number' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.key} row={row} columns={columns} />
          ))}
        </tbody>
        {foot ? (
          <tfoot>
            <Row row={foot} columns={columns} />
          </tfoot>
        ) : null}
      </table>
    </TableContainer>
  );
}
