import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Permission, PERMISSIONS } from '@sendreg/contracts';

export const ACCESS_KEY = 'sendreg:access';

/** How a route may be reached. Every route has exactly one; a route with none is refused. */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'member' }
  | { kind: 'permission'; permission: Permission };

/** Reachable without signing in. The only way out of the global guard. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies RouteAccess);

/** Any signed-in person, whatever their roles (e.g. reading their own account). */
export const SignedIn = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session has ended' }),
  );

/**
 * Any member of the school in the path, whatever their roles: for what belongs to the person rather
 * than to pupils (their own notifications, their calendar feed). Without that membership, 404.
 */
export const SchoolMember = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'member' } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session has ended' }),
    ApiNotFoundResponse({ description: 'Not a member of this school' }),
  );

/**
 * Requires a permission of the shared map, held through a membership of the school (or trust) in
 * the path. Without that membership the answer is 404; with it but without the permission, 403.
 */
export const Requires = (permission: Permission) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session has ended' }),
    ApiForbiddenResponse({
      description: `Requires the permission "${permission}": ${PERMISSIONS[permission]}`,
    }),
    ApiNotFoundResponse({ description: 'Not found, or not visible to you' }),
  );
