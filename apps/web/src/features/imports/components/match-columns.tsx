import type { CsvPreview, ImportField } from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { TableContainer } from '../../../components/ui/table-container';
import { describedBy } from '../../../components/ui/described-by';
import { firstRowValue, headerOptions, mappingFieldId, type MappingChoices } from '../column-mapping';
import { pupilCount } from '../import-labels';
import { CsvPreviewTable } from './csv-preview-table';
import { useFocusOnMount } from './use-focus-on-mount';

export interface MatchColumnsProps {
  fileName: string;
  preview: CsvPreview;
  choices: MappingChoices;
  onChoose: (field: ImportField, header: string) => void;
  /** Messages by select id, from the last check. */
  errors: Record<string, string>;
  /** What is happening while the file is checked; undefined when idle. */
  busy?: string;
  onCheck: () => void;
  onStartAgain: () => void;
}

/** The CSV step: which column of the file holds each field of the register, with the first rows. */
export function MatchColumns({
  fileName,
  preview,
  choices,
  onChoose,
  errors,
  busy,
  onCheck,
  onStartAgain,
}: MatchColumnsProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const options = headerOptions(preview.headers);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onCheck();
  };

  return (
    <section aria-labelledby="match-heading">
      <h2 className="heading-m" id="match-heading" ref={heading} tabIndex={-1}>
        Match the columns
      </h2>
      <p>
        <span className="code">{fileName}</span> has {pupilCount(preview.rowCount)}. For each field of the
        register, select the column of your file that holds it. We have matched the columns we recognised:
        check them before you continue.
      </p>
      <form onSubmit={submit} noValidate aria-busy={Boolean(busy)}>
        <TableContainer captionId="mapping-caption">
          <table className="table import-table">
            <caption className="table__caption" id="mapping-caption">
              Fields of the register and the columns of your file
              <span className="table__caption-hint">
                Required fields must be matched. A field left as “Not in this file” keeps what the register
                already holds.
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Column in your file</th>
              </tr>
            </thead>
            <tbody>
              {preview.fields.map(({ field, label, required }) => {
                const id = mappingFieldId(field);
                const error = errors[id];
                const errorId = error ? `${id}-error` : undefined;
                const requiredId = required ? `${id}-required` : undefined;
                const sample = firstRowValue(preview, choices[field]);
                const sampleId = sample === undefined ? undefined : `${id}-sample`;
                return (
                  <tr key={field}>
                    <th scope="row">
                      <label htmlFor={id}>{label}</label>
                      {required ? (
                        <span className="table__secondary" id={requiredId}>
                          Required
                        </span>
                      ) : null}
                    </th>
                    <td>
                      {error ? (
                        <p className="error-message" id={errorId}>
                          <span className="visually-hidden">Error:</span> {error}
                        </p>
                      ) : null}
                      <select
                        id={id}
                        name={field}
                        className={error ? 'select select--error' : 'select'}
                        value={choices[field] ?? ''}
                        onChange={(event) => {
                          onChoose(field, event.target.value);
                        }}
                        aria-describedby={describedBy(requiredId, errorId, sampleId)}
                        aria-invalid={error ? true : undefined}
                      >
                        <option value="">Not in this file</option>
                        {options.map((header) => (
                          <option key={header} value={header}>
                            {header}
                          </option>
                        ))}
                      </select>
                      {sample === undefined ? null : (
                        <span className="table__secondary" id={sampleId}>
                          {sample.trim() === '' ? 'Blank in the first row' : `First row: ${sample}`}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableContainer>
        <CsvPreviewTable fileName={fileName} preview={preview} />
        <div className="button-group">
          <Button type="submit" aria-disabled={busy ? true : undefined}>
            Check the file
          </Button>
          <Button variant="secondary" onClick={onStartAgain}>
            Choose a different file
          </Button>
        </div>
        {busy ? <Loading label={busy} /> : null}
      </form>
    </section>
  );
}
