import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MyPassports, StaffNotice } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { MyPassportsQuery } from './dto/passport.dto';
import { MyPassportsService } from './my-passports.service';

@ApiTags('passports')
@Controller('schools/:schoolId')
export class MyPassportsController {
  constructor(private readonly mine: MyPassportsService) {}

  @Requires('passport.acknowledge')
  @Get('my-passports')
  @ApiOkResponse({ description: "My pupils' current passports, the ones I have not read first" })
  list(@Auth() auth: RequestAuth, @Query() query: MyPassportsQuery): Promise<MyPassports> {
    return this.mine.list(auth, query.q);
  }

  @Requires('passport.acknowledge')
  @Get('my-notices')
  @ApiOkResponse({
    description: 'Notices sent to me: unread ones and those of the last 30 days, newest first',
  })
  notices(@Auth() auth: RequestAuth): Promise<StaffNotice[]> {
    return this.mine.notices(auth);
  }

  @Requires('passport.acknowledge')
  @Post('my-notices/:noticeId/read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The notice is marked read' })
  markRead(@Auth() auth: RequestAuth, @Param('noticeId', UuidParamPipe) noticeId: string): Promise<void> {
    return this.mine.markRead(auth, noticeId);
  }
}
