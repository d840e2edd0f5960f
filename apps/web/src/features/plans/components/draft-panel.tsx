import type { SupportPlan } from '@sendreg/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { WarningText } from '../../../components/ui/warning-text';
import { isApiError } from '../../../lib/api-error';
import { isStaleVersion } from '../../../lib/form-problem';
import { problemMessage } from '../../../lib/problem-message';
import { todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useActivatePlan } from '../api/plan-writes';
import { planFormat } from '../plan-content';
import { formatDateTime } from '../plan-dates';
import { checkPlan, planToForm } from '../plan-form';

export interface DraftPanelProps {
  schoolId: string;
  pupilId: string;
  draft: SupportPlan;
  active: SupportPlan | null;
  /** History state for the links (where the pupil page's back link leads). */
  linkState: unknown;
  onActivated: (message: string) => void;
}

/** What stops a draft being made active, in words (checked here first, then by the server). */
function activationProblems(draft: SupportPlan): string[] {
  const format = planFormat(draft.format);
  const checked = checkPlan(planToForm(format, draft.content, draft.reviewDate), format, {
    activate: true,
    today: todayIso(),
  });
  return checked.ok ? [] : checked.problem.summary.map((item) => item.message);
}

/**
 * For the SENCO: the draft being written, with the way back into it and "Make active". Making it active
 * replaces the active plan (which closes as replaced), so the panel says so first.
 */
export function DraftPanel({ schoolId, pupilId, draft, active, linkState, onActivated }: DraftPanelProps) {
  const activate = useActivatePlan(schoolId, pupilId);
  const [problems, setProblems] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const fail = (messages: string[]) => {
    setProblems(messages);
    setAttempt((count) => count + 1);
  };

  const makeActive = () => {
    if (activate.isPending) return;
    const before = activationProblems(draft);
    if (before.length) {
      fail(before);
      return;
    }
    setProblems([]);
    activate.mutate(
      { planId: draft.id, version: draft.version },
      {
        onSuccess: () => {
          onActivated(
            `Cycle ${String(draft.cycle)} is now the active plan.${draft.reviewDate ? ` Next review ${formatDate(draft.reviewDate)}.` : ''}`,
          );
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            fail([
              'Someone else saved this draft since you opened this page. Check it, then make it active again.',
            ]);
          } else if (isApiError(error, 400) && error.problem.errors?.length) {
            fail(error.problem.errors.map((item) => item.message));
          } else fail([problemMessage(error)]);
        },
      },
    );
  };

  return (
    <section className="plan-draft" aria-labelledby="plan-draft-title">
      <h2 className="heading-m" id="plan-draft-title">
        Draft plan: cycle {draft.cycle}
      </h2>
      {problems.length ? (
        <ErrorSummary errors={[]} attempt={attempt} title="The draft cannot be made active yet">
          <ul className="list list--bullet">
            {problems.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <p>
            <Link to={`${draft.id}/edit`} state={linkState}>
              Continue the draft
            </Link>{' '}
            to put this right.
          </p>
        </ErrorSummary>
      ) : null}
      <p>
        Last saved {formatDateTime(draft.updatedAt)}
        {draft.updatedBy ? ` by ${draft.updatedBy.displayName}` : ''}. Staff do not see a draft until it is
        made active.
      </p>
      {active ? (
        <WarningText
          title={`Making the draft active replaces the active plan (cycle ${String(active.cycle)}), which closes.`}
        />
      ) : null}
      <div className="button-group">
        <Link className="button button--secondary" to={`${draft.id}/edit`} state={linkState}>
          Continue the draft
        </Link>
        <Button onClick={makeActive} aria-disabled={activate.isPending || undefined}>
          Make active
        </Button>
      </div>
      {activate.isPending ? <Loading label="Making the plan active" /> : null}
    </section>
  );
}
