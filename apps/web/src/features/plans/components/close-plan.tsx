import type { SupportPlan } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { WarningText } from '../../../components/ui/warning-text';
import { formProblem, formProblemFrom, isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { useClosePlan } from '../api/plan-writes';
import { CLOSE_REASON_ID, CLOSE_REASON_MAX, closeReasonProblem } from '../plan-comments';
import { characterCount } from '../plan-text';
import { CountedTextarea } from './counted-textarea';

export interface ClosePlanProps {
  schoolId: string;
  pupilId: string;
  plan: SupportPlan;
  onClosed: (message: string) => void;
  onCancel: () => void;
}

/**
 * Ends the active plan without a review (for example when the pupil leaves the register), with the
 * reason. It is a second, explicit step: the form says what closing means, and nothing closes until
 * "Yes, close the plan".
 */
export function ClosePlan({ schoolId, pupilId, plan, onClosed, onCancel }: ClosePlanProps) {
  const close = useClosePlan(schoolId, pupilId);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  const fail = (next: FormProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (close.isPending) return;
    const checked = formProblem([[CLOSE_REASON_ID, closeReasonProblem(reason)]]);
    if (checked) {
      fail(checked);
      return;
    }
    setProblem(null);
    close.mutate(
      { planId: plan.id, version: plan.version, reason: reason.trim() },
      {
        onSuccess: () => {
          onClosed(`Cycle ${String(plan.cycle)} is closed. It is kept in the plans and reviews.`);
        },
        onError: (error) => {
          fail(
            isStaleVersion(error)
              ? {
                  fields: {},
                  summary: [
                    {
                      fieldId: CLOSE_REASON_ID,
                      message:
                        'Someone else changed this plan since you opened this page. Reload the page, check the plan, then close it again.',
                    },
                  ],
                }
              : formProblemFrom(
                  error,
                  (field) => (field === 'reason' ? CLOSE_REASON_ID : undefined),
                  CLOSE_REASON_ID,
                ),
          );
        },
      },
    );
  };

  return (
    <section className="plan-close" id="close-plan" aria-labelledby="close-plan-title">
      <h2 className="heading-m" id="close-plan-title">
        Close cycle {plan.cycle} without a review
      </h2>
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <WarningText title="A closed plan cannot be opened again. Staff no longer see its strategies.">
        <p>To end the cycle with a review meeting, record the review instead.</p>
      </WarningText>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="close-plan-title">
        <CountedTextarea
          id={CLOSE_REASON_ID}
          label="Why is the plan closing?"
          hint="For example: left the SEN register after the review with parents, or moved to an EHC plan."
          error={problem?.fields[CLOSE_REASON_ID]}
          value={reason}
          onChange={setReason}
          count={(value) => characterCount(CLOSE_REASON_MAX, value)}
          rows={3}
        />
        <div className="button-group">
          <Button type="submit" variant="warning" aria-disabled={close.isPending || undefined}>
            Yes, close the plan
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
        {close.isPending ? <Loading label="Closing the plan" /> : null}
      </form>
    </section>
  );
}
