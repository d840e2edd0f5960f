import { Injectable } from '@nestjs/common';
import { DEFAULT_REVIEWS_PER_YEAR, type PlanSettings } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import { isoTimestamp } from '../passports/passport-sql';
import { staleVersion } from '../register/sen-record.writer';
import type { SavePlanSettingsDto } from './dto/plan-settings.dto';
import { personById } from './plan-sql';

const DEFAULTS: PlanSettings = {
  reviewsPerYear: DEFAULT_REVIEWS_PER_YEAR,
  version: 0,
  updatedBy: null,
  updatedAt: null,
};

/** The school's review cycle: how many reviews a year each support plan has. */
@Injectable()
export class PlanSettingsService {
  constructor(private readonly db: DbContext) {}

  /** The school's settings, or the defaults (version 0) before they are first saved. */
  async get(): Promise<PlanSettings> {
    const [row] = (await this.db.manager.query(
      `SELECT json_build_object('reviewsPerYear', s.reviews_per_year, 'version', s.version,
                                'updatedBy', ${personById('s.updated_by')},
                                'updatedAt', ${isoTimestamp('s.updated_at')}) AS settings
         FROM plan_settings s WHERE s.school_id = app_current_school()`,
    )) as { settings: PlanSettings }[];
    return row?.settings ?? DEFAULTS;
  }

  async reviewsPerYear(): Promise<number> {
    return (await this.get()).reviewsPerYear;
  }

  /** Version 0 saves them the first time (409 if someone did meanwhile); else the version last read. */
  async save(auth: RequestAuth, dto: SavePlanSettingsDto): Promise<PlanSettings> {
    const saved = (await this.db.manager.query(
      dto.version === 0
        ? `INSERT INTO plan_settings (school_id, reviews_per_year, version, updated_by)
           VALUES (app_current_school(), $1, 1, $2)
           ON CONFLICT (school_id) DO NOTHING RETURNING version`
        : `WITH saved AS (
             UPDATE plan_settings SET reviews_per_year = $1, version = version + 1, updated_by = $2, updated_at = now()
              WHERE school_id = app_current_school() AND version = $3 RETURNING version)
           SELECT version FROM saved`,
      dto.version === 0
        ? [dto.reviewsPerYear, auth.principal.userId]
        : [dto.reviewsPerYear, auth.principal.userId, dto.version],
    )) as unknown[];
    if (saved.length === 0) throw staleVersion("the school's review cycle");
    return this.get();
  }
}
