import { OUTCOME_RATING_LABELS, type OutcomeRating, type PlanReview } from '@sendreg/contracts';
import { SummaryList } from '../../../components/ui/summary-list';
import { Tag, type TagColour } from '../../../components/ui/tag';
import { formatDate } from '../../../utils/format-date';
import { formatDateTime } from '../plan-dates';
import { PlanCommentList } from './plan-comment-list';

const RATING_COLOURS: Record<OutcomeRating, TagColour> = {
  'not-met': 'red',
  'partly-met': 'yellow',
  met: 'green',
  exceeded: 'blue',
};

/** A rating as a tag: the words carry the meaning, the colour only helps scanning. */
export function RatingTag({ rating }: { rating: OutcomeRating }) {
  return <Tag colour={RATING_COLOURS[rating]}>{OUTCOME_RATING_LABELS[rating]}</Tag>;
}

type Level = 2 | 3 | 4;

function H({ level, children }: { level: Level; children: string }) {
  const Heading = `h${String(level)}` as 'h2' | 'h3' | 'h4';
  return <Heading className={level === 2 ? 'heading-m' : 'heading-s'}>{children}</Heading>;
}

export interface ReviewSummaryProps {
  review: PlanReview;
  /** The level of this review's own heading; its parts sit one below. */
  level: Level;
  /** Show the staff comments made before the review (kept with it). */
  showComments?: boolean;
}

/** A review meeting as recorded: when, who came, each outcome's rating, the views and what was decided. */
export function ReviewSummary({ review, level, showComments = true }: ReviewSummaryProps) {
  const inner = Math.min(level + 1, 4) as Level;
  return (
    <section className="plan-review">
      <H level={level}>{`Review of cycle ${String(review.cycle)}, held ${formatDate(review.heldOn)}`}</H>
      <SummaryList
        rows={[
          { key: 'Held on', value: formatDate(review.heldOn) },
          {
            key: 'Attended by',
            value: review.attendees.length ? (
              <ul className="plain-list">
                {review.attendees.map((attendee, index) => (
                  <li key={index}>
                    {attendee.name}
                    {attendee.role ? `, ${attendee.role}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              'Not recorded'
            ),
          },
          {
            key: 'Next review',
            value: review.nextReviewDate ? formatDate(review.nextReviewDate) : 'Not set',
          },
          {
            key: 'Recorded',
            value: `${formatDateTime(review.recordedAt)}${review.recordedBy ? ` by ${review.recordedBy.displayName}` : ''}`,
          },
        ]}
      />
      <H level={inner}>Progress against the outcomes</H>
      {review.outcomes.length ? (
        <ol className="plan-review__outcomes">
          {review.outcomes.map((outcome, index) => (
            <li className="plan-review__outcome" key={outcome.outcomeId || index}>
              <p className="plan-review__outcome-title">
                <span className="plan-review__outcome-number">Outcome {index + 1}: </span>
                <RatingTag rating={outcome.rating} />
              </p>
              <p className="pre-line">{outcome.description}</p>
              {outcome.note ? (
                <p className="pre-line plan-review__note">
                  <span className="plan-review__note-label">Note: </span>
                  {outcome.note}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="secondary-text">No outcomes were rated.</p>
      )}
      <H level={inner}>The pupil&rsquo;s views</H>
      <p className="pre-line">{review.pupilViews || 'Not recorded.'}</p>
      <H level={inner}>Parents&rsquo; views</H>
      <p className="pre-line">{review.parentViews || 'Not recorded.'}</p>
      <H level={inner}>What was decided</H>
      <p className="pre-line">{review.decisions || 'Not recorded.'}</p>
      {showComments && review.comments.length ? (
        <details className="details plan-review__comments">
          <summary className="details__summary">
            Staff comments before this review ({review.comments.length})
          </summary>
          <PlanCommentList comments={review.comments} />
        </details>
      ) : null}
    </section>
  );
}
