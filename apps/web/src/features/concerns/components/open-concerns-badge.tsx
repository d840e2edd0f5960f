import { useOpenConcernCount } from '../api/get-open-concern-count';

/**
 * The number of open concerns beside "Concerns" in the navigation: one small request (a page of one),
 * cached for a minute. Nothing is shown until it arrives, or when there are none.
 */
export function OpenConcernsBadge({ schoolId }: { schoolId: string }) {
  const count = useOpenConcernCount(schoolId);
  if (!count.data) return null;
  return (
    <span className="main-nav__count">
      {count.data.toLocaleString('en-GB')}
      <span className="visually-hidden"> open</span>
    </span>
  );
}
