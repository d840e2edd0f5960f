import { QueryError } from '../../../components/ui/query-error';
import { Loading } from '../../../components/ui/loading';
import { useEhcpRevisions } from '../api/get-ehcp-revisions';
import { revisionSummary, revisionTitle } from '../ehcp-revisions';

/** Every save of the record, newest first, closed until asked for: who saved what, and when. */
export function RevisionHistory({
  schoolId,
  pupilId,
  version,
}: {
  schoolId: string;
  pupilId: string;
  version: number;
}) {
  const revisions = useEhcpRevisions(schoolId, pupilId, version > 0);
  return (
    <details className="details">
      <summary className="details__summary">
        History of changes ({String(version)} {version === 1 ? 'save' : 'saves'})
      </summary>
      {revisions.isPending ? (
        <Loading label="Loading the history" />
      ) : revisions.isError ? (
        <QueryError error={revisions.error} what="the history" onRetry={() => void revisions.refetch()} />
      ) : (
        <ol className="plain-list">
          {revisions.data.map((revision, index) => {
            const before = revisions.data[index + 1]?.record;
            return (
              <li key={revision.number}>
                <p className="heading-s">{revisionTitle(revision)}</p>
                <p className="secondary-text">{revisionSummary(revision.record, before)}</p>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
