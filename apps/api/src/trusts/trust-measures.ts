import type {
  RegisterStatus,
  SchoolMeasures,
  TrustCount,
  TrustPercent,
  TrustSchoolMeasures,
} from '@sendreg/contracts';
import { isSuppressed, suppressCount, suppressedPercent } from './suppression';

/** A census type of need as the trust view lists it. */
export interface NeedTypeName {
  code: string;
  label: string;
}

function statusCount(measures: SchoolMeasures, status: RegisterStatus) {
  return measures.byStatus.find((s) => s.status === status) ?? { status, count: 0, percent: 0 };
}

/** The school's own percentage of on roll (so the trust and the head read the same figure), unless hidden. */
function percentOfRoll(count: number, onRoll: number, percent: number): TrustPercent {
  return isSuppressed(count) || isSuppressed(onRoll) ? null : percent;
}

/**
 * Every census need type, with the K + E pupils whose primary need it is, largest first. Every
 * school lists the same needs: were a need missing where nobody has it, "fewer than 5" would tell
 * the trust that somebody does. Needs whose count is shown come first, largest first; the suppressed
 * ones follow by label, so their order tells nothing either.
 */
function byPrimaryNeed(measures: SchoolMeasures, needTypes: readonly NeedTypeName[]) {
  const counts = new Map<string, { label: string; pupils: number }>();
  for (const need of needTypes) counts.set(need.code, { label: need.label, pupils: 0 });
  for (const need of measures.byPrimaryNeed) {
    const known = counts.get(need.code);
    counts.set(need.code, {
      label: known?.label ?? need.label,
      pupils: (known?.pupils ?? 0) + need.senSupport + need.ehcp,
    });
  }
  const rows = [...counts].map(([code, { label, pupils }]) => ({ code, label, pupils }));
  const shown = rows
    .filter((r) => !isSuppressed(r.pupils))
    .sort((a, b) => b.pupils - a.pupils || a.label.localeCompare(b.label, 'en-GB'));
  const hidden = rows
    .filter((r) => isSuppressed(r.pupils))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB') || a.code.localeCompare(b.code));
  return [...shown, ...hidden].map((r): { code: string; label: string; pupils: TrustCount } => ({
    code: r.code,
    label: r.label,
    pupils: suppressCount(r.pupils),
  }));
}

/**
 * Impact over all the school's interventions with measured pupils. Pupils measured counts places (a
 * pupil measured in two interventions counts twice); the improved share is weighted by them.
 */
function impact(measures: SchoolMeasures): TrustSchoolMeasures['impact'] {
  const measured = measures.impact.filter((i) => i.summary.pupilsMeasured > 0);
  const pupilsMeasured = measured.reduce((sum, i) => sum + i.summary.pupilsMeasured, 0);
  // improvedShare is rounded to 3 places of its pupils: rounding back gives the whole pupils.
  const improved = measured.reduce(
    (sum, i) => sum + Math.round((i.summary.improvedShare ?? 0) * i.summary.pupilsMeasured),
    0,
  );
  return {
    interventions: measured.length,
    pupilsMeasured: suppressCount(pupilsMeasured),
    improvedPercent: suppressedPercent(improved, pupilsMeasured),
  };
}

/**
 * One school's measures as the trust may see them: aggregates only, every count of pupils (or of
 * their plans, concerns and passport readers) under 5 suppressed, and every percentage resting on a
 * suppressed count withheld. Money totals are shown; the cost per pupil is withheld with the pupils.
 * Nothing identifying a pupil is copied across: the school's intervention names and ids stay behind.
 */
export function trustSchoolMeasures(
  school: { id: string; name: string },
  measures: SchoolMeasures,
  needTypes: readonly NeedTypeName[],
): TrustSchoolMeasures {
  const k = statusCount(measures, 'K');
  const e = statusCount(measures, 'E');
  const { costs, reviews, passports, concerns } = measures;
  return {
    school: { id: school.id, name: school.name },
    onRoll: suppressCount(measures.onRoll),
    senSupport: suppressCount(k.count),
    senSupportPercent: percentOfRoll(k.count, measures.onRoll, k.percent),
    ehcp: suppressCount(e.count),
    ehcpPercent: percentOfRoll(e.count, measures.onRoll, e.percent),
    monitoring: suppressCount(statusCount(measures, 'monitoring').count),
    byPrimaryNeed: byPrimaryNeed(measures, needTypes),
    trend: measures.trend.map((point) => ({
      date: point.date,
      onRegister: suppressCount(point.senSupport + point.ehcp),
    })),
    costs: {
      plannedPence: costs.plannedPence,
      deliveredPence: costs.deliveredPence,
      pupils: suppressCount(costs.pupils),
      perPupilPlannedPence: isSuppressed(costs.pupils) ? null : costs.perPupilPlannedPence,
      approachingThreshold: suppressCount(costs.approachingThreshold),
      aboveThreshold: suppressCount(costs.aboveThreshold),
    },
    reviews: {
      activePlans: suppressCount(reviews.activePlans),
      onTimePercent: suppressedPercent(reviews.onTime, reviews.activePlans),
      overdue: suppressCount(reviews.overdue),
      withoutActivePlan: suppressCount(reviews.withoutActivePlan),
    },
    passports: {
      readPercent: suppressedPercent(passports.readersConfirmed, passports.readersExpected),
    },
    concerns: {
      open: suppressCount(concerns.open),
      overFourWeeks: suppressCount(concerns.overFourWeeks),
    },
    impact: impact(measures),
  };
}
