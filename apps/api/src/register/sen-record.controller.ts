import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { NeedTypeRow, SendRecord } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { ChangeSenStatusDto, SetNeedsDto } from './dto/sen-record.dto';
import { SenRecordService } from './sen-record.service';

@ApiTags('register')
@Controller('schools/:schoolId')
export class SenRecordController {
  constructor(private readonly records: SenRecordService) {}

  @Requires('sen.read')
  @Get('need-types')
  @ApiOkResponse({ description: 'The census types of need, with their broad areas' })
  needTypes(): Promise<NeedTypeRow[]> {
    return this.records.needTypes();
  }

  @Requires('sen.read')
  @Get('pupils/:pupilId/send')
  @ApiOkResponse({
    description: "A pupil's SEND record: status, ranked needs, history, timeline, census problems",
  })
  record(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string): Promise<SendRecord> {
    return this.records.record(auth, pupilId);
  }

  @Requires('sen.read')
  @Get('pupils/:pupilId/sen-status')
  @ApiOkResponse({ description: "The pupil's SEN status history, newest first" })
  async statusHistory(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string) {
    return (await this.records.record(auth, pupilId)).statusHistory;
  }

  @Requires('sen.write')
  @Post('pupils/:pupilId/sen-status')
  @ApiOkResponse({ description: 'The status change is recorded from its date; the updated SEND record' })
  changeStatus(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: ChangeSenStatusDto,
  ): Promise<SendRecord> {
    return this.records.changeStatus(auth, pupilId, body);
  }

  @Requires('sen.read')
  @Get('pupils/:pupilId/needs')
  @ApiOkResponse({ description: "The pupil's ranked needs in force today" })
  async needs(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string) {
    return (await this.records.record(auth, pupilId)).needs;
  }

  @Requires('sen.write')
  @Put('pupils/:pupilId/needs')
  @ApiOkResponse({ description: 'The ranked needs from the date given; the updated SEND record' })
  setNeeds(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: SetNeedsDto,
  ): Promise<SendRecord> {
    return this.records.setNeeds(auth, pupilId, body);
  }
}
