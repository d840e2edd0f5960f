import type { EhcpDates } from '@sendreg/contracts';

/** Each field of EhcpDates with its column in ehcp_records. */
export const EHCP_DATE_COLUMNS: Record<keyof EhcpDates, string> = {
  requestedOn: 'requested_on',
  assessDecision: 'assess_decision',
  assessDecisionOn: 'assess_decision_on',
  adviceReceivedOn: 'advice_received_on',
  issueDecision: 'issue_decision',
  draftIssuedOn: 'draft_issued_on',
  parentCommentsOn: 'parent_comments_on',
  finalIssuedOn: 'final_issued_on',
  lastAnnualReviewOn: 'last_annual_review_on',
  nextAnnualReviewMeetingOn: 'next_annual_review_meeting_on',
  reviewPapersSentOn: 'review_papers_sent_on',
  reviewReportSentOn: 'review_report_sent_on',
  amendDecisionOn: 'amend_decision_on',
  phaseTransfer: 'phase_transfer',
  transferYear: 'transfer_year',
  amendedPlanIssuedOn: 'amended_plan_issued_on',
};

export const EHCP_FIELDS = Object.keys(EHCP_DATE_COLUMNS) as (keyof EhcpDates)[];

const TEXT_FIELDS = new Set<keyof EhcpDates>([
  'assessDecision',
  'issueDecision',
  'phaseTransfer',
  'transferYear',
]);

/**
 * The record's EhcpDates as columns named in camelCase, the dates as YYYY-MM-DD text (a date column
 * would come back as a JavaScript Date at midnight where the server is). Alias of ehcp_records given.
 */
export const ehcpDatesColumns = (e = 'e') =>
  EHCP_FIELDS.map((field) => {
    const column = `${e}.${EHCP_DATE_COLUMNS[field]}`;
    return TEXT_FIELDS.has(field)
      ? `${column} AS "${field}"`
      : `to_char(${column}, 'YYYY-MM-DD') AS "${field}"`;
  }).join(',\n       ');

/** The EhcpDates of a row that holds them (and maybe more). */
export function pickDates(row: EhcpDates): EhcpDates {
  return Object.fromEntries(EHCP_FIELDS.map((f) => [f, row[f] ?? null])) as unknown as EhcpDates;
}
