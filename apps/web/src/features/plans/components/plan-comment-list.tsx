import type { PlanComment } from '@sendreg/contracts';
import { formatDateTime } from '../plan-dates';

/** Comments on progress, oldest first, each with who wrote it and when. */
export function PlanCommentList({ comments }: { comments: readonly PlanComment[] }) {
  return (
    <ul className="plan-comments">
      {comments.map((comment) => (
        <li className="plan-comment" key={comment.id}>
          <p className="plan-comment__meta">
            <strong>{comment.author?.displayName ?? 'A former member of staff'}</strong>,{' '}
            {formatDateTime(comment.createdAt)}
          </p>
          <p className="plan-comment__body pre-line">{comment.body}</p>
        </li>
      ))}
    </ul>
  );
}
