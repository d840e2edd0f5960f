import { Injectable } from '@nestjs/common';
import type { ReviewDashboard } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import { reviewDashboard } from './review-dashboard';

@Injectable()
export class ReviewsService {
  constructor(private readonly db: DbContext) {}

  /**
   * What is due and what is missing, as at the school's today. The lists name pupils, so they go to
   * those who write plans (the SENCO); the head, who oversees, gets the counts.
   */
  async dashboard(auth: RequestAuth): Promise<ReviewDashboard> {
    const dashboard = await reviewDashboard(this.db.manager, schoolToday());
    return auth.grants['plan.write'] ? dashboard : { ...dashboard, lists: null };
  }
}
