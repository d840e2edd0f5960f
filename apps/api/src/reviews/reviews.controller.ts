import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ReviewDashboard } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@Controller('schools/:schoolId/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  /** A school summary, so report.read (the SENCO and the head); the lists only with plan.write. */
  @Requires('report.read')
  @Get('dashboard')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'Support plan reviews and EHCP steps overdue or due within 30 days, pupils on the register without an ' +
      'active plan, and pupils on SEN support with fewer than three meetings (reviews and parent meetings) in 12 months: counts for all, ' +
      'lists for those who write plans',
  })
  dashboard(@Auth() auth: RequestAuth): Promise<ReviewDashboard> {
    return this.reviews.dashboard(auth);
  }
}
