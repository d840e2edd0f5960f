import type { CsvPreview, ImportDryRun, ImportField, ImportResult } from '@sendreg/contracts';
import { useState } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PageHeading } from '../../../components/ui/page-heading';
import type { FormProblem } from '../../../lib/form-problem';
import { meets, type Requirement } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useApplyImport } from '../api/apply-import';
import { useCheckImport } from '../api/check-import';
import { usePreviewCsv } from '../api/preview-csv';
import { hasImportProblems, isRetryable } from '../api/upload-client';
import {
  checkChoices,
  initialChoices,
  mappingFieldId,
  toColumnMapping,
  type MappingChoices,
} from '../column-mapping';
import { APPLY_BUTTON_ID, CheckResult, type CheckedFile } from '../components/check-result';
import { ChooseFile } from '../components/choose-file';
import { ImportDone } from '../components/import-done';
import { ImportHistory } from '../components/import-history';
import { MatchColumns } from '../components/match-columns';
import { applyErrorMessage, fieldProblem, fileProblemFrom, mappingProblemFrom } from '../import-errors';
import {
  checkChosenFile,
  FILE_FIELD_ID,
  newIdempotencyKey,
  type ImportKind,
  type ImportRequest,
} from '../import-form';
import { pupilCount } from '../import-labels';
import { problemCountText, problemSummary, sortProblems } from '../import-problems';
import '../imports.css';

/** Importing is the school admin's (the API refuses anyone else); the history is for staff.read. */
const IMPORT: Requirement = { permission: 'staff.write' };
const HISTORY: Requirement = { permission: 'staff.read' };
/** The register is the SENCO's and head's: the confirmation links to it only for them. */
const REGISTER: Requirement = { permission: 'sen.read', scope: 'all' };

const TITLE = 'Import pupils';

/** The CSV's columns and the chosen matches, kept to go back to them from the check. */
interface CsvColumns {
  preview: CsvPreview;
  choices: MappingChoices;
}

type Step =
  | { name: 'choose'; returned: boolean }
  | ({ name: 'match'; file: File } & CsvColumns)
  | {
      name: 'checked';
      request: ImportRequest;
      columns?: CsvColumns;
      checked: CheckedFile;
      /** One key per attempt to apply this check's file, reused by every retry of it. */
      idempotencyKey: string;
    }
  | { name: 'done'; request: ImportRequest; result: ImportResult };

function checkedFile(result: ImportDryRun, columnOrder?: readonly string[]): CheckedFile {
  const { rowCount, create, update, unchanged, problemCount, problems } = result;
  return {
    counts: { rowCount, create, update, unchanged },
    problemCount,
    problems: sortProblems(problems, columnOrder),
  };
}

/**
 * Import pupils from the MIS: choose a CSV export or a Common Transfer File; for a CSV, match its
 * columns to the register's fields; check the whole file (a dry run that reports every problem by line
 * and column); then import it, all or nothing. The history of past imports is below.
 */
export function ImportsPage() {
  const school = useSchool();
  const { schoolId } = school;
  const [kind, setKind] = useState<ImportKind>('csv');
  const [step, setStep] = useState<Step>({ name: 'choose', returned: false });
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const preview = usePreviewCsv(schoolId);
  // How much of the file has gone up, in tenths (so a screen reader hears a few updates, not hundreds).
  const [sent, setSent] = useState<number | null>(null);
  const onProgress = (fraction: number) => setSent(Math.floor(fraction * 10) / 10);
  const check = useCheckImport(schoolId, onProgress);
  const apply = useApplyImport(schoolId, onProgress);
  const uploading = (then: string) =>
    sent !== null && sent < 1 ? `Sending the file: ${Math.round(sent * 100)}% sent` : then;

  const fail = (next: FormProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  const showChecked = (request: ImportRequest, result: ImportDryRun, columns?: CsvColumns) => {
    setProblem(null);
    setStep({
      name: 'checked',
      request,
      columns,
      checked: checkedFile(result, columns?.preview.headers),
      idempotencyKey: newIdempotencyKey(),
    });
    // The error summary of the file's problems takes focus, even after an earlier error.
    if (result.problemCount > 0) setAttempt((count) => count + 1);
  };

  const startAgain = () => {
    preview.reset();
    check.reset();
    apply.reset();
    setProblem(null);
    setStep({ name: 'choose', returned: true });
  };

  const choose = (chosen: ImportKind, file: File | null) => {
    setKind(chosen);
    const message = checkChosenFile(chosen, file);
    if (message !== undefined || file === null) {
      fail(fieldProblem(FILE_FIELD_ID, message ?? 'Select a file'));
      return;
    }
    if (chosen === 'csv') {
      preview.mutate(file, {
        onSuccess: (result) => {
          setProblem(null);
          setStep({ name: 'match', file, preview: result, choices: initialChoices(result) });
        },
        onError: (error) => {
          fail(fileProblemFrom(error));
        },
      });
      return;
    }
    const request: ImportRequest = { kind: 'ctf', file };
    setSent(0);
    check.mutate(request, {
      onSuccess: (result) => {
        showChecked(request, result);
      },
      onError: (error) => {
        fail(fileProblemFrom(error));
      },
    });
  };

  const chooseColumn = (field: ImportField, header: string) => {
    setStep((current) =>
      current.name === 'match' ? { ...current, choices: { ...current.choices, [field]: header } } : current,
    );
  };

  const checkColumns = () => {
    if (step.name !== 'match' || check.isPending) return;
    const { file, preview: columns, choices } = step;
    const invalid = checkChoices(columns.fields, choices);
    if (invalid) {
      fail(invalid);
      return;
    }
    const request: ImportRequest = { kind: 'csv', file, mapping: toColumnMapping(choices) };
    setSent(0);
    check.mutate(request, {
      onSuccess: (result) => {
        showChecked(request, result, { preview: columns, choices });
      },
      onError: (error) => {
        const first = columns.fields[0];
        fail(mappingProblemFrom(error, first ? mappingFieldId(first.field) : 'match-heading'));
      },
    });
  };

  const changeMatches = () => {
    if (step.name !== 'checked' || !step.columns) return;
    check.reset();
    apply.reset();
    setProblem(null);
    setStep({ name: 'match', file: step.request.file, ...step.columns });
  };

  const applyFile = () => {
    if (step.name !== 'checked' || apply.isPending) return;
    const current = step;
    setProblem(null);
    setSent(0);
    apply.mutate(
      { request: current.request, idempotencyKey: current.idempotencyKey },
      {
        onSuccess: (result) => {
          setStep({ name: 'done', request: current.request, result });
        },
        onError: (error) => {
          if (hasImportProblems(error)) {
            // The school's pupils changed since the check: the import was refused, nothing changed.
            setStep({
              ...current,
              checked: {
                problemCount: error.problemCount,
                problems: sortProblems(error.problems, current.columns?.preview.headers),
              },
            });
            setAttempt((count) => count + 1);
            return;
          }
          fail(fieldProblem(APPLY_BUTTON_ID, applyErrorMessage(error)));
        },
      },
    );
  };

  const canImport = meets(school.grants, IMPORT);
  const history = meets(school.grants, HISTORY) ? <ImportHistory schoolId={schoolId} /> : null;

  if (step.name === 'done') {
    return (
      <>
        <ImportDone
          fileName={step.request.file.name}
          result={step.result}
          registerPath={
            meets(school.grants, REGISTER) ? `/schools/${encodeURIComponent(schoolId)}/register` : undefined
          }
          onImportAnother={startAgain}
        />
        {history}
      </>
    );
  }

  const fileHasProblems = step.name === 'checked' && step.checked.problemCount > 0;
  const errors =
    step.name === 'checked' && fileHasProblems
      ? problemSummary(step.checked.problems, step.checked.problemCount)
      : (problem?.summary ?? []);

  let content = null;
  if (!canImport) {
    content = null;
  } else if (step.name === 'choose') {
    content = (
      <ChooseFile
        kind={kind}
        onKindChange={setKind}
        error={problem?.fields[FILE_FIELD_ID]}
        busy={
          preview.isPending
            ? 'Reading the file'
            : check.isPending
              ? uploading('Checking every row of the file')
              : undefined
        }
        returned={step.returned}
        onChoose={choose}
      />
    );
  } else if (step.name === 'match') {
    content = (
      <MatchColumns
        fileName={step.file.name}
        preview={step.preview}
        choices={step.choices}
        onChoose={chooseColumn}
        errors={problem?.fields ?? {}}
        busy={check.isPending ? uploading('Checking every row of the file') : undefined}
        onCheck={checkColumns}
        onStartAgain={startAgain}
      />
    );
  } else {
    content = (
      <CheckResult
        kind={step.request.kind}
        fileName={step.request.file.name}
        checked={step.checked}
        applying={
          apply.isPending
            ? uploading(`Importing ${pupilCount(step.checked.counts?.rowCount ?? 0)}`)
            : undefined
        }
        retry={apply.isError && isRetryable(apply.error)}
        onApply={applyFile}
        onStartAgain={startAgain}
        onChangeMatches={step.columns ? changeMatches : undefined}
      />
    );
  }

  return (
    <>
      <ErrorSummary
        errors={errors}
        attempt={attempt}
        title={
          step.name === 'checked' && fileHasProblems
            ? `The file has ${problemCountText(step.checked.problemCount, step.checked.problems)}`
            : undefined
        }
      >
        {fileHasProblems ? (
          <p>Fix these in your MIS export and upload the file again. Nothing has been imported.</p>
        ) : null}
      </ErrorSummary>
      <PageHeading
        title={TITLE}
        caption={school.schoolName}
        documentTitle={errors.length > 0 ? `Error: ${TITLE}` : TITLE}
      />
      {canImport ? (
        <p className="lead">
          Add pupils from your MIS, or bring the register up to date with it. Pupils are matched by UPN, so
          nobody is added twice. Nothing changes until the whole file has been checked and you choose to
          import it.
        </p>
      ) : null}
      {content}
      {history}
    </>
  );
}
