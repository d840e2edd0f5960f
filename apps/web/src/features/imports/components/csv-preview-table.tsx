import type { CsvPreview } from '@sendreg/contracts';
import { TableContainer } from '../../../components/ui/table-container';

export interface CsvPreviewTableProps {
  fileName: string;
  preview: CsvPreview;
}

/** The first rows of the CSV as they were read, so the person can see which column holds what. */
export function CsvPreviewTable({ fileName, preview }: CsvPreviewTableProps) {
  const rows = preview.firstRows;
  if (rows.length === 0) return null;
  const title = `The first ${rows.length === 1 ? 'row' : `${String(rows.length)} rows`} of ${fileName}`;
  // The title and hint sit above the scrolling region, so a narrow screen shows them whole.
  return (
    <>
      <h3 className="heading-s" id="preview-caption">
        {title}
      </h3>
      <p className="hint">On a narrow screen, scroll sideways to see every column.</p>
      <TableContainer captionId="preview-caption">
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {preview.headers.map((header, index) => (
                <th scope="col" key={index}>
                  {header.trim() === '' ? <span className="secondary-text">(no heading)</span> : header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                <th scope="row">{rowIndex + 1}</th>
                {preview.headers.map((_header, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableContainer>
    </>
  );
}
