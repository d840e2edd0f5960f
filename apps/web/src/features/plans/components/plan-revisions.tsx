import { PLAN_STATUS_LABELS, type PlanSummary } from '@sendreg/contracts';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { formatDate } from '../../../utils/format-date';
import { usePlan } from '../api/get-plan';
import { usePlanRevision, usePlanRevisions } from '../api/get-plan-history';
import { planFormat } from '../plan-content';
import { formatDateTime } from '../plan-dates';
import { plural } from '../plan-text';
import { PlanContentView } from './plan-sections';

export interface PlanRevisionsProps {
  schoolId: string;
  pupilId: string;
  plan: PlanSummary;
}

/** One earlier revision's content, drawn in the plan's own format. */
function RevisionContent({ schoolId, pupilId, plan, number }: PlanRevisionsProps & { number: number }) {
  const revision = usePlanRevision(schoolId, pupilId, plan.id, number);
  // The plan itself gives the format and the names of the groups it links.
  const detail = usePlan(schoolId, pupilId, plan.id);
  if (revision.isPending || detail.isPending) return <Loading label={`Loading revision ${String(number)}`} />;
  if (revision.isError)
    return (
      <QueryError
        error={revision.error}
        what={`revision ${String(number)}`}
        onRetry={() => void revision.refetch()}
      />
    );
  const format = planFormat(detail.data?.format);
  return (
    <section
      className="plan-revision"
      aria-labelledby={`revision-${plan.id}-${String(number)}`}
      tabIndex={-1}
      id={`revision-${plan.id}-content`}
    >
      <h4 className="heading-s" id={`revision-${plan.id}-${String(number)}`}>
        Revision {number} as saved {formatDateTime(revision.data.savedAt)}
      </h4>
      <p>
        {PLAN_STATUS_LABELS[revision.data.status]}. Next review:{' '}
        {revision.data.reviewDate ? formatDate(revision.data.reviewDate) : 'not set'}.
      </p>
      <div className="plan-revision__content">
        <PlanContentView
          format={format}
          content={revision.data.content}
          linkedProvisions={detail.data?.linkedProvisions ?? []}
          level={4}
        />
      </div>
    </section>
  );
}

/**
 * Every save of a plan (who saved it, when), in a details element that loads them when opened, with a
 * way to read an earlier revision's content.
 */
export function PlanRevisions({ schoolId, pupilId, plan }: PlanRevisionsProps) {
  const [open, setOpen] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const revisions = usePlanRevisions(schoolId, pupilId, plan.id, { enabled: open });
  const cycle = String(plan.cycle);

  let body;
  if (!open) body = null;
  else if (revisions.isPending) body = <Loading label="Loading the revisions" />;
  else if (revisions.isError)
    body = (
      <QueryError error={revisions.error} what="the revisions" onRetry={() => void revisions.refetch()} />
    );
  else {
    const rows = [...revisions.data].sort((a, b) => b.number - a.number);
    body = (
      <>
        <table className="table plan-revisions">
          <caption className="table__caption visually-hidden">Revisions of cycle {cycle}</caption>
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">Status</th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((revision) => (
              <tr key={revision.number}>
                <th scope="row">{revision.number}</th>
                <td>{PLAN_STATUS_LABELS[revision.status]}</td>
                <td>
                  {formatDateTime(revision.savedAt)}
                  {revision.savedBy ? ` by ${revision.savedBy.displayName}` : ''}
                </td>
                <td>
                  <Button
                    variant="secondary"
                    className="button--small"
                    aria-expanded={viewing === revision.number}
                    aria-controls={viewing === revision.number ? `revision-${plan.id}-content` : undefined}
                    onClick={() => {
                      setViewing(viewing === revision.number ? null : revision.number);
                    }}
                  >
                    {viewing === revision.number ? 'Hide' : 'View'}
                    <span className="visually-hidden">
                      {' '}
                      revision {revision.number} of cycle {cycle}
                    </span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {viewing !== null ? (
          <RevisionContent schoolId={schoolId} pupilId={pupilId} plan={plan} number={viewing} />
        ) : null}
      </>
    );
  }

  return (
    <details
      className="details plan-history__revisions"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className="details__summary">
        Revisions of cycle {cycle}
        {open && revisions.data ? ` (${plural(revisions.data.length, 'save', 'saves')})` : ''}
      </summary>
      {body}
    </details>
  );
}
