import { PLAN_COMMENT_MAX, type SupportPlan } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { formProblem, formProblemFrom, type FormProblem } from '../../../lib/form-problem';
import { useAddPlanComment } from '../api/plan-writes';
import { COMMENT_FIELD_ID, commentProblem } from '../plan-comments';
import { characterCount, plural } from '../plan-text';
import { CountedTextarea } from './counted-textarea';
import { PlanCommentList } from './plan-comment-list';

export interface PlanCommentsProps {
  schoolId: string;
  pupilId: string;
  plan: SupportPlan;
  /** plan.comment: teachers (own pupils) and the SENCO. */
  canComment: boolean;
}

/**
 * Comments on progress before the review: what the adults who teach the pupil notice. They are read at
 * the review meeting and kept with it.
 */
export function PlanComments({ schoolId, pupilId, plan, canComment }: PlanCommentsProps) {
  const add = useAddPlanComment(schoolId, pupilId, plan.id);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState(0);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const checked = formProblem([[COMMENT_FIELD_ID, commentProblem(body)]]);
    if (checked) {
      setProblem(checked);
      setAttempt((count) => count + 1);
      return;
    }
    setProblem(null);
    add.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setAdded((count) => count + 1);
        },
        onError: (error) => {
          setProblem(
            formProblemFrom(
              error,
              (field) => (field === 'body' ? COMMENT_FIELD_ID : undefined),
              COMMENT_FIELD_ID,
            ),
          );
          setAttempt((count) => count + 1);
        },
      },
    );
  };

  return (
    <section className="plan-section plan-comments-section" aria-labelledby="plan-comments-title">
      <h2 className="heading-m" id="plan-comments-title">
        Comments on progress
      </h2>
      {added > 0 && !problem ? (
        <NotificationBanner key={added} tone="success" role="status" focus>
          <p className="notification-banner__heading">Comment added.</p>
          <p>It will be read at the review.</p>
        </NotificationBanner>
      ) : null}
      {plan.comments.length ? (
        <PlanCommentList comments={plan.comments} />
      ) : (
        <p className="secondary-text">No comments yet.</p>
      )}
      {canComment ? (
        <form className="form plan-comment-form" onSubmit={submit} noValidate aria-label="Add a comment">
          <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
          <CountedTextarea
            id={COMMENT_FIELD_ID}
            label="Add a comment on progress before the review"
            labelSize="large"
            hint={`What you have noticed: what is working, what is not, and any evidence. It is shared with the SENCO and read at the review meeting. Up to ${plural(PLAN_COMMENT_MAX, 'character', 'characters')}.`}
            error={problem?.fields[COMMENT_FIELD_ID]}
            value={body}
            onChange={setBody}
            count={(value) => characterCount(PLAN_COMMENT_MAX, value)}
            rows={4}
          />
          <Button type="submit" variant="secondary" aria-disabled={add.isPending || undefined}>
            Add comment
          </Button>
          {add.isPending ? <Loading label="Adding your comment" /> : null}
        </form>
      ) : null}
    </section>
  );
}
