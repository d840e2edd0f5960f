import { PLAN_COMMENT_MAX } from '@sendreg/contracts';
import { plural } from './plan-text';

/** A teacher's comment on progress before the review. */

export const COMMENT_FIELD_ID = 'plan-comment';
export const CLOSE_REASON_ID = 'close-reason';
/** As the database keeps a closed plan's reason. */
export const CLOSE_REASON_MAX = 500;

export function commentProblem(body: string): string | undefined {
  const text = body.trim();
  if (text === '') return 'Enter your comment on progress';
  if (text.length > PLAN_COMMENT_MAX) {
    return `Your comment must be ${plural(PLAN_COMMENT_MAX, 'character', 'characters')} or fewer`;
  }
  return undefined;
}

export function closeReasonProblem(reason: string): string | undefined {
  const text = reason.trim();
  if (text === '') return 'Enter why the plan is closing';
  if (text.length > CLOSE_REASON_MAX) {
    return `The reason must be ${plural(CLOSE_REASON_MAX, 'character', 'characters')} or fewer`;
  }
  return undefined;
}

/** Why a plan closed, in words: the server's 'reviewed' and 'replaced', or the SENCO's own reason. */
export function closedReasonText(reason: string | null): string {
  if (reason === null || reason === '') return 'Closed';
  if (reason === 'reviewed') return 'Closed by its review';
  if (reason === 'replaced') return 'Replaced when another plan was made active';
  return reason;
}
