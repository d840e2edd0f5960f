import { HttpStatus, Injectable } from '@nestjs/common';
import type { Page } from '@sendreg/contracts';
import { createHash } from 'node:crypto';
import type { RequestAuth } from '../platform/auth/principal';
import { Idempotency } from '../platform/http/idempotency';
import { ProblemException, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import type { PageQuery } from '../pupils/dto/list-pupils.query';
import { schoolToday } from '../register/register-query';
import { SenRecordWriter } from '../register/sen-record.writer';
import { csvCandidates, parseCsv, readMapping, UnreadableFile } from './csv-parser';
import { CTF_ELEMENTS, parseCtf } from './ctf-parser';
import type {
  CsvImportForm,
  CsvPreview,
  CtfImportForm,
  ImportDryRun,
  ImportProblem,
  ImportResult,
  ImportSummary,
} from './dto/import.dto';
import { ColumnMapping, FIELD_INFO, IMPORT_FIELDS, suggestMapping } from './import-fields';
import { applyPlans } from './import-applier';
import { countPlans, planImport } from './import-plan';
import type { PupilCandidate } from './row-validation';
import { validatePupils } from './row-validation';
import { loadSnapshot } from './school-snapshot';

/** Problems listed in one answer; the count says how many there are in all. */
export const MAX_REPORTED_PROBLEMS = 10_000;

/** An uploaded file, as multer holds it in memory. */
export interface UploadedImportFile {
  buffer: Buffer;
  originalname: string;
}

interface ImportRun {
  kind: 'csv' | 'ctf';
  file: UploadedImportFile;
  candidates: PupilCandidate[];
  rowCount: number;
  fileProblems: ImportProblem[];
  columnNames: ColumnMapping;
  reason: string;
  dryRun: boolean;
  idempotency: { key: string | undefined; route: string; body: string };
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

function requireFile(file: UploadedImportFile | undefined): UploadedImportFile {
  if (!file || file.buffer.length === 0) {
    throw validationProblem([{ field: 'file', message: 'Choose a file to upload.' }]);
  }
  return file;
}

/** A file that cannot be read at all is a 400 that says where, when the parser knows. */
function unreadable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new ProblemException({
      type: '/problems/unreadable-file',
      title: 'The file cannot be read',
      status: HttpStatus.BAD_REQUEST,
      detail: `${error.message} Nothing was imported.`,
      errors: [{ field: 'file', message: error.message }],
      ...(error.line !== undefined && { line: error.line }),
      ...(error.column !== undefined && { column: error.column }),
    } as ConstructorParameters<typeof ProblemException>[0]);
  }
}

function importProblems(problems: ImportProblem[]): ProblemException {
  const listed = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const body = {
    type: '/problems/import-has-problems',
    title: 'The file has problems',
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    detail: `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}, so nothing was imported. Fix them and upload the file again.`,
    errors: listed.map((p) => ({
      field: p.column ? `line ${p.line}: ${p.column}` : `line ${p.line}`,
      message: p.message,
    })),
    problemCount: problems.length,
    problems: listed,
  };
  return new ProblemException(body);
}

const byPosition = (a: ImportProblem, b: ImportProblem) => a.line - b.line;

@Injectable()
export class ImportsService {
  constructor(
    private readonly db: DbContext,
    private readonly idempotency: Idempotency,
    private readonly writer: SenRecordWriter,
  ) {}

  preview(upload: UploadedImportFile | undefined): CsvPreview {
    const file = unreadable(() => parseCsv(requireFile(upload).buffer));
    return {
      headers: file.headers,
      firstRows: file.rows.slice(0, 5).map((row) => row.values),
      suggestedMapping: suggestMapping(file.headers),
      rowCount: file.rowCount,
      fields: IMPORT_FIELDS.map((field) => ({
        field,
        label: FIELD_INFO[field].label,
        required: FIELD_INFO[field].required,
      })),
    };
  }

  importCsv(
    auth: RequestAuth,
    upload: UploadedImportFile | undefined,
    form: CsvImportForm,
    key: string | undefined,
  ): Promise<ImportDryRun | ImportResult> {
    const file = requireFile(upload);
    const csv = unreadable(() => parseCsv(file.buffer));
    const mapping = readMapping(form.mapping, csv.headers);
    if (Array.isArray(mapping))
      throw validationProblem(mapping, 'The column mapping does not fit this file.');
    const dryRun = form.dryRun === 'true';
    return this.run(auth, {
      kind: 'csv',
      file,
      candidates: csvCandidates(csv, mapping),
      rowCount: csv.rowCount,
      fileProblems: csv.problems,
      columnNames: mapping,
      reason: 'Imported from MIS',
      dryRun,
      idempotency: { key, route: 'imports.csv', body: `${sha256(file.buffer)}\n${form.mapping}\n${dryRun}` },
    });
  }

  importCtf(
    auth: RequestAuth,
    upload: UploadedImportFile | undefined,
    form: CtfImportForm,
    key: string | undefined,
  ): Promise<ImportDryRun | ImportResult> {
    const file = requireFile(upload);
    const ctf = unreadable(() => parseCtf(file.buffer));
    const dryRun = form.dryRun === 'true';
    return this.run(auth, {
      kind: 'ctf',
      file,
      candidates: ctf.candidates,
      rowCount: ctf.rowCount,
      fileProblems: [],
      columnNames: CTF_ELEMENTS,
      reason: 'Imported from Common Transfer File',
      dryRun,
      idempotency: { key, route: 'imports.ctf', body: `${sha256(file.buffer)}\n${dryRun}` },
    });
  }

  private async run(auth: RequestAuth, run: ImportRun): Promise<ImportDryRun | ImportResult> {
    const work = async (): Promise<ImportDryRun | ImportResult> => {
      const m = this.db.manager;
      // One apply at a time per school: the second waits, then sees the first one's pupils.
      if (!run.dryRun) {
        await m.query(
          `SELECT pg_advisory_xact_lock(hashtextextended('imports:' || app_current_school()::text, 0))`,
        );
      }
      const upns = [...new Set(run.candidates.map((c) => c.cells.upn?.raw.trim().toUpperCase() ?? ''))];
      const snapshot = await loadSnapshot(m, upns, schoolToday());
      const checked = validatePupils(run.candidates, snapshot, { columnNames: run.columnNames });
      const problems = [...run.fileProblems, ...checked.problems].sort(byPosition);
      const plans = planImport(checked.pupils, snapshot);
      const counts = countPlans(plans);
      if (run.dryRun) {
        return {
          rowCount: run.rowCount,
          ...counts,
          problemCount: problems.length,
          problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
        };
      }
      if (problems.length > 0) throw importProblems(problems);
      await applyPlans(m, this.writer, plans, { userId: auth.principal.userId, reason: run.reason });
      const [{ id }] = await m.query(
        `INSERT INTO imports (school_id, kind, file_name, file_sha256, applied, row_count, created, updated,
                              unchanged, problems, imported_by, imported_at)
         VALUES (app_current_school(), $1, $2, $3, true, $4, $5, $6, $7, 0, $8, clock_timestamp()) RETURNING id`,
        [
          run.kind,
          run.file.originalname.slice(0, 255) || null,
          sha256(run.file.buffer),
          run.rowCount,
          counts.create,
          counts.update,
          counts.unchanged,
          auth.principal.userId,
        ],
      );
      return {
        importId: id,
        rowCount: run.rowCount,
        created: counts.create,
        updated: counts.update,
        unchanged: counts.unchanged,
        problems: [],
      };
    };
    if (run.dryRun) return work();
    return this.idempotency.run({ ...run.idempotency, userId: auth.principal.userId }, work);
  }

  async list(query: PageQuery): Promise<Page<ImportSummary>> {
    const rows: (ImportSummary & { total: number })[] = await this.db.manager.query(
      `SELECT i.id, i.kind, i.file_name AS "fileName", i.applied, i.row_count AS "rowCount", i.created,
              i.updated, i.unchanged, i.problems,
              CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END
                AS "importedBy",
              i.imported_at AS "importedAt", count(*) OVER ()::int AS total
         FROM imports i LEFT JOIN users u ON u.id = i.imported_by
        ORDER BY i.imported_at DESC, i.id
        LIMIT $1 OFFSET $2`,
      [query.pageSize, (query.page - 1) * query.pageSize],
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && query.page > 1) {
      const [row] = await this.db.manager.query(`SELECT count(*)::int AS total FROM imports`);
      total = row.total;
    }
    return {
      items: rows.map(({ total: _total, ...item }) => item),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
