import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { TrustSummary } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { TrustsService } from './trusts.service';

@ApiTags('trusts')
@Controller('trusts/:trustId')
export class TrustsController {
  constructor(private readonly trusts: TrustsService) {}

  @Requires('trust.summary')
  @Get('summary')
  @Header('Cache-Control', 'private, no-store')
  @ApiOkResponse({
    description:
      "Each of the trust's schools compared: aggregates only, counts under 5 shown as 'fewer than 5'",
  })
  summary(@Auth() auth: RequestAuth): Promise<TrustSummary> {
    return this.trusts.summary(auth);
  }
}
