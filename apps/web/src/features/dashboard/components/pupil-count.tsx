import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { usePupilCount } from '../api/get-pupil-count';

export function PupilCount({ schoolId }: { schoolId: string }) {
  const count = usePupilCount(schoolId);
  if (count.isPending) return <Loading label="Counting pupils" />;
  if (count.isError) {
    return (
      <QueryError error={count.error} what="the number of pupils" onRetry={() => void count.refetch()} />
    );
  }
  return (
    <div className="stat">
      <p className="stat__figure">{count.data.toLocaleString('en-GB')}</p>
      <p className="stat__label">{count.data === 1 ? 'pupil on roll' : 'pupils on roll'}</p>
    </div>
  );
}
