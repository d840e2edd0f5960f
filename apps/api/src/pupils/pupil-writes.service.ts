import { Injectable } from '@nestjs/common';
import { validateUpn, type Pupil } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { FieldError, notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { SenRecordWriter, staleVersion } from '../register/sen-record.writer';
import type { CreatePupilDto, PupilLeavingDto, UpdatePupilDto } from './dto/pupil-write.dto';
import { PupilsService } from './pupils.service';

const COLUMNS: Record<string, string> = {
  upn: 'upn',
  legalForename: 'legal_forename',
  legalSurname: 'legal_surname',
  preferredForename: 'preferred_forename',
  dateOfBirth: 'date_of_birth',
  gender: 'gender',
  yearGroup: 'year_group',
  classId: 'class_id',
  pupilPremium: 'pupil_premium',
  eal: 'eal',
  lookedAfter: 'looked_after',
  admissionDate: 'admission_date',
};

/**
 * Creating, editing and archiving pupils' core records. Nothing is hard-deleted: a leaver gets a
 * leaving date and stays in history. Every change is logged with its before and after.
 */
@Injectable()
export class PupilWritesService {
  constructor(
    private readonly db: DbContext,
    private readonly pupils: PupilsService,
    private readonly writer: SenRecordWriter,
  ) {}

  async create(auth: RequestAuth, dto: CreatePupilDto): Promise<Pupil> {
    const upn = dto.upn.trim().toUpperCase();
    await this.check({ ...dto, upn }, null);
    const values = { ...dto, upn, preferredForename: dto.preferredForename?.trim() || null };
    const fields = Object.keys(COLUMNS).filter((k) => values[k as keyof typeof values] !== undefined);
    const [row] = await this.db.manager.query(
      `INSERT INTO pupils (school_id, ${fields.map((f) => COLUMNS[f]).join(', ')})
       VALUES (app_current_school(), ${fields.map((_f, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      fields.map((f) => values[f as keyof typeof values]),
    );
    await this.writer.log(
      this.db.manager,
      row.id,
      'pupil',
      'pupil-created',
      'manual',
      auth.principal.userId,
      null,
      values,
    );
    return this.pupils.get(auth, row.id);
  }

  async update(auth: RequestAuth, pupilId: string, dto: UpdatePupilDto): Promise<Pupil> {
    const before = await this.lock(auth, pupilId, dto.version);
    const { version: _v, ...changes } = dto;
    if (changes.upn) changes.upn = changes.upn.trim().toUpperCase();
    await this.check(changes, pupilId);
    const fields = Object.keys(changes).filter(
      (k) => k in COLUMNS && changes[k as keyof typeof changes] !== undefined,
    );
    if (fields.length > 0) {
      await this.db.manager.query(
        `UPDATE pupils SET ${fields.map((f, i) => `${COLUMNS[f]} = $${i + 2}`).join(', ')},
                version = version + 1, updated_at = now() WHERE id = $1`,
        [pupilId, ...fields.map((f) => changes[f as keyof typeof changes])],
      );
      const changed = Object.fromEntries(fields.map((f) => [f, before[f as keyof Pupil]]));
      await this.writer.log(
        this.db.manager,
        pupilId,
        'pupil',
        'pupil-updated',
        'manual',
        auth.principal.userId,
        changed,
        Object.fromEntries(fields.map((f) => [f, changes[f as keyof typeof changes]])),
      );
    }
    return this.pupils.get(auth, pupilId);
  }

  async leave(auth: RequestAuth, pupilId: string, dto: PupilLeavingDto): Promise<Pupil> {
    const before = await this.lock(auth, pupilId, dto.version);
    if (before.admissionDate && dto.leavingDate < before.admissionDate) {
      throw validationProblem([
        { field: 'leavingDate', message: 'The leaving date is before the admission date' },
      ]);
    }
    await this.db.manager.query(
      `UPDATE pupils SET leaving_date = $2, leaving_reason = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [pupilId, dto.leavingDate, dto.reason?.trim() || null],
    );
    await this.writer.log(
      this.db.manager,
      pupilId,
      'pupil',
      'pupil-left',
      'manual',
      auth.principal.userId,
      { leavingDate: before.leavingDate },
      {
        leavingDate: dto.leavingDate,
      },
    );
    return this.pupils.get(auth, pupilId);
  }

  private async lock(auth: RequestAuth, pupilId: string, version: number): Promise<Pupil> {
    const [row] = await this.db.manager.query(`SELECT version FROM pupils WHERE id = $1 FOR UPDATE`, [
      pupilId,
    ]);
    if (!row) throw notFound();
    if (row.version !== version) throw staleVersion("this pupil's record");
    return this.pupils.get(auth, pupilId);
  }

  /** Checks what the database cannot say kindly: a UPN already used, a class of another school. */
  private async check(
    values: { upn?: string; classId?: string | null; dateOfBirth?: string },
    pupilId: string | null,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (values.upn) {
      const result = validateUpn(values.upn);
      if (!result.valid) errors.push({ field: 'upn', message: result.message ?? 'Enter a valid UPN' });
      const [taken] = await this.db.manager.query(
        `SELECT id FROM pupils WHERE upn = $1 AND id IS DISTINCT FROM $2`,
        [values.upn, pupilId],
      );
      if (taken) errors.push({ field: 'upn', message: 'Another pupil in this school already has this UPN' });
    }
    if (values.classId) {
      const [cls] = await this.db.manager.query(`SELECT id FROM classes WHERE id = $1`, [values.classId]);
      if (!cls) errors.push({ field: 'classId', message: 'There is no such class in this school' });
    }
    if (values.dateOfBirth && values.dateOfBirth > new Date().toISOString().slice(0, 10)) {
      errors.push({ field: 'dateOfBirth', message: 'The date of birth is in the future' });
    }
    if (errors.length) throw validationProblem(errors);
  }
}
