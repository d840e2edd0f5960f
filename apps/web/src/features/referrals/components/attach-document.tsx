import {
  DOCUMENT_MEDIA_TYPES,
  PUPIL_DOCUMENT_KIND_LABELS,
  PUPIL_DOCUMENT_KINDS,
  type PupilDocumentKind,
} from '@sendreg/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { describedBy } from '../../../components/ui/described-by';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblemFrom } from '../../../lib/form-problem';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { dateParts, todayIso } from '../../../utils/dates';
import { formText } from '../../../utils/form-text';
import { useUploadDocument } from '../api/documents';
import {
  checkDocument,
  DOCUMENT_FIELDS,
  FILE_HEAD_BYTES,
  fieldError,
  fieldIdFor,
  type ChosenFile,
} from '../referral-form';

const ACCEPT = [...Object.keys(DOCUMENT_MEDIA_TYPES), '.pdf', '.docx', '.doc', '.jpg', '.jpeg', '.png'].join(
  ',',
);

const API_FIELDS: Record<string, string> = {
  file: DOCUMENT_FIELDS.file,
  title: DOCUMENT_FIELDS.title,
  kind: DOCUMENT_FIELDS.kind,
  receivedOn: DOCUMENT_FIELDS.receivedOn,
  recommendations: DOCUMENT_FIELDS.recommendations,
};

/** The size and first bytes of the chosen file, for the checks made before sending it. */
async function chosen(file: File | null): Promise<ChosenFile | null> {
  if (!file) return null;
  const head = new Uint8Array(await file.slice(0, FILE_HEAD_BYTES).arrayBuffer());
  return { size: file.size, head };
}

export interface AttachDocumentProps {
  schoolId: string;
  pupilId: string;
  /** Attach to this referral (a report that came back from it). */
  referralId?: string;
  heading: string;
  /** 2 on a page of its own; 3 inside a section. */
  headingLevel?: 2 | 3;
  defaultKind?: PupilDocumentKind;
}

/**
 * Attach a document received: the file (checked for type and size here, and again by the server),
 * its title, kind, the date received and the recommendations in it, one a line.
 */
export function AttachDocument({
  schoolId,
  pupilId,
  referralId,
  heading,
  headingLevel = 2,
  defaultKind,
}: AttachDocumentProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const upload = useUploadDocument(schoolId, pupilId);
  const { problem, setProblem, attempt, fail } = useFormAttempts();
  const [attached, setAttached] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const busy = upload.isPending || checking;
  const fileError = fieldError(problem, DOCUMENT_FIELDS.file);
  const fileHintId = `${DOCUMENT_FIELDS.file}-hint`;
  const fileErrorId = fileError ? `${DOCUMENT_FIELDS.file}-error` : undefined;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = form.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? (input.files?.[0] ?? null) : null;
    setAttached(null);
    setChecking(true);
    void chosen(file).then((head) => {
      setChecking(false);
      const checked = checkDocument(
        {
          title: formText(data, 'title'),
          kind: formText(data, 'kind'),
          receivedOn: readDateParts(data, 'receivedOn'),
          recommendations: formText(data, 'recommendations'),
        },
        head,
        todayIso(),
        referralId,
      );
      if (!checked.ok || !file) {
        if (!checked.ok) fail(checked.problem, []);
        return;
      }
      setProblem(null);
      upload.mutate(
        { file, fields: checked.value },
        {
          onSuccess: (document) => {
            form.reset();
            setAttached(document.title);
          },
          onError: (error) => {
            fail(formProblemFrom(error, fieldIdFor(API_FIELDS), DOCUMENT_FIELDS.file), []);
          },
        },
      );
    });
  };

  return (
    <section className="referral-section" aria-labelledby={headingId}>
      <Heading className={headingLevel === 2 ? 'heading-m' : 'heading-s'} id={headingId}>
        {heading}
      </Heading>
      {attached ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">‘{attached}’ attached.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <div className={fileError ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor={DOCUMENT_FIELDS.file}>
            Upload a file
          </label>
          <div className="hint" id={fileHintId}>
            A PDF, Word document (DOCX or DOC), JPEG or PNG, up to 20 MB. A paper report can be scanned or
            photographed.
          </div>
          {fileError ? (
            <p className="error-message" id={fileErrorId}>
              <span className="visually-hidden">Error:</span> {fileError}
            </p>
          ) : null}
          <input
            id={DOCUMENT_FIELDS.file}
            name="file"
            type="file"
            className="referral-file"
            accept={ACCEPT}
            aria-describedby={describedBy(fileHintId, fileErrorId)}
            aria-invalid={fileError ? true : undefined}
          />
        </div>
        <TextField
          id={DOCUMENT_FIELDS.title}
          name="title"
          label="Title"
          hint="For example, Educational psychology report"
          error={fieldError(problem, DOCUMENT_FIELDS.title)}
          autoComplete="off"
        />
        <SelectField
          id={DOCUMENT_FIELDS.kind}
          name="kind"
          label="Kind of document"
          error={fieldError(problem, DOCUMENT_FIELDS.kind)}
          defaultValue={defaultKind ?? ''}
        >
          <option value="">Choose</option>
          {PUPIL_DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PUPIL_DOCUMENT_KIND_LABELS[kind]}
            </option>
          ))}
        </SelectField>
        <DateInput
          id={DOCUMENT_FIELDS.receivedOn}
          name="receivedOn"
          legend="Date received"
          hint="For example, 27 3 2026"
          error={fieldError(problem, DOCUMENT_FIELDS.receivedOn)}
          defaultValue={dateParts(todayIso())}
        />
        <TextareaField
          id={DOCUMENT_FIELDS.recommendations}
          name="recommendations"
          label="Recommendations (optional)"
          hint="The report's recommendations for school, one per line, as short strategies for staff in class. You can copy them into the support plan afterwards."
          error={fieldError(problem, DOCUMENT_FIELDS.recommendations)}
          rows={5}
        />
        <Button type="submit" aria-disabled={busy || undefined}>
          Attach document
        </Button>
        {upload.isPending ? <Loading label="Uploading the document" /> : null}
      </form>
    </section>
  );
}
