import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Page } from '@sendreg/contracts';
import type { Response } from 'express';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { IDEMPOTENCY_HEADER } from '../platform/http/idempotency';
import { DbContext } from '../platform/tenancy/db-context';
import { OpensOwnTransaction } from '../platform/tenancy/request-transaction.interceptor';
import { PageQuery } from '../pupils/dto/list-pupils.query';
import {
  CsvImportForm,
  CsvPreview,
  CtfImportForm,
  ImportDryRun,
  ImportResult,
  ImportSummary,
} from './dto/import.dto';
import { ImportsService, UploadedImportFile } from './imports.service';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** One file, held in memory (multer's default storage), up to 20 MB; a few short text fields. */
const UPLOAD: MulterOptions = {
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 4, fieldSize: 16 * 1024, parts: 6 },
  // File names as browsers send them (UTF-8), not read as Latin-1.
  defParamCharset: 'utf8',
};

const FILE_FORM = (fields: Record<string, { type: 'string'; description?: string; enum?: string[] }>) => ({
  schema: {
    type: 'object' as const,
    required: ['file'],
    properties: { file: { type: 'string' as const, format: 'binary' }, ...fields },
  },
});
const DRY_RUN = { type: 'string' as const, enum: ['true', 'false'], description: "'true': report only" };

/** Applying answers 201 (an import was recorded); a dry run answers 200. */
function statusOf(result: ImportDryRun | ImportResult, res: Response): ImportDryRun | ImportResult {
  res.status('importId' in result ? 201 : 200);
  return result;
}

@ApiTags('imports')
@Controller('schools/:schoolId/imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly db: DbContext,
  ) {}

  /** The request's transaction, opened only now that the upload has been read. */
  private inTransaction<T>(auth: RequestAuth, work: () => Promise<T>): Promise<T> {
    return this.db.run({ schoolId: auth.schoolId, userId: auth.principal.userId }, work);
  }

  @Requires('staff.read')
  @Get()
  @ApiOkResponse({ description: 'Applied imports, newest first' })
  list(@Query() query: PageQuery): Promise<Page<ImportSummary>> {
    return this.imports.list(query);
  }

  @Requires('staff.write')
  @Post('csv/preview')
  @OpensOwnTransaction() // reads only the upload: no database work at all
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_FORM({}))
  @ApiOkResponse({
    description: 'Headers, the first five rows, a suggested column mapping and the row count',
  })
  @ApiBadRequestResponse({ description: 'No file, or a file that cannot be read as UTF-8 CSV' })
  preview(@UploadedFile() file: UploadedImportFile | undefined): CsvPreview {
    return this.imports.preview(file);
  }

  @Requires('staff.write')
  @Post('csv')
  @OpensOwnTransaction()
  @UseInterceptors(FileInterceptor('file', UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody(
    FILE_FORM({ mapping: { type: 'string', description: 'JSON: field -> CSV header' }, dryRun: DRY_RUN }),
  )
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ description: 'Dry run: what the import would do, and every problem by line and column' })
  @ApiUnprocessableEntityResponse({ description: 'The file has problems: nothing was imported' })
  async importCsv(
    @Auth() auth: RequestAuth,
    @UploadedFile() file: UploadedImportFile | undefined,
    @Body() form: CsvImportForm,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportDryRun | ImportResult> {
    return statusOf(await this.inTransaction(auth, () => this.imports.importCsv(auth, file, form, key)), res);
  }

  @Requires('staff.write')
  @Post('ctf')
  @OpensOwnTransaction()
  @UseInterceptors(FileInterceptor('file', UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_FORM({ dryRun: DRY_RUN }))
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ description: 'Dry run: what the import would do, and every problem by line and element' })
  @ApiBadRequestResponse({
    description: 'Not well-formed XML, a DOCTYPE, or not a CTF: nothing was imported',
  })
  @ApiUnprocessableEntityResponse({ description: 'The file has problems: nothing was imported' })
  async importCtf(
    @Auth() auth: RequestAuth,
    @UploadedFile() file: UploadedImportFile | undefined,
    @Body() form: CtfImportForm,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportDryRun | ImportResult> {
    return statusOf(await this.inTransaction(auth, () => this.imports.importCtf(auth, file, form, key)), res);
  }
}
