import type { TimelineEvent } from '@sendreg/contracts';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { formatDate } from '../../../utils/format-date';
import { useSendRecord } from '../api/get-send-record';
import { newestFirst } from '../timeline';

const KIND_LABELS: Record<TimelineEvent['kind'], string> = {
  status: 'SEN status',
  needs: 'Needs',
  concern: 'Concern',
  pupil: 'Pupil record',
};

/** The history of the pupil's SEND record: status and need changes and concerns, newest first. */
export function SendTimeline({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const record = useSendRecord(schoolId, pupilId);
  return (
    <section className="panel" aria-labelledby="send-history">
      <h2 className="heading-m" id="send-history">
        SEND history
      </h2>
      {record.isPending ? (
        <Loading label="Loading the SEND history" />
      ) : record.isError ? (
        <QueryError error={record.error} what="the SEND history" onRetry={() => void record.refetch()} />
      ) : record.data.timeline.length === 0 ? (
        <p>
          No changes have been recorded yet. Changes to the SEN status and needs, and concerns, appear here.
        </p>
      ) : (
        <ol className="timeline">
          {newestFirst(record.data.timeline).map((event, index) => (
            <li className="timeline__item" key={`${event.at}:${event.kind}:${String(index)}`}>
              <p className="timeline__header">
                <time className="timeline__date" dateTime={event.date}>
                  {formatDate(event.date)}
                </time>{' '}
                <span className="timeline__kind">{KIND_LABELS[event.kind]}</span>
              </p>
              <p className="timeline__summary">{event.summary}</p>
              {event.by ? <p className="timeline__by">By {event.by.displayName}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
