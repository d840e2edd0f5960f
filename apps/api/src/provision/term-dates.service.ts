import { Injectable } from '@nestjs/common';
import type { SchoolClosure } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import type { AddSchoolClosureDto } from './dto/school-closure.dto';

const CLOSURE_COLUMNS = `c.id, c.name, to_char(c.starts_on, 'YYYY-MM-DD') AS "from", to_char(c.ends_on, 'YYYY-MM-DD') AS "to",
  CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS "addedBy",
  c.created_at AS "addedAt"`;

/** The school's term dates, kept as the days it is closed. */
@Injectable()
export class TermDatesService {
  constructor(private readonly db: DbContext) {}

  /** Every closure not removed, in date order. */
  list(): Promise<SchoolClosure[]> {
    return this.db.manager.query(
      `SELECT ${CLOSURE_COLUMNS} FROM school_closures c LEFT JOIN users u ON u.id = c.created_by
        WHERE c.removed_at IS NULL ORDER BY c.starts_on, c.ends_on, c.name`,
    );
  }

  async add(auth: RequestAuth, dto: AddSchoolClosureDto): Promise<SchoolClosure> {
    const errors: { field: string; message: string }[] = [];
    if (dto.to < dto.from)
      errors.push({ field: 'to', message: 'The last day must be the same as or after the first day' });
    else if ((Date.parse(dto.to) - Date.parse(dto.from)) / 86_400_000 > 62) {
      errors.push({ field: 'to', message: 'A closure can last up to 9 weeks; add a long closure in parts' });
    }
    if (!dto.name.trim())
      errors.push({ field: 'name', message: 'Enter a name for the closure, such as "February half-term"' });
    if (errors.length) throw validationProblem(errors);
    const [row] = await this.db.manager.query(
      `INSERT INTO school_closures (school_id, name, starts_on, ends_on, created_by)
       VALUES (app_current_school(), $1, $2, $3, $4) RETURNING id`,
      [dto.name.trim(), dto.from, dto.to, auth.principal.userId],
    );
    const [closure] = await this.db.manager.query(
      `SELECT ${CLOSURE_COLUMNS} FROM school_closures c LEFT JOIN users u ON u.id = c.created_by WHERE c.id = $1`,
      [row.id],
    );
    return closure;
  }

  /** Removing keeps the row, marked with who removed it and when. */
  async remove(auth: RequestAuth, closureId: string): Promise<void> {
    // Through a CTE, so the answer is plain rows (TypeORM returns [rows, count] for a bare UPDATE).
    const rows = await this.db.manager.query(
      `WITH removed AS (UPDATE school_closures SET removed_at = now(), removed_by = $2
                         WHERE id = $1 AND removed_at IS NULL RETURNING id)
       SELECT id FROM removed`,
      [closureId, auth.principal.userId],
    );
    if (rows.length === 0) throw notFound();
  }
}
