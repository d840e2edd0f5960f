import { addDays, addMonths, at } from '../calendar.mjs';
import { EHCP_NOTES } from '../texts.mjs';

/**
 * An EHCP record for every pupil with an EHCP: the assessment that led to it (within the 20 weeks,
 * mostly), the final plan dated the day the pupil's status became E, and the annual reviews held since
 * (a few overdue). Each saved once, so one revision holding the record as saved.
 */

const AUTHORITIES = { 925: 'Bench County Council', 926: 'Bench City Council', 927: 'Bench Borough Council' };

export async function writeEhcpRecords(ctx, staff, register) {
  const { school, w, today } = ctx;
  const rng = ctx.random('ehcp');
  const records = [];
  for (const pupil of register.filter((p) => p.status === 'E')) {
    const final = pupil.eFrom;
    const requested = addDays(final, -(126 + rng.int(0, 40)));
    let lastReview = null;
    for (let k = 1; addMonths(final, 12 * k) < today; k++)
      lastReview = addDays(addMonths(final, 12 * k), rng.int(-20, 5));
    if (lastReview && (lastReview >= today || rng.chance(0.08))) lastReview = null;
    const updated = lastReview ?? final;
    records.push({
      pupil_id: pupil.id,
      local_authority: AUTHORITIES[school.laCode],
      requested_by: rng.chance(0.7) ? 'school' : 'parent',
      requested_on: requested,
      assess_decision: 'assess',
      assess_decision_on: addDays(requested, 35 + rng.int(0, 10)),
      advice_received_on: addDays(requested, 77 + rng.int(0, 10)),
      issue_decision: 'issue',
      draft_issued_on: addDays(requested, 105 + rng.int(0, 7)),
      parent_comments_on: addDays(requested, 120 + rng.int(0, 5)),
      final_issued_on: final,
      last_annual_review_on: lastReview,
      notes: rng.pick(EHCP_NOTES),
      updated_by: staff.senco.id,
      updated_at: at(updated, 16 * 60),
    });
  }
  await w.insert(
    'ehcp_records',
    [
      ['pupil_id', 'uuid'],
      ['local_authority', 'text'],
      ['requested_by', 'text'],
      ['requested_on', 'date'],
      ['assess_decision', 'text'],
      ['assess_decision_on', 'date'],
      ['advice_received_on', 'date'],
      ['issue_decision', 'text'],
      ['draft_issued_on', 'date'],
      ['parent_comments_on', 'date'],
      ['final_issued_on', 'date'],
      ['last_annual_review_on', 'date'],
      ['notes', 'text'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    records,
  );
  await w.insert(
    'ehcp_record_revisions',
    [
      ['pupil_id', 'uuid'],
      ['number', 'int'],
      ['record', 'jsonb'],
      ['saved_by', 'uuid'],
      ['saved_at', 'timestamptz'],
    ],
    records.map((r) => ({
      pupil_id: r.pupil_id,
      number: 1,
      record: {
        localAuthority: r.local_authority,
        requestedBy: r.requested_by,
        notes: r.notes,
        version: 1,
        requestedOn: r.requested_on,
        assessDecision: r.assess_decision,
        assessDecisionOn: r.assess_decision_on,
        adviceReceivedOn: r.advice_received_on,
        issueDecision: r.issue_decision,
        draftIssuedOn: r.draft_issued_on,
        parentCommentsOn: r.parent_comments_on,
        finalIssuedOn: r.final_issued_on,
        lastAnnualReviewOn: r.last_annual_review_on,
        nextAnnualReviewMeetingOn: null,
        reviewPapersSentOn: null,
        reviewReportSentOn: null,
        amendDecisionOn: null,
        phaseTransfer: null,
        transferYear: null,
        amendedPlanIssuedOn: null,
      },
      saved_by: r.updated_by,
      saved_at: r.updated_at,
    })),
  );
}
