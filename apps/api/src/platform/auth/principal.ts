import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type {
  GrantScope,
  Grants,
  Permission,
  Role,
  SchoolMembership,
  TrustMembership,
} from '@sendreg/contracts';
import type { Request } from 'express';

/** A signed-in person as loaded afresh from the database on each request. */
export interface Principal {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  schools: SchoolMembership[];
  trusts: TrustMembership[];
}

/** What the guards established for this request. */
export interface RequestAuth {
  principal: Principal;
  schoolId: string | null;
  trustId: string | null;
  roles: Role[];
  grants: Grants;
  /** The scope of the route's permission: 'own' narrows to the caller's own pupils. */
  scope: GrantScope | null;
  permission: Permission | null;
}

/** The claims of a verified access token. */
export interface AccessClaims {
  sub: string;
  sid: string;
}

declare module 'express' {
  interface Request {
    auth?: RequestAuth;
    id?: string | number | object;
  }
}

export const Auth = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestAuth => {
  const auth = ctx.switchToHttp().getRequest<Request>().auth;
  if (!auth) throw new Error('Auth used on a route the guards did not authorize');
  return auth;
});
