import { Injectable } from '@nestjs/common';
import type { Page, SchoolClass, SchoolRole } from '@sendreg/contracts';
import { FieldError, notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import type { PageQuery } from '../pupils/dto/list-pupils.query';
import type { CreateClassDto, SetClassStaffDto } from './dto/class.dto';

export interface StaffMember {
  userId: string;
  displayName: string;
  email: string;
  roles: SchoolRole[];
  classes: { classId: string; name: string; role: 'teacher' | 'ta' }[];
}

const CLASS_COLUMNS = `c.id, c.name, c.year_group AS "yearGroup",
  (SELECT count(*)::int FROM pupils p WHERE p.school_id = c.school_id AND p.class_id = c.id AND p.leaving_date IS NULL) AS "pupilCount",
  coalesce((SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name, 'role', cs.role)
                            ORDER BY CASE cs.role WHEN 'teacher' THEN 0 ELSE 1 END, u.display_name)
              FROM class_staff cs JOIN users u ON u.id = cs.user_id
             WHERE cs.school_id = c.school_id AND cs.class_id = c.id), '[]') AS staff`;

/**
 * Classes and who works in them. "Own pupils" for a teacher or TA follows from these assignments,
 * so a change here changes what they can see on their next request.
 */
@Injectable()
export class StaffService {
  constructor(private readonly db: DbContext) {}

  async classes(query: PageQuery): Promise<Page<SchoolClass>> {
    const rows: (SchoolClass & { total: number })[] = await this.db.manager.query(
      `SELECT ${CLASS_COLUMNS}, count(*) OVER ()::int AS total FROM classes c
        ORDER BY array_position(ARRAY['N','R','1','2','3','4','5','6','7','8','9','10','11','12','13'], c.year_group), c.name
        LIMIT $1 OFFSET $2`,
      [query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      items: rows.map(({ total: _t, ...c }) => c),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async staff(query: PageQuery): Promise<Page<StaffMember>> {
    const rows: (StaffMember & { total: number })[] = await this.db.manager.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email, m.roles, count(*) OVER ()::int AS total,
              coalesce((SELECT json_agg(json_build_object('classId', c.id, 'name', c.name, 'role', cs.role) ORDER BY c.name)
                          FROM class_staff cs JOIN classes c ON c.school_id = cs.school_id AND c.id = cs.class_id
                         WHERE cs.school_id = m.school_id AND cs.user_id = u.id), '[]') AS classes
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.school_id = app_current_school()
        ORDER BY u.display_name, u.id LIMIT $1 OFFSET $2`,
      [query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      items: rows.map(({ total: _t, ...s }) => s),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async createClass(dto: CreateClassDto): Promise<SchoolClass> {
    const name = dto.name.trim();
    const [taken] = await this.db.manager.query(`SELECT 1 FROM classes WHERE lower(name) = lower($1)`, [
      name,
    ]);
    if (taken)
      throw validationProblem([{ field: 'name', message: `There is already a class called ${name}` }]);
    const [row] = await this.db.manager.query(
      `INSERT INTO classes (school_id, name, year_group) VALUES (app_current_school(), $1, $2) RETURNING id`,
      [name, dto.yearGroup ?? null],
    );
    return this.getClass(row.id);
  }

  /** Replaces the class's teachers and TAs with the list given; each must be on the school's staff. */
  async setClassStaff(classId: string, dto: SetClassStaffDto): Promise<SchoolClass> {
    const m = this.db.manager;
    const [cls] = await m.query(`SELECT id FROM classes WHERE id = $1 FOR UPDATE`, [classId]);
    if (!cls) throw notFound();
    const ids = dto.staff.map((s) => s.userId);
    const members: { user_id: string }[] = await m.query(
      `SELECT user_id FROM memberships WHERE school_id = app_current_school() AND user_id = ANY ($1::uuid[])`,
      [ids],
    );
    const errors: FieldError[] = [];
    dto.staff.forEach((s, i) => {
      if (!members.some((mb) => mb.user_id === s.userId)) {
        errors.push({
          field: `staff[${i}].userId`,
          message: 'This person is not on the staff of this school',
        });
      }
      if (ids.indexOf(s.userId) !== i)
        errors.push({ field: `staff[${i}].userId`, message: 'This person is listed twice' });
    });
    if (errors.length) throw validationProblem(errors);
    await m.query(`DELETE FROM class_staff WHERE class_id = $1`, [classId]);
    for (const s of dto.staff) {
      await m.query(
        `INSERT INTO class_staff (school_id, class_id, user_id, role) VALUES (app_current_school(), $1, $2, $3)`,
        [classId, s.userId, s.role],
      );
    }
    return this.getClass(classId);
  }

  private async getClass(classId: string): Promise<SchoolClass> {
    const [row] = await this.db.manager.query(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.id = $1`, [
      classId,
    ]);
    if (!row) throw notFound();
    return row;
  }
}
