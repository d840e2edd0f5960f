import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { grantsFor } from '@sendreg/contracts';
import type { Request } from 'express';
import { forbidden, notFound, unauthenticated } from '../http/problem';
import { isUuid } from '../http/uuid-param.pipe';
import { ACCESS_KEY, RouteAccess } from './access.decorators';
import type { AccessClaims, RequestAuth } from './principal';
import { PrincipalService } from './principal.service';

/**
 * Global, after authentication, deny by default: a route must declare its access. The school (or
 * trust) in the path must be one the caller belongs to, else 404 as if it did not exist; the caller's
 * roles there must hold the route's permission, else 403. Decided afresh on every request.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.kind === 'public') return true;
    if (!access) throw forbidden('This route declares no permission, so nobody may use it.');

    const request = context.switchToHttp().getRequest<Request>();
    const claims = request.user as AccessClaims | undefined;
    if (!claims || !isUuid(claims.sub) || !isUuid(claims.sid)) throw unauthenticated();
    const principal = await this.principals.load(claims.sub, claims.sid);
    if (!principal) throw unauthenticated('Your session has ended. Please sign in again.', true);

    const auth: RequestAuth = {
      principal,
      schoolId: null,
      trustId: null,
      roles: [],
      grants: {},
      scope: null,
      permission: null,
    };
    request.auth = auth;
    if (access.kind === 'signed-in') return true;

    const { schoolId, trustId } = request.params as { schoolId?: string; trustId?: string };
    if (schoolId !== undefined) {
      const membership = isUuid(schoolId)
        ? principal.schools.find((s) => s.schoolId === schoolId.toLowerCase())
        : undefined;
      if (!membership) throw notFound();
      auth.schoolId = membership.schoolId;
      auth.roles = membership.roles;
    } else if (trustId !== undefined) {
      const membership = isUuid(trustId)
        ? principal.trusts.find((t) => t.trustId === trustId.toLowerCase())
        : undefined;
      if (!membership) throw notFound();
      auth.trustId = membership.trustId;
      auth.roles = membership.roles;
    } else {
      throw forbidden('This route names no school or trust, so no permission can apply.');
    }
    auth.grants = grantsFor(auth.roles);
    if (access.kind === 'member') {
      if (!auth.schoolId) throw forbidden('Only a school route can be open to every member.');
      return true;
    }
    auth.permission = access.permission;
    auth.scope = auth.grants[access.permission] ?? null;
    if (!auth.scope) throw forbidden();
    return true;
  }
}
