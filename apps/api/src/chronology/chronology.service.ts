import { Injectable } from '@nestjs/common';
import {
  chronologyProblems,
  type ChronologyCorrection,
  type ChronologyEntry,
  type ChronologyKind,
  type ChronologyList,
  type ChronologyValues,
  type PersonRef,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { cleanText } from '../passports/passport-content';
import { isoTimestamp, personRef } from '../passports/passport-sql';
import { assertPupilVisible } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import type { ChronologyCorrectionDto, NewChronologyEntryDto } from './dto/chronology.dto';

interface Row extends ChronologyValues {
  id: string;
  kind: ChronologyKind;
  correctsId: string | null;
  referralId: string | null;
  recordedBy: PersonRef | null;
  recordedAt: string;
}

const valuesOf = (row: ChronologyValues): ChronologyValues => ({
  occurredOn: row.occurredOn,
  parentMeeting: row.parentMeeting,
  withWhom: row.withWhom,
  summary: row.summary,
  agreed: row.agreed,
});

/**
 * A pupil's chronology (chronology.ts in the contracts). Entries are only ever added: the application
 * role may not UPDATE or DELETE them, and a correction is a new entry pointing at the original.
 */
@Injectable()
export class ChronologyService {
  constructor(private readonly db: DbContext) {}

  async list(auth: RequestAuth, pupilId: string, kind?: ChronologyKind): Promise<ChronologyList> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    return { entries: await this.entries(pupilId, kind ? { kind } : {}) };
  }

  async add(auth: RequestAuth, pupilId: string, dto: NewChronologyEntryDto): Promise<ChronologyEntry> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const values = { ...cleanValues(dto), kind: dto.kind };
    const errors = chronologyProblems(values, schoolToday());
    if (dto.referralId) {
      const referral = await m.query(`SELECT 1 FROM referrals WHERE id = $1 AND pupil_id = $2`, [
        dto.referralId,
        pupilId,
      ]);
      if (referral.length === 0)
        errors.push({ field: 'referralId', message: 'Choose one of the pupil’s referrals' });
    }
    if (errors.length) throw validationProblem(errors, 'Some of the entry needs changing.');
    const [row] = (await m.query(
      `INSERT INTO chronology_entries (school_id, pupil_id, occurred_on, kind, parent_meeting, with_whom, summary,
                                       agreed, referral_id, recorded_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        pupilId,
        values.occurredOn,
        values.kind,
        values.parentMeeting,
        values.withWhom,
        values.summary,
        values.agreed,
        dto.referralId ?? null,
        auth.principal.userId,
      ],
    )) as { id: string }[];
    return this.one(pupilId, row!.id);
  }

  /**
   * Adds a correction to the entry (or to the original of a correction named): a new entry with the
   * original's kind and referral, the values given, and the rest as the entry now reads.
   */
  async correct(
    auth: RequestAuth,
    pupilId: string,
    entryId: string,
    dto: ChronologyCorrectionDto,
  ): Promise<ChronologyEntry> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const [named] = (await m.query(
      `SELECT coalesce(corrects_id, id) AS "originalId" FROM chronology_entries WHERE id = $1 AND pupil_id = $2`,
      [entryId, pupilId],
    )) as { originalId: string }[];
    if (!named) throw notFound();
    const entry = await this.one(pupilId, named.originalId);
    const now = entry.effective;
    const values: ChronologyValues & { kind: ChronologyKind } = {
      kind: entry.kind,
      occurredOn: dto.occurredOn ?? now.occurredOn,
      parentMeeting: dto.parentMeeting ?? now.parentMeeting,
      withWhom: dto.withWhom === undefined ? now.withWhom : cleanText(dto.withWhom),
      summary: cleanText(dto.summary),
      agreed: cleanText(dto.agreed),
    };
    const errors = chronologyProblems(values, schoolToday());
    if (errors.length === 0 && JSON.stringify(valuesOf(values)) === JSON.stringify(valuesOf(now))) {
      errors.push({
        field: 'summary',
        message: 'The correction is the same as the entry: change what needs putting right',
      });
    }
    if (errors.length) throw validationProblem(errors, 'Some of the correction needs changing.');
    await m.query(
      `INSERT INTO chronology_entries (school_id, pupil_id, occurred_on, kind, parent_meeting, with_whom, summary,
                                       agreed, referral_id, corrects_id, recorded_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        pupilId,
        values.occurredOn,
        values.kind,
        values.parentMeeting,
        values.withWhom,
        values.summary,
        values.agreed,
        entry.referralId,
        entry.id,
        auth.principal.userId,
      ],
    );
    return this.one(pupilId, entry.id);
  }

  private async one(pupilId: string, originalId: string): Promise<ChronologyEntry> {
    const [entry] = await this.entries(pupilId, { originalId });
    if (!entry) throw notFound();
    return entry;
  }

  /**
   * The pupil's original entries with their corrections; newest first by the date as it now reads,
   * then by when first recorded.
   */
  private async entries(
    pupilId: string,
    filter: { kind?: ChronologyKind; originalId?: string },
  ): Promise<ChronologyEntry[]> {
    const rows = (await this.db.manager.query(
      `SELECT e.id, e.kind, e.corrects_id AS "correctsId", e.referral_id AS "referralId",
              to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn", e.parent_meeting AS "parentMeeting",
              e.with_whom AS "withWhom", e.summary, e.agreed,
              ${personRef('u')} AS "recordedBy", ${isoTimestamp('e.recorded_at')} AS "recordedAt"
         FROM chronology_entries e
         LEFT JOIN users u ON u.id = e.recorded_by
        WHERE e.pupil_id = $1
          AND ($2::text IS NULL OR e.kind = $2)
          AND ($3::uuid IS NULL OR coalesce(e.corrects_id, e.id) = $3)
        -- The order effectiveChronology() takes as "latest" (to the microsecond), oldest first.
        ORDER BY e.recorded_at, e.id`,
      [pupilId, filter.kind ?? null, filter.originalId ?? null],
    )) as Row[];
    const corrections = new Map<string, Row[]>();
    for (const row of rows) {
      if (row.correctsId === null) continue;
      corrections.set(row.correctsId, [...(corrections.get(row.correctsId) ?? []), row]);
    }
    const entries = rows
      .filter((row) => row.correctsId === null)
      .map((row): ChronologyEntry => {
        const chain = corrections.get(row.id) ?? [];
        return {
          id: row.id,
          kind: row.kind,
          referralId: row.referralId,
          ...valuesOf(row),
          recordedBy: row.recordedBy,
          recordedAt: row.recordedAt,
          corrected: chain.length > 0,
          corrections: chain.map((c): ChronologyCorrection => ({
            id: c.id,
            correctsId: row.id,
            ...valuesOf(c),
            recordedBy: c.recordedBy,
            recordedAt: c.recordedAt,
          })),
          effective: valuesOf(chain.at(-1) ?? row),
        };
      });
    return entries.sort(
      (a, b) =>
        b.effective.occurredOn.localeCompare(a.effective.occurredOn) ||
        b.recordedAt.localeCompare(a.recordedAt) ||
        b.id.localeCompare(a.id),
    );
  }
}

function cleanValues(dto: ChronologyValues): ChronologyValues {
  return {
    occurredOn: dto.occurredOn,
    parentMeeting: dto.parentMeeting,
    withWhom: cleanText(dto.withWhom),
    summary: cleanText(dto.summary),
    agreed: cleanText(dto.agreed),
  };
}
