import { HttpStatus } from '@nestjs/common';
import { PLAN_FORMATS, type PlanContent, type PlanFormat, type PlanStatus } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, ProblemException, PROBLEM_TYPES } from '../platform/http/problem';
import { ownPupilsCondition } from '../pupils/own-pupils';
import { staleVersion } from '../register/sen-record.writer';
import { lockPupilPlans } from './plan-sql';

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<unknown[]> };

/** Whether the caller writes plans (the SENCO): only they see drafts. */
export const writesPlans = (auth: RequestAuth) => auth.grants['plan.write'] !== undefined;

/** A plan as the write paths need it, read under its row lock. */
export interface LockedPlan {
  id: string;
  cycle: number;
  status: PlanStatus;
  format: string;
  content: PlanContent;
  reviewDate: string | null;
  startedOn: string | null;
  version: number;
}

/** The format a plan was written in (a plan never names one that is not in PLAN_FORMATS). */
export function formatOf(plan: { format: string }): PlanFormat {
  const format = PLAN_FORMATS[plan.format];
  if (!format) throw new Error(`Unknown plan format ${plan.format}`);
  return format;
}

/** 409 for a change the plan's state does not allow (a closed plan, a comment on a draft...). */
export function planStateProblem(title: string, detail: string): ProblemException {
  return new ProblemException({ type: PROBLEM_TYPES.conflict, title, status: HttpStatus.CONFLICT, detail });
}

export const STALE_PLAN = 'this plan';

/**
 * Checks the pupil is visible to the caller under the route's scope (404 otherwise) and takes the
 * pupil's plan lock for the rest of the transaction (lockPupilPlans).
 */
export async function lockPupil(m: Queryable, auth: RequestAuth, pupilId: string): Promise<void> {
  const own = ownPupilsCondition(auth, 'p', 2);
  const rows = await m.query(lockPupilPlans(own), own ? [pupilId, auth.principal.userId] : [pupilId]);
  if (rows.length === 0) throw notFound();
}

/**
 * One of the pupil's plans, locked for update; a draft is not there for those who do not write plans.
 * Call lockPupil first.
 */
export async function lockPlan(
  m: Queryable,
  auth: RequestAuth,
  pupilId: string,
  planId: string,
): Promise<LockedPlan> {
  const [plan] = (await m.query(
    `SELECT sp.id, sp.cycle, sp.status, sp.format, sp.content, to_char(sp.review_date, 'YYYY-MM-DD') AS "reviewDate",
            to_char(sp.started_on, 'YYYY-MM-DD') AS "startedOn", sp.version
       FROM support_plans sp WHERE sp.id = $1 AND sp.pupil_id = $2 FOR UPDATE`,
    [planId, pupilId],
  )) as LockedPlan[];
  if (!plan || (plan.status === 'draft' && !writesPlans(auth))) throw notFound();
  return plan;
}

/** The version sent must be the plan's: otherwise someone else changed it since (409). */
export function assertVersion(plan: LockedPlan, version: number): void {
  if (plan.version !== version) throw staleVersion(STALE_PLAN);
}

export function assertNotClosed(plan: LockedPlan): void {
  if (plan.status === 'closed') {
    throw planStateProblem(
      'A closed plan cannot change',
      `This plan (cycle ${plan.cycle}) is closed: it is kept as it was. Change the current plan instead.`,
    );
  }
}
