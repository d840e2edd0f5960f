import type { SchoolClosure } from '@sendreg/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { TableContainer } from '../../../components/ui/table-container';
import { TextField } from '../../../components/ui/text-field';
import { formProblemFrom, type FormProblem } from '../../../lib/form-problem';
import { meets } from '../../../lib/grants';
import { problemMessage } from '../../../lib/problem-message';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { formText } from '../../../utils/form-text';
import { useTermDates, useTermDateWrites } from '../api/term-dates';
import { checkClosureForm, CLOSURE_FIELD, closureFieldId, closureLength } from '../term-date-form';

/**
 * The school's term dates, kept as the days it is closed: no intervention session is planned on them,
 * so planned sessions and costs count teaching days only. The school admin keeps them; the SENCO and
 * the head read them.
 */
export function TermDatesPage() {
  const school = useSchool();
  const canEdit = meets(school.grants, { permission: 'staff.write' });
  const termDates = useTermDates(school.schoolId);
  const { add, remove } = useTermDateWrites(school.schoolId);
  const [notice, setNotice] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const captionId = useId();

  const removeClosure = (closure: SchoolClosure) => {
    if (remove.isPending) return;
    setNotice(null);
    setRemoveError(null);
    remove.mutate(closure.id, {
      onSuccess: () => setNotice(`${closure.name} removed. Sessions are planned on its days again.`),
      onError: (error) =>
        setRemoveError(`Sorry, ${closure.name} could not be removed. ${problemMessage(error)}`),
    });
  };

  let body;
  if (termDates.isPending) body = <Loading label="Loading the term dates" />;
  else if (termDates.isError)
    body = (
      <QueryError error={termDates.error} what="the term dates" onRetry={() => void termDates.refetch()} />
    );
  else if (termDates.data.length === 0)
    body = (
      <EmptyState title="No closures recorded yet">
        <p>Until the holidays are recorded, sessions are planned on every scheduled weekday.</p>
      </EmptyState>
    );
  else
    body = (
      <TableContainer captionId={captionId}>
        <table className="table">
          <caption className="table__caption" id={captionId}>
            Days the school is closed
          </caption>
          <thead>
            <tr>
              <th scope="col">Closure</th>
              <th scope="col">First day</th>
              <th scope="col">Last day</th>
              <th scope="col">Length</th>
              <th scope="col">Added by</th>
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {termDates.data.map((closure) => (
              <tr key={closure.id}>
                <th scope="row">{closure.name}</th>
                <td>{formatDate(closure.from)}</td>
                <td>{formatDate(closure.to)}</td>
                <td>{closureLength(closure.from, closure.to)}</td>
                <td>{closure.addedBy?.displayName ?? ''}</td>
                {canEdit ? (
                  <td>
                    <Button
                      variant="secondary"
                      className="button--small"
                      onClick={() => removeClosure(closure)}
                      aria-disabled={remove.isPending || undefined}
                    >
                      Remove<span className="visually-hidden"> {closure.name}</span>
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableContainer>
    );

  return (
    <>
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      {removeError ? (
        <ErrorSummary errors={[]} attempt={1}>
          <p>{removeError}</p>
        </ErrorSummary>
      ) : null}
      <PageHeading title="Term dates" caption={school.schoolName} takeFocus={!notice} />
      <p className="lead">
        The holidays and training days when the school is closed. No intervention session is planned on them,
        so planned sessions and costs count school days only.
      </p>
      {body}
      {canEdit ? (
        <AddClosureForm
          pending={add.isPending}
          onAdd={(request, done, fail) =>
            add.mutate(request, {
              onSuccess: (closure) => {
                setNotice(
                  `${closure.name} added: no sessions are planned from ${formatDate(closure.from)} to ${formatDate(closure.to)}.`,
                );
                done();
              },
              onError: fail,
            })
          }
        />
      ) : null}
    </>
  );
}

interface AddClosureFormProps {
  pending: boolean;
  onAdd: (
    request: { name: string; from: string; to: string },
    done: () => void,
    fail: (error: unknown) => void,
  ) => void;
}

function AddClosureForm({ pending, onAdd }: AddClosureFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const fail = (next: FormProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const checked = checkClosureForm({
      name: formText(data, 'name'),
      from: readDateParts(data, 'from'),
      to: readDateParts(data, 'to'),
    });
    if (!checked.ok) return fail(checked.problem);
    setProblem(null);
    onAdd(
      checked.request,
      () => setFormKey((key) => key + 1),
      (error) => fail(formProblemFrom(error, closureFieldId, CLOSURE_FIELD.name)),
    );
  };
  return (
    <section aria-labelledby="add-closure-heading">
      <h2 className="heading-m" id="add-closure-heading">
        Add a closure
      </h2>
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate key={formKey}>
        <TextField
          id={CLOSURE_FIELD.name}
          name="name"
          label="Name"
          hint="For example, February half-term or Training day"
          error={problem?.fields[CLOSURE_FIELD.name]}
          autoComplete="off"
        />
        <DateInput
          id={CLOSURE_FIELD.from}
          name="from"
          legend="First day the school is closed"
          hint="For example, 16 2 2026"
          error={problem?.fields[`${CLOSURE_FIELD.from}-day`]}
        />
        <DateInput
          id={CLOSURE_FIELD.to}
          name="to"
          legend="Last day the school is closed"
          hint="The same day for a single training day"
          error={problem?.fields[`${CLOSURE_FIELD.to}-day`]}
        />
        <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
          Add closure
        </Button>
        {pending ? <Loading label="Adding the closure" /> : null}
      </form>
    </section>
  );
}
