import type { Gender, SenStatus, YearGroup } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';

/** A pupil's core record, the part an import writes to the pupils table. */
export interface PupilCore {
  legalSurname: string;
  legalForename: string;
  preferredForename: string | null;
  dateOfBirth: string;
  gender: Gender;
  yearGroup: YearGroup;
  classId: string | null;
  pupilPremium: boolean;
  eal: boolean;
  lookedAfter: boolean;
}

export interface RankedNeed {
  rank: number;
  code: string;
}

export interface StatusEntry {
  status: SenStatus;
  effectiveFrom: string;
}

/** A pupil already in the school, as an import compares against it. */
export interface ExistingPupil {
  id: string;
  core: PupilCore;
  /** In force today: the latest entry from today or before; N when there is none. */
  status: SenStatus;
  statusHistory: StatusEntry[];
  /** The ranked needs in force today, by rank. */
  needs: RankedNeed[];
  /** When the set of needs in force today started (its latest start), or null. */
  needsSince: string | null;
}

export interface NeedTypeInfo {
  supportOnly: boolean;
  discontinued: boolean;
}

/** What an import needs to know of the school, read once, in the import's transaction. */
export interface SchoolSnapshot {
  today: string;
  classes: { id: string; name: string }[];
  needTypes: Map<string, NeedTypeInfo>;
  /** The pupils whose UPNs the file names, by UPN. */
  pupils: Map<string, ExistingPupil>;
}

interface PupilRow extends PupilCore {
  id: string;
  upn: string;
}

/** Reads the school's classes, the need types and the named pupils with their SEND record: five queries. */
export async function loadSnapshot(m: EntityManager, upns: string[], today: string): Promise<SchoolSnapshot> {
  const classes: { id: string; name: string }[] = await m.query(`SELECT id, name FROM classes ORDER BY name`);
  const types: { code: string; supportOnly: boolean; discontinued: boolean }[] = await m.query(
    `SELECT code, support_only AS "supportOnly",
            (discontinued_on IS NOT NULL AND discontinued_on <= $1::date) AS discontinued
       FROM need_types`,
    [today],
  );
  const rows: PupilRow[] = await m.query(
    `SELECT id, upn, legal_surname AS "legalSurname", legal_forename AS "legalForename",
            preferred_forename AS "preferredForename", to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
            gender, year_group AS "yearGroup", class_id AS "classId", pupil_premium AS "pupilPremium", eal,
            looked_after AS "lookedAfter"
       FROM pupils WHERE school_id = app_current_school() AND upn = ANY ($1::bpchar[])`,
    [upns],
  );
  const ids = rows.map((row) => row.id);
  const history: (StatusEntry & { pupilId: string })[] = await m.query(
    `SELECT pupil_id AS "pupilId", status, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
       FROM sen_status_history WHERE school_id = app_current_school() AND pupil_id = ANY ($1::uuid[])
      ORDER BY effective_from, recorded_at`,
    [ids],
  );
  const needs: (RankedNeed & { pupilId: string; effectiveFrom: string })[] = await m.query(
    `SELECT pupil_id AS "pupilId", rank, need_code AS code, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
       FROM pupil_needs
      WHERE school_id = app_current_school() AND pupil_id = ANY ($1::uuid[])
        AND effective_from <= $2::date AND (effective_to IS NULL OR effective_to > $2::date)
      ORDER BY rank`,
    [ids, today],
  );
  const pupils = new Map<string, ExistingPupil>();
  const byId = new Map<string, ExistingPupil>();
  for (const { id, upn, ...core } of rows) {
    const pupil: ExistingPupil = { id, core, status: 'N', statusHistory: [], needs: [], needsSince: null };
    pupils.set(upn, pupil);
    byId.set(id, pupil);
  }
  for (const { pupilId, status, effectiveFrom } of history) {
    const pupil = byId.get(pupilId) as ExistingPupil;
    pupil.statusHistory.push({ status, effectiveFrom });
    // Ordered oldest first, so the last entry from today or before is the one in force.
    if (effectiveFrom <= today) pupil.status = status;
  }
  for (const { pupilId, rank, code, effectiveFrom } of needs) {
    const pupil = byId.get(pupilId) as ExistingPupil;
    pupil.needs.push({ rank, code });
    if (pupil.needsSince === null || effectiveFrom > pupil.needsSince) pupil.needsSince = effectiveFrom;
  }
  return {
    today,
    classes,
    needTypes: new Map(
      types.map((t) => [t.code, { supportOnly: t.supportOnly, discontinued: t.discontinued }]),
    ),
    pupils,
  };
}
