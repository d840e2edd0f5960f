import { HttpStatus, Injectable } from '@nestjs/common';
import {
  academicYear,
  examArrangementProblems,
  withdrawalProblems,
  type ExamArrangement,
  type ExamArrangementsList,
  type PupilExamArrangements,
  type PupilRef,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, PROBLEM_TYPES, ProblemException, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { isoTimestamp, personRef, pupilRef } from '../passports/passport-sql';
import { assertPupilVisible, ownPupilsCondition } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { staleVersion } from '../register/sen-record.writer';
import type {
  ExamArrangementsQuery,
  RecordExamArrangementDto,
  SaveExamArrangementDto,
  WithdrawExamArrangementDto,
} from './dto/exam-arrangement.dto';
import { KIND_ORDER_SQL, readsExamOnlyAsTa } from './exam-access';
import { ExamSettingsService } from './exam-settings.service';

const STALE = 'this exam access arrangement';

/**
 * ExamArrangement of the alias a, with its last editor's users alias ub. Evidence and assessor only
 * for those who see every pupil (`full` comes from code, never input).
 */
function arrangementJson(full: boolean): string {
  const guarded = (expr: string) => (full ? expr : 'NULL::text');
  return `json_build_object('id', a.id, 'pupilId', a.pupil_id, 'arrangement', a.arrangement,
            'extraTimePercent', a.extra_time_percent, 'details', a.details,
            'evidence', ${guarded('a.evidence')}, 'assessor', ${guarded('a.assessor')},
            'approvedOn', to_char(a.approved_on, 'YYYY-MM-DD'), 'expiresOn', to_char(a.expires_on, 'YYYY-MM-DD'),
            'withdrawnOn', to_char(a.withdrawn_on, 'YYYY-MM-DD'), 'version', a.version,
            'updatedBy', ${personRef('ub')}, 'updatedAt', ${isoTimestamp('a.updated_at')})`;
}

/** In force on the date (a placeholder): not withdrawn, and not expired. */
const inForce = (today: string) =>
  `(a.withdrawn_on IS NULL AND (a.expires_on IS NULL OR a.expires_on >= ${today}::date))`;

const clean = (text: string) => text.trim();

/**
 * Exam access arrangements: the SENCO records them; the head reads them all; teachers (and TAs, when the
 * school has shared them) read those of their own pupils as their normal way of working. A TA reading
 * while the school has not shared them gets empty lists marked hiddenFromTeachingAssistants, not a 403:
 * the permission is granted, the school's choice narrows it to nothing.
 */
@Injectable()
export class ExamArrangementsService {
  constructor(
    private readonly db: DbContext,
    private readonly settings: ExamSettingsService,
  ) {}

  private async hiddenFrom(auth: RequestAuth): Promise<boolean> {
    return readsExamOnlyAsTa(auth.roles) && !(await this.settings.get()).teachingAssistantsSee;
  }

  async forPupil(auth: RequestAuth, pupilId: string): Promise<PupilExamArrangements> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    const [{ pupil }] = (await this.db.manager.query(
      `SELECT ${pupilRef()} AS pupil FROM pupils p
         LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id WHERE p.id = $1`,
      [pupilId],
    )) as [{ pupil: PupilRef }];
    if (await this.hiddenFrom(auth))
      return { pupil, current: [], past: [], hiddenFromTeachingAssistants: true };
    const rows = (await this.db.manager.query(
      `SELECT ${arrangementJson(auth.scope === 'all')} AS a, ${inForce('$2')} AS current
         FROM exam_arrangements a LEFT JOIN users ub ON ub.id = a.updated_by
        WHERE a.pupil_id = $1
        ORDER BY array_position(${KIND_ORDER_SQL}, a.arrangement), a.approved_on DESC, a.id`,
      [pupilId, schoolToday()],
    )) as { a: ExamArrangement; current: boolean }[];
    const ended = (a: ExamArrangement) => a.withdrawnOn ?? a.expiresOn ?? '';
    return {
      pupil,
      current: rows.filter((r) => r.current).map((r) => r.a),
      past: rows
        .filter((r) => !r.current)
        .map((r) => r.a)
        .sort((x, y) => ended(y).localeCompare(ended(x))),
      hiddenFromTeachingAssistants: false,
    };
  }

  /** The school's arrangements in force, by pupil (own pupils for class staff), pupils on roll only. */
  async list(auth: RequestAuth, query: ExamArrangementsQuery): Promise<ExamArrangementsList> {
    const today = schoolToday();
    const year = academicYear(today);
    const expiring = query.expiring ?? null;
    if (await this.hiddenFrom(auth))
      return { pupils: [], expiring, academicYear: year, hiddenFromTeachingAssistants: true };
    const params: unknown[] = [today];
    const own = ownPupilsCondition(auth, 'p', 2);
    if (own) params.push(auth.principal.userId);
    // "Expiring this year": from today (those already expired are not in force) to 31 August.
    if (expiring === 'this-year') params.push(year.to);
    const rows = (await this.db.manager.query(
      `SELECT pupil, arrangements FROM (
         SELECT ${pupilRef()} AS pupil, p.legal_surname, coalesce(p.preferred_forename, p.legal_forename) AS forename,
                p.id,
                (SELECT json_agg(${arrangementJson(auth.scope === 'all')}
                                 ORDER BY array_position(${KIND_ORDER_SQL}, a.arrangement), a.approved_on DESC, a.id)
                   FROM exam_arrangements a LEFT JOIN users ub ON ub.id = a.updated_by
                  WHERE a.school_id = p.school_id AND a.pupil_id = p.id AND ${inForce('$1')}
                    ${expiring === 'this-year' ? `AND a.expires_on <= $${params.length}::date` : ''}) AS arrangements
           FROM pupils p LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
          WHERE (p.leaving_date IS NULL OR p.leaving_date > $1::date)
                ${own ? `AND ${own}` : ''}) x
        WHERE arrangements IS NOT NULL
        ORDER BY legal_surname, forename, id`,
      params,
    )) as { pupil: PupilRef; arrangements: ExamArrangement[] }[];
    return { pupils: rows, expiring, academicYear: year, hiddenFromTeachingAssistants: false };
  }

  async create(auth: RequestAuth, pupilId: string, dto: RecordExamArrangementDto): Promise<ExamArrangement> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    this.check(dto);
    const [{ id }] = (await this.db.manager.query(
      `INSERT INTO exam_arrangements (school_id, pupil_id, arrangement, extra_time_percent, details, evidence,
                                      assessor, approved_on, expires_on, created_by, updated_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [
        pupilId,
        dto.arrangement,
        dto.extraTimePercent ?? null,
        clean(dto.details),
        clean(dto.evidence),
        clean(dto.assessor),
        dto.approvedOn,
        dto.expiresOn ?? null,
        auth.principal.userId,
      ],
    )) as [{ id: string }];
    return this.one(auth, pupilId, id);
  }

  async save(
    auth: RequestAuth,
    pupilId: string,
    id: string,
    dto: SaveExamArrangementDto,
  ): Promise<ExamArrangement> {
    await this.lockForChange(pupilId, id, dto.version);
    this.check(dto);
    await this.db.manager.query(
      `UPDATE exam_arrangements SET arrangement = $3, extra_time_percent = $4, details = $5, evidence = $6,
              assessor = $7, approved_on = $8, expires_on = $9, updated_by = $10, updated_at = now(),
              version = version + 1
        WHERE pupil_id = $1 AND id = $2`,
      [
        pupilId,
        id,
        dto.arrangement,
        dto.extraTimePercent ?? null,
        clean(dto.details),
        clean(dto.evidence),
        clean(dto.assessor),
        dto.approvedOn,
        dto.expiresOn ?? null,
        auth.principal.userId,
      ],
    );
    return this.one(auth, pupilId, id);
  }

  async withdraw(
    auth: RequestAuth,
    pupilId: string,
    id: string,
    dto: WithdrawExamArrangementDto,
  ): Promise<ExamArrangement> {
    const { approvedOn } = await this.lockForChange(pupilId, id, dto.version);
    const problems = withdrawalProblems(dto.withdrawnOn, approvedOn, schoolToday());
    if (problems.length)
      throw validationProblem(problems, 'The arrangement cannot be withdrawn on that date.');
    await this.db.manager.query(
      `UPDATE exam_arrangements SET withdrawn_on = $3, updated_by = $4, updated_at = now(), version = version + 1
        WHERE pupil_id = $1 AND id = $2`,
      [pupilId, id, dto.withdrawnOn, auth.principal.userId],
    );
    return this.one(auth, pupilId, id);
  }

  private check(dto: RecordExamArrangementDto): void {
    const problems = examArrangementProblems(dto, schoolToday());
    if (problems.length) throw validationProblem(problems, 'Some of the arrangement needs changing.');
  }

  /** Locks the arrangement for the rest of the transaction: 404, 409 when stale or withdrawn. */
  private async lockForChange(pupilId: string, id: string, version: number): Promise<{ approvedOn: string }> {
    const [row] = (await this.db.manager.query(
      `SELECT version, withdrawn_on IS NOT NULL AS withdrawn, to_char(approved_on, 'YYYY-MM-DD') AS "approvedOn"
         FROM exam_arrangements WHERE pupil_id = $1 AND id = $2 FOR UPDATE`,
      [pupilId, id],
    )) as { version: number; withdrawn: boolean; approvedOn: string }[];
    if (!row) throw notFound();
    if (row.version !== version) throw staleVersion(STALE);
    if (row.withdrawn)
      throw new ProblemException({
        type: PROBLEM_TYPES.conflict,
        title: 'A withdrawn arrangement cannot change',
        status: HttpStatus.CONFLICT,
        detail: 'This arrangement has been withdrawn: it is kept as it was. Record a new one instead.',
      });
    return { approvedOn: row.approvedOn };
  }

  private async one(auth: RequestAuth, pupilId: string, id: string): Promise<ExamArrangement> {
    const [row] = (await this.db.manager.query(
      `SELECT ${arrangementJson(auth.scope === 'all')} AS a
         FROM exam_arrangements a LEFT JOIN users ub ON ub.id = a.updated_by
        WHERE a.pupil_id = $1 AND a.id = $2`,
      [pupilId, id],
    )) as { a: ExamArrangement }[];
    if (!row) throw notFound();
    return row.a;
  }
}
