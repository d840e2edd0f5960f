import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import {
  DOCUMENT_LIMITS,
  DOCUMENT_MAX_BYTES,
  DOCUMENT_MEDIA_TYPES,
  sniffDocumentType,
  type DocumentMediaType,
} from '@sendreg/contracts';
import { catchError, Observable, throwError } from 'rxjs';
import { PROBLEM_TYPES, ProblemException } from '../platform/http/problem';

/** The form field the file comes in. */
export const DOCUMENT_FILE_FIELD = 'file';

/**
 * One file held in memory, up to DOCUMENT_MAX_BYTES, and the few text fields of the form (the
 * recommendations may be 8,000 characters, up to 4 bytes each in UTF-8).
 */
export const DOCUMENT_UPLOAD: MulterOptions = {
  limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 6, fieldSize: 64 * 1024, parts: 7 },
};

const MB = `${DOCUMENT_MAX_BYTES / 1_000_000} MB`;
const TYPES_TAKEN = 'a PDF, a Word document, or a JPEG or PNG image';

export function fileProblem(message: string, status = HttpStatus.BAD_REQUEST): ProblemException {
  return new ProblemException({
    type: PROBLEM_TYPES.validation,
    title: status === HttpStatus.PAYLOAD_TOO_LARGE ? 'The file is too large' : 'This file cannot be attached',
    status,
    detail: message,
    errors: [{ field: DOCUMENT_FILE_FIELD, message }],
  });
}

/** multer's refusals (over the size limit, too many parts) as problems that say what to do. */
@Injectable()
export class DocumentUploadProblems implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) =>
        throwError(() => {
          if (error instanceof PayloadTooLargeException) {
            return fileProblem(
              `The file is larger than ${MB}. Ask for a smaller copy, or save it again with smaller images.`,
              HttpStatus.PAYLOAD_TOO_LARGE,
            );
          }
          if (error instanceof BadRequestException) {
            return fileProblem(`Send one file, as the form field named "${DOCUMENT_FILE_FIELD}".`);
          }
          return error;
        }),
      ),
    );
  }
}

/**
 * The type of an uploaded file by its content, never its name or declared type: the first bytes, and
 * for a ZIP a word/ part inside (any other ZIP is not a Word document). Null when it is not taken.
 */
export function documentTypeOf(data: Buffer): DocumentMediaType | null {
  const sniffed = sniffDocumentType(data);
  if (sniffed === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') {
    return data.includes('word/', 0, 'latin1') ? sniffed : null;
  }
  return sniffed;
}

export function notTakenMessage(data: Buffer): string {
  if (data.length === 0) return 'The file is empty. Choose the document itself.';
  return `This file is not ${TYPES_TAKEN}. Save it as a PDF and attach that.`;
}

/**
 * A file name safe to store and to send back in Content-Disposition: the last part of the name as
 * uploaded, letters, digits, spaces, dots, dashes and underscores only, ending with the extension of
 * the type the content is (a PNG named report.pdf is kept as report.png).
 */
export function safeFileName(original: string | undefined, mediaType: DocumentMediaType): string {
  const extension = DOCUMENT_MEDIA_TYPES[mediaType].extension;
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9 ._-]+/g, '_')
    .replace(/^[ ._-]+|[ .]+$/g, '')
    .slice(0, DOCUMENT_LIMITS.fileName - extension.length - 1);
  return `${stem || 'document'}.${extension}`;
}
