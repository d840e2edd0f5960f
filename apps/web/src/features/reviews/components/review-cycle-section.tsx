import type { PlanSettings } from '@sendreg/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { StaleNotice } from '../../../components/ui/stale-notice';
import { SummaryList } from '../../../components/ui/summary-list';
import { isStaleVersion } from '../../../lib/form-problem';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { formatDate } from '../../../utils/format-date';
import { usePlanSettings, useSavePlanSettings } from '../api/plan-settings';
import {
  checkReviewCycle,
  intervalText,
  REVIEWS_PER_YEAR_FIELD,
  reviewCycleProblemFrom,
  reviewsPerYearItems,
} from '../review-cycle';

function settingsRows(settings: PlanSettings) {
  const rows = [{ key: 'Reviews a year', value: String(settings.reviewsPerYear) }];
  if (settings.updatedAt) {
    rows.push({
      key: 'Last changed',
      value: `${formatDate(settings.updatedAt)}${settings.updatedBy ? ` by ${settings.updatedBy.displayName}` : ''}`,
    });
  }
  return rows;
}

/**
 * The school's review cycle (plan.write): how many reviews a year each support plan has, which sets
 * the next review date when a review is recorded. A change someone else saved first is refused (409)
 * and the person reloads before choosing again.
 */
export function ReviewCycleSection({ schoolId }: { schoolId: string }) {
  const headingId = useId();
  const settings = usePlanSettings(schoolId);
  const save = useSavePlanSettings(schoolId);
  const { problem, setProblem, attempt, setAttempt, conflict, setConflict, fail, reloadWith } =
    useFormAttempts();
  const [saved, setSaved] = useState<number | null>(null);

  let body;
  if (settings.isPending) body = <Loading label="Loading the review cycle" />;
  else if (settings.isError)
    body = (
      <QueryError error={settings.error} what="the review cycle" onRetry={() => void settings.refetch()} />
    );
  else {
    const current = settings.data;
    const submit = (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (save.isPending) return;
      setSaved(null);
      setConflict('none');
      const value = new FormData(event.currentTarget).get('reviewsPerYear');
      const checked = checkReviewCycle(typeof value === 'string' ? value : null, current.version);
      if (!checked.ok) {
        fail(checked.problem, []);
        return;
      }
      setProblem(null);
      save.mutate(checked.request, {
        onSuccess: (answer) => {
          setSaved(answer.reviewsPerYear);
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setConflict('stale');
            setAttempt((count) => count + 1);
            return;
          }
          fail(reviewCycleProblemFrom(error), []);
        },
      });
    };
    body = (
      <>
        <SummaryList rows={settingsRows(current)} />
        <StaleNotice
          state={conflict}
          attempt={attempt}
          onReload={() => {
            reloadWith(() => settings.refetch());
          }}
          what="the school’s review cycle"
          check="the number of reviews a year"
        />
        <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
        {saved !== null ? (
          <NotificationBanner tone="success" role="status" title="Review cycle saved" focus>
            <p className="notification-banner__heading">
              Support plans now have {saved} reviews a year: reviews recorded from now on set the next one{' '}
              {intervalText(saved)} later.
            </p>
          </NotificationBanner>
        ) : null}
        {/* Remounted with each version, so a reload shows the latest choice. */}
        <form className="form" onSubmit={submit} noValidate key={current.version}>
          <Radios
            idPrefix={REVIEWS_PER_YEAR_FIELD}
            name="reviewsPerYear"
            legend="How many reviews a year should each support plan have?"
            hint="The Code of Practice expects at least three meetings a year with the parents of a pupil on SEN support."
            error={problem?.fields[REVIEWS_PER_YEAR_FIELD]}
            items={reviewsPerYearItems()}
            defaultValue={String(current.reviewsPerYear)}
          />
          <div className="button-group">
            <Button type="submit" variant="secondary" aria-disabled={save.isPending || undefined}>
              Save the review cycle
            </Button>
          </div>
          {save.isPending ? <Loading label="Saving the review cycle" /> : null}
        </form>
      </>
    );
  }

  return (
    <section className="review-section review-cycle" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        Review cycle
      </h2>
      {body}
    </section>
  );
}
