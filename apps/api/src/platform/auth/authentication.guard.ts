import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { unauthenticated } from '../http/problem';
import { ACCESS_KEY, RouteAccess } from './access.decorators';

/** Global: every route needs a valid access token unless it is marked @Public(). */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.kind === 'public') return true;
    return super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: T, info: unknown): T {
    if (err || !user) {
      const expired = info instanceof Error && info.name === 'TokenExpiredError';
      throw unauthenticated(
        expired ? 'Your session has expired. Please sign in again.' : 'Sign in to continue.',
        expired,
      );
    }
    return user;
  }
}
