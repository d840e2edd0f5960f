import type { PersonRef } from './register';
import type { AreaOfNeed } from './sen';
import type { YearGroup } from './year-groups';

/** The provision map's records: intervention catalogue, staff rates, provisions (groups) and places. */

export const DELIVERY_MODES = ['group', 'one_to_one'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export const DELIVERY_LABELS: Record<DeliveryMode, string> = { group: 'Group', one_to_one: '1:1' };

/** Roles that deliver interventions and carry an hourly rate. */
export const DELIVERING_ROLES = ['ta', 'teacher', 'senco'] as const;
export type DeliveringRole = (typeof DELIVERING_ROLES)[number];
export const DELIVERING_ROLE_LABELS: Record<DeliveringRole, string> = {
  ta: 'Teaching assistant',
  teacher: 'Teacher',
  senco: 'SENCO',
};

/** ISO weekdays a group can meet on: 1 = Monday .. 5 = Friday. */
export const WEEKDAYS = [1, 2, 3, 4, 5] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
};

export interface InterventionMeasure {
  name: string;
  unit: string;
  higherIsBetter: boolean;
}

export interface Intervention {
  id: string;
  name: string;
  area: AreaOfNeed;
  description: string;
  delivery: DeliveryMode;
  usualGroupSize: number;
  deliveredBy: DeliveringRole;
  usualMinutes: number;
  usualSessionsPerWeek: number;
  /** Null for people who may not see costs. */
  resourceCostPerSessionPence: number | null;
  measure: InterventionMeasure;
  archived: boolean;
  /** Groups of this intervention that have not ended. */
  runningProvisions: number;
  version: number;
}

export interface InterventionInput {
  name: string;
  area: AreaOfNeed;
  description?: string;
  delivery: DeliveryMode;
  usualGroupSize: number;
  deliveredBy: DeliveringRole;
  usualMinutes: number;
  usualSessionsPerWeek: number;
  resourceCostPerSessionPence: number;
  measureName: string;
  measureUnit: string;
  higherIsBetter: boolean;
}

export interface UpdateInterventionRequest extends Partial<InterventionInput> {
  version: number;
  /** Archive (true) or restore (false): archived interventions cannot start new groups. */
  archived?: boolean;
}

/** An hourly rate for a role, or for one member of staff (which overrides their role's), from a date. */
export interface StaffRate {
  id: string;
  role: DeliveringRole | null;
  person: PersonRef | null;
  hourlyRatePence: number;
  effectiveFrom: string;
  setBy: PersonRef | null;
  setAt: string;
}

export interface StaffRates {
  /** The rate in force today for each delivering role (null when none is set). */
  roles: { role: DeliveringRole; hourlyRatePence: number | null; effectiveFrom: string | null }[];
  /** People with their own rate in force today. */
  people: { person: PersonRef; hourlyRatePence: number; effectiveFrom: string }[];
  /** Every rate ever set, newest first. */
  history: StaffRate[];
}

/** Either role or userId. A rate set again for the same date replaces that date's rate (logged). */
export interface SetStaffRateRequest {
  role?: DeliveringRole;
  userId?: string;
  hourlyRatePence: number;
  effectiveFrom: string;
}

export type ProvisionState = 'planned' | 'running' | 'ended';
/** Planned: starts after today; ended: ended before today; running: otherwise. */
export const PROVISION_STATES = ['planned', 'running', 'ended'] as const satisfies readonly ProvisionState[];
export const PROVISION_STATE_LABELS: Record<ProvisionState, string> = {
  planned: 'Planned',
  running: 'Running',
  ended: 'Ended',
};

/** Query of GET /interventions. Sorted by name; archived ones only when asked for. */
export interface ListInterventionsQuery {
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
}

/** Query of GET /provisions. Sorted running first, then planned, then ended; by name within each. */
export interface ListProvisionsQuery {
  state?: ProvisionState;
  interventionId?: string;
  /** Groups this member of staff delivers. */
  staffId?: string;
  /** Part of the group's name. */
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface ProvisionSummary {
  id: string;
  name: string;
  intervention: { id: string; name: string; area: AreaOfNeed; delivery: DeliveryMode };
  staff: PersonRef[];
  weekdays: Weekday[];
  sessionsPerWeek: number;
  minutes: number;
  startDate: string;
  endDate: string;
  location: string;
  /** Pupils currently in the group (not left). */
  pupilCount: number;
  state: ProvisionState;
  version: number;
}

export interface PupilRef {
  id: string;
  name: string;
  yearGroup: YearGroup | null;
  className: string | null;
}

/** A pupil's place in a group. */
export interface ProvisionPlace {
  pupil: PupilRef;
  joinedOn: string;
  leftOn: string | null;
  entryScore: number | null;
  entryDate: string | null;
  targetScore: number | null;
  exitScore: number | null;
  exitDate: string | null;
  /** Exit minus entry (reversed when lower is better); null until both exist. */
  progress: number | null;
  attended: number;
  listed: number;
  /** Null for people who may not see costs. */
  plannedPence: number | null;
  deliveredPence: number | null;
  version: number;
}

export interface Provision extends ProvisionSummary {
  measure: InterventionMeasure;
  places: ProvisionPlace[];
  sessions: { planned: number; held: number; cancelled: number };
  /** Null for people who may not see costs. */
  costs: {
    sessionCostPence: number;
    hourlyRatePence: number | null;
    plannedPence: number;
    deliveredPence: number;
  } | null;
}

export interface ProvisionInput {
  interventionId: string;
  name: string;
  staffIds: string[];
  weekdays: Weekday[];
  minutes: number;
  startDate: string;
  endDate: string;
  location?: string;
}

export interface UpdateProvisionRequest extends Partial<Omit<ProvisionInput, 'interventionId'>> {
  version: number;
}

export interface AddProvisionPupilRequest {
  pupilId: string;
  joinedOn?: string;
  entryScore?: number;
  entryDate?: string;
  targetScore?: number;
}

/** Null clears a measure; leaving the group sets leftOn. */
export interface UpdateProvisionPlaceRequest {
  version: number;
  leftOn?: string | null;
  entryScore?: number | null;
  entryDate?: string | null;
  targetScore?: number | null;
  exitScore?: number | null;
  exitDate?: string | null;
}

/** A span of days the school is closed (a holiday, a training day): no session is planned on them. */
export interface SchoolClosure {
  id: string;
  name: string;
  from: string;
  to: string;
  addedBy: PersonRef | null;
  addedAt: string;
}

export interface AddSchoolClosureRequest {
  name: string;
  from: string;
  to: string;
}
