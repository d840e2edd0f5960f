import { Module } from '@nestjs/common';
import { LeadershipModule } from '../leadership/leadership.module';
import { TrustsController } from './trusts.controller';
import { TrustsService } from './trusts.service';

/** The trust leader's comparison of the trust's schools: aggregates only, small numbers suppressed. */
@Module({ imports: [LeadershipModule], controllers: [TrustsController], providers: [TrustsService] })
export class TrustsModule {}
