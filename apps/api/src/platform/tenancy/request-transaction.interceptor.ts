import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DbContext } from './db-context';

const OWN_TRANSACTION = 'sendreg:own-transaction';

/**
 * For routes that receive a file upload: the request transaction is not opened before the handler,
 * so a slow upload never holds a pooled connection. The handler opens its own with DbContext.run
 * once the file is in memory.
 */
export const OpensOwnTransaction = () => SetMetadata(OWN_TRANSACTION, true);

/**
 * Each authorized request runs in one transaction, opened after the guards have checked membership,
 * with the school and user of the request set for row-level security. An error rolls it back.
 */
@Injectable()
export class RequestTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: DbContext,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const auth = request.auth;
    if (!auth || this.reflector.get<boolean>(OWN_TRANSACTION, context.getHandler())) return next.handle();
    return from(
      this.db.run({ schoolId: auth.schoolId, userId: auth.principal.userId }, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
