import {
  AREA_LABELS,
  AREAS_OF_NEED,
  DEFAULT_PLAN_FORMAT,
  NEED_TYPES,
  PLAN_FORMATS,
  type AreaOfNeed,
  type PlanContent,
  type PlanFormat,
  type PlanOutcome,
  type PlanProvisionSection,
  type PlanSection,
} from '@sendreg/contracts';

/**
 * Reading a plan's content section by section. The sections come from the plan's format (data in the
 * contracts), so nothing here knows the names of the sections: a new format needs no change here.
 * Stored content is read defensively (a section of another shape reads as empty).
 */

/** The format a plan was written in; an unknown one (from a newer server) reads as the default. */
export function planFormat(id: string | null | undefined): PlanFormat {
  return (id ? PLAN_FORMATS[id] : undefined) ?? (PLAN_FORMATS[DEFAULT_PLAN_FORMAT] as PlanFormat);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function outcomesOf(content: PlanContent | null | undefined, key: string): PlanOutcome[] {
  const value: unknown = content?.[key];
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    id: text(item.id),
    description: text(item.description),
    measure: text(item.measure),
    byDate: text(item.byDate),
    needCode: typeof item.needCode === 'string' && item.needCode !== '' ? item.needCode : null,
    carriedFrom: typeof item.carriedFrom === 'string' && item.carriedFrom !== '' ? item.carriedFrom : null,
  }));
}

export function listOf(content: PlanContent | null | undefined, key: string): string[] {
  const value: unknown = content?.[key];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split('\n') : [];
  return items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function textOf(content: PlanContent | null | undefined, key: string): string {
  const value: unknown = content?.[key];
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join('\n');
  return text(value);
}

export function provisionOf(content: PlanContent | null | undefined, key: string): PlanProvisionSection {
  const value: unknown = content?.[key];
  if (!isRecord(value)) return { provisionIds: [], notes: '' };
  const ids = Array.isArray(value.provisionIds)
    ? value.provisionIds.filter((id): id is string => typeof id === 'string')
    : [];
  return { provisionIds: ids, notes: text(value.notes) };
}

/** Whether a section holds anything (what "required to activate" asks). */
export function sectionIsEmpty(section: PlanSection, content: PlanContent | null | undefined): boolean {
  switch (section.kind) {
    case 'outcomes':
      return outcomesOf(content, section.key).length === 0;
    case 'list':
      return listOf(content, section.key).length === 0;
    case 'provision': {
      const provision = provisionOf(content, section.key);
      return provision.provisionIds.length === 0 && provision.notes.trim() === '';
    }
    case 'text':
      return textOf(content, section.key).trim() === '';
  }
}

/** The sections the adults in class need (teachers see them first, TAs only them). */
export function classStaffSections(format: PlanFormat): PlanSection[] {
  return format.sections.filter((section) => section.forClassStaff);
}

/** Sections in the order a reader sees them: class staff's first for teachers, the format's order otherwise. */
export function sectionsInReadingOrder(format: PlanFormat, classStaffFirst: boolean): PlanSection[] {
  if (!classStaffFirst) return [...format.sections];
  return [
    ...format.sections.filter((section) => section.forClassStaff),
    ...format.sections.filter((section) => !section.forClassStaff),
  ];
}

/**
 * What adults in class need: the items of the class staff's list sections, and the words of their
 * text sections, in order (as the server answers a teaching assistant).
 */
export function strategiesOf(format: PlanFormat, content: PlanContent | null | undefined): string[] {
  return classStaffSections(format).flatMap((section) => {
    if (section.kind === 'list') return listOf(content, section.key);
    if (section.kind === 'text') {
      const words = textOf(content, section.key).trim();
      return words ? [words] : [];
    }
    return [];
  });
}

/** The first outcomes section of a format: the one a review rates. */
export function outcomesSection(format: PlanFormat): PlanSection | undefined {
  return format.sections.find((section) => section.kind === 'outcomes');
}

/** Every outcome of a plan, across its outcomes sections. */
export function allOutcomes(format: PlanFormat, content: PlanContent | null | undefined): PlanOutcome[] {
  return format.sections
    .filter((section) => section.kind === 'outcomes')
    .flatMap((section) => outcomesOf(content, section.key));
}

/** "Speech, language and communication needs (communication and interaction)", or the code if unknown. */
export function needLabel(code: string | null | undefined): string {
  if (!code) return 'Not given';
  const need = NEED_TYPES.find((type) => type.code === code);
  if (!need) return code;
  return need.area ? `${need.label} (${AREA_LABELS[need.area].toLowerCase()})` : need.label;
}

export interface NeedOptionGroup {
  label: string;
  options: { code: string; label: string }[];
}

/**
 * The need types an outcome can serve, grouped by broad area for a select. "No specialist assessment"
 * (NSA) is a census answer, not an area an outcome works on, so it is left out unless already chosen.
 */
export function needOptionGroups(current?: string | null): NeedOptionGroup[] {
  const usable = NEED_TYPES.filter((type) => !type.supportOnly || type.code === current);
  const groups: NeedOptionGroup[] = AREAS_OF_NEED.map((area: AreaOfNeed) => ({
    label: AREA_LABELS[area],
    options: usable
      .filter((type) => type.area === area)
      .map((type) => ({ code: type.code, label: type.label })),
  }));
  const other = usable.filter((type) => type.area === null);
  if (other.length) {
    groups.push({ label: 'Other', options: other.map((type) => ({ code: type.code, label: type.label })) });
  }
  return groups.filter((group) => group.options.length > 0);
}
