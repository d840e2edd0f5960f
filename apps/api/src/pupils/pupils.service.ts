import { Injectable } from '@nestjs/common';
import type { Page, Pupil, PupilSummary } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import type { ListPupilsQuery } from './dto/list-pupils.query';
import { ownPupilsCondition } from './own-pupils';

const SUMMARY_COLUMNS = `p.id, p.upn, p.legal_forename AS "legalForename", p.legal_surname AS "legalSurname",
  p.preferred_forename AS "preferredForename", to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
  p.year_group AS "yearGroup", p.class_id AS "classId", c.name AS "className"`;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

@Injectable()
export class PupilsService {
  constructor(private readonly db: DbContext) {}

  async list(auth: RequestAuth, query: ListPupilsQuery): Promise<Page<PupilSummary>> {
    const params: unknown[] = [];
    const where: string[] = ['p.leaving_date IS NULL'];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const own = ownPupilsCondition(auth, 'p', params.length + 1);
    if (own) {
      params.push(auth.principal.userId);
      where.push(own);
    }
    if (query.yearGroup) where.push(`p.year_group = ${add(query.yearGroup)}`);
    if (query.classId) where.push(`p.class_id = ${add(query.classId)}`);
    const q = query.q?.trim();
    if (q) {
      const pattern = add(`%${escapeLike(q)}%`);
      where.push(
        `(p.legal_surname ILIKE ${pattern} OR p.legal_forename ILIKE ${pattern} OR p.preferred_forename ILIKE ${pattern}
          OR p.upn ILIKE ${pattern})`,
      );
    }
    const limit = add(query.pageSize);
    const offset = add((query.page - 1) * query.pageSize);
    const rows: (PupilSummary & { total: number })[] = await this.db.manager.query(
      `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total
         FROM pupils p LEFT JOIN classes c ON c.school_id = p.school_id AND c.id = p.class_id
        WHERE ${where.join(' AND ')}
        ORDER BY p.legal_surname, p.legal_forename, p.id
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && query.page > 1) {
      const [row] = await this.db.manager.query(
        `SELECT count(*)::int AS total FROM pupils p WHERE ${where.join(' AND ')}`,
        params.slice(0, params.length - 2),
      );
      total = row.total;
    }
    return {
      items: rows.map(({ total: _total, ...pupil }) => pupil),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(auth: RequestAuth, pupilId: string): Promise<Pupil> {
    const params: unknown[] = [pupilId];
    const own = ownPupilsCondition(auth, 'p', 2);
    if (own) params.push(auth.principal.userId);
    const [row] = await this.db.manager.query(
      `SELECT ${SUMMARY_COLUMNS}, p.gender, p.pupil_premium AS "pupilPremium", p.eal, p.looked_after AS "lookedAfter",
              to_char(p.admission_date, 'YYYY-MM-DD') AS "admissionDate",
              to_char(p.leaving_date, 'YYYY-MM-DD') AS "leavingDate", p.version
         FROM pupils p LEFT JOIN classes c ON c.school_id = p.school_id AND c.id = p.class_id
        WHERE p.id = $1 ${own ? `AND ${own}` : ''}`,
      params,
    );
    if (!row) throw notFound();
    return row as Pupil;
  }
}
