import { Injectable } from '@nestjs/common';
import {
  academicYear,
  AREA_LABELS,
  AREAS_OF_NEED,
  roundPence,
  YEAR_GROUPS,
  yearGroupLabel,
  type AreaOfNeed,
  type ProvisionMap,
  type ProvisionMapGrouping,
  type ProvisionSummary,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import type { MapCsvRow } from './provision-map.csv';
import {
  deliveredPlaces,
  placeKey,
  plannedGroups,
  provisionSummaryJson,
  pupilName,
  type PlannedGroup,
  type PlannedPlace,
} from './provision-map.queries';

type MapProvision = ProvisionMap['groups'][number]['provisions'][number];

interface Section {
  key: string;
  label: string;
  order: number;
  provisions: MapProvision[];
  pupils: Set<string>;
  planned: number;
}

/** Where a group sits under each grouping; under year groups, once per year group of its pupils. */
function sectionsOf(
  by: ProvisionMapGrouping,
  summary: ProvisionSummary,
  places: PlannedPlace[],
): { key: string; label: string; order: number; places: PlannedPlace[] }[] {
  if (by === 'intervention') {
    return [{ key: summary.intervention.id, label: summary.intervention.name, order: 0, places }];
  }
  if (by === 'area') {
    const area = summary.intervention.area;
    return [{ key: area, label: AREA_LABELS[area], order: AREAS_OF_NEED.indexOf(area), places }];
  }
  if (places.length === 0)
    return [{ key: 'none', label: 'No pupils yet', order: YEAR_GROUPS.length, places }];
  const years = [...new Set(places.map((p) => p.yearGroup))];
  return years.map((year) => ({
    key: year,
    label: yearGroupLabel(year),
    order: YEAR_GROUPS.indexOf(year),
    places: places.filter((p) => p.yearGroup === year),
  }));
}

/** The whole-school provision map for an academic year, grouped by year group, area or intervention. */
@Injectable()
export class ProvisionMapService {
  constructor(private readonly db: DbContext) {}

  async map(auth: RequestAuth, date: string, by: ProvisionMapGrouping): Promise<ProvisionMap> {
    const year = academicYear(date);
    const withCosts = auth.grants['cost.read'] !== undefined;
    const groups = await this.groupsInYear(year);
    const sections = new Map<string, Section>();
    for (const { summary, places } of groups) {
      const planned = places.reduce((sum, p) => sum + p.exactPence, 0);
      const provision: MapProvision = {
        ...summary,
        yearGroups: YEAR_GROUPS.filter((y) => places.some((p) => p.yearGroup === y)),
        plannedPence: withCosts ? roundPence(planned) : null,
      };
      for (const s of sectionsOf(by, summary, places)) {
        let section = sections.get(s.key);
        if (!section) {
          section = { ...s, provisions: [], pupils: new Set(), planned: 0 };
          sections.set(s.key, section);
        }
        section.provisions.push(provision);
        for (const p of s.places) {
          section.pupils.add(p.pupilId);
          section.planned += p.exactPence;
        }
      }
    }
    return {
      academicYear: year,
      groupedBy: by,
      groups: [...sections.values()]
        .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
        .map((s) => ({
          key: s.key,
          label: s.label,
          provisions: s.provisions,
          pupils: s.pupils.size,
          plannedPence: withCosts ? roundPence(s.planned) : null,
        })),
    };
  }

  /** One row per group and pupil (a group with no pupils: one row), ordered by the grouping. */
  async csvRows(
    auth: RequestAuth,
    date: string,
    by: ProvisionMapGrouping,
  ): Promise<{ label: string; rows: MapCsvRow[] }> {
    const m = this.db.manager;
    const year = academicYear(date);
    const withCosts = auth.grants['cost.read'] !== undefined;
    const groups = await this.groupsInYear(year);
    const delivered = new Map(
      (await deliveredPlaces(m, year)).map((d) => [placeKey(d.provisionId, d.pupilId), d]),
    );
    const people: { provisionId: string; pupilId: string; name: string; surname: string }[] = await m.query(
      `SELECT pp.provision_id AS "provisionId", pp.pupil_id AS "pupilId", ${pupilName('p')} AS name,
                p.legal_surname AS surname
           FROM provision_pupils pp
           JOIN provisions pr ON pr.school_id = pp.school_id AND pr.id = pp.provision_id
           JOIN pupils p ON p.school_id = pp.school_id AND p.id = pp.pupil_id
          WHERE pr.start_date <= $2::date AND pr.end_date >= $1::date`,
      [year.from, year.to],
    );
    const person = new Map(people.map((p) => [placeKey(p.provisionId, p.pupilId), p]));
    const sorted: { order: number; sectionLabel: string; row: MapCsvRow; surname: string }[] = [];
    for (const { summary, group, places } of groups) {
      const base = {
        group: summary.name,
        intervention: summary.intervention.name,
        area: AREA_LABELS[summary.intervention.area as AreaOfNeed],
        staff: summary.staff.map((s) => s.displayName),
        weekdays: summary.weekdays,
        minutes: summary.minutes,
        startDate: summary.startDate,
        endDate: summary.endDate,
      };
      for (const s of sectionsOf(by, summary, places)) {
        const inSection = s.places.length > 0 ? s.places : [null];
        for (const place of inSection) {
          const who = place && person.get(placeKey(group.provisionId, place.pupilId));
          const done = place && delivered.get(placeKey(group.provisionId, place.pupilId));
          sorted.push({
            order: s.order,
            sectionLabel: s.label,
            surname: who?.surname ?? '',
            row: {
              ...base,
              pupil: who?.name ?? null,
              yearGroup: place?.yearGroup ?? null,
              entryScore: place?.entryScore ?? null,
              targetScore: place?.targetScore ?? null,
              exitScore: place?.exitScore ?? null,
              plannedPence: withCosts && place ? roundPence(place.exactPence) : null,
              deliveredPence: withCosts && place ? roundPence(done?.delivered ?? 0) : null,
            },
          });
        }
      }
    }
    sorted.sort(
      (a, b) =>
        a.order - b.order ||
        a.sectionLabel.localeCompare(b.sectionLabel) ||
        a.row.group.localeCompare(b.row.group) ||
        a.surname.localeCompare(b.surname) ||
        (a.row.pupil ?? '').localeCompare(b.row.pupil ?? ''),
    );
    return { label: year.label, rows: sorted.map((s) => s.row) };
  }

  /** The groups running in the year with their summaries and the places (and plans) inside the year. */
  private async groupsInYear(year: {
    from: string;
    to: string;
  }): Promise<{ summary: ProvisionSummary; group: PlannedGroup; places: PlannedPlace[] }[]> {
    const m = this.db.manager;
    const groups = await plannedGroups(m, year);
    const summaries: { id: string; summary: ProvisionSummary }[] = await m.query(
      `SELECT pr.id, ${provisionSummaryJson('pr', 'i', '$3')} AS summary
         FROM provisions pr JOIN interventions i ON i.school_id = pr.school_id AND i.id = pr.intervention_id
        WHERE pr.start_date <= $2::date AND pr.end_date >= $1::date`,
      [year.from, year.to, schoolToday()],
    );
    const byId = new Map(summaries.map((s) => [s.id, s.summary]));
    return groups
      .filter((g) => byId.has(g.provisionId))
      .map((group) => ({
        summary: byId.get(group.provisionId)!,
        group,
        places: group.places.filter((p) => p.span),
      }));
  }
}
