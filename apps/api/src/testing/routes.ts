import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_KEY, RouteAccess } from '../platform/auth/access.decorators';

export interface DeclaredRoute {
  method: string;
  path: string;
  access: RouteAccess | undefined;
  handler: string;
}

function join(...parts: string[]): string {
  return `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

/** Every route of every controller the application registered, with its declared access. */
export function declaredRoutes(app: INestApplication, prefix = 'api'): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const paths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const access =
          (Reflect.getMetadata(ACCESS_KEY, handler) as RouteAccess | undefined) ??
          (Reflect.getMetadata(ACCESS_KEY, controller) as RouteAccess | undefined);
        for (const b of base) {
          for (const p of paths) {
            routes.push({
              method: RequestMethod[method],
              path: join(prefix, b, p),
              access,
              handler: `${controller.name}.${name}`,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** The routes Express actually serves under the prefix (the router's own view). */
export function servedRoutes(app: INestApplication, prefix = '/api'): string[] {
  const instance = app.getHttpAdapter().getInstance() as {
    router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const stack = instance.router?.stack ?? [];
  return (
    stack
      .filter((layer) => layer.route && layer.route.path.startsWith(prefix))
      // Middleware bound to paths (request logging) registers for every HTTP method at once; a
      // controller route registers for one.
      .filter((layer) => Object.keys(layer.route!.methods).length <= 2)
      .flatMap((layer) =>
        Object.keys(layer.route!.methods)
          .filter((m) => m !== '_all')
          .map((m) => `${m.toUpperCase()} ${layer.route!.path}`),
      )
      .sort()
  );
}
