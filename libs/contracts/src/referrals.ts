import type { PupilDocument } from './documents';
import type { PupilRef } from './provision';
import type { PersonRef } from './register';

/**
 * Referrals to outside services (educational psychology, speech and language therapy, CAMHS ...):
 * who was referred, to which service, why, with the parents' consent recorded (who gave it and when),
 * and where the referral stands. Every change of status is kept as history.
 */

export type ReferralStatus = 'waiting' | 'accepted' | 'assessed' | 'report-received' | 'closed' | 'declined';

export const REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'waiting',
  'accepted',
  'assessed',
  'report-received',
  'closed',
  'declined',
];

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  waiting: 'Waiting',
  accepted: 'Accepted',
  assessed: 'Assessed',
  'report-received': 'Report received',
  closed: 'Closed',
  declined: 'Declined',
};

/**
 * The moves a referral may make. A new referral is 'waiting'. The service accepts or declines it
 * (or the school withdraws it: closed); once accepted the pupil is assessed, then the report comes
 * back; at any open stage the referral may be closed. Closed and declined are final: a new need is a
 * new referral, so the history of the old one stands.
 */
export const REFERRAL_STATUS_MOVES: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  waiting: ['accepted', 'declined', 'closed'],
  accepted: ['assessed', 'closed'],
  assessed: ['report-received', 'closed'],
  'report-received': ['closed'],
  closed: [],
  declined: [],
};

export function canMoveReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_STATUS_MOVES[from].includes(to);
}

/** Still open: not closed and not declined (the list of open referrals, waiting times). */
export function isOpenReferral(status: ReferralStatus): boolean {
  return status !== 'closed' && status !== 'declined';
}

/** Limits in characters, as the database keeps them. */
export const REFERRAL_LIMITS = {
  reason: 4000,
  consentGivenBy: 200,
  consentRelationship: 100,
  note: 2000,
} as const;

export interface ReferralServiceRef {
  id: string;
  name: string;
  /** The professional_services kind, e.g. 'educational-psychology'. */
  kind: string;
}

export interface ReferralProfessionalRef {
  id: string;
  name: string;
}

/** A referral in a list (the school's open referrals, a pupil's referrals). */
export interface ReferralSummary {
  id: string;
  pupil: PupilRef;
  service: ReferralServiceRef;
  professional: ReferralProfessionalRef | null;
  referredOn: string;
  status: ReferralStatus;
  /** The date of the latest status. */
  statusOn: string;
  /** Days from the referral to today while it is open; to the date it closed (or was declined) after. */
  daysWaiting: number;
  open: boolean;
}

export interface ReferralConsent {
  /** Who gave consent, e.g. "Sam Archer". */
  givenBy: string;
  /** e.g. "Mother", "Carer". */
  relationship: string;
  /** Not after the date of the referral. */
  givenOn: string;
}

export interface ReferralStatusChange {
  id: string;
  status: ReferralStatus;
  statusOn: string;
  note: string;
  recordedBy: PersonRef | null;
  recordedAt: string;
}

/** GET /pupils/:pupilId/referrals/:referralId */
export interface Referral extends ReferralSummary {
  reason: string;
  consent: ReferralConsent;
  /** Send it back with a change of status; a stale one is refused (409). */
  version: number;
  /** Oldest first: the first is the referral itself ('waiting'). */
  history: ReferralStatusChange[];
  /** Documents attached to this referral (reports received), newest first. */
  documents: PupilDocument[];
  createdBy: PersonRef | null;
  createdAt: string;
}

/** GET /referrals?status=&service= */
export type ReferralListStatus = 'open' | 'closed' | 'all';
export const REFERRAL_LIST_STATUSES: readonly ReferralListStatus[] = ['open', 'closed', 'all'];

/** POST /pupils/:pupilId/referrals: starts as 'waiting' on the date referred. */
export interface CreateReferralRequest {
  /** A service of this school's directory, not archived. */
  serviceId: string;
  /** A professional of that service, not archived; optional. */
  professionalId?: string | null;
  /** Not in the future. */
  referredOn: string;
  reason: string;
  consentGivenBy: string;
  consentRelationship: string;
  /** Not after referredOn. */
  consentGivenOn: string;
}

/** POST /pupils/:pupilId/referrals/:referralId/status: one of REFERRAL_STATUS_MOVES[current]. */
export interface ChangeReferralStatusRequest {
  version: number;
  status: ReferralStatus;
  /** Not in the future, nor before the latest status's date. */
  statusOn: string;
  note?: string;
}
