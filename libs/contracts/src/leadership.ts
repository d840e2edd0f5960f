import type { ImpactSummary } from './impact';
import type { AreaOfNeed } from './sen';
import type { YearGroup } from './year-groups';

/**
 * Leadership (PRODUCT.md capability 6): the head's dashboard, the trust's comparison of its schools,
 * the governors' report. Every figure is an aggregate computed in PostgreSQL; nothing here names or
 * identifies a pupil.
 */

/** DOMAIN.md, "The SEND register": the national picture the register is set against. */
export const NATIONAL_SEN_FIGURES = {
  asOf: 'January 2025',
  senSupportPercent: 14.2,
  ehcpPercent: 5.3,
  previous: { asOf: 'January 2024', senSupportPercent: 13.6, ehcpPercent: 4.8 },
} as const;

/** A status on the register as leadership reads it: the census codes, plus the school's watch list. */
export type RegisterStatus = 'N' | 'monitoring' | 'K' | 'E';

export interface StatusCount {
  status: RegisterStatus;
  count: number;
  /** Of the pupils on roll, 0..100 with one decimal. */
  percent: number;
}

export interface NeedCount {
  /** Census SEN type code of the pupils' primary (rank 1) need. */
  code: string;
  label: string;
  area: AreaOfNeed | null;
  senSupport: number;
  ehcp: number;
}

export interface YearGroupCount {
  yearGroup: YearGroup;
  onRoll: number;
  senSupport: number;
  ehcp: number;
}

export type Characteristic = 'pupilPremium' | 'eal' | 'lookedAfter';

/** The register crossed with a characteristic: of the pupils with it (and without), how many are K or E. */
export interface CharacteristicCount {
  characteristic: Characteristic;
  label: string;
  withIt: { onRoll: number; senSupport: number; ehcp: number };
  without: { onRoll: number; senSupport: number; ehcp: number };
}

/** The register at the end of one month (or today, for the current month). */
export interface TrendPoint {
  /** The day counted: the month's last day, or today for the current month. */
  date: string;
  monitoring: number;
  senSupport: number;
  ehcp: number;
}

export interface DashboardCosts {
  academicYear: { from: string; to: string; label: string };
  plannedPence: number;
  deliveredPence: number;
  /** Pupils with any provision this academic year. */
  pupils: number;
  /** Planned cost over those pupils (0 when none). */
  perPupilPlannedPence: number;
  byArea: { area: AreaOfNeed; plannedPence: number; deliveredPence: number; pupils: number }[];
  /** Pupils whose planned yearly cost is at or over GBP 5,000 but under 6,000, and at or over 6,000. */
  approachingThreshold: number;
  aboveThreshold: number;
}

export interface DashboardImpact {
  interventionId: string;
  name: string;
  area: AreaOfNeed;
  summary: ImpactSummary;
}

export interface ReviewCompliance {
  /** Active support plans, and of them those whose review date has not passed. */
  activePlans: number;
  onTime: number;
  overdue: number;
  /** Reviews held in the last 12 months, and of them those held on or before the plan's review date. */
  heldLast12Months: number;
  heldOnTime: number;
  /** Pupils on the register (K or E) without an active plan. */
  withoutActivePlan: number;
  /** Pupils on SEN support for the last 12 months with fewer than three meetings (reviews and parent meetings) in them. */
  belowMeetingExpectation: number;
  /** EHCP statutory steps overdue today. */
  ehcpStepsOverdue: number;
}

export interface PassportCoverageFigures {
  /** Pupils on the register with a published passport, and pupils on the register. */
  pupilsWithPassport: number;
  pupilsOnRegister: number;
  /** (pupil, adult who works with them) pairs for current passports, and of them those read. */
  readersExpected: number;
  readersConfirmed: number;
}

export interface ConcernAges {
  open: number;
  underAWeek: number;
  oneToFourWeeks: number;
  overFourWeeks: number;
  /** Days since the oldest open concern was raised; null with none open. */
  oldestDays: number | null;
}

/** Everything the head's dashboard (and the governors' report) shows, for one school. */
export interface SchoolMeasures {
  today: string;
  onRoll: number;
  byStatus: StatusCount[];
  byPrimaryNeed: NeedCount[];
  byYearGroup: YearGroupCount[];
  byCharacteristic: CharacteristicCount[];
  /** The last 12 month ends, oldest first, then today. */
  trend: TrendPoint[];
  costs: DashboardCosts;
  impact: DashboardImpact[];
  reviews: ReviewCompliance;
  passports: PassportCoverageFigures;
  concerns: ConcernAges;
}

/**
 * A school's measures as served: figures a head or trust leader reads need not be to the second, so
 * they come from a snapshot refreshed every few minutes, and say when they were computed.
 */
export interface SchoolMeasuresAt extends SchoolMeasures {
  /** When the figures were computed (ISO 8601 timestamp); always on the school's `today`. */
  computedAt: string;
}

/** GET /schools/:schoolId/reports/dashboard */
export interface SchoolDashboard extends SchoolMeasuresAt {
  school: { id: string; name: string };
  national: typeof NATIONAL_SEN_FIGURES;
}

/**
 * Small-number suppression for the trust view: a count under SUPPRESS_BELOW is never shown, so no
 * child can be identified; a percentage whose count is suppressed is suppressed with it.
 */
export const SUPPRESS_BELOW = 5;
export const SUPPRESSED_LABEL = 'fewer than 5';

/** A count as the trust sees it: the number, or 'fewer than 5'. */
export type TrustCount = number | typeof SUPPRESSED_LABEL;
/** A percentage as the trust sees it: null when its count is suppressed (or has no base). */
export type TrustPercent = number | null;

export interface TrustSchoolMeasures {
  school: { id: string; name: string };
  onRoll: TrustCount;
  senSupport: TrustCount;
  senSupportPercent: TrustPercent;
  ehcp: TrustCount;
  ehcpPercent: TrustPercent;
  monitoring: TrustCount;
  /** Primary needs with their K+E counts, largest first. */
  byPrimaryNeed: { code: string; label: string; pupils: TrustCount }[];
  /** The register (K + E) at the end of each of the last 12 months and today. */
  trend: { date: string; onRegister: TrustCount }[];
  costs: {
    plannedPence: number;
    deliveredPence: number;
    pupils: TrustCount;
    /** Null when the pupils are suppressed. */
    perPupilPlannedPence: number | null;
    approachingThreshold: TrustCount;
    aboveThreshold: TrustCount;
  };
  reviews: {
    activePlans: TrustCount;
    onTimePercent: TrustPercent;
    overdue: TrustCount;
    withoutActivePlan: TrustCount;
  };
  passports: { readPercent: TrustPercent };
  concerns: { open: TrustCount; overFourWeeks: TrustCount };
  /** Interventions measured in the school: count, and the mean improved share over their pupils. */
  impact: { interventions: number; pupilsMeasured: TrustCount; improvedPercent: TrustPercent };
}

/** GET /trusts/:trustId/summary */
export interface TrustSummary {
  trust: { id: string; name: string };
  today: string;
  /**
   * When the oldest of the schools' figures were computed (ISO 8601 timestamp), so the page never
   * claims fresher figures than it shows; null when the trust has no schools.
   */
  computedAt: string | null;
  national: typeof NATIONAL_SEN_FIGURES;
  schools: TrustSchoolMeasures[];
}

/**
 * GET /schools/:schoolId/reports/census-sen.csv?date=: one row per pupil at K or E on the census
 * date, with their primary (rank 1) and secondary (rank 2) need, the census's two ranks. Refused
 * (422, the problems listed) while the census pre-flight finds problems for that date.
 */
export const CENSUS_SEN_EXTRACT_COLUMNS = ['UPN', 'SENprovision', 'SENtype1', 'SENtype2'] as const;
