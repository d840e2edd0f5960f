import { Injectable } from '@nestjs/common';
import { DELIVERING_ROLES, type StaffRates } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import type { SetStaffRateDto } from './dto/staff-rate.dto';
import { logProvisionChange } from './provisions.change-log';
import { deliveringStaffErrors } from './provisions.staff';

/**
 * Staff hourly rates: a default per delivering role, and a person's own rate that overrides it. Rates
 * are effective-dated rows, so a pay rise never re-prices sessions already delivered: the rate in force
 * on a date is the one with the latest effective_from on or before it.
 */
@Injectable()
export class StaffRatesService {
  constructor(private readonly db: DbContext) {}

  async get(): Promise<StaffRates> {
    const m = this.db.manager;
    const today = schoolToday();
    const roles: { role: string; pence: number; effective_from: string }[] = await m.query(
      `SELECT DISTINCT ON (r.role) r.role, r.hourly_rate_pence AS pence, to_char(r.effective_from, 'YYYY-MM-DD') AS effective_from
         FROM staff_rates r WHERE r.role IS NOT NULL AND r.effective_from <= $1::date
        ORDER BY r.role, r.effective_from DESC, r.set_at DESC`,
      [today],
    );
    const people: StaffRates['people'] = await m.query(
      `SELECT person, "hourlyRatePence", "effectiveFrom" FROM (
         SELECT DISTINCT ON (r.user_id) json_build_object('id', u.id, 'displayName', u.display_name) AS person,
                u.display_name, r.hourly_rate_pence AS "hourlyRatePence",
                to_char(r.effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
           FROM staff_rates r JOIN users u ON u.id = r.user_id
          WHERE r.user_id IS NOT NULL AND r.effective_from <= $1::date
          ORDER BY r.user_id, r.effective_from DESC, r.set_at DESC) in_force
        ORDER BY display_name, person->>'id'`,
      [today],
    );
    const history: StaffRates['history'] = await m.query(
      `SELECT r.id, r.role,
              CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS person,
              r.hourly_rate_pence AS "hourlyRatePence", to_char(r.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
              CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'displayName', s.display_name) END AS "setBy",
              r.set_at AS "setAt"
         FROM staff_rates r LEFT JOIN users u ON u.id = r.user_id LEFT JOIN users s ON s.id = r.set_by
        ORDER BY r.effective_from DESC, r.set_at DESC, r.id`,
    );
    return {
      roles: DELIVERING_ROLES.map((role) => {
        const rate = roles.find((r) => r.role === role);
        return { role, hourlyRatePence: rate?.pence ?? null, effectiveFrom: rate?.effective_from ?? null };
      }),
      people,
      history,
    };
  }

  /** Sets a rate from a date; a rate already set for the same role or person and date is replaced. */
  async set(auth: RequestAuth, dto: SetStaffRateDto): Promise<StaffRates> {
    const m = this.db.manager;
    if ((dto.role === undefined) === (dto.userId === undefined)) {
      throw validationProblem([
        {
          field: 'role',
          message:
            dto.role === undefined
              ? 'Choose the role or the member of staff this rate is for'
              : 'Choose either a role or a member of staff, not both',
        },
      ]);
    }
    if (dto.userId !== undefined) {
      const errors = await deliveringStaffErrors(m, [dto.userId], () => 'userId');
      if (errors.length) throw validationProblem(errors);
    }
    const role = dto.role ?? null;
    const userId = dto.userId ?? null;
    const [existing]: { id: string; hourly_rate_pence: number; set_by: string | null }[] = await m.query(
      `SELECT id, hourly_rate_pence, set_by FROM staff_rates
        WHERE (role = $1 OR user_id = $2) AND effective_from = $3::date FOR UPDATE`,
      [role, userId, dto.effectiveFrom],
    );
    const subject = { role, userId, effectiveFrom: dto.effectiveFrom };
    if (existing) {
      await m.query(
        `UPDATE staff_rates SET hourly_rate_pence = $2, set_by = $3, set_at = now() WHERE id = $1`,
        [existing.id, dto.hourlyRatePence, auth.principal.userId],
      );
      await logProvisionChange(m, {
        entity: 'staff_rate',
        entityId: existing.id,
        action: 'replaced',
        before: { ...subject, hourlyRatePence: existing.hourly_rate_pence, setBy: existing.set_by },
        after: { ...subject, hourlyRatePence: dto.hourlyRatePence, setBy: auth.principal.userId },
        userId: auth.principal.userId,
      });
    } else {
      const [row] = await m.query(
        `INSERT INTO staff_rates (school_id, role, user_id, hourly_rate_pence, effective_from, set_by)
         VALUES (app_current_school(), $1, $2, $3, $4::date, $5) RETURNING id`,
        [role, userId, dto.hourlyRatePence, dto.effectiveFrom, auth.principal.userId],
      );
      await logProvisionChange(m, {
        entity: 'staff_rate',
        entityId: row.id,
        action: 'set',
        before: null,
        after: { ...subject, hourlyRatePence: dto.hourlyRatePence, setBy: auth.principal.userId },
        userId: auth.principal.userId,
      });
    }
    return this.get();
  }
}
