/**
 * What the chronology now says of each entry, as a subquery with the columns of chronology_entries
 * plus `original_id`: one row per original entry (corrects_id IS NULL), carrying the values of its
 * latest correction (by recorded_at, then id), or its own when it has none. A correction always
 * points at the original (chronology.service.ts), so the chain is one level deep. `where` narrows the
 * entries first (on the alias ce, e.g. to one pupil): a correction belongs to its original's pupil,
 * so narrowing by pupil keeps whole chains.
 *
 * Used wherever the chronology counts towards something (parent meetings towards the three a year on
 * the review dashboard), so that an un-marked or re-dated entry counts as it now reads.
 */
export const effectiveChronology = (where = 'true') => `(
    SELECT DISTINCT ON (coalesce(ce.corrects_id, ce.id)) coalesce(ce.corrects_id, ce.id) AS original_id, ce.*
      FROM chronology_entries ce
     WHERE ${where}
     ORDER BY coalesce(ce.corrects_id, ce.id), ce.recorded_at DESC, ce.id DESC)`;
