import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbContext } from '../tenancy/db-context';
import { RequestTransactionInterceptor } from '../tenancy/request-transaction.interceptor';
import { DataSourceSettings, dataSourceOptions } from './data-source';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(settings: DataSourceSettings): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(settings))],
      providers: [DbContext, { provide: APP_INTERCEPTOR, useClass: RequestTransactionInterceptor }],
      exports: [DbContext],
    };
  }
}
