import { isoTimestamp, pupilRef } from '../passports/passport-sql';
import { personById } from '../plans/plan-sql';
import { SCHOOL_TODAY_SQL } from '../platform/tenancy/school-today';

/** Closed and declined referrals are no longer waiting. */
export const OPEN_REFERRAL = (r = 'r') => `${r}.status NOT IN ('closed', 'declined')`;

/**
 * Days waiting: to today while open; to the date it closed (or was declined) after, so a closed
 * referral keeps the wait it had.
 */
export const DAYS_WAITING = (r = 'r') =>
  `(CASE WHEN ${OPEN_REFERRAL(r)} THEN ${SCHOOL_TODAY_SQL} ELSE ${r}.status_on END - ${r}.referred_on)`;

/** The columns of a ReferralSummary, over REFERRAL_FROM. */
export const REFERRAL_SUMMARY_COLUMNS = `r.id, ${pupilRef()} AS pupil,
  json_build_object('id', s.id, 'name', s.name, 'kind', s.kind) AS service,
  CASE WHEN pr.id IS NULL THEN NULL ELSE json_build_object('id', pr.id, 'name', pr.name) END AS professional,
  to_char(r.referred_on, 'YYYY-MM-DD') AS "referredOn", r.status, to_char(r.status_on, 'YYYY-MM-DD') AS "statusOn",
  ${DAYS_WAITING()} AS "daysWaiting", ${OPEN_REFERRAL()} AS open`;

/** Referrals (r) with their pupil (p), class (cl), service (s) and professional (pr). */
export const REFERRAL_FROM = `referrals r
  JOIN pupils p ON p.school_id = r.school_id AND p.id = r.pupil_id
  LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
  JOIN professional_services s ON s.school_id = r.school_id AND s.id = r.service_id
  LEFT JOIN professionals pr ON pr.school_id = r.school_id AND pr.id = r.professional_id`;

/** The columns of a PupilDocument over pupil_documents d (recommendations as the text typed). */
export const DOCUMENT_COLUMNS = `d.id, d.pupil_id AS "pupilId", d.referral_id AS "referralId", d.kind, d.title,
  d.file_name AS "fileName", d.media_type AS "mediaType", d.size_bytes AS "sizeBytes",
  encode(d.sha256, 'hex') AS sha256, to_char(d.received_on, 'YYYY-MM-DD') AS "receivedOn",
  d.recommendations, ${personById('d.uploaded_by')} AS "uploadedBy",
  ${isoTimestamp('d.uploaded_at')} AS "uploadedAt"`;
