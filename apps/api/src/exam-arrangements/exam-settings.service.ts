import { Injectable } from '@nestjs/common';
import type { ExamSettings } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import { staleVersion } from '../register/sen-record.writer';
import type { SaveExamSettingsDto } from './dto/exam-arrangement.dto';

/** Until the school chooses, teaching assistants do not see exam arrangements (version 0). */
const DEFAULTS: ExamSettings = { teachingAssistantsSee: false, version: 0 };

/** The school's choice whether teaching assistants see the arrangements of the pupils they support. */
@Injectable()
export class ExamSettingsService {
  constructor(private readonly db: DbContext) {}

  async get(): Promise<ExamSettings> {
    const [row] = (await this.db.manager.query(
      `SELECT teaching_assistants_see AS "teachingAssistantsSee", version
         FROM exam_settings WHERE school_id = app_current_school()`,
    )) as ExamSettings[];
    return row ?? DEFAULTS;
  }

  /** Version 0 saves them the first time (409 if someone did meanwhile); else the version last read. */
  async save(auth: RequestAuth, dto: SaveExamSettingsDto): Promise<ExamSettings> {
    const saved = (await this.db.manager.query(
      dto.version === 0
        ? `INSERT INTO exam_settings (school_id, teaching_assistants_see, version, updated_by)
           VALUES (app_current_school(), $1, 1, $2)
           ON CONFLICT (school_id) DO NOTHING RETURNING version`
        : `WITH saved AS (
             UPDATE exam_settings SET teaching_assistants_see = $1, version = version + 1, updated_by = $2,
                    updated_at = now()
              WHERE school_id = app_current_school() AND version = $3 RETURNING version)
           SELECT version FROM saved`,
      dto.version === 0
        ? [dto.teachingAssistantsSee, auth.principal.userId]
        : [dto.teachingAssistantsSee, auth.principal.userId, dto.version],
    )) as unknown[];
    if (saved.length === 0) throw staleVersion("the school's exam access settings");
    return this.get();
  }
}
