import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DOCUMENT_MAX_BYTES,
  longRecommendation,
  longRecommendationMessage,
  type DocumentMediaType,
  type PupilDocument,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem, type FieldError } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { cleanText } from '../passports/passport-content';
import { assertPupilVisible } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { documentTypeOf, fileProblem, notTakenMessage, safeFileName } from './document-upload';
import type { UploadDocumentDto } from './dto/referral.dto';
import { DOCUMENT_COLUMNS } from './referral-sql';
import { documentFrom } from './referrals.service';

/** A file as multer holds it in memory. */
export interface UploadedDocumentFile {
  buffer: Buffer;
  size: number;
  originalname?: string;
}

type DocumentRow = Parameters<typeof documentFrom>[0];

/**
 * Documents received about a pupil, kept in the database so that only those who may see the pupil's
 * SEND detail can fetch them, through the API with their bearer token: there is never a public URL.
 */
@Injectable()
export class DocumentsService {
  constructor(private readonly db: DbContext) {}

  /**
   * Checks the file (its type by content, its size) before any database work, then stores it in a
   * transaction of its own (the route opens none: the upload is read into memory first).
   */
  async upload(
    auth: RequestAuth,
    pupilId: string,
    file: UploadedDocumentFile | undefined,
    dto: UploadDocumentDto,
  ): Promise<PupilDocument> {
    if (!file) throw fileProblem('Choose the file to attach.');
    if (file.buffer.length > DOCUMENT_MAX_BYTES) throw fileProblem('The file is too large.', 413);
    const mediaType: DocumentMediaType | null = file.buffer.length ? documentTypeOf(file.buffer) : null;
    if (!mediaType) throw fileProblem(notTakenMessage(file.buffer));
    const errors: FieldError[] = [];
    if (dto.receivedOn > schoolToday()) {
      errors.push({ field: 'receivedOn', message: 'The date received must be today or in the past' });
    }
    const long = longRecommendation(dto.recommendations ?? '');
    if (long) errors.push({ field: 'recommendations', message: longRecommendationMessage(long) });
    if (errors.length) throw validationProblem(errors);
    const sha256 = createHash('sha256').update(file.buffer).digest();
    return this.db.run({ schoolId: auth.schoolId, userId: auth.principal.userId }, async (m) => {
      await assertPupilVisible(m, auth, pupilId);
      const referralId = dto.referralId ? dto.referralId.toLowerCase() : null;
      if (referralId) {
        const [referral] = await m.query(`SELECT 1 FROM referrals WHERE id = $1 AND pupil_id = $2`, [
          referralId,
          pupilId,
        ]);
        if (!referral) {
          throw validationProblem([{ field: 'referralId', message: 'Choose a referral of this pupil' }]);
        }
      }
      const [row] = (await m.query(
        `WITH d AS (
           INSERT INTO pupil_documents (school_id, pupil_id, referral_id, kind, title, file_name, media_type,
                                        size_bytes, content, sha256, received_on, recommendations, uploaded_by)
           VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *)
         SELECT ${DOCUMENT_COLUMNS} FROM d`,
        [
          pupilId,
          referralId,
          dto.kind,
          cleanText(dto.title),
          safeFileName(file.originalname, mediaType),
          mediaType,
          file.buffer.length,
          file.buffer,
          sha256,
          dto.receivedOn,
          cleanText(dto.recommendations ?? ''),
          auth.principal.userId,
        ],
      )) as DocumentRow[];
      return documentFrom(row!);
    });
  }

  /** The pupil's documents, newest received first, without their content. */
  async list(auth: RequestAuth, pupilId: string): Promise<PupilDocument[]> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    const rows = (await this.db.manager.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM pupil_documents d
        WHERE d.pupil_id = $1 ORDER BY d.received_on DESC, d.uploaded_at DESC, d.id`,
      [pupilId],
    )) as DocumentRow[];
    return rows.map(documentFrom);
  }

  /** The file of a document of a pupil the caller may see; 404 for anything else. */
  async file(
    auth: RequestAuth,
    pupilId: string,
    documentId: string,
  ): Promise<{ content: Buffer; mediaType: DocumentMediaType; fileName: string }> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    const [row] = (await this.db.manager.query(
      `SELECT content, media_type AS "mediaType", file_name AS "fileName"
         FROM pupil_documents WHERE id = $1 AND pupil_id = $2`,
      [documentId, pupilId],
    )) as { content: Buffer; mediaType: DocumentMediaType; fileName: string }[];
    if (!row) throw notFound();
    return row;
  }
}
