import { PLAN_FORMATS, type PlanSectionKind } from '@sendreg/contracts';
import { isoTimestamp, pupilRef } from '../passports/passport-sql';

/** A plan (alias sp) with its pupil (p) and the pupil's class (cl), as every plan query reads it. */
export const PLAN_FROM = `support_plans sp
  JOIN pupils p ON p.school_id = sp.school_id AND p.id = sp.pupil_id
  LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id`;

/** The keys of every format's sections of a kind, as a SQL text array (keys are code, not input). */
function sectionKeys(kind: PlanSectionKind): string {
  const keys = [
    ...new Set(
      Object.values(PLAN_FORMATS).flatMap((f) => f.sections.filter((s) => s.kind === kind).map((s) => s.key)),
    ),
  ];
  if (keys.some((k) => !/^[A-Za-z][A-Za-z0-9]*$/.test(k)))
    throw new Error('A plan section key is not a plain name');
  return `ARRAY[${keys.map((k) => `'${k}'`).join(', ')}]::text[]`;
}

/** PersonRef of a user id expression, or null. */
export const personById = (id: string) =>
  `(SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u WHERE u.id = ${id})`;

/** How many outcomes a plan's content (alias) holds, over every format's outcome sections. */
export const outcomeCount = (sp = 'sp') =>
  `(SELECT coalesce(sum(jsonb_array_length(${sp}.content -> k)), 0)::int FROM unnest(${sectionKeys('outcomes')}) k
     WHERE jsonb_typeof(${sp}.content -> k) = 'array')`;

/** PlanComment[] of a plan alias, oldest first. */
export const commentsJson = (sp = 'sp') =>
  `coalesce((SELECT json_agg(json_build_object('id', c.id, 'body', c.body, 'author', ${personById('c.author_id')},
                                               'createdAt', ${isoTimestamp('c.created_at')})
                             ORDER BY c.created_at, c.id)
               FROM plan_comments c WHERE c.school_id = ${sp}.school_id AND c.plan_id = ${sp}.id), '[]'::json)`;

/** PlanReview of a plan_reviews alias and its plan's alias (comments as they were: the plan is closed). */
export const reviewJson = (r = 'r', sp = 'rp') =>
  `json_build_object('id', ${r}.id, 'planId', ${r}.plan_id, 'cycle', ${sp}.cycle, 'heldOn', ${r}.held_on,
                     'attendees', ${r}.attendees, 'pupilViews', ${r}.pupil_views, 'parentViews', ${r}.parent_views,
                     'outcomes', ${r}.outcomes, 'decisions', ${r}.decisions, 'comments', ${commentsJson(sp)},
                     'nextPlanId', ${r}.next_plan_id, 'nextReviewDate', ${r}.next_review_date,
                     'recordedBy', ${personById(`${r}.recorded_by`)}, 'recordedAt', ${isoTimestamp(`${r}.recorded_at`)})`;

/**
 * The provisions a plan (alias) links, in the order its sections name them, with what the plan shows
 * of each. The schedule is left as weekdays and minutes, for TypeScript to word (planProvision()).
 */
export const linkedProvisionsJson = (sp = 'sp') =>
  `coalesce((SELECT json_agg(json_build_object('id', pr.id, 'name', pr.name, 'interventionName', i.name,
                                               'weekdays', pr.weekdays, 'minutes', pr.minutes,
                                               'startDate', pr.start_date, 'endDate', pr.end_date)
                             ORDER BY k.n, ids.n)
               FROM unnest(${sectionKeys('provision')}) WITH ORDINALITY k(key, n)
               CROSS JOIN LATERAL jsonb_array_elements_text(
                 CASE WHEN jsonb_typeof(${sp}.content -> k.key -> 'provisionIds') = 'array'
                      THEN ${sp}.content -> k.key -> 'provisionIds' ELSE '[]'::jsonb END) WITH ORDINALITY ids(id, n)
               JOIN provisions pr ON pr.school_id = ${sp}.school_id AND pr.id = ids.id::uuid
               JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id), '[]'::json)`;

/** SupportPlan of PLAN_FROM, with linked provisions still to be worded. */
export const planJson = () =>
  `json_build_object('id', sp.id, 'pupil', ${pupilRef()}, 'cycle', sp.cycle, 'status', sp.status,
                     'format', sp.format, 'content', sp.content, 'reviewDate', sp.review_date,
                     'startedOn', sp.started_on, 'closedOn', sp.closed_on, 'closedReason', sp.closed_reason,
                     'version', sp.version, 'linkedProvisions', ${linkedProvisionsJson()},
                     'comments', ${commentsJson()},
                     'review', (SELECT ${reviewJson('r', 'sp')} FROM plan_reviews r
                                 WHERE r.school_id = sp.school_id AND r.plan_id = sp.id),
                     'createdBy', ${personById('sp.created_by')}, 'createdAt', ${isoTimestamp('sp.created_at')},
                     'updatedBy', ${personById('sp.updated_by')}, 'updatedAt', ${isoTimestamp('sp.updated_at')})`;

/** PlanSummary of a plan alias. */
export const summaryJson = (sp = 'sp') =>
  `json_build_object('id', ${sp}.id, 'cycle', ${sp}.cycle, 'status', ${sp}.status, 'reviewDate', ${sp}.review_date,
                     'startedOn', ${sp}.started_on, 'closedOn', ${sp}.closed_on, 'closedReason', ${sp}.closed_reason,
                     'outcomes', ${outcomeCount(sp)},
                     'reviewHeldOn', (SELECT r.held_on FROM plan_reviews r
                                       WHERE r.school_id = ${sp}.school_id AND r.plan_id = ${sp}.id),
                     'version', ${sp}.version, 'updatedAt', ${isoTimestamp(`${sp}.updated_at`)})`;

/**
 * A statement that writes one plan (an INSERT or UPDATE of support_plans, without RETURNING) and keeps
 * the plan as written as a revision numbered by its version, in the same statement: a save without its
 * revision cannot happen. Answers the plan's id and version, or no row when nothing was written.
 */
export const withRevision = (write: string) =>
  `WITH saved AS (${write}
     RETURNING school_id, id, version, status, content, review_date, updated_by, updated_at),
   revision AS (
     INSERT INTO plan_revisions (school_id, plan_id, number, status, content, review_date, saved_by, saved_at)
     SELECT school_id, id, version, status, content, review_date, updated_by, updated_at FROM saved)
   SELECT id, version FROM saved`;

/**
 * Serialises every change to one pupil's plans (create, save, activate, close, review, comment) for
 * the rest of the transaction, so checks such as "one draft", "is it still active" and "which plan is
 * active" hold until commit. Ends with the pupil's visibility check: no row when the pupil is not
 * visible (the lock is taken only for a visible pupil). Parameters: the pupil id, then the own-pupils
 * condition's user id when there is one.
 */
export const lockPupilPlans = (own: string | null) =>
  `SELECT pg_advisory_xact_lock(hashtextextended('support_plans:' || p.id::text, 0)) AS locked
     FROM pupils p WHERE p.id = $1 ${own ? `AND ${own}` : ''}`;
