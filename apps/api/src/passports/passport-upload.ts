import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  PipeTransform,
} from '@nestjs/common';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { PASSPORT_PHOTO_MAX_BYTES } from '@sendreg/contracts';
import { catchError, Observable, throwError } from 'rxjs';
import { notFound } from '../platform/http/problem';
import { photoProblem } from './passport-photos.service';

/** One file, held in memory (multer's default storage), up to PASSPORT_PHOTO_MAX_BYTES. */
export const PHOTO_UPLOAD: MulterOptions = {
  limits: { fileSize: PASSPORT_PHOTO_MAX_BYTES, files: 1, fields: 2, fieldSize: 1024, parts: 3 },
};

/**
 * multer's refusals (a file over the size limit, a file in another field) as problems that say what
 * to do. Bound before the FileInterceptor, so it sees what that throws.
 */
@Injectable()
export class PhotoUploadProblems implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) =>
        throwError(() => {
          if (error instanceof PayloadTooLargeException) {
            return photoProblem(
              `The photo is larger than ${PASSPORT_PHOTO_MAX_BYTES / 1_000_000} MB. Choose a smaller one, or take it again at a lower resolution.`,
              HttpStatus.PAYLOAD_TOO_LARGE,
            );
          }
          if (error instanceof BadRequestException) {
            return photoProblem('Send one photo, as the form field named "photo".');
          }
          return error;
        }),
      ),
    );
  }
}

/** A version number in the path: a whole number from 1, else it names nothing (404). */
@Injectable()
export class VersionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9][0-9]{0,8}$/.test(value)) throw notFound();
    return Number(value);
  }
}
