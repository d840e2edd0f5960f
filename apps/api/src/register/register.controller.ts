import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { RegisterPage } from '@sendreg/contracts';
import type { Response } from 'express';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { RegisterFilters } from './dto/register.query';
import { registerCsv } from './register-csv';
import { schoolToday } from './register-query';
import { EXPORT_LIMIT, RegisterService } from './register.service';

@ApiTags('register')
@Controller('schools/:schoolId/register')
export class RegisterController {
  constructor(private readonly register: RegisterService) {}

  @Requires('sen.read')
  @Get()
  @ApiOkResponse({
    description: 'The SEND register as at a date, filtered, sorted and paged, with counts per status',
  })
  page(@Auth() auth: RequestAuth, @Query() filters: RegisterFilters): Promise<RegisterPage> {
    return this.register.page(auth, filters);
  }

  @Requires('report.read')
  @Get('export')
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The current view of the register as CSV (all pages)' })
  async export(
    @Auth() auth: RequestAuth,
    @Query() filters: RegisterFilters,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const asAt = filters.asAt ?? schoolToday();
    const rows = await this.register.rows(auth, filters, asAt, EXPORT_LIMIT, 0);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="send-register-${asAt}.csv"`);
    return registerCsv(rows);
  }
}
