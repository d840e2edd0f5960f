import type { ProblemDetails } from './api-types';
import type { TopUpStatus } from './costing';
import type { ImpactSummary } from './impact';
import type { InterventionMeasure, ProvisionPlace, ProvisionSummary, PupilRef } from './provision';
import type { PersonRef } from './register';
import type { AreaOfNeed } from './sen';
import type { YearGroup } from './year-groups';

/** Session logging, and the provision map's views: per pupil, costs, impact, whole school. */

export const CANCEL_REASONS = ['staff_absence', 'cover', 'trip', 'pupil_unavailable', 'other'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];
export const CANCEL_REASON_LABELS: Record<CancelReason, string> = {
  staff_absence: 'Staff absence',
  cover: 'Staff covering a class',
  trip: 'Trip or event',
  pupil_unavailable: 'Pupils unavailable',
  other: 'Other',
};

export const ABSENCE_REASONS = ['ill', 'absent_from_school', 'refused', 'other_commitment', 'other'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
export const ABSENCE_REASON_LABELS: Record<AbsenceReason, string> = {
  ill: 'Ill',
  absent_from_school: 'Not in school',
  refused: 'Did not want to come',
  other_commitment: 'Another commitment',
  other: 'Other',
};

/** The author of a session may correct it for this many days after logging it; the SENCO at any time. */
export const SESSION_CORRECTION_DAYS = 7;

export interface AttendanceInput {
  pupilId: string;
  attended: boolean;
  absenceReason?: AbsenceReason;
}

/** A held session has minutes and attendance for every pupil in the group; a cancelled one a reason. */
export interface LogSessionRequest {
  heldOn: string;
  status: 'held' | 'cancelled';
  minutes?: number;
  cancelReason?: CancelReason;
  note?: string;
  attendance?: AttendanceInput[];
}

export interface CorrectSessionRequest extends LogSessionRequest {
  version: number;
}

/**
 * The 409 answer to logging a second session of a group on one day (type '/problems/session-already-logged'):
 * the session already logged, to open and correct instead.
 */
export interface SessionAlreadyLoggedProblem extends ProblemDetails {
  sessionId: string;
  provisionId: string;
  heldOn: string;
}

export interface SessionAttendance {
  pupil: { id: string; name: string };
  attended: boolean;
  absenceReason: AbsenceReason | null;
}

export interface ProvisionSession {
  id: string;
  provisionId: string;
  heldOn: string;
  status: 'held' | 'cancelled';
  minutes: number | null;
  cancelReason: CancelReason | null;
  note: string;
  deliveredBy: PersonRef;
  loggedBy: PersonRef;
  loggedAt: string;
  /** Whether the caller may still correct it, and until when (null: any time, or never). */
  canCorrect: boolean;
  correctableUntil: string | null;
  attendance: SessionAttendance[];
  /** Null for people who may not see costs, and for cancelled sessions. */
  costPence: number | null;
  version: number;
}

/** "My sessions today": the groups the caller delivers, and whether today's session is logged. */
export interface MyGroup {
  provision: ProvisionSummary;
  /** The group meets on the date asked about. */
  due: boolean;
  session: { id: string; status: 'held' | 'cancelled' } | null;
  pupils: { id: string; name: string }[];
}

export interface MyGroups {
  date: string;
  /** The name of the closure when the school is closed that day (then no group is due). */
  closure: string | null;
  groups: MyGroup[];
}

/** Everything one pupil receives in an academic year, planned and delivered. */
export interface PupilProvision {
  pupil: PupilRef;
  academicYear: { from: string; to: string; label: string };
  places: {
    provision: ProvisionSummary;
    measure: InterventionMeasure;
    place: ProvisionPlace;
    plannedSessions: number;
    heldSessions: number;
  }[];
  /** Null for people who may not see costs. */
  costs: { plannedPence: number; deliveredPence: number; topUp: TopUpStatus } | null;
}

export interface CostLine {
  key: string;
  label: string;
  pupils: number;
  plannedPence: number;
  deliveredPence: number;
}

export interface ProvisionCostsReport {
  academicYear: { from: string; to: string; label: string };
  totals: { pupils: number; plannedPence: number; deliveredPence: number; perPupilPlannedPence: number };
  /** Pupils with any provision this year, highest planned cost first. */
  pupils: {
    pupil: PupilRef;
    plannedPence: number;
    deliveredPence: number;
    topUp: TopUpStatus;
  }[];
  byIntervention: CostLine[];
  byArea: CostLine[];
  byYearGroup: CostLine[];
}

export interface ImpactReport {
  academicYear: { from: string; to: string; label: string };
  interventions: {
    intervention: { id: string; name: string; area: AreaOfNeed; measure: InterventionMeasure };
    summary: ImpactSummary;
    deliveredPence: number | null;
  }[];
}

export type ProvisionMapGrouping = 'yearGroup' | 'area' | 'intervention';

/** The whole-school provision map, grouped one way. */
export interface ProvisionMap {
  academicYear: { from: string; to: string; label: string };
  groupedBy: ProvisionMapGrouping;
  groups: {
    key: string;
    label: string;
    provisions: (ProvisionSummary & { yearGroups: YearGroup[]; plannedPence: number | null })[];
    pupils: number;
    plannedPence: number | null;
  }[];
}

/** A member of staff's groups and weekly timetable. */
export interface StaffProvision {
  person: PersonRef;
  provisions: ProvisionSummary[];
  timetable: {
    weekday: number;
    provisions: { id: string; name: string; minutes: number; location: string }[];
  }[];
}
