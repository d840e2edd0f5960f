import {
  OUTCOME_RATING_LABELS,
  OUTCOME_RATINGS,
  type OutcomeRating,
  type PlanOutcome,
  type SupportPlan,
} from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { dateFieldId } from '../../../components/ui/date-input';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { TextField } from '../../../components/ui/text-field';
import { isStaleVersion } from '../../../lib/form-problem';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { parseDateParts, todayIso, type DatePart } from '../../../utils/dates';
import { DateField } from '../../../components/ui/date-field';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { usePlan } from '../api/get-plan';
import { usePlanSettings } from '../api/get-plan-settings';
import { useRecordReview } from '../api/plan-writes';
import { CountedTextarea } from '../components/counted-textarea';
import { PlanCommentList } from '../components/plan-comment-list';
import { StalePlan } from '../components/stale-plan';
import { useFirstData } from '../components/use-first-data';
import { useFocusAfterRender } from '../components/use-focus-after-render';
import { allOutcomes, needLabel, planFormat } from '../plan-content';
import { nextReviewHint } from '../plan-dates';
import { characterCount } from '../plan-text';
import {
  ADD_ATTENDEE_ID,
  addAttendee,
  ATTENDEE_ROLE_SUGGESTIONS,
  attendeeFieldId,
  checkReview,
  DECISIONS_ID,
  HELD_ON_ID,
  mergeOutcomes,
  NEXT_REVIEW_ID,
  noteFieldId,
  PARENT_VIEWS_ID,
  PUPIL_VIEWS_ID,
  ratingFieldId,
  removeAttendee,
  REVIEW_LIMITS,
  reviewFormFor,
  reviewNotice,
  reviewProblemFrom,
  updateAttendee,
  type ReviewForm,
} from '../review-form';
import '../plans.css';
import { PlanFormFrame } from '../components/plan-form-frame';

type Attempts = ReturnType<typeof useFormAttempts>;

function dateError(fields: Record<string, string> | undefined, id: string): string | undefined {
  if (!fields) return undefined;
  return (
    fields[dateFieldId(id, 'day')] ?? fields[dateFieldId(id, 'month')] ?? fields[dateFieldId(id, 'year')]
  );
}

interface ReviewEditorProps {
  schoolId: string;
  pupilId: string;
  name: string;
  plan: SupportPlan;
  outcomes: PlanOutcome[];
  reviewsPerYear: number | null;
  attempts: Attempts;
  reload: () => Promise<SupportPlan | null>;
  onRecorded: (notice: string) => void;
}

function ReviewEditor({
  schoolId,
  pupilId,
  name,
  plan,
  outcomes,
  reviewsPerYear,
  attempts,
  reload,
  onRecorded,
}: ReviewEditorProps) {
  const today = todayIso();
  const [form, setForm] = useState<ReviewForm>(() => reviewFormFor(outcomes, today));
  const [version, setVersion] = useState(plan.version);
  const [comments, setComments] = useState(plan.comments);
  const [dateErrors, setDateErrors] = useState<Record<string, DatePart[]>>({});
  const focusAfterRender = useFocusAfterRender();
  const record = useRecordReview(schoolId, pupilId, plan.id);
  const { problem, setProblem, attempt, setAttempt, conflict, setConflict, reloadWith } = attempts;
  const errors = problem?.fields ?? {};
  const heldOn = parseDateParts(form.heldOn, { label: '', missing: '' });
  const planOutcomes = new Map(outcomes.map((outcome) => [outcome.id, outcome]));

  const change = (patch: Partial<ReviewForm>) => {
    setForm((before) => ({ ...before, ...patch }));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    setConflict('none');
    const checked = checkReview(form, version, today, plan.startedOn);
    if (!checked.ok) {
      setProblem(checked.problem);
      setDateErrors(checked.dateErrors);
      setAttempt((count) => count + 1);
      return;
    }
    setProblem(null);
    setDateErrors({});
    record.mutate(checked.value, {
      onSuccess: (answer) => {
        onRecorded(reviewNotice(answer));
      },
      onError: (error) => {
        setAttempt((count) => count + 1);
        if (isStaleVersion(error)) {
          setConflict('stale');
          return;
        }
        setProblem(reviewProblemFrom(error, form));
      },
    });
  };

  const reloadLatest = () => {
    reloadWith(async () => {
      const fresh = await reload();
      if (fresh) {
        setVersion(fresh.version);
        setComments(fresh.comments);
        setForm((before) => mergeOutcomes(before, allOutcomes(planFormat(fresh.format), fresh.content)));
      }
      return { isSuccess: fresh !== null };
    });
  };

  return (
    <>
      <StalePlan
        state={conflict}
        attempt={attempt}
        onReload={reloadLatest}
        afterReload={
          <p>
            What you entered is still in the form, with the plan&rsquo;s latest outcomes and comments. Check
            it, then record the review again.
          </p>
        }
      />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <form className="form plan-review-form" onSubmit={submit} noValidate aria-label="The review">
        <section className="plan-edit__section" aria-labelledby="review-meeting-title">
          <h2 className="heading-m" id="review-meeting-title">
            The meeting
          </h2>
          <DateField
            id={HELD_ON_ID}
            legend="Date the review was held"
            hint="For example, 3 3 2027"
            value={form.heldOn}
            error={dateError(problem?.fields, HELD_ON_ID)}
            errorParts={dateErrors[HELD_ON_ID]}
            onChange={(value) => {
              change({ heldOn: value });
            }}
          />
          <fieldset className="fieldset plan-attendees" aria-describedby="attendees-hint">
            <legend className="fieldset__legend">Who attended</legend>
            <div className="hint" id="attendees-hint">
              Everyone at the meeting, with their role: for example {name}, a parent, the class teacher.
            </div>
            <datalist id="attendee-roles">
              {ATTENDEE_ROLE_SUGGESTIONS.map((role) => (
                <option key={role} value={role} />
              ))}
            </datalist>
            {form.attendees.map((row, index) => {
              const n = String(index + 1);
              return (
                <div className="plan-attendee" key={row.key}>
                  <TextField
                    id={attendeeFieldId(index, 'name')}
                    label={`Name of attendee ${n}`}
                    error={errors[attendeeFieldId(index, 'name')]}
                    value={row.name}
                    autoComplete="off"
                    onChange={(event) => {
                      change({
                        attendees: updateAttendee(form.attendees, index, { name: event.target.value }),
                      });
                    }}
                  />
                  <TextField
                    id={attendeeFieldId(index, 'role')}
                    label={`Role of attendee ${n}`}
                    error={errors[attendeeFieldId(index, 'role')]}
                    value={row.role}
                    list="attendee-roles"
                    autoComplete="off"
                    onChange={(event) => {
                      change({
                        attendees: updateAttendee(form.attendees, index, { role: event.target.value }),
                      });
                    }}
                  />
                  {form.attendees.length > 1 ? (
                    <Button
                      variant="secondary"
                      className="button--small plan-attendee__remove"
                      onClick={() => {
                        const next = removeAttendee(form.attendees, index);
                        change({ attendees: next });
                        focusAfterRender(
                          next.length
                            ? attendeeFieldId(Math.min(index, next.length - 1), 'name')
                            : ADD_ATTENDEE_ID,
                        );
                      }}
                    >
                      Remove attendee {n}
                    </Button>
                  ) : null}
                </div>
              );
            })}
            <Button
              id={ADD_ATTENDEE_ID}
              variant="secondary"
              onClick={() => {
                change({ attendees: addAttendee(form.attendees) });
                focusAfterRender(attendeeFieldId(form.attendees.length, 'name'));
              }}
            >
              Add another attendee
            </Button>
          </fieldset>
        </section>

        <section className="plan-edit__section" aria-labelledby="review-comments-title">
          <h2 className="heading-m" id="review-comments-title">
            Comments from staff before the review
          </h2>
          {comments.length ? (
            <PlanCommentList comments={comments} />
          ) : (
            <p className="secondary-text">No one commented on progress before the review.</p>
          )}
        </section>

        <section className="plan-edit__section" aria-labelledby="review-outcomes-title">
          <h2 className="heading-m" id="review-outcomes-title">
            Progress against the outcomes
          </h2>
          {form.outcomes.length === 0 ? (
            <p className="secondary-text">This plan has no outcomes to rate.</p>
          ) : null}
          {form.outcomes.map((outcome, index) => {
            const n = String(index + 1);
            const planned = planOutcomes.get(outcome.outcomeId);
            return (
              <div className="plan-rating" key={outcome.outcomeId}>
                <h3 className="heading-s">Outcome {n}</h3>
                <p className="pre-line">{outcome.description}</p>
                {planned ? (
                  <p className="hint">
                    Measured by: {planned.measure || 'not given'}.{' '}
                    {planned.byDate ? `By ${formatDate(planned.byDate)}. ` : ''}
                    {planned.needCode ? `Area of need: ${needLabel(planned.needCode)}.` : ''}
                  </p>
                ) : null}
                <Radios
                  idPrefix={ratingFieldId(index)}
                  name={ratingFieldId(index)}
                  legend={`How far was outcome ${n} met?`}
                  error={errors[ratingFieldId(index)]}
                  items={OUTCOME_RATINGS.map((rating) => ({
                    value: rating,
                    label: OUTCOME_RATING_LABELS[rating],
                  }))}
                  defaultValue={outcome.rating}
                  onChange={(event) => {
                    const rating = event.target.value as OutcomeRating;
                    setForm((before) => ({
                      ...before,
                      outcomes: before.outcomes.map((each, at) =>
                        at === index ? { ...each, rating } : each,
                      ),
                    }));
                  }}
                />
                <CountedTextarea
                  id={noteFieldId(index)}
                  label={`Note on outcome ${n} (optional)`}
                  hint="The evidence, and what comes next. Not met and partly met outcomes carry forward to the next plan."
                  error={errors[noteFieldId(index)]}
                  value={outcome.note}
                  onChange={(note) => {
                    setForm((before) => ({
                      ...before,
                      outcomes: before.outcomes.map((each, at) => (at === index ? { ...each, note } : each)),
                    }));
                  }}
                  count={(value) => characterCount(REVIEW_LIMITS.note, value)}
                  rows={3}
                />
              </div>
            );
          })}
        </section>

        <section className="plan-edit__section" aria-labelledby="review-views-title">
          <h2 className="heading-m" id="review-views-title">
            Views
          </h2>
          <CountedTextarea
            id={PUPIL_VIEWS_ID}
            label="The pupil’s views"
            hint={`What ${name} said about how it is going, in their words where you can.`}
            error={errors[PUPIL_VIEWS_ID]}
            value={form.pupilViews}
            onChange={(value) => {
              change({ pupilViews: value });
            }}
            count={(value) => characterCount(REVIEW_LIMITS.views, value)}
          />
          <CountedTextarea
            id={PARENT_VIEWS_ID}
            label="Parents’ views"
            hint="What parents or carers said: what they see at home, and what they hope for next."
            error={errors[PARENT_VIEWS_ID]}
            value={form.parentViews}
            onChange={(value) => {
              change({ parentViews: value });
            }}
            count={(value) => characterCount(REVIEW_LIMITS.views, value)}
          />
        </section>

        <section className="plan-edit__section" aria-labelledby="review-next-title">
          <h2 className="heading-m" id="review-next-title">
            What happens next
          </h2>
          <CountedTextarea
            id={DECISIONS_ID}
            label="What was decided"
            hint="For example: stay on SEN support, new outcomes, changes to provision, a referral."
            error={errors[DECISIONS_ID]}
            value={form.decisions}
            onChange={(value) => {
              change({ decisions: value });
            }}
            count={(value) => characterCount(REVIEW_LIMITS.decisions, value)}
            rows={6}
          />
          <DateField
            id={NEXT_REVIEW_ID}
            legend="Next review date (optional)"
            hint={nextReviewHint(reviewsPerYear, heldOn.ok ? heldOn.iso : null)}
            value={form.nextReviewDate}
            error={dateError(problem?.fields, NEXT_REVIEW_ID)}
            errorParts={dateErrors[NEXT_REVIEW_ID]}
            onChange={(value) => {
              change({ nextReviewDate: value });
            }}
          />
        </section>

        <p>
          Recording the review closes cycle {plan.cycle} and starts cycle {plan.cycle + 1}: outcomes not met
          or partly met carry forward into it.
        </p>
        <div className="button-group">
          <Button type="submit" aria-disabled={record.isPending || undefined}>
            Record the review
          </Button>
        </div>
        {record.isPending ? <Loading label="Recording the review" /> : null}
      </form>
    </>
  );
}

/**
 * Record a review meeting (plan.write: the SENCO): when, who came, progress against each outcome,
 * the views, what was decided. It closes the plan and starts the next cycle, whose review date follows
 * the school's cycle unless another is given.
 */
export function RecordReviewPage() {
  const school = useSchool();
  const { pupil, path } = useCurrentPupil();
  const { planId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const name = pupilName(pupil);
  const planPage = `${path}/plan`;
  const plan = usePlan(school.schoolId, pupil.id, planId);
  const settings = usePlanSettings(school.schoolId);
  // The plan as the page opened it: the refetch after recording (the plan is then closed) must not
  // replace the form with "this plan is closed" in the moment before the page moves on.
  const opened = useFirstData(planId, plan.data);
  const attempts = useFormAttempts();
  const title = `Record the review of ${name}’s plan`;
  const failed = attempts.problem !== null || attempts.conflict === 'stale';

  let body;
  if (!opened && plan.isError)
    body = <QueryError error={plan.error} what="the plan" onRetry={() => void plan.refetch()} />;
  else if (!opened) body = <Loading label="Loading the plan" />;
  else if (opened.status !== 'active') {
    body = (
      <EmptyState
        title={
          opened.status === 'closed'
            ? `Cycle ${String(opened.cycle)} is closed`
            : `Cycle ${String(opened.cycle)} is a draft`
        }
      >
        <p>
          {opened.status === 'closed'
            ? 'Its review is already recorded, or it was closed without one.'
            : 'Only the active plan is reviewed. Make the draft active first.'}
        </p>
        <p>
          <Link to={planPage} state={location.state}>
            Go to the support plan
          </Link>
        </p>
      </EmptyState>
    );
  } else {
    const data = opened;
    body = (
      <>
        <p className="plan-edit__status">
          Cycle {data.cycle}
          {data.reviewDate ? `, review due ${formatDate(data.reviewDate)}` : ''}.
        </p>
        <ReviewEditor
          schoolId={school.schoolId}
          pupilId={pupil.id}
          name={name}
          plan={data}
          outcomes={allOutcomes(planFormat(data.format), data.content)}
          reviewsPerYear={settings.data?.reviewsPerYear ?? null}
          attempts={attempts}
          reload={async () => (await plan.refetch()).data ?? null}
          onRecorded={(notice) => {
            void navigate(planPage, { state: { ...(location.state as object | null), notice } });
          }}
        />
      </>
    );
  }

  return (
    <PlanFormFrame
      planPage={planPage}
      pupilName={name}
      title={title}
      schoolName={school.schoolName}
      failed={failed}
    >
      {body}
    </PlanFormFrame>
  );
}
