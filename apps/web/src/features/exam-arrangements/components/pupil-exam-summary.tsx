import { use } from 'react';
import { Link } from 'react-router';
import { PupilContext } from '../../../lib/pupil-context';
import { usePupilExamArrangements } from '../api/get-pupil-exam-arrangements';
import { examSummaryLine } from '../exam-text';

/**
 * One line on the pupil page, "Exam access: 25% extra time, reader", with a link to the arrangements;
 * nothing at all when there are none in force (or the school has not shared them with TAs), and
 * nothing while loading or on failure: the arrangements page says more.
 */
export function PupilExamSummary({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const linkState = use(PupilContext)?.state;
  const arrangements = usePupilExamArrangements(schoolId, pupilId);
  const current = arrangements.data?.current ?? [];
  if (current.length === 0) return null;
  return (
    <p className="exam-summary">
      <strong>Exam access:</strong> {examSummaryLine(current)}.{' '}
      <Link to="exam-arrangements" state={linkState}>
        Exam access arrangements
      </Link>
    </p>
  );
}
