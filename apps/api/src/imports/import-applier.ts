import type { EntityManager } from 'typeorm';
import type { NeedsChange, SenRecordWriter, StatusChange } from '../register/sen-record.writer';
import type { PupilPlan } from './import-plan';
import type { PupilCore } from './school-snapshot';

/** Rows per statement: large enough to make few round trips, small enough to keep each one quick. */
const CHUNK = 500;

export interface ApplyOptions {
  userId: string;
  /** The reason recorded with each status change, e.g. "Imported from MIS". */
  reason: string;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}

/** The core columns as parallel arrays, for unnest(): one parameter per column, whatever the rows. */
function coreArrays(cores: readonly PupilCore[]): unknown[] {
  return [
    cores.map((c) => c.legalSurname),
    cores.map((c) => c.legalForename),
    cores.map((c) => c.preferredForename),
    cores.map((c) => c.dateOfBirth),
    cores.map((c) => c.gender),
    cores.map((c) => c.yearGroup),
    cores.map((c) => c.classId),
    cores.map((c) => c.pupilPremium),
    cores.map((c) => c.eal),
    cores.map((c) => c.lookedAfter),
  ];
}

const CORE_TYPES = `$2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::uuid[],
  $9::boolean[], $10::boolean[], $11::boolean[]`;
const CORE_COLUMNS = `legal_surname, legal_forename, preferred_forename, date_of_birth, gender, year_group,
  class_id, pupil_premium, eal, looked_after`;

async function insertPupils(m: EntityManager, plans: PupilPlan[]): Promise<void> {
  for (const chunk of chunks(plans)) {
    const rows: { id: string; upn: string }[] = await m.query(
      `INSERT INTO pupils (school_id, upn, ${CORE_COLUMNS})
       SELECT app_current_school(), v.*
         FROM unnest($1::text[], ${CORE_TYPES}) AS v(upn, ${CORE_COLUMNS})
       RETURNING id, upn`,
      [chunk.map((p) => p.upn), ...coreArrays(chunk.map((p) => p.core))],
    );
    const ids = new Map(rows.map((row) => [row.upn, row.id]));
    for (const plan of chunk) plan.pupilId = ids.get(plan.upn) ?? null;
  }
}

async function updatePupils(m: EntityManager, plans: PupilPlan[]): Promise<void> {
  for (const chunk of chunks(plans)) {
    await m.query(
      `UPDATE pupils p
          SET (${CORE_COLUMNS}) = (v.legal_surname, v.legal_forename, v.preferred_forename, v.date_of_birth,
               v.gender, v.year_group, v.class_id, v.pupil_premium, v.eal, v.looked_after),
              version = p.version + 1, updated_at = now()
         FROM unnest($1::uuid[], ${CORE_TYPES}) AS v(id, ${CORE_COLUMNS})
        WHERE p.school_id = app_current_school() AND p.id = v.id`,
      [chunk.map((p) => p.pupilId), ...coreArrays(chunk.map((p) => p.core))],
    );
  }
}

/** The change log of pupils' core records: who created or changed which fields, from the import. */
async function logCoreChanges(m: EntityManager, plans: PupilPlan[], userId: string): Promise<void> {
  for (const chunk of chunks(plans)) {
    await m.query(
      `INSERT INTO sen_changes (school_id, pupil_id, changed_by, entity, action, source, before, after)
       SELECT app_current_school(), v.pupil_id, $1, 'pupil', v.action, 'import', v.before::jsonb, v.after::jsonb
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS v(pupil_id, action, before, after)`,
      [
        userId,
        chunk.map((p) => p.pupilId),
        chunk.map((p) => (p.kind === 'create' ? 'pupil-created' : 'pupil-updated')),
        chunk.map((p) => (p.coreChange ? JSON.stringify(p.coreChange.before) : null)),
        chunk.map((p) => JSON.stringify(p.coreChange?.after ?? { upn: p.upn, ...p.core })),
      ],
    );
  }
}

/**
 * Carries out an import's plan in the caller's transaction: new pupils and changed core records in
 * batched statements, then the changes of SEN status and needs through the SenRecordWriter (batched), which
 * appends them as effective-dated history and logs them.
 */
export async function applyPlans(
  m: EntityManager,
  writer: SenRecordWriter,
  plans: readonly PupilPlan[],
  options: ApplyOptions,
): Promise<void> {
  const created = plans.filter((p) => p.kind === 'create');
  const changed = plans.filter((p) => p.kind === 'update' && p.coreChange);
  await insertPupils(m, created);
  await updatePupils(m, changed);
  await logCoreChanges(m, [...created, ...changed], options.userId);
  const statuses: StatusChange[] = [];
  const needs: NeedsChange[] = [];
  for (const plan of plans) {
    const pupilId = plan.pupilId;
    if (pupilId === null) throw new Error('An import plan reached the SEN record without a pupil id');
    for (const entry of plan.statuses) {
      statuses.push({
        pupilId,
        status: entry.status,
        effectiveFrom: entry.effectiveFrom,
        reason: options.reason,
        source: 'import',
        userId: options.userId,
      });
    }
    if (plan.needs) {
      needs.push({
        pupilId,
        effectiveFrom: plan.needs.from,
        needs: plan.needs.ranked.map(({ code, rank }) => ({ code, rank })),
        source: 'import',
        userId: options.userId,
      });
    }
  }
  // Statuses first: a pupil's needs are checked against, and logged after, the status they come with.
  await writer.changeStatusMany(m, statuses);
  await writer.setNeedsMany(m, needs);
}
