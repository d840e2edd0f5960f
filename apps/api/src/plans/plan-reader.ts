import { Injectable } from '@nestjs/common';
import type { PlanProvisionRef, PlanReview, PlanSummary, SupportPlan } from '@sendreg/contracts';
import { DbContext } from '../platform/tenancy/db-context';
import { schedule } from '../provision/provision-map.csv';
import { PLAN_FROM, planJson, reviewJson, summaryJson } from './plan-sql';

/** A linked provision as SQL answers it: the schedule still as weekdays and minutes. */
type RawProvision = Omit<PlanProvisionRef, 'schedule'> & {
  weekdays: number[] | null;
  minutes: number | null;
};
type RawPlan = Omit<SupportPlan, 'linkedProvisions'> & { linkedProvisions: RawProvision[] };

function planProvision({ weekdays, minutes, ...provision }: RawProvision): PlanProvisionRef {
  return {
    ...provision,
    schedule: weekdays?.length && minutes ? schedule(weekdays, minutes) : null,
  };
}

/**
 * Reads plans, their summaries and reviews as the API answers them, inside the request's transaction
 * (so under the school's row-level security). Callers check who may see which pupil and status.
 */
@Injectable()
export class PlanReader {
  constructor(private readonly db: DbContext) {}

  /** Plans matching a condition on PLAN_FROM (aliases sp, p, cl), newest cycle first. */
  async plans(where: string, params: unknown[]): Promise<SupportPlan[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${planJson()} AS plan FROM ${PLAN_FROM} WHERE ${where} ORDER BY sp.cycle DESC`,
      params,
    )) as { plan: RawPlan }[];
    return rows.map(({ plan }) => ({ ...plan, linkedProvisions: plan.linkedProvisions.map(planProvision) }));
  }

  async plan(where: string, params: unknown[]): Promise<SupportPlan | null> {
    return (await this.plans(where, params))[0] ?? null;
  }

  /** The pupil's plans as a list, newest cycle first; drafts only when asked for. */
  async summaries(pupilId: string, withDrafts: boolean): Promise<PlanSummary[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${summaryJson()} AS summary FROM support_plans sp
        WHERE sp.pupil_id = $1 ${withDrafts ? '' : `AND sp.status <> 'draft'`}
        ORDER BY sp.cycle DESC`,
      [pupilId],
    )) as { summary: PlanSummary }[];
    return rows.map((r) => r.summary);
  }

  /** Reviews matching a condition on plan_reviews r and its plan rp, the most recently held first. */
  async reviews(where: string, params: unknown[]): Promise<PlanReview[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${reviewJson('r', 'rp')} AS review
         FROM plan_reviews r JOIN support_plans rp ON rp.school_id = r.school_id AND rp.id = r.plan_id
        WHERE ${where} ORDER BY r.held_on DESC, rp.cycle DESC`,
      params,
    )) as { review: PlanReview }[];
    return rows.map((r) => r.review);
  }
}
