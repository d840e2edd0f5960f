import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from './platform/config/app-config';
import { DatabaseModule } from './platform/database/database.module';
import { AuthModule } from './platform/auth/auth.module';
import { HealthController } from './platform/health/health.controller';
import { ProblemDetailsFilter } from './platform/http/problem-details.filter';
import { loggerOptions } from './platform/http/logging';
import { ChronologyModule } from './chronology/chronology.module';
import { ConcernsModule } from './concerns/concerns.module';
import { EhcpModule } from './ehcp/ehcp.module';
import { ExamArrangementsModule } from './exam-arrangements/exam-arrangements.module';
import { FamiliesModule } from './families/families.module';
import { ImportsModule } from './imports/imports.module';
import { LeadershipModule } from './leadership/leadership.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PassportsModule } from './passports/passports.module';
import { PlansModule } from './plans/plans.module';
import { ProvisionRecordsModule } from './provision/provision-records.module';
import { ProvisionViewsModule } from './provision/provision-views.module';
import { PupilsModule } from './pupils/pupils.module';
import { ReferralsModule } from './referrals/referrals.module';
import { RegisterModule } from './register/register.module';
import { ReviewsModule } from './reviews/reviews.module';
import { StaffModule } from './staff/staff.module';
import { TrustsModule } from './trusts/trusts.module';

@Module({})
export class AppModule {
  /** The whole application for one database URL (a real server or the embedded one). */
  static forRoot(config: AppConfig, databaseUrl: string, poolSize: number): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize,
          preparedStatements: config.databasePreparedStatements,
          sqlTraceFile: config.sqlTraceFile,
        }),
        AuthModule,
        PupilsModule,
        StaffModule,
        RegisterModule,
        ImportsModule,
        ConcernsModule,
        ProvisionRecordsModule,
        ProvisionViewsModule,
        PassportsModule,
        PlansModule,
        EhcpModule,
        ReviewsModule,
        NotificationsModule,
        LeadershipModule,
        TrustsModule,
        FamiliesModule,
        ReferralsModule,
        ChronologyModule,
        ExamArrangementsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
