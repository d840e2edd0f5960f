import { AREA_LABELS, AREAS_OF_NEED, type AreaOfNeed, type NeedTypeRow } from '@sendreg/contracts';

export function needTypeOf(
  code: string,
  needTypes: readonly NeedTypeRow[] | undefined,
): NeedTypeRow | undefined {
  return needTypes?.find((candidate) => candidate.code === code);
}

/** "Autistic spectrum disorder (ASD)"; just the code while the list of need types is loading. */
export function needLabel(code: string, needTypes: readonly NeedTypeRow[] | undefined): string {
  const type = needTypeOf(code, needTypes);
  return type ? `${type.label} (${type.code})` : code;
}

export interface NeedTypeGroup {
  /** The broad area, or null for the needs that belong to none (OTH, NSA). */
  area: AreaOfNeed | null;
  label: string;
  types: NeedTypeRow[];
}

/**
 * The need types for a select, grouped by broad area in the Code of Practice's order. Discontinued
 * types are left out, except the ones in `keep` (a pupil's current need must still show as chosen).
 */
export function needTypeGroups(
  needTypes: readonly NeedTypeRow[],
  today: string,
  keep: readonly string[] = [],
): NeedTypeGroup[] {
  const usable = needTypes.filter(
    (type) => !type.discontinuedOn || type.discontinuedOn > today || keep.includes(type.code),
  );
  const groups: NeedTypeGroup[] = AREAS_OF_NEED.map((area) => ({
    area,
    label: AREA_LABELS[area],
    types: usable.filter((type) => type.area === area),
  }));
  groups.push({ area: null, label: 'Other', types: usable.filter((type) => type.area === null) });
  return groups.filter((group) => group.types.length > 0);
}
