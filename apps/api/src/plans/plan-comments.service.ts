import { Injectable } from '@nestjs/common';
import type { PlanComment } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import { cleanText } from '../passports/passport-content';
import { isoTimestamp } from '../passports/passport-sql';
import type { AddPlanCommentDto } from './dto/plan.dto';
import { lockPlan, lockPupil, planStateProblem } from './plan-access';
import { personById } from './plan-sql';

/**
 * Teachers' comments on how a pupil is getting on, made on the active plan before its review; the
 * review keeps them with it. Comments are only ever added.
 */
@Injectable()
export class PlanCommentsService {
  constructor(private readonly db: DbContext) {}

  async add(
    auth: RequestAuth,
    pupilId: string,
    planId: string,
    dto: AddPlanCommentDto,
  ): Promise<PlanComment> {
    const m = this.db.manager;
    // The pupil's plan lock: the plan cannot be reviewed or closed between the check and the insert.
    await lockPupil(m, auth, pupilId);
    const plan = await lockPlan(m, auth, pupilId, planId);
    if (plan.status !== 'active') {
      throw planStateProblem(
        'Comments are for the active plan',
        plan.status === 'closed'
          ? 'This plan is closed: add your comment to the current plan instead.'
          : 'This plan is a draft: comment once it is the active plan.',
      );
    }
    const [comment] = (await m.query(
      `WITH added AS (
         INSERT INTO plan_comments (school_id, plan_id, author_id, body)
         VALUES (app_current_school(), $1, $2, $3) RETURNING id, author_id, body, created_at)
       SELECT json_build_object('id', a.id, 'body', a.body, 'author', ${personById('a.author_id')},
                                'createdAt', ${isoTimestamp('a.created_at')}) AS comment
         FROM added a`,
      [planId, auth.principal.userId, cleanText(dto.body)],
    )) as { comment: PlanComment }[];
    return comment!.comment;
  }
}
