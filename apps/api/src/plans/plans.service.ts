import { Injectable } from '@nestjs/common';
import {
  DEFAULT_PLAN_FORMAT,
  PLAN_FORMATS,
  type CurrentPlan,
  type PlanContent,
  type PlanFormat,
  type PlanRevision,
  type PlanRevisionSummary,
  type PlanStrategies,
  type PlanSummary,
  type PupilRef,
  type SupportPlan,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem, type FieldError } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { cleanText } from '../passports/passport-content';
import { isoTimestamp, pupilRef } from '../passports/passport-sql';
import { assertPupilVisible, ownPupilsCondition } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { staleVersion } from '../register/sen-record.writer';
import type { ActivatePlanDto, ClosePlanDto, CreatePlanDto, SavePlanDto } from './dto/plan.dto';
import {
  assertNotClosed,
  assertVersion,
  formatOf,
  lockPlan,
  lockPupil,
  planStateProblem,
  STALE_PLAN,
  writesPlans,
} from './plan-access';
import { activePlanErrors, checkPlanContent, classStaffStrategies } from './plan-content';
import { PlanReader } from './plan-reader';
import { personById, withRevision } from './plan-sql';
import { SCHOOL_TODAY_SQL } from '../platform/tenancy/school-today';

const CONTENT_DETAIL = 'Some sections of the plan need changing.';

/**
 * Support plans (DOMAIN.md, "The graduated approach"): the SENCO writes a draft, makes it the active
 * plan, keeps it up to date and closes it; every write is kept as a revision. Reviews, which close a
 * plan and start the next, are in PlanReviewsService.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly db: DbContext,
    private readonly reader: PlanReader,
  ) {}

  async list(auth: RequestAuth, pupilId: string): Promise<PlanSummary[]> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    return this.reader.summaries(pupilId, writesPlans(auth));
  }

  /** The active plan in full, and the draft for those who write plans. */
  async current(auth: RequestAuth, pupilId: string): Promise<CurrentPlan> {
    const pupil = await this.pupil(auth, pupilId);
    const writes = writesPlans(auth);
    const plans = await this.reader.plans(
      `sp.pupil_id = $1 AND sp.status IN (${writes ? `'active', 'draft'` : `'active'`})`,
      [pupilId],
    );
    return {
      pupil,
      active: plans.find((p) => p.status === 'active') ?? null,
      draft: plans.find((p) => p.status === 'draft') ?? null,
    };
  }

  /** What adults in class need from the active plan: its sections for class staff, nothing else. */
  async strategies(auth: RequestAuth, pupilId: string): Promise<PlanStrategies> {
    const own = ownPupilsCondition(auth, 'p', 2);
    const [row] = (await this.db.manager.query(
      `SELECT ${pupilRef()} AS pupil, sp.id, sp.cycle, sp.format, sp.content,
              to_char(sp.review_date, 'YYYY-MM-DD') AS "reviewDate",
              CASE WHEN sp.id IS NULL THEN NULL ELSE ${isoTimestamp('sp.updated_at')} END AS "updatedAt"
         FROM pupils p LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
         LEFT JOIN support_plans sp ON sp.school_id = p.school_id AND sp.pupil_id = p.id AND sp.status = 'active'
        WHERE p.id = $1 ${own ? `AND ${own}` : ''}`,
      own ? [pupilId, auth.principal.userId] : [pupilId],
    )) as {
      pupil: PupilRef;
      id: string | null;
      cycle: number | null;
      format: string | null;
      content: PlanContent | null;
      reviewDate: string | null;
      updatedAt: string | null;
    }[];
    if (!row) throw notFound();
    return {
      pupil: row.pupil,
      planId: row.id,
      cycle: row.cycle,
      strategies: row.id ? classStaffStrategies(formatOf({ format: row.format! }), row.content!) : [],
      reviewDate: row.reviewDate,
      updatedAt: row.updatedAt,
    };
  }

  /** Starts a draft as the pupil's next cycle; one draft at a time. */
  async create(auth: RequestAuth, pupilId: string, dto: CreatePlanDto): Promise<SupportPlan> {
    const m = this.db.manager;
    await lockPupil(m, auth, pupilId);
    const [draft] = (await m.query(
      `SELECT cycle FROM support_plans WHERE pupil_id = $1 AND status = 'draft'`,
      [pupilId],
    )) as { cycle: number }[];
    if (draft) {
      throw planStateProblem(
        'A draft plan exists already',
        `This pupil already has a draft plan (cycle ${draft.cycle}). Carry on with that draft rather than starting another.`,
      );
    }
    const format = PLAN_FORMATS[dto.format ?? DEFAULT_PLAN_FORMAT]!;
    const content = await this.checkContent(dto.content, format);
    const [created] = (await m.query(
      withRevision(
        `INSERT INTO support_plans (school_id, pupil_id, cycle, status, format, content, review_date, version,
                                    created_by, updated_by)
         SELECT app_current_school(), $1, coalesce(max(x.cycle), 0) + 1, 'draft', $2, $3::jsonb, $4::date, 1, $5, $5
           FROM support_plans x WHERE x.pupil_id = $1`,
      ),
      [pupilId, format.id, JSON.stringify(content), dto.reviewDate ?? null, auth.principal.userId],
    )) as { id: string }[];
    return (await this.reader.plan('sp.id = $1', [created!.id]))!;
  }

  async get(auth: RequestAuth, pupilId: string, planId: string): Promise<SupportPlan> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    const plan = await this.reader.plan(
      `sp.id = $1 AND sp.pupil_id = $2 ${writesPlans(auth) ? '' : `AND sp.status <> 'draft'`}`,
      [planId, pupilId],
    );
    if (!plan) throw notFound();
    return plan;
  }

  /**
   * Saves a draft or the active plan at the version last read (409 when someone saved since: the
   * second of two people editing is refused, nothing is overwritten). An active plan must still hold
   * what an active plan needs. Every save is kept as a revision.
   */
  async save(auth: RequestAuth, pupilId: string, planId: string, dto: SavePlanDto): Promise<SupportPlan> {
    const m = this.db.manager;
    await lockPupil(m, auth, pupilId);
    const plan = await lockPlan(m, auth, pupilId, planId);
    assertVersion(plan, dto.version);
    assertNotClosed(plan);
    const format = formatOf(plan);
    const content = await this.checkContent(dto.content, format, plan.content, (checked) =>
      plan.status === 'active' ? activePlanErrors(format, checked, dto.reviewDate) : [],
    );
    const saved = (await m.query(
      withRevision(
        `UPDATE support_plans SET content = $3::jsonb, review_date = $4::date, version = version + 1,
                updated_by = $5, updated_at = now()
          WHERE id = $1 AND version = $2`,
      ),
      [planId, dto.version, JSON.stringify(content), dto.reviewDate, auth.principal.userId],
    )) as { id: string }[];
    if (saved.length === 0) throw staleVersion(STALE_PLAN);
    return (await this.reader.plan('sp.id = $1', [planId]))!;
  }

  /**
   * Makes a draft the active plan from today. It needs what an active plan needs, and a review date
   * that is not in the past. The plan it replaces, if any, closes today as 'replaced'.
   */
  async activate(
    auth: RequestAuth,
    pupilId: string,
    planId: string,
    dto: ActivatePlanDto,
  ): Promise<SupportPlan> {
    const m = this.db.manager;
    await lockPupil(m, auth, pupilId);
    const plan = await lockPlan(m, auth, pupilId, planId);
    assertVersion(plan, dto.version);
    assertNotClosed(plan);
    if (plan.status === 'active') {
      throw planStateProblem(
        'The plan is active already',
        `This plan (cycle ${plan.cycle}) is the active plan.`,
      );
    }
    const errors = activePlanErrors(formatOf(plan), plan.content, plan.reviewDate);
    if (plan.reviewDate && plan.reviewDate < schoolToday()) {
      errors.push({
        field: 'reviewDate',
        message: 'The review date is in the past: choose a date from today',
      });
    }
    if (errors.length) throw validationProblem(errors, 'The plan is not ready to be made active.');
    const userId = auth.principal.userId;
    // Close the active plan first: a pupil has one active plan at most, even within this transaction.
    await m.query(
      withRevision(
        `UPDATE support_plans SET status = 'closed', closed_on = ${SCHOOL_TODAY_SQL}, closed_reason = 'replaced',
                version = version + 1, updated_by = $2, updated_at = now()
          WHERE pupil_id = $1 AND status = 'active'`,
      ),
      [pupilId, userId],
    );
    await m.query(
      withRevision(
        `UPDATE support_plans SET status = 'active', started_on = ${SCHOOL_TODAY_SQL}, version = version + 1,
                updated_by = $2, updated_at = now()
          WHERE id = $1`,
      ),
      [planId, userId],
    );
    return (await this.reader.plan('sp.id = $1', [planId]))!;
  }

  /** Ends the active plan without a review, with the reason (e.g. the pupil left the register). */
  async close(auth: RequestAuth, pupilId: string, planId: string, dto: ClosePlanDto): Promise<SupportPlan> {
    const m = this.db.manager;
    await lockPupil(m, auth, pupilId);
    const plan = await lockPlan(m, auth, pupilId, planId);
    assertVersion(plan, dto.version);
    assertNotClosed(plan);
    if (plan.status !== 'active') {
      throw planStateProblem(
        'Only the active plan can be closed',
        'This plan is a draft: it has not started, so there is nothing to close.',
      );
    }
    await m.query(
      withRevision(
        `UPDATE support_plans SET status = 'closed', closed_on = ${SCHOOL_TODAY_SQL}, closed_reason = $2,
                version = version + 1, updated_by = $3, updated_at = now()
          WHERE id = $1`,
      ),
      [planId, cleanText(dto.reason), auth.principal.userId],
    );
    return (await this.reader.plan('sp.id = $1', [planId]))!;
  }

  async revisions(auth: RequestAuth, pupilId: string, planId: string): Promise<PlanRevisionSummary[]> {
    await this.assertPlanVisible(auth, pupilId, planId);
    const rows = (await this.db.manager.query(
      `SELECT ${revisionJson(false)} AS revision FROM plan_revisions v WHERE v.plan_id = $1 ORDER BY v.number DESC`,
      [planId],
    )) as { revision: PlanRevisionSummary }[];
    return rows.map((r) => r.revision);
  }

  async revision(auth: RequestAuth, pupilId: string, planId: string, number: number): Promise<PlanRevision> {
    await this.assertPlanVisible(auth, pupilId, planId);
    const [row] = (await this.db.manager.query(
      `SELECT ${revisionJson(true)} AS revision FROM plan_revisions v WHERE v.plan_id = $1 AND v.number = $2`,
      [planId, number],
    )) as { revision: PlanRevision }[];
    if (!row) throw notFound();
    return row.revision;
  }

  private async pupil(auth: RequestAuth, pupilId: string): Promise<PupilRef> {
    const own = ownPupilsCondition(auth, 'p', 2);
    const [row] = (await this.db.manager.query(
      `SELECT ${pupilRef()} AS pupil
         FROM pupils p LEFT JOIN classes cl ON cl.school_id = p.school_id AND cl.id = p.class_id
        WHERE p.id = $1 ${own ? `AND ${own}` : ''}`,
      own ? [pupilId, auth.principal.userId] : [pupilId],
    )) as { pupil: PupilRef }[];
    if (!row) throw notFound();
    return row.pupil;
  }

  /** 404 unless the pupil is visible and the plan is theirs (a draft only for those who write plans). */
  private async assertPlanVisible(auth: RequestAuth, pupilId: string, planId: string): Promise<void> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const [plan] = await m.query(
      `SELECT 1 FROM support_plans sp WHERE sp.id = $1 AND sp.pupil_id = $2
          ${writesPlans(auth) ? '' : `AND sp.status <> 'draft'`}`,
      [planId, pupilId],
    );
    if (!plan) throw notFound();
  }

  /**
   * The content as stored, or 400 with every problem field by field: the format's rules, the need
   * codes (need_types, the database's list), the provisions (the school's), then any rule of the
   * plan's state, once the content itself is sound.
   */
  private async checkContent(
    input: PlanContent,
    format: PlanFormat,
    previous?: PlanContent,
    stateErrors: (content: PlanContent) => FieldError[] = () => [],
  ): Promise<PlanContent> {
    const m = this.db.manager;
    const codes = (await m.query(`SELECT code FROM need_types`)) as { code: string }[];
    const { content, errors, provisions } = checkPlanContent(input as Record<string, unknown>, format, {
      needCodes: new Set(codes.map((c) => c.code)),
      previous,
    });
    if (provisions.length) {
      const found = (await m.query(`SELECT id FROM provisions WHERE id = ANY($1::uuid[])`, [
        provisions.map((p) => p.id),
      ])) as { id: string }[];
      const known = new Set(found.map((f) => f.id));
      for (const p of provisions) {
        if (!known.has(p.id)) errors.push({ field: p.field, message: 'Choose a provision of this school' });
      }
    }
    if (errors.length === 0) errors.push(...stateErrors(content));
    if (errors.length) throw validationProblem(errors, CONTENT_DETAIL);
    return content;
  }
}

/** PlanRevisionSummary (or PlanRevision, with its content) of a plan_revisions alias v. */
function revisionJson(withContent: boolean): string {
  return `json_build_object('number', v.number, 'status', v.status, 'reviewDate', v.review_date,
                            'savedBy', ${personById('v.saved_by')}, 'savedAt', ${isoTimestamp('v.saved_at')}
                            ${withContent ? `, 'content', v.content` : ''})`;
}
