import type { ImportedPupil } from './row-validation';
import type { PupilCore, RankedNeed, SchoolSnapshot, StatusEntry } from './school-snapshot';
import { sameNeeds } from './sen-validation';

/** What an import does to one pupil. */
export interface PupilPlan {
  line: number;
  upn: string;
  kind: 'create' | 'update' | 'unchanged';
  /** Null until a new pupil is inserted. */
  pupilId: string | null;
  /** The core record as it will be. */
  core: PupilCore;
  /** The core fields that change, before and after (for the change log); null when none do. */
  coreChange: { before: Partial<PupilCore>; after: Partial<PupilCore> } | null;
  /** Status entries to record, oldest first. */
  statuses: StatusEntry[];
  /** The set of needs to record, or null to leave the needs as they are. */
  needs: { ranked: RankedNeed[]; from: string } | null;
}

export interface PlanCounts {
  create: number;
  update: number;
  unchanged: number;
}

const NEW_PUPIL_DEFAULTS = {
  preferredForename: null,
  classId: null,
  pupilPremium: false,
  eal: false,
  lookedAfter: false,
} satisfies Partial<PupilCore>;

/**
 * Compares what the file says with what the school holds, pupil by pupil: a new UPN is a new pupil,
 * a known one is updated where it differs, and what is the same is left alone, so a file applied twice
 * changes nothing the second time.
 */
export function planImport(pupils: readonly ImportedPupil[], snapshot: SchoolSnapshot): PupilPlan[] {
  return pupils.map((pupil) => {
    const existing = snapshot.pupils.get(pupil.upn);
    const sen = pupil.sen;
    if (!existing) {
      const statuses =
        sen?.status?.mode === 'history'
          ? sen.status.entries
          : sen?.status && sen.status.status !== 'N'
            ? [{ status: sen.status.status, effectiveFrom: snapshot.today }]
            : [];
      return {
        line: pupil.line,
        upn: pupil.upn,
        kind: 'create',
        pupilId: null,
        core: { ...NEW_PUPIL_DEFAULTS, ...pupil.core } as PupilCore,
        coreChange: null,
        statuses,
        needs: sen?.needs && sen.needs.ranked.length > 0 ? sen.needs : null,
      };
    }
    const before: Partial<PupilCore> = {};
    const after: Partial<PupilCore> = {};
    for (const key of Object.keys(pupil.core) as (keyof PupilCore)[]) {
      if (pupil.core[key] !== existing.core[key]) {
        Object.assign(before, { [key]: existing.core[key] });
        Object.assign(after, { [key]: pupil.core[key] });
      }
    }
    let statuses: StatusEntry[] = [];
    if (sen?.status?.mode === 'current') {
      const status = sen.status.status;
      // Monitoring is the school's own stage and is N in the census: an MIS's N does not undo it.
      const same = status === existing.status || (status === 'N' && existing.status === 'monitoring');
      if (!same) statuses = [{ status, effectiveFrom: snapshot.today }];
    } else if (sen?.status?.mode === 'history') {
      statuses = sen.status.entries.filter(
        (entry) =>
          !existing.statusHistory.some(
            (known) =>
              known.effectiveFrom === entry.effectiveFrom &&
              (known.status === entry.status || (entry.status === 'N' && known.status === 'monitoring')),
          ),
      );
    }
    const needs = sen?.needs && !sameNeeds(sen.needs.ranked, existing.needs) ? sen.needs : null;
    const coreChanged = Object.keys(after).length > 0;
    return {
      line: pupil.line,
      upn: pupil.upn,
      kind: coreChanged || statuses.length > 0 || needs ? 'update' : 'unchanged',
      pupilId: existing.id,
      core: { ...existing.core, ...pupil.core },
      coreChange: coreChanged ? { before, after } : null,
      statuses,
      needs,
    };
  });
}

export function countPlans(plans: readonly PupilPlan[]): PlanCounts {
  const counts: PlanCounts = { create: 0, update: 0, unchanged: 0 };
  for (const plan of plans) counts[plan.kind] += 1;
  return counts;
}
