import type { CensusRule } from './census';
import type { AreaOfNeed, SenStatus } from './sen';
import type { Page, PupilSummary } from './api-types';
import type { Gender, YearGroup } from './year-groups';

/** Who did something, as shown beside it. */
export interface PersonRef {
  id: string;
  displayName: string;
}

export type SenSource = 'manual' | 'import' | 'concern' | 'demo';

export interface SenStatusEntry {
  id: string;
  status: SenStatus;
  effectiveFrom: string;
  reason: string;
  source: SenSource;
  recordedBy: PersonRef | null;
  recordedAt: string;
}

export interface ChangeSenStatusRequest {
  status: SenStatus;
  effectiveFrom: string;
  reason: string;
  /** The pupil's senVersion as last read: a stale one is refused with 409. */
  senVersion: number;
}

export interface PupilNeed {
  id: string;
  code: string;
  label: string;
  area: AreaOfNeed | null;
  rank: number;
  description: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface NeedInput {
  code: string;
  rank: number;
  description?: string;
}

export interface SetNeedsRequest {
  effectiveFrom: string;
  needs: NeedInput[];
  senVersion: number;
}

export interface NeedTypeRow {
  code: string;
  label: string;
  area: AreaOfNeed | null;
  supportOnly: boolean;
  discontinuedOn: string | null;
}

export interface TimelineEvent {
  at: string;
  date: string;
  kind: 'status' | 'needs' | 'concern' | 'pupil';
  summary: string;
  by: PersonRef | null;
}

/** A pupil's SEND record: current status and needs, and how it got there. */
export interface SendRecord {
  pupilId: string;
  senVersion: number;
  status: SenStatus;
  statusSince: string | null;
  needs: PupilNeed[];
  statusHistory: SenStatusEntry[];
  needHistory: PupilNeed[];
  timeline: TimelineEvent[];
  censusProblems: CensusRule[];
}

export const REGISTER_SORTS = [
  'name',
  '-name',
  'yearGroup',
  '-yearGroup',
  'status',
  '-status',
  'statusSince',
  '-statusSince',
] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

export interface RegisterQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  status?: SenStatus[];
  need?: string;
  area?: AreaOfNeed;
  yearGroup?: YearGroup;
  classId?: string;
  pupilPremium?: boolean;
  eal?: boolean;
  lookedAfter?: boolean;
  sort?: RegisterSort;
  /** The register as it stood on this date (census day); default today. */
  asAt?: string;
}

export interface RegisterRow extends PupilSummary {
  senStatus: SenStatus;
  statusSince: string | null;
  primaryNeed: string | null;
  secondaryNeed: string | null;
  pupilPremium: boolean;
  eal: boolean;
  lookedAfter: boolean;
}

export interface RegisterPage extends Page<RegisterRow> {
  /** Counts per status for the current filter, ignoring the status filter itself. */
  statusCounts: Record<SenStatus, number>;
}

export interface CensusProblem {
  pupilId: string;
  upn: string;
  name: string;
  yearGroup: YearGroup;
  status: SenStatus;
  rule: CensusRule;
  message: string;
}

export interface CensusPreflight {
  censusDate: string;
  pupilsChecked: number;
  problems: CensusProblem[];
}

export interface CreatePupilRequest {
  upn: string;
  legalForename: string;
  legalSurname: string;
  preferredForename?: string | null;
  dateOfBirth: string;
  gender: Gender;
  yearGroup: YearGroup;
  classId?: string | null;
  pupilPremium?: boolean;
  eal?: boolean;
  lookedAfter?: boolean;
  admissionDate?: string | null;
}

export type UpdatePupilRequest = Partial<CreatePupilRequest> & { version: number };

export interface PupilLeavingRequest {
  leavingDate: string;
  reason?: string;
  version: number;
}

export type ConcernArea = AreaOfNeed | 'not_sure';
export type ConcernStatus = 'open' | 'monitoring' | 'sen_support' | 'closed';

export interface RaiseConcernRequest {
  pupilId: string;
  area: ConcernArea;
  observed: string;
  tried?: string;
}

export interface Concern {
  id: string;
  pupil: { id: string; name: string; yearGroup: YearGroup; className: string | null };
  area: ConcernArea;
  observed: string;
  tried: string;
  status: ConcernStatus;
  outcome: string | null;
  raisedBy: PersonRef;
  raisedAt: string;
  triagedBy: PersonRef | null;
  triagedAt: string | null;
  version: number;
}

export type TriageDecision = 'monitor' | 'sen_support' | 'close';

export interface TriageConcernRequest {
  decision: TriageDecision;
  outcome: string;
  /** The date the new status takes effect (monitor, sen_support); default today. */
  effectiveFrom?: string;
  version: number;
}
