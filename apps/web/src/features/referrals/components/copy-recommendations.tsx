import type { PupilDocument } from '@sendreg/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Checkboxes } from '../../../components/ui/checkboxes';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { formProblem, type FormProblem } from '../../../lib/form-problem';
import { problemMessage } from '../../../lib/problem-message';
import { useCopyToPlan } from '../api/copy-to-plan';
import type { CopyOutcome } from '../copy-recommendations';
import { copiedText, plural } from '../referral-text';

export interface CopyRecommendationsProps {
  schoolId: string;
  pupilId: string;
  document: PupilDocument;
  /** The pupil's support plan page. */
  planPath: string;
  name: string;
}

/**
 * A document's recommendations with a checkbox each, and "Copy into the support plan": the chosen
 * ones are added to the active plan's strategies (not those it has already).
 */
export function CopyRecommendations({
  schoolId,
  pupilId,
  document,
  planPath,
  name,
}: CopyRecommendationsProps) {
  const headingId = useId();
  const fieldId = `copy-${document.id}`;
  const copy = useCopyToPlan(schoolId, pupilId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const [round, setRound] = useState(0);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (copy.isPending) return;
    const indexes = new FormData(event.currentTarget).getAll('recommendation').map(Number);
    const chosen = indexes.flatMap((i) => document.recommendations[i] ?? []);
    setOutcome(null);
    if (chosen.length === 0) {
      setProblem(formProblem([[fieldId, 'Choose at least one recommendation to copy']]));
      setAttempt((n) => n + 1);
      return;
    }
    setProblem(null);
    copy.mutate(chosen, {
      onSuccess: (result) => {
        setOutcome(result);
        if (result.kind === 'copied') setRound((n) => n + 1);
      },
      onError: (error) => {
        setProblem(formProblem([[fieldId, `The recommendations were not copied. ${problemMessage(error)}`]]));
        setAttempt((n) => n + 1);
      },
    });
  };

  return (
    <section className="referral-recommendations" aria-labelledby={headingId}>
      <h3 className="heading-s" id={headingId}>
        Recommendations from ‘{document.title}’
      </h3>
      {outcome ? <Outcome outcome={outcome} planPath={planPath} name={name} /> : null}
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId} key={round}>
        <Checkboxes
          idPrefix={fieldId}
          name="recommendation"
          legend="Choose the recommendations to copy into the support plan strategies"
          hint="Strategies the plan has already are not added twice."
          error={problem?.fields[fieldId]}
          items={document.recommendations.map((text, index) => ({ value: String(index), label: text }))}
        />
        <Button type="submit" variant="secondary" aria-disabled={copy.isPending || undefined}>
          Copy into the support plan
        </Button>
        {copy.isPending ? <Loading label="Copying into the support plan" /> : null}
      </form>
    </section>
  );
}

function Outcome({ outcome, planPath, name }: { outcome: CopyOutcome; planPath: string; name: string }) {
  const planLink = <Link to={planPath}>View the support plan</Link>;
  switch (outcome.kind) {
    case 'copied': {
      const { added, duplicates, tooLong } = outcome.appended;
      return (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{copiedText(added.length)}</p>
          {duplicates.length ? (
            <p>{plural(duplicates.length, 'was', 'were')} in the plan already, so not added again.</p>
          ) : null}
          {tooLong.length ? (
            <p>{plural(tooLong.length, 'was', 'were')} too long to be a strategy, so not added.</p>
          ) : null}
          <p>{planLink}</p>
        </NotificationBanner>
      );
    }
    case 'no-plan':
      return (
        <NotificationBanner role="alert" focus>
          <p className="notification-banner__heading">
            {name} has no active support plan, so the recommendations cannot be copied yet.
          </p>
          <p>
            <Link to={planPath}>Go to the support plan</Link> to write one and make it active, then come back
            here.
          </p>
        </NotificationBanner>
      );
    case 'nothing-new':
      return (
        <NotificationBanner role="status" focus>
          <p className="notification-banner__heading">
            The support plan already has{' '}
            {outcome.appended.duplicates.length === 1 ? 'this strategy' : 'these strategies'}: nothing was
            added.
          </p>
          <p>{planLink}</p>
        </NotificationBanner>
      );
    case 'full':
      return (
        <NotificationBanner role="alert" focus>
          <p className="notification-banner__heading">
            Nothing was added: the support plan has room for{' '}
            {plural(outcome.room, 'more strategy', 'more strategies')} (up to {String(outcome.max)}).
          </p>
          <p>Choose fewer, or remove strategies that no longer help from the plan first. {planLink}</p>
        </NotificationBanner>
      );
    case 'stale':
      return (
        <NotificationBanner role="alert" focus>
          <p className="notification-banner__heading">
            Someone else was saving the support plan at the same time, so nothing was added.
          </p>
          <p>Try again in a moment. {planLink}</p>
        </NotificationBanner>
      );
    case 'no-strategies':
      return (
        <NotificationBanner role="alert" focus>
          <p className="notification-banner__heading">
            The support plan&rsquo;s format has no list of strategies to copy into.
          </p>
          <p>{planLink}</p>
        </NotificationBanner>
      );
  }
}
