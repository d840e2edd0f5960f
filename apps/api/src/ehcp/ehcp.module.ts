import { Module } from '@nestjs/common';
import { EhcpController } from './ehcp.controller';
import { EhcpService } from './ehcp.service';

/** EHCP records and their statutory clock. */
@Module({ controllers: [EhcpController], providers: [EhcpService] })
export class EhcpModule {}
