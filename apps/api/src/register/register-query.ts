import type { RegisterSort } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { ownPupilsCondition } from '../pupils/own-pupils';
import type { RegisterFilters } from './dto/register.query';

/** Parameters collected while building a statement: `add` returns the placeholder. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The register as at a date: every pupil on roll that day, with the status and ranked needs in force
 * then, read from the effective-dated history (the needs join is left out where only counts are
 * wanted). One FROM clause serves the page, the counts, the CSV
 * export and the census pre-flight, so they can never disagree.
 */
export function registerFrom(params: SqlParams, asAt: string, withNeeds = true): string {
  const at = params.add(asAt);
  const needs = `
    LEFT JOIN LATERAL (
      SELECT max(n.need_code) FILTER (WHERE n.rank = 1) AS primary_need,
             max(n.need_code) FILTER (WHERE n.rank = 2) AS secondary_need
        FROM pupil_needs n
       WHERE n.school_id = p.school_id AND n.pupil_id = p.id AND n.effective_from <= ${at}::date
         AND (n.effective_to IS NULL OR n.effective_to > ${at}::date)) nd ON true`;
  return `pupils p
    LEFT JOIN classes c ON c.school_id = p.school_id AND c.id = p.class_id
    LEFT JOIN LATERAL (
      SELECT h.status, h.effective_from FROM sen_status_history h
       WHERE h.school_id = p.school_id AND h.pupil_id = p.id AND h.effective_from <= ${at}::date
       ORDER BY h.effective_from DESC, h.recorded_at DESC LIMIT 1) s ON true${withNeeds ? needs : ''}`;
}

export function onRollCondition(params: SqlParams, asAt: string): string {
  const at = params.add(asAt);
  return `(p.admission_date IS NULL OR p.admission_date <= ${at}::date)
          AND (p.leaving_date IS NULL OR p.leaving_date > ${at}::date)`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * The WHERE conditions for the filters. Counts per status leave the status filter out
 * (withStatus false), so every placeholder added is one the statement uses.
 */
export function registerConditions(
  params: SqlParams,
  auth: RequestAuth,
  filters: RegisterFilters,
  asAt: string,
  withStatus = true,
): string[] {
  const base = [onRollCondition(params, asAt)];
  if (auth.scope === 'own') {
    const own = ownPupilsCondition(auth, 'p', params.values.length + 1);
    params.add(auth.principal.userId);
    if (own) base.push(own);
  }
  if (filters.yearGroup) base.push(`p.year_group = ${params.add(filters.yearGroup)}`);
  if (filters.classId) base.push(`p.class_id = ${params.add(filters.classId)}`);
  if (filters.pupilPremium !== undefined) base.push(`p.pupil_premium = ${params.add(filters.pupilPremium)}`);
  if (filters.eal !== undefined) base.push(`p.eal = ${params.add(filters.eal)}`);
  if (filters.lookedAfter !== undefined) base.push(`p.looked_after = ${params.add(filters.lookedAfter)}`);
  const at = filters.need || filters.area ? params.add(asAt) : '';
  if (filters.need) {
    base.push(`EXISTS (SELECT 1 FROM pupil_needs n WHERE n.school_id = p.school_id AND n.pupil_id = p.id
      AND n.need_code = ${params.add(filters.need)} AND n.effective_from <= ${at}::date
      AND (n.effective_to IS NULL OR n.effective_to > ${at}::date))`);
  }
  if (filters.area) {
    base.push(`EXISTS (SELECT 1 FROM pupil_needs n JOIN need_types t ON t.code = n.need_code
      WHERE n.school_id = p.school_id AND n.pupil_id = p.id AND t.area = ${params.add(filters.area)}
      AND n.effective_from <= ${at}::date AND (n.effective_to IS NULL OR n.effective_to > ${at}::date))`);
  }
  const q = filters.q?.trim();
  if (q) {
    const pattern = params.add(`%${escapeLike(q)}%`);
    base.push(`(p.legal_surname ILIKE ${pattern} OR p.legal_forename ILIKE ${pattern}
      OR p.preferred_forename ILIKE ${pattern} OR p.upn ILIKE ${pattern})`);
  }
  if (withStatus && filters.status?.length) {
    base.push(`coalesce(s.status, 'N') = ANY (${params.add(filters.status)}::text[])`);
  }
  return base;
}

const YEAR_ORDER = `array_position(ARRAY['N','R','1','2','3','4','5','6','7','8','9','10','11','12','13'], p.year_group)`;
const STATUS_ORDER = `array_position(ARRAY['N','monitoring','K','E'], coalesce(s.status, 'N'))`;
const NAME_ORDER = 'p.legal_surname, p.legal_forename, p.id';

export function registerOrder(sort: RegisterSort): string {
  const descending = sort.startsWith('-');
  const dir = descending ? 'DESC' : 'ASC';
  switch (sort.replace('-', '') as 'name' | 'yearGroup' | 'status' | 'statusSince') {
    case 'yearGroup':
      return `${YEAR_ORDER} ${dir}, ${NAME_ORDER}`;
    case 'status':
      return `${STATUS_ORDER} ${dir}, ${NAME_ORDER}`;
    case 'statusSince':
      return `s.effective_from ${dir} NULLS LAST, ${NAME_ORDER}`;
    default:
      return descending ? 'p.legal_surname DESC, p.legal_forename DESC, p.id DESC' : NAME_ORDER;
  }
}

export const REGISTER_COLUMNS = `p.id, p.upn, p.legal_forename AS "legalForename", p.legal_surname AS "legalSurname",
  p.preferred_forename AS "preferredForename", to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
  p.year_group AS "yearGroup", p.class_id AS "classId", c.name AS "className",
  coalesce(s.status, 'N') AS "senStatus", to_char(s.effective_from, 'YYYY-MM-DD') AS "statusSince",
  nd.primary_need AS "primaryNeed", nd.secondary_need AS "secondaryNeed",
  p.pupil_premium AS "pupilPremium", p.eal, p.looked_after AS "lookedAfter"`;

/** Today's date in England, as the school sees it (one definition, with its SQL twin, in tenancy). */
export { schoolToday } from '../platform/tenancy/school-today';
