import { Injectable } from '@nestjs/common';
import type {
  Passport,
  PassportContent,
  PassportDraft,
  PassportReceipt,
  PassportVersion,
  PupilRef,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { assertPupilVisible, ownPupilsCondition } from '../pupils/own-pupils';
import { staleVersion } from '../register/sen-record.writer';
import type { PublishPassportDto, SavePassportDraftDto } from './dto/passport.dto';
import { checkPassportContent, cleanText } from './passport-content';
import { currentVersionJoin, isoTimestamp, personRef, pupilRef, versionJson } from './passport-sql';

/** Whether the caller writes passports (the SENCO): they see the draft and every photo. */
export const writesPassports = (auth: RequestAuth) => auth.grants['passport.write'] !== undefined;

/**
 * Whether a draft holds something to publish: it has content, and there is no current version or it
 * differs from it (content or photo). Aliases: the draft `d`, the current version `cur`.
 */
const PUBLISHABLE = `(d.content <> '{}'::jsonb
  AND (cur.id IS NULL OR d.content <> cur.content OR d.photo_id IS DISTINCT FROM cur.photo_id))`;

const STALE_DRAFT = "this passport's draft";

/**
 * Pupil passports (DOMAIN.md): the SENCO's draft, published as numbered versions that never change,
 * read by the staff who work with the pupil, who confirm each version they read.
 */
@Injectable()
export class PassportsService {
  constructor(private readonly db: DbContext) {}

  /**
   * The pupil's passport as the caller may see it: the current version, the draft for the SENCO, and
   * for a reader what they last confirmed and what changed since.
   */
  async get(auth: RequestAuth, pupilId: string): Promise<Passport> {
    const m = this.db.manager;
    const own = ownPupilsCondition(auth, 'p', 2);
    const [row] = (await m.query(
      `SELECT ${pupilRef()} AS pupil,
              CASE WHEN cur.id IS NULL THEN NULL ELSE ${versionJson('cur', 'pb')} END AS current,
              mine.number AS "readNumber", mine.read_at AS "readAt"
         FROM pupils p LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
         ${currentVersionJoin()}
         LEFT JOIN users pb ON pb.id = cur.published_by
         LEFT JOIN LATERAL (
           SELECT v.number, r.read_at FROM passport_receipts r
             JOIN passport_versions v ON v.school_id = r.school_id AND v.id = r.version_id
            WHERE r.school_id = p.school_id AND r.user_id = $2 AND v.pupil_id = p.id
            ORDER BY v.number DESC LIMIT 1) mine ON true
        WHERE p.id = $1 ${own ? `AND ${own}` : ''}`,
      [pupilId, auth.principal.userId],
    )) as {
      pupil: PupilRef;
      current: PassportVersion | null;
      readNumber: number | null;
      readAt: Date | null;
    }[];
    if (!row) throw notFound();
    const passport: Passport = {
      pupil: row.pupil,
      current: row.current,
      draft: writesPassports(auth) ? await this.draft(pupilId) : null,
      myLastRead:
        row.readNumber === null ? null : { number: row.readNumber, readAt: row.readAt!.toISOString() },
      lastReadContent: null,
      changesSinceRead: [],
    };
    if (row.current && row.readNumber !== null && row.readNumber < row.current.number) {
      const since = (await m.query(
        `SELECT v.number, v.content, v.change_note AS "changeNote", v.published_at AS "publishedAt"
           FROM passport_versions v WHERE v.pupil_id = $1 AND v.number >= $2 ORDER BY v.number DESC`,
        [pupilId, row.readNumber],
      )) as { number: number; content: PassportContent; changeNote: string; publishedAt: Date }[];
      passport.lastReadContent = since.find((v) => v.number === row.readNumber)?.content ?? null;
      passport.changesSinceRead = since
        .filter((v) => v.number > row.readNumber!)
        .map((v) => ({
          number: v.number,
          changeNote: v.changeNote,
          publishedAt: v.publishedAt.toISOString(),
        }));
    }
    return passport;
  }

  /** The pupil's draft, or null before the first one. */
  async draft(pupilId: string): Promise<PassportDraft | null> {
    const [row] = (await this.db.manager.query(
      `SELECT d.content, d.photo_id AS "photoId", d.version, ${personRef('ub')} AS "updatedBy",
              ${isoTimestamp('d.updated_at')} AS "updatedAt", ${PUBLISHABLE} AS "unpublishedChanges"
         FROM passport_drafts d JOIN pupils p ON p.school_id = d.school_id AND p.id = d.pupil_id
         ${currentVersionJoin()}
         LEFT JOIN users ub ON ub.id = d.updated_by
        WHERE d.pupil_id = $1`,
      [pupilId],
    )) as PassportDraft[];
    return row ?? null;
  }

  /**
   * Saves the draft: version 0 starts it (409 when one exists already), any other version must be
   * the draft's current one (409 when someone saved since). The photo, when named, must be one
   * uploaded for this pupil.
   */
  async saveDraft(auth: RequestAuth, pupilId: string, dto: SavePassportDraftDto): Promise<PassportDraft> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const { content, errors } = checkPassportContent(dto.content as Record<string, unknown>);
    if (dto.photoId) {
      const [photo] = await m.query(`SELECT 1 FROM passport_photos WHERE id = $1 AND pupil_id = $2`, [
        dto.photoId,
        pupilId,
      ]);
      if (!photo) errors.push({ field: 'photoId', message: 'This photo was not uploaded for this pupil' });
    }
    if (errors.length) throw validationProblem(errors, 'Some sections of the passport need changing.');
    const userId = auth.principal.userId;
    const saved =
      dto.version === 0
        ? await m.query(
            `INSERT INTO passport_drafts (school_id, pupil_id, content, photo_id, version, updated_by)
             VALUES (app_current_school(), $1, $2::jsonb, $3, 1, $4)
             ON CONFLICT (school_id, pupil_id) DO NOTHING RETURNING version`,
            [pupilId, JSON.stringify(content), dto.photoId ?? null, userId],
          )
        : await m.query(
            // Through a CTE, so the answer is plain rows (TypeORM returns [rows, count] for a bare UPDATE).
            `WITH saved AS (
               UPDATE passport_drafts
                  SET content = $2::jsonb, photo_id = CASE WHEN $5 THEN $3::uuid ELSE photo_id END,
                      version = version + 1, updated_by = $4, updated_at = now()
                WHERE pupil_id = $1 AND version = $6 RETURNING version)
             SELECT version FROM saved`,
            [
              pupilId,
              JSON.stringify(content),
              dto.photoId ?? null,
              userId,
              dto.photoId !== undefined,
              dto.version,
            ],
          );
    if (saved.length === 0) throw staleVersion(STALE_DRAFT);
    return (await this.draft(pupilId))!;
  }

  /**
   * Publishes the draft as the next version with its change note. Versions are only ever inserted:
   * the application role cannot change or remove one.
   */
  async publish(auth: RequestAuth, pupilId: string, dto: PublishPassportDto): Promise<PassportVersion> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const [draft] = (await m.query(
      `SELECT d.version, d.content = '{}'::jsonb AS empty, ${PUBLISHABLE} AS publishable,
              coalesce(cur.number, 0) AS "currentNumber"
         FROM passport_drafts d JOIN pupils p ON p.school_id = d.school_id AND p.id = d.pupil_id
         ${currentVersionJoin()}
        WHERE d.pupil_id = $1 FOR UPDATE OF d`,
      [pupilId],
    )) as { version: number; empty: boolean; publishable: boolean; currentNumber: number }[];
    if (draft && draft.version !== dto.draftVersion) throw staleVersion(STALE_DRAFT);
    if (!draft || draft.empty) {
      throw validationProblem(
        [
          {
            field: 'draft',
            message: 'There is nothing to publish: write the passport first, then publish it',
          },
        ],
        'Nothing to publish.',
      );
    }
    if (!draft.publishable) {
      throw validationProblem(
        [
          {
            field: 'draft',
            message: 'There is nothing to publish: the draft is the same as the current passport',
          },
        ],
        'Nothing to publish.',
      );
    }
    const [inserted] = (await m.query(
      `INSERT INTO passport_versions (school_id, pupil_id, number, content, photo_id, change_note, published_by)
       SELECT app_current_school(), d.pupil_id, $2, d.content, d.photo_id, $3, $4
         FROM passport_drafts d WHERE d.pupil_id = $1
       RETURNING id`,
      [pupilId, draft.currentNumber + 1, cleanText(dto.changeNote), auth.principal.userId],
    )) as { id: string }[];
    return this.versionWhere('v.id = $1', [inserted!.id]);
  }

  async versions(auth: RequestAuth, pupilId: string): Promise<PassportVersion[]> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const rows = (await m.query(
      `SELECT ${versionJson()} AS version FROM passport_versions v LEFT JOIN users pb ON pb.id = v.published_by
        WHERE v.pupil_id = $1 ORDER BY v.number DESC`,
      [pupilId],
    )) as { version: PassportVersion }[];
    return rows.map((r) => r.version);
  }

  async version(auth: RequestAuth, pupilId: string, number: number): Promise<PassportVersion> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    return this.versionWhere('v.pupil_id = $1 AND v.number = $2', [pupilId, number]);
  }

  private async versionWhere(where: string, params: unknown[]): Promise<PassportVersion> {
    const [row] = (await this.db.manager.query(
      `SELECT ${versionJson()} AS version FROM passport_versions v LEFT JOIN users pb ON pb.id = v.published_by
        WHERE ${where}`,
      params,
    )) as { version: PassportVersion }[];
    if (!row) throw notFound();
    return row.version;
  }

  /**
   * The caller confirms reading a version: only the current one. Confirming again keeps the first
   * time (created is false).
   */
  async confirmRead(
    auth: RequestAuth,
    pupilId: string,
    number: number,
  ): Promise<{ receipt: PassportReceipt; created: boolean }> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const [version] = (await m.query(
      `SELECT v.id, (SELECT max(n.number) FROM passport_versions n WHERE n.pupil_id = v.pupil_id) AS latest
         FROM passport_versions v WHERE v.pupil_id = $1 AND v.number = $2`,
      [pupilId, number],
    )) as { id: string; latest: number }[];
    if (!version) throw notFound();
    if (version.latest > number) {
      throw validationProblem(
        [
          {
            field: 'number',
            message: `A newer version of this passport (version ${version.latest}) has been published: read that one and confirm it instead`,
          },
        ],
        'A newer version exists.',
      );
    }
    // The second SELECT sees the table as it was before this statement: exactly one row either way.
    const [row] = (await m.query(
      `WITH inserted AS (
         INSERT INTO passport_receipts (school_id, version_id, user_id) VALUES (app_current_school(), $1, $2)
         ON CONFLICT (school_id, version_id, user_id) DO NOTHING RETURNING read_at)
       SELECT read_at, true AS created FROM inserted
       UNION ALL
       SELECT read_at, false FROM passport_receipts WHERE version_id = $1 AND user_id = $2`,
      [version.id, auth.principal.userId],
    )) as { read_at: Date; created: boolean }[];
    return { receipt: { number, readAt: row!.read_at.toISOString() }, created: row!.created };
  }
}
