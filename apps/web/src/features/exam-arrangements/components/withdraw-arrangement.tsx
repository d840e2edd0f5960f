import type { ExamArrangement } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { dateFieldId } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { WarningText } from '../../../components/ui/warning-text';
import { formProblemFrom, isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { dateParts, todayIso, type DatePart } from '../../../utils/dates';
import { useWithdrawExamArrangement } from '../api/exam-writes';
import { checkWithdrawal, examFieldId, FIELD_IDS } from '../exam-form';
import { arrangementInstruction } from '../exam-text';
import { DateField } from '../../../components/ui/date-field';

/**
 * Withdraws an arrangement from a date (the SENCO): a second, explicit step. It is kept with the past
 * arrangements, and can no longer change.
 */
export function WithdrawArrangement({
  schoolId,
  pupilId,
  arrangement,
  onWithdrawn,
  onCancel,
}: {
  schoolId: string;
  pupilId: string;
  arrangement: ExamArrangement;
  onWithdrawn: (message: string) => void;
  onCancel: () => void;
}) {
  const withdraw = useWithdrawExamArrangement(schoolId, pupilId, arrangement.id);
  const today = todayIso();
  const [date, setDate] = useState(() => dateParts(today));
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [parts, setParts] = useState<DatePart[] | undefined>();
  const [attempt, setAttempt] = useState(0);
  const what = arrangementInstruction(arrangement);
  const titleId = `exam-withdraw-title-${arrangement.id}`;
  const id = FIELD_IDS.withdrawnOn;

  const fail = (next: FormProblem, errorParts?: DatePart[]) => {
    setProblem(next);
    setParts(errorParts);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (withdraw.isPending) return;
    const checked = checkWithdrawal(date, arrangement.approvedOn, today);
    if (!checked.ok) {
      fail(checked.problem, checked.dateErrors.withdrawnOn);
      return;
    }
    setProblem(null);
    withdraw.mutate(
      { version: arrangement.version, withdrawnOn: checked.value },
      {
        onSuccess: () => {
          onWithdrawn(`${what}: withdrawn. It is kept with the past arrangements.`);
        },
        onError: (error) => {
          fail(
            isStaleVersion(error)
              ? {
                  fields: {},
                  summary: [
                    {
                      fieldId: dateFieldId(id),
                      message:
                        'Someone else changed this arrangement since you opened this page. Reload the page, check it, then withdraw it again.',
                    },
                  ],
                }
              : formProblemFrom(error, examFieldId, dateFieldId(id)),
          );
        },
      },
    );
  };

  return (
    <section className="exam-form" aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId}>
        Withdraw: {what}
      </h3>
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <WarningText title="A withdrawn arrangement cannot be changed or restored. Record a new one if it is needed again." />
      <form className="form" onSubmit={submit} noValidate aria-labelledby={titleId}>
        <DateField
          id={id}
          legend="Date it stops"
          hint="Today or in the past, and not before it was approved."
          value={date}
          error={problem?.fields[id] ?? problem?.fields[dateFieldId(id)]}
          errorParts={parts}
          onChange={setDate}
        />
        <div className="button-group">
          <Button type="submit" variant="warning" aria-disabled={withdraw.isPending || undefined}>
            Yes, withdraw it
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
        {withdraw.isPending ? <Loading label="Withdrawing the arrangement" /> : null}
      </form>
    </section>
  );
}
