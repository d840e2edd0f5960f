import type { ChangeEvent, SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { Radios } from '../../../components/ui/radios';
import { formText } from '../../../utils/form-text';
import { ACCEPT, FILE_FIELD_ID, formFile, isImportKind, type ImportKind } from '../import-form';
import { KIND_LABELS } from '../import-labels';
import { FileField } from './file-field';
import { useFocusOnMount } from './use-focus-on-mount';

export const KIND_FIELD_ID = 'import-kind';

const KIND_HINTS: Record<ImportKind, string> = {
  csv: 'A spreadsheet of pupils saved as CSV from SIMS, Arbor, Bromcom, ScholarPack or another MIS. You will match its columns to the register next.',
  ctf: 'The XML file your MIS makes to move pupils between schools. Pupils come with their SEN history and ranked needs.',
};

const FILE_HINTS: Record<ImportKind, string> = {
  csv: 'A .csv file, up to 20 MB. The first row must hold the column headings.',
  ctf: 'An .xml file, up to 20 MB.',
};

export interface ChooseFileProps {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  /** The message next to the file input, if the last attempt failed because of the file. */
  error?: string;
  /** What is happening while the file is sent, for example "Reading the file"; undefined when idle. */
  busy?: string;
  /** Whether the step was returned to (focus then moves to its heading). */
  returned: boolean;
  onChoose: (kind: ImportKind, file: File | null) => void;
}

/** The first step: the kind of file and the file itself. */
export function ChooseFile({ kind, onKindChange, error, busy, returned, onChoose }: ChooseFileProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>(returned);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget);
    const chosen = formText(data, 'kind');
    onChoose(isImportKind(chosen) ? chosen : kind, formFile(data, 'file'));
  };

  return (
    <section aria-labelledby="choose-file-heading">
      <h2 className="heading-m" id="choose-file-heading" ref={heading} tabIndex={-1}>
        Choose the file
      </h2>
      <form className="form" onSubmit={submit} noValidate aria-busy={Boolean(busy)}>
        <Radios
          idPrefix={KIND_FIELD_ID}
          name="kind"
          legend="What kind of file is it?"
          defaultValue={kind}
          items={(['csv', 'ctf'] as const).map((value) => ({
            value,
            label: KIND_LABELS[value],
            hint: KIND_HINTS[value],
          }))}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            if (isImportKind(event.target.value)) onKindChange(event.target.value);
          }}
        />
        <FileField
          id={FILE_FIELD_ID}
          name="file"
          label="Upload a file"
          hint={FILE_HINTS[kind]}
          accept={ACCEPT[kind]}
          error={error}
        />
        <Button type="submit" aria-disabled={busy ? true : undefined}>
          {kind === 'csv' ? 'Continue' : 'Check the file'}
        </Button>
        {busy ? <Loading label={busy} /> : null}
      </form>
    </section>
  );
}
