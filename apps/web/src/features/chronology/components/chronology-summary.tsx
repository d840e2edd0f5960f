import { use } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryCard } from '../../../components/ui/summary-card';
import { Tag } from '../../../components/ui/tag';
import { PupilContext } from '../../../lib/pupil-context';
import { useChronology } from '../api/get-chronology';
import { entryTitle, excerpt, latestEntries, latestHeading } from '../chronology-view';
import '../chronology.css';

/** On the pupil page (chronology.read): the latest few entries, as they now read, and the link. */
export function ChronologySummary({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const chronology = useChronology(schoolId, pupilId);
  // Carries the pupil page's history state, so "Back" there still leads to the list the person came from.
  const linkState = use(PupilContext)?.state;
  const actions = [
    <Link key="chronology" to="chronology" state={linkState}>
      Chronology
    </Link>,
  ];
  return (
    <SummaryCard title="Chronology" actions={actions}>
      {chronology.isPending ? (
        <Loading label="Loading the chronology" />
      ) : chronology.isError ? (
        <QueryError
          error={chronology.error}
          what="the chronology"
          onRetry={() => void chronology.refetch()}
        />
      ) : chronology.data.entries.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <>
          <h3 className="heading-s">{latestHeading(chronology.data.entries.length)}</h3>
          <ul className="list chronology-summary">
            {latestEntries(chronology.data.entries).map((entry) => (
              <li key={entry.id}>
                <strong>{entryTitle(entry)}</strong>
                {entry.effective.parentMeeting ? (
                  <>
                    {' '}
                    <Tag colour="blue">Parent meeting</Tag>
                  </>
                ) : null}
                {entry.corrected ? (
                  <>
                    {' '}
                    <Tag colour="yellow">Corrected</Tag>
                  </>
                ) : null}
                <br />
                With {entry.effective.withWhom}: {excerpt(entry.effective.summary)}
              </li>
            ))}
          </ul>
        </>
      )}
    </SummaryCard>
  );
}
