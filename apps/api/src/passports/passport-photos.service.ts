import { HttpStatus, Injectable } from '@nestjs/common';
import type { PassportPhotoUploaded } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, PROBLEM_TYPES, ProblemException } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { assertPupilVisible } from '../pupils/own-pupils';
import { PhotoRefused, reencodePhoto, type PhotoMediaType } from './passport-photo';
import { currentVersionJoin } from './passport-sql';
import { writesPassports } from './passports.service';

/** A file as multer holds it in memory. */
export interface UploadedPhotoFile {
  buffer: Buffer;
  size: number;
}

export function photoProblem(message: string, status = HttpStatus.BAD_REQUEST): ProblemException {
  return new ProblemException({
    type: PROBLEM_TYPES.validation,
    title: status === HttpStatus.PAYLOAD_TOO_LARGE ? 'The photo is too large' : 'This photo cannot be used',
    status,
    detail: message,
    errors: [{ field: 'photo', message }],
  });
}

/**
 * Passport photos live in the database, so that only the people who may see a pupil's passport can
 * fetch one, through the API with their bearer token: there is never a public URL.
 */
@Injectable()
export class PassportPhotosService {
  constructor(private readonly db: DbContext) {}

  /**
   * Re-encodes the upload (outside any transaction: it is work for the CPU, not the database), then
   * stores it for the pupil in a transaction of its own. The photo is not on the draft until the
   * draft is saved with its id.
   */
  async upload(
    auth: RequestAuth,
    pupilId: string,
    file: UploadedPhotoFile | undefined,
  ): Promise<PassportPhotoUploaded> {
    if (!file) throw photoProblem('Choose a photo to upload.');
    let photo;
    try {
      photo = await reencodePhoto(file.buffer);
    } catch (error) {
      if (error instanceof PhotoRefused) throw photoProblem(error.message);
      throw error;
    }
    return this.db.run({ schoolId: auth.schoolId, userId: auth.principal.userId }, async (m) => {
      await assertPupilVisible(m, auth, pupilId);
      const [row] = (await m.query(
        `INSERT INTO passport_photos (school_id, pupil_id, media_type, content, width, height, uploaded_by)
         VALUES (app_current_school(), $1, $2, $3, $4, $5, $6) RETURNING id`,
        [pupilId, photo.mediaType, photo.content, photo.width, photo.height, auth.principal.userId],
      )) as { id: string }[];
      return { photoId: row!.id, mediaType: photo.mediaType, width: photo.width, height: photo.height };
    });
  }

  /**
   * A photo of a pupil the caller may see: readers get only the current version's photo; the SENCO
   * any photo of the pupil (the draft's, earlier versions', new uploads). Anything else is 404.
   */
  async read(
    auth: RequestAuth,
    pupilId: string,
    photoId: string,
  ): Promise<{ content: Buffer; mediaType: PhotoMediaType }> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const [row] = (await m.query(
      `SELECT ph.media_type AS "mediaType", ph.content, cur.photo_id IS NOT DISTINCT FROM ph.id AS current
         FROM passport_photos ph JOIN pupils p ON p.school_id = ph.school_id AND p.id = ph.pupil_id
         ${currentVersionJoin()}
        WHERE ph.id = $1 AND ph.pupil_id = $2`,
      [photoId, pupilId],
    )) as { mediaType: PhotoMediaType; content: Buffer; current: boolean }[];
    if (!row || !(row.current || writesPassports(auth))) throw notFound();
    return { content: row.content, mediaType: row.mediaType };
  }
}
