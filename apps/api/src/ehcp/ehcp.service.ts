import { Injectable } from '@nestjs/common';
import {
  ehcpClock,
  type EhcpDates,
  type EhcpRecord,
  type EhcpRecordRevision,
  type PupilRef,
  type SavedEhcpRecord,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { isoTimestamp, personRef, pupilRef } from '../passports/passport-sql';
import { assertPupilVisible, ownPupilsCondition } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { staleVersion } from '../register/sen-record.writer';
import type { SaveEhcpRecordDto } from './dto/ehcp.dto';
import { ehcpRecordProblems } from './ehcp-rules';
import { EHCP_DATE_COLUMNS, EHCP_FIELDS, ehcpDatesColumns, pickDates } from './ehcp-sql';

const STALE = "this pupil's EHCP record";

type RecordRow = EhcpDates & {
  pupil: PupilRef;
  dateOfBirth: string;
  localAuthority: string | null;
  requestedBy: EhcpRecord['requestedBy'];
  notes: string | null;
  version: number | null;
  updatedBy: EhcpRecord['updatedBy'];
  updatedAt: string | null;
};

/**
 * EHCP records (DOMAIN.md): the dates the school knows about a pupil's plan, from which the statutory
 * clock is computed on every read (never stored, so it is always right for today). Every save keeps
 * the whole record as a numbered revision.
 */
@Injectable()
export class EhcpService {
  constructor(private readonly db: DbContext) {}

  /** The pupil's record with its clock; a blank one (version 0) before the first save. */
  async get(auth: RequestAuth, pupilId: string): Promise<EhcpRecord> {
    const own = ownPupilsCondition(auth, 'p', 2);
    const [row] = (await this.db.manager.query(
      `SELECT ${pupilRef()} AS pupil, to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              e.local_authority AS "localAuthority", e.requested_by AS "requestedBy", e.notes, e.version,
              ${personRef('ub')} AS "updatedBy",
              CASE WHEN e.pupil_id IS NULL THEN NULL ELSE ${isoTimestamp('e.updated_at')} END AS "updatedAt",
              ${ehcpDatesColumns('e')}
         FROM pupils p LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
         LEFT JOIN ehcp_records e ON e.school_id = p.school_id AND e.pupil_id = p.id
         LEFT JOIN users ub ON ub.id = e.updated_by
        WHERE p.id = $1 ${own ? `AND ${own}` : ''}`,
      own ? [pupilId, auth.principal.userId] : [pupilId],
    )) as RecordRow[];
    if (!row) throw notFound();
    const dates = pickDates(row);
    return {
      pupil: row.pupil,
      localAuthority: row.localAuthority ?? '',
      requestedBy: row.requestedBy ?? null,
      notes: row.notes ?? '',
      version: row.version ?? 0,
      updatedBy: row.updatedBy,
      updatedAt: row.updatedAt,
      ...dates,
      clock: ehcpClock(dates, row.dateOfBirth, schoolToday()),
    };
  }

  /**
   * Saves the whole record: version 0 creates it (409 when it exists already), any other version must
   * be the record's current one (409 when someone saved since). Then keeps it as a revision.
   */
  async save(auth: RequestAuth, pupilId: string, dto: SaveEhcpRecordDto): Promise<EhcpRecord> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const [pupil] = (await m.query(
      `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth" FROM pupils WHERE id = $1`,
      [pupilId],
    )) as { dateOfBirth: string }[];
    const dates = pickDates(dto);
    const problems = ehcpRecordProblems(
      { ...dates, localAuthority: dto.localAuthority },
      { today: schoolToday(), dateOfBirth: pupil!.dateOfBirth },
    );
    if (problems.length) throw validationProblem(problems, 'Some of the EHCP record needs changing.');

    const columns = EHCP_FIELDS.map((f) => EHCP_DATE_COLUMNS[f]);
    const common = [
      pupilId,
      dto.localAuthority.trim(),
      dto.requestedBy,
      dto.notes.trim(),
      auth.principal.userId,
      ...EHCP_FIELDS.map((f) => dates[f]),
    ];
    // $1 pupil, $2 local authority, $3 requested by, $4 notes, $5 user, then the dates; $last the version.
    const date = (i: number) => `$${6 + i}`;
    const saved = (
      dto.version === 0
        ? await m.query(
            `INSERT INTO ehcp_records (school_id, pupil_id, local_authority, requested_by, notes, updated_by,
                                       ${columns.join(', ')})
             VALUES (app_current_school(), $1, $2, $3, $4, $5, ${columns.map((_, i) => date(i)).join(', ')})
             ON CONFLICT (school_id, pupil_id) DO NOTHING RETURNING version`,
            common,
          )
        : await m.query(
            // Through a CTE, so the answer is plain rows (TypeORM returns [rows, count] for a bare UPDATE).
            `WITH saved AS (
               UPDATE ehcp_records
                  SET local_authority = $2, requested_by = $3, notes = $4, updated_by = $5, updated_at = now(),
                      version = version + 1,
                      ${columns.map((c, i) => `${c} = ${date(i)}`).join(',\n                      ')}
                WHERE pupil_id = $1 AND version = $${6 + columns.length} RETURNING version)
             SELECT version FROM saved`,
            [...common, dto.version],
          )
    ) as { version: number }[];
    if (saved.length === 0) throw staleVersion(STALE);

    const version = saved[0]!.version;
    const record: SavedEhcpRecord = {
      localAuthority: dto.localAuthority.trim(),
      requestedBy: dto.requestedBy,
      notes: dto.notes.trim(),
      version,
      ...dates,
    };
    await m.query(
      `INSERT INTO ehcp_record_revisions (school_id, pupil_id, number, record, saved_by)
       VALUES (app_current_school(), $1, $2, $3::jsonb, $4)`,
      [pupilId, version, JSON.stringify(record), auth.principal.userId],
    );
    return this.get(auth, pupilId);
  }

  /** Every save of the record, newest first. */
  async revisions(auth: RequestAuth, pupilId: string): Promise<EhcpRecordRevision[]> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    return (await m.query(
      `SELECT r.number, ${personRef('u')} AS "savedBy", ${isoTimestamp('r.saved_at')} AS "savedAt", r.record
         FROM ehcp_record_revisions r LEFT JOIN users u ON u.id = r.saved_by
        WHERE r.pupil_id = $1 ORDER BY r.number DESC`,
      [pupilId],
    )) as EhcpRecordRevision[];
  }
}
