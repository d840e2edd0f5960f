import { Injectable } from '@nestjs/common';
import { nextReviewDate, type PlanReview, type RecordedReview } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { cleanText } from '../passports/passport-content';
import { schoolClosures } from '../provision/school-closures';
import { assertPupilVisible } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import type { RecordReviewDto } from './dto/plan-review.dto';
import {
  assertNotClosed,
  assertVersion,
  formatOf,
  lockPlan,
  lockPupil,
  planStateProblem,
} from './plan-access';
import { planOutcomes } from './plan-content';
import { PlanReader } from './plan-reader';
import { checkReview, nextCycleContent } from './plan-review-rules';
import { PlanSettingsService } from './plan-settings.service';
import { withRevision } from './plan-sql';

/**
 * Review meetings (DOMAIN.md: Review, then decide the next cycle). Recording one closes the active plan
 * and starts the next, in the request's one transaction: the review is kept with every outcome's
 * rating and the teachers' comments, and the next plan carries forward what was not yet met.
 */
@Injectable()
export class PlanReviewsService {
  constructor(
    private readonly db: DbContext,
    private readonly reader: PlanReader,
    private readonly settings: PlanSettingsService,
  ) {}

  /** Every review held for the pupil, the most recent first. */
  async list(auth: RequestAuth, pupilId: string): Promise<PlanReview[]> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    return this.reader.reviews('r.pupil_id = $1', [pupilId]);
  }

  /**
   * Records the review of the active plan, at the version last read: sending the same review again
   * finds the plan closed at a later version (409), so a retry never makes a second review.
   */
  async record(
    auth: RequestAuth,
    pupilId: string,
    planId: string,
    dto: RecordReviewDto,
  ): Promise<RecordedReview> {
    const m = this.db.manager;
    await lockPupil(m, auth, pupilId);
    const plan = await lockPlan(m, auth, pupilId, planId);
    assertVersion(plan, dto.version);
    assertNotClosed(plan);
    if (plan.status !== 'active') {
      throw planStateProblem(
        'Only the active plan can be reviewed',
        'This plan is a draft: make it the active plan, then review it when the time comes.',
      );
    }
    const format = formatOf(plan);
    const checked = checkReview(
      dto,
      { outcomes: planOutcomes(format, plan.content), startedOn: plan.startedOn! },
      schoolToday(),
    );
    if (checked.errors.length) throw validationProblem(checked.errors, 'Some of the review needs changing.');

    const pupilViews = cleanText(dto.pupilViews);
    const parentViews = cleanText(dto.parentViews);
    const reviewDate =
      dto.nextReviewDate ??
      nextReviewDate(dto.heldOn, await this.settings.reviewsPerYear(), await schoolClosures(m));
    const content = nextCycleContent(format, plan.content, checked.outcomes, {
      reviewDate,
      pupilViews,
      parentViews,
    });
    const userId = auth.principal.userId;
    const nextCycle = plan.cycle + 1;

    await m.query(
      withRevision(
        `UPDATE support_plans SET status = 'closed', closed_on = $2::date, closed_reason = 'reviewed',
                version = version + 1, updated_by = $3, updated_at = now()
          WHERE id = $1`,
      ),
      [planId, dto.heldOn, userId],
    );
    // A draft being written took the next cycle's number; it stays a draft, numbered after the new plan.
    await m.query(
      `WITH moved AS (
         UPDATE support_plans SET cycle = $2 + 1 WHERE pupil_id = $1 AND status = 'draft' AND cycle <= $2
         RETURNING id)
       SELECT id FROM moved`,
      [pupilId, nextCycle],
    );
    const [next] = (await m.query(
      withRevision(
        `INSERT INTO support_plans (school_id, pupil_id, cycle, status, format, content, review_date, started_on,
                                    version, created_by, updated_by)
         VALUES (app_current_school(), $1, $2, 'active', $3, $4::jsonb, $5::date, $6::date, 1, $7, $7)`,
      ),
      [pupilId, nextCycle, format.id, JSON.stringify(content), reviewDate, dto.heldOn, userId],
    )) as { id: string }[];
    const [review] = (await m.query(
      `INSERT INTO plan_reviews (school_id, plan_id, pupil_id, held_on, attendees, pupil_views, parent_views,
                                 outcomes, decisions, next_plan_id, next_review_date, recorded_by)
       VALUES (app_current_school(), $1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, $8, $9, $10, $11) RETURNING id`,
      [
        planId,
        pupilId,
        dto.heldOn,
        JSON.stringify(checked.attendees),
        pupilViews,
        parentViews,
        JSON.stringify(checked.outcomes),
        cleanText(dto.decisions),
        next!.id,
        reviewDate,
        userId,
      ],
    )) as { id: string }[];

    const [recorded] = await this.reader.reviews('r.id = $1', [review!.id]);
    return { review: recorded!, nextPlan: (await this.reader.plan('sp.id = $1', [next!.id]))! };
  }
}
