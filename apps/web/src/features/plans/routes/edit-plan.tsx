import { DEFAULT_PLAN_FORMAT, nextReviewDate, type PlanFormat, type SupportPlan } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { DateInput, dateFieldId } from '../../../components/ui/date-input';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { WarningText } from '../../../components/ui/warning-text';
import { isApiError } from '../../../lib/api-error';
import { isStaleVersion } from '../../../lib/form-problem';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { todayIso, type DatePart } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { useCurrentPlan } from '../api/get-current-plan';
import { usePlan } from '../api/get-plan';
import { usePlanSettings } from '../api/get-plan-settings';
import { useActivatePlan, useCreatePlan, useSavePlan } from '../api/plan-writes';
import { CountedTextarea } from '../components/counted-textarea';
import { OutcomesEditor } from '../components/outcomes-editor';
import { PlanContentView } from '../components/plan-sections';
import { ProvisionEditor } from '../components/provision-editor';
import { StalePlan } from '../components/stale-plan';
import { useFirstData } from '../components/use-first-data';
import { planFormat } from '../plan-content';
import { reviewsPerYearText } from '../plan-dates';
import {
  checkPlan,
  createPlanRequest,
  planProblemFrom,
  planToForm,
  REVIEW_DATE_ID,
  sameDraft,
  savePlanRequest,
  sectionFieldId,
  sectionForm,
  type PlanDraft,
  type PlanForm,
} from '../plan-form';
import { characterCount, listCount, plural } from '../plan-text';
import '../plans.css';
import { PlanFormFrame } from '../components/plan-form-frame';

/** The message of a date input: any of its three fields may carry it. */
function dateError(fields: Record<string, string> | undefined, id: string): string | undefined {
  if (!fields) return undefined;
  return (
    fields[dateFieldId(id, 'day')] ?? fields[dateFieldId(id, 'month')] ?? fields[dateFieldId(id, 'year')]
  );
}

/** What was last saved, read the way the form builds it, so "unchanged" compares like with like. */
function savedDraft(format: PlanFormat, plan: SupportPlan | null): PlanDraft | null {
  if (!plan) return null;
  const checked = checkPlan(planToForm(format, plan.content, plan.reviewDate), format, { activate: false });
  return checked.ok ? checked.value : null;
}

interface PlanEditorProps {
  schoolId: string;
  pupilId: string;
  name: string;
  format: PlanFormat;
  /** The plan being edited; null for a new plan. */
  plan: SupportPlan | null;
  /** Fetches the plan again after a 409; its text stays in the form. */
  reload: () => Promise<SupportPlan | null>;
  onDone: (notice: string) => void;
  attempts: ReturnType<typeof useFormAttempts>;
  /** The plan page, where "Cancel" and the links about an existing draft lead. */
  planPage: string;
}

type Busy = 'save' | 'activate' | null;

/**
 * The plan's form, drawn from the format's sections (so a new national format needs no change here),
 * with the review date, "Save plan" and, for a draft, "Make active".
 */
function PlanEditor({
  schoolId,
  pupilId,
  name,
  format,
  plan,
  reload,
  onDone,
  attempts,
  planPage,
}: PlanEditorProps) {
  const [form, setForm] = useState<PlanForm>(() => planToForm(format, plan?.content, plan?.reviewDate));
  const [base, setBase] = useState(() => ({
    planId: plan?.id ?? null,
    version: plan?.version ?? 0,
    saved: savedDraft(format, plan),
  }));
  const [latest, setLatest] = useState<SupportPlan | null>(null);
  const [dateErrors, setDateErrors] = useState<Record<string, DatePart[]>>({});
  const [draftExists, setDraftExists] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const { problem, setProblem, attempt, setAttempt, conflict, setConflict, reloadWith } = attempts;
  const create = useCreatePlan(schoolId, pupilId);
  const save = useSavePlan(schoolId, pupilId, base.planId ?? '');
  const activate = useActivatePlan(schoolId, pupilId);
  const settings = usePlanSettings(schoolId);
  const status = plan?.status ?? 'draft';
  const canActivate = status === 'draft';
  const errors = problem?.fields ?? {};

  const refuse = (failure: unknown, creating: boolean) => {
    setBusy(null);
    setAttempt((count) => count + 1);
    if (isStaleVersion(failure)) {
      setProblem(null);
      setConflict('stale');
      return;
    }
    if (creating && isApiError(failure, 409)) {
      setProblem(null);
      setDraftExists(true);
      return;
    }
    setProblem(planProblemFrom(failure, format, form));
    setDateErrors({});
  };

  const run = (activating: boolean) => {
    if (busy) return;
    setConflict('none');
    setDraftExists(false);
    const checked = checkPlan(form, format, { activate: activating, today: todayIso() });
    if (!checked.ok) {
      setProblem(checked.problem);
      setDateErrors(checked.dateErrors);
      setAttempt((count) => count + 1);
      return;
    }
    setProblem(null);
    setDateErrors({});
    setBusy(activating ? 'activate' : 'save');
    const draft = checked.value;
    let creating = false;
    void (async () => {
      try {
        // Save first unless nothing changed since the last save; then make active with the new version.
        let { planId, version } = base;
        if (planId === null) {
          creating = true;
          const created = await create.mutateAsync(createPlanRequest(format, draft));
          ({ id: planId, version } = created);
          creating = false;
          setBase({ planId, version, saved: draft });
        } else if (!activating || !sameDraft(draft, base.saved)) {
          const saved = await save.mutateAsync(savePlanRequest(version, draft));
          version = saved.version;
          setBase({ planId, version, saved: draft });
        }
        if (activating) {
          await activate.mutateAsync({ planId, version });
          const cycle = plan?.cycle;
          onDone(
            `${cycle ? `Cycle ${String(cycle)}` : 'The plan'} is now the active plan.${draft.reviewDate ? ` Next review ${formatDate(draft.reviewDate)}.` : ''}`,
          );
        } else if (status === 'active') {
          onDone('Plan saved. Staff who read the plan see the changes now.');
        } else {
          onDone(`Draft plan saved. Make it active when it is agreed with ${name} and their parents.`);
        }
      } catch (failure) {
        refuse(failure, creating);
      }
    })();
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(false);
  };

  const reloadLatest = () => {
    reloadWith(async () => {
      const fresh = await reload();
      if (fresh) {
        setLatest(fresh);
        // Saving again now goes over the latest version; the form keeps what was typed.
        setBase((before) => ({ ...before, version: fresh.version, saved: savedDraft(format, fresh) }));
      }
      return { isSuccess: fresh !== null };
    });
  };

  const cycleHint = settings.data
    ? ` The school reviews plans ${reviewsPerYearText(settings.data.reviewsPerYear)}: from today that is around ${formatDate(nextReviewDate(todayIso(), settings.data.reviewsPerYear))}.`
    : '';

  return (
    <>
      <StalePlan
        state={conflict}
        attempt={attempt}
        onReload={reloadLatest}
        afterReload={
          <p>
            Your changes are still in the form. Compare them with &ldquo;The latest saved version&rdquo;
            below, then save again if they are still right.
          </p>
        }
      />
      {draftExists ? (
        <ErrorSummary errors={[]} attempt={attempt} title={`There is already a draft plan for ${name}`}>
          <p>
            A pupil has one draft at a time, and someone has started one since you opened this page. Your text
            is still in the form: copy what you need, then{' '}
            <Link to={planPage}>go to the support plan to continue the draft</Link>.
          </p>
        </ErrorSummary>
      ) : null}
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      {latest ? (
        <details className="details plan-latest">
          <summary className="details__summary">The latest saved version</summary>
          <p className="hint">
            Saved {latest.updatedBy ? `by ${latest.updatedBy.displayName} ` : ''}on{' '}
            {formatDate(latest.updatedAt)}.
          </p>
          <PlanContentView
            format={format}
            content={latest.content}
            linkedProvisions={latest.linkedProvisions}
            level={3}
          />
          <p>Next review: {latest.reviewDate ? formatDate(latest.reviewDate) : 'not set'}</p>
        </details>
      ) : null}
      <form className="form plan-edit" onSubmit={submit} noValidate aria-label="Support plan">
        {format.sections.map((section) => {
          const value = sectionForm(form, section);
          const setSection = (next: typeof value) => {
            setForm((before) => ({ ...before, sections: { ...before.sections, [section.key]: next } }));
          };
          switch (value.kind) {
            case 'outcomes':
              return (
                <OutcomesEditor
                  key={section.key}
                  section={section}
                  outcomes={value.outcomes}
                  onChange={(outcomes) => {
                    setSection({ kind: 'outcomes', outcomes });
                  }}
                  errors={errors}
                  dateErrors={dateErrors}
                />
              );
            case 'provision':
              return (
                <ProvisionEditor
                  key={section.key}
                  schoolId={schoolId}
                  pupilId={pupilId}
                  name={name}
                  section={section}
                  provisionIds={value.provisionIds}
                  notes={value.notes}
                  linked={plan?.linkedProvisions ?? []}
                  onChange={(next) => {
                    setSection({ kind: 'provision', ...next });
                  }}
                  errors={errors}
                />
              );
            case 'list':
              return (
                <section className="plan-edit__section" key={section.key}>
                  <CountedTextarea
                    id={sectionFieldId(section.key)}
                    heading
                    label={section.label}
                    hint={`${section.hint}. Put each one on its own line. Up to ${plural(section.max, 'item', 'items')}.`}
                    error={errors[sectionFieldId(section.key)]}
                    value={value.text}
                    onChange={(text) => {
                      setSection({ kind: 'list', text });
                    }}
                    count={(text) => listCount(section.max, text)}
                    rows={8}
                  />
                </section>
              );
            case 'text':
              return (
                <section className="plan-edit__section" key={section.key}>
                  <CountedTextarea
                    id={sectionFieldId(section.key)}
                    heading
                    label={section.label}
                    hint={`${section.hint}. Up to ${plural(section.max, 'character', 'characters')}.`}
                    error={errors[sectionFieldId(section.key)]}
                    value={value.text}
                    onChange={(text) => {
                      setSection({ kind: 'text', text });
                    }}
                    count={(text) => characterCount(section.max, text)}
                    rows={5}
                  />
                </section>
              );
          }
        })}
        <section className="plan-edit__section" aria-labelledby="plan-review-date-title">
          <h2 className="heading-m" id="plan-review-date-title">
            Review
          </h2>
          {/* The shared date input is uncontrolled; its changes bubble here and are kept in the form's state. */}
          <div
            onChange={(event) => {
              const input = event.target as HTMLInputElement;
              const part = input.name.slice(input.name.lastIndexOf('-') + 1);
              if (part === 'day' || part === 'month' || part === 'year') {
                setForm((before) => ({
                  ...before,
                  reviewDate: { ...before.reviewDate, [part]: input.value },
                }));
              }
            }}
          >
            <DateInput
              id={REVIEW_DATE_ID}
              name={REVIEW_DATE_ID}
              legend="Next review date"
              hint={`The meeting with ${name} and their parents to review progress. Needed before the plan is made active.${cycleHint} For example, 12 3 2027.`}
              error={dateError(problem?.fields, REVIEW_DATE_ID)}
              errorParts={dateErrors[REVIEW_DATE_ID]}
              defaultValue={form.reviewDate}
            />
          </div>
        </section>
        {canActivate && plan !== null ? <p>Staff do not see this draft until it is made active.</p> : null}
        <div className="button-group">
          <Button type="submit" aria-disabled={busy !== null || undefined}>
            Save plan
          </Button>
          {canActivate ? (
            <Button
              variant="secondary"
              aria-disabled={busy !== null || undefined}
              onClick={() => {
                run(true);
              }}
            >
              Make active
            </Button>
          ) : null}
          <Link className="plan-cancel" to={planPage}>
            Cancel
          </Link>
        </div>
        {busy === 'save' ? <Loading label="Saving the plan" /> : null}
        {busy === 'activate' ? <Loading label="Making the plan active" /> : null}
      </form>
    </>
  );
}

/**
 * Write a support plan (plan.write: the SENCO): a new plan (`plan/new`, saved as a draft) or a draft or
 * the active plan (`plan/:planId/edit`), saved with its version. After saving it goes back to the plan.
 */
export function EditPlanPage() {
  const school = useSchool();
  const { pupil, path } = useCurrentPupil();
  const { planId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const name = pupilName(pupil);
  const planPage = `${path}/plan`;
  const existing = usePlan(school.schoolId, pupil.id, planId ?? '', { enabled: planId !== undefined });
  const current = useCurrentPlan(school.schoolId, pupil.id, { enabled: planId === undefined });
  // The plan as the page opened it: the refetch after saving must not swap the form for a message.
  const opened = useFirstData(planId ?? '', existing.data);
  const openedCurrent = useFirstData('new', planId === undefined ? current.data : undefined);
  const attempts = useFormAttempts();
  const failed = attempts.problem !== null || attempts.conflict === 'stale';

  const done = (notice: string) => {
    void navigate(planPage, { state: { ...(location.state as object | null), notice } });
  };

  let title = `New support plan for ${name}`;
  let body;
  if (planId !== undefined) {
    if (!opened && existing.isError)
      body = <QueryError error={existing.error} what="the plan" onRetry={() => void existing.refetch()} />;
    else if (!opened) body = <Loading label="Loading the plan" />;
    else {
      const plan = opened;
      title = plan.status === 'draft' ? `Edit ${name}’s draft plan` : `Edit ${name}’s support plan`;
      body =
        plan.status === 'closed' ? (
          <EmptyState title={`Cycle ${String(plan.cycle)} is closed`}>
            <p>A closed plan is kept as it was and cannot be changed.</p>
            <p>
              <Link to={planPage}>Go to the support plan</Link>
            </p>
          </EmptyState>
        ) : (
          <>
            <p className="plan-edit__status">
              Cycle {plan.cycle}, {plan.status === 'draft' ? 'draft' : 'active'}.
            </p>
            <PlanEditor
              schoolId={school.schoolId}
              pupilId={pupil.id}
              name={name}
              format={planFormat(plan.format)}
              plan={plan}
              reload={async () => {
                const result = await existing.refetch();
                return result.data ?? null;
              }}
              onDone={done}
              attempts={attempts}
              planPage={planPage}
            />
          </>
        );
    }
  } else if (!openedCurrent && current.isError)
    body = (
      <QueryError error={current.error} what="the support plan" onRetry={() => void current.refetch()} />
    );
  else if (!openedCurrent) body = <Loading label="Loading the support plan" />;
  else if (openedCurrent.draft) {
    body = (
      <EmptyState title={`There is already a draft plan for ${name}`}>
        <p>A pupil has one draft at a time.</p>
        <p>
          <Link className="button" to={`${planPage}/${openedCurrent.draft.id}/edit`} state={location.state}>
            Continue the draft
          </Link>
        </p>
      </EmptyState>
    );
  } else {
    const { active } = openedCurrent;
    body = (
      <>
        {active ? (
          <WarningText
            title={`${name} has an active plan (cycle ${String(active.cycle)}). This new plan is saved as a draft; making it active replaces the active plan, which closes.`}
          />
        ) : (
          <p>
            Write the plan with {name} and their parents. It is saved as a draft: staff see it once you make
            it active.
          </p>
        )}
        <PlanEditor
          schoolId={school.schoolId}
          pupilId={pupil.id}
          name={name}
          format={planFormat(DEFAULT_PLAN_FORMAT)}
          plan={null}
          reload={() => Promise.resolve(null)}
          onDone={done}
          attempts={attempts}
          planPage={planPage}
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
