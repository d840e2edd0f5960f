import { AREAS_OF_NEED, type AreaOfNeed, type Intervention } from '@sendreg/contracts';

/** The catalogue's view, in the URL: ?area=…&archived=true. Interventions are no one's personal data. */
export interface CatalogueFilters {
  area: AreaOfNeed | undefined;
  showArchived: boolean;
}

export function readCatalogueFilters(search: URLSearchParams): CatalogueFilters {
  const area = search.get('area') ?? '';
  return {
    area: (AREAS_OF_NEED as readonly string[]).includes(area) ? (area as AreaOfNeed) : undefined,
    showArchived: search.get('archived') === 'true',
  };
}

export function catalogueHref(pathname: string, filters: CatalogueFilters): string {
  const search = new URLSearchParams();
  if (filters.area) search.set('area', filters.area);
  if (filters.showArchived) search.set('archived', 'true');
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export interface AreaGroup {
  area: AreaOfNeed;
  interventions: Intervention[];
}

/** The interventions to show, by area of need in the usual order, each area's by name; empty areas left out. */
export function groupByArea(interventions: readonly Intervention[], filters: CatalogueFilters): AreaGroup[] {
  const shown = interventions.filter(
    (intervention) =>
      (filters.showArchived || !intervention.archived) &&
      (!filters.area || intervention.area === filters.area),
  );
  return AREAS_OF_NEED.map((area) => ({
    area,
    interventions: shown
      .filter((intervention) => intervention.area === area)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  })).filter((group) => group.interventions.length > 0);
}

/** The interventions a new group can use: not archived, by name. */
export function activeInterventions(interventions: readonly Intervention[]): Intervention[] {
  return interventions
    .filter((intervention) => !intervention.archived)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
