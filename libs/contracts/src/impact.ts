/**
 * Impact of interventions (DOMAIN.md): progress from entry to exit measure per pupil, and per
 * intervention the mean progress, the share of pupils who improved, attendance, planned against
 * delivered sessions, and cost per unit of progress.
 *
 * - Progress is exit minus entry when higher is better, entry minus exit when lower is better (e.g. a
 *   count of errors), so positive progress always means improvement.
 * - Only pupils with both an entry and an exit measure count towards progress.
 * - Attendance rate: sessions attended over sessions a pupil was listed in (cancelled sessions excluded).
 * - Cost per unit of progress: delivered cost of the measured pupils divided by their total progress;
 *   none when the total progress is not positive.
 */

export interface MeasuredPlace {
  entryScore: number | null;
  exitScore: number | null;
}

/** A pupil's progress, positive meaning better; null until both measures exist. */
export function progress(place: MeasuredPlace, higherIsBetter: boolean): number | null {
  if (place.entryScore === null || place.exitScore === null) return null;
  const change = place.exitScore - place.entryScore;
  return round2(higherIsBetter ? change : -change);
}

export interface ImpactPlace extends MeasuredPlace {
  /** Exact delivered cost of this pupil's place, in pence. */
  deliveredPence: number;
}

export interface ImpactInput {
  higherIsBetter: boolean;
  places: readonly ImpactPlace[];
  attendedCount: number;
  listedCount: number;
  plannedSessions: number;
  deliveredSessions: number;
  cancelledSessions: number;
}

export interface ImpactSummary {
  pupils: number;
  pupilsMeasured: number;
  meanProgress: number | null;
  /** 0..1, of the measured pupils. */
  improvedShare: number | null;
  /** 0..1, attended over listed. */
  attendanceRate: number | null;
  plannedSessions: number;
  deliveredSessions: number;
  cancelledSessions: number;
  /** 0..1, delivered over planned. */
  deliveryRate: number | null;
  /** Whole pence per unit of the measure, or null when there is no positive progress to divide by. */
  costPerUnitProgressPence: number | null;
}

/** A mean progress as shown: to two decimal places. */
export function round2(n: number): number {
  return Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100;
}

/** A share (0..1) to three decimal places; null with no whole. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}

export function impactSummary(input: ImpactInput): ImpactSummary {
  const measured = input.places
    .map((p) => ({ p, change: progress(p, input.higherIsBetter) }))
    .filter((m): m is { p: ImpactPlace; change: number } => m.change !== null);
  const total = measured.reduce((sum, m) => sum + m.change, 0);
  const measuredCost = measured.reduce((sum, m) => sum + m.p.deliveredPence, 0);
  return {
    pupils: input.places.length,
    pupilsMeasured: measured.length,
    meanProgress: measured.length ? round2(total / measured.length) : null,
    improvedShare: ratio(measured.filter((m) => m.change > 0).length, measured.length),
    attendanceRate: ratio(input.attendedCount, input.listedCount),
    plannedSessions: input.plannedSessions,
    deliveredSessions: input.deliveredSessions,
    cancelledSessions: input.cancelledSessions,
    deliveryRate: ratio(input.deliveredSessions, input.plannedSessions),
    costPerUnitProgressPence: total > 0 ? Math.round(measuredCost / total) : null,
  };
}
