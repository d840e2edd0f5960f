import { ROLE_GRANTS, SCHOOL_ROLES, TRUST_PERMISSIONS, type Permission, type Role } from '@sendreg/contracts';
import { Fixture, seedFixture, signIn } from '../../testing/fixture';
import { declaredRoutes, DeclaredRoute, servedRoutes } from '../../testing/routes';
import { startTestApp, TestApp } from '../../testing/test-app';

const ACCOUNTS: Record<Role, string> = {
  senco: 'senco@ashdown.test',
  teacher: 'teacher@ashdown.test',
  ta: 'ta@ashdown.test',
  head: 'head@ashdown.test',
  school_admin: 'admin@ashdown.test',
  trust_leader: 'leader@trust.test',
};

/** Documentation routes that SwaggerModule serves straight from Express, public by design. */
const DOCS = /^(GET|HEAD) \/api\/docs/;

describe('route-by-role matrix', () => {
  let t: TestApp;
  let f: Fixture;
  let routes: DeclaredRoute[];
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
    routes = declaredRoutes(t.app);
    for (const role of Object.keys(ACCOUNTS) as Role[])
      tokens[role] = (await signIn(t, ACCOUNTS[role])).token;
  });
  afterAll(() => t?.close());

  it('finds every route Express serves among the declared ones (nothing is registered around the guards)', () => {
    const declared = new Set(routes.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, ':$1')}`));
    const served = servedRoutes(t.app).filter((r) => !DOCS.test(r));
    expect(served.length).toBeGreaterThan(5);
    expect(served.filter((r) => !declared.has(r))).toEqual([]);
  });

  it('gives every route exactly one declared access: public, signed-in or a permission of the shared map', () => {
    const undeclared = routes.filter((r) => !r.access).map((r) => `${r.method} ${r.path} (${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('matches the reviewed snapshot of who can reach what (a change here is a permission change)', () => {
    const table = routes.map((r) => {
      const access = r.access!;
      if (access.kind !== 'permission') return `${r.method} ${r.path} -> ${access.kind}`;
      const roles = (Object.keys(ROLE_GRANTS) as Role[])
        .filter((role) => ROLE_GRANTS[role][access.permission])
        .map((role) => `${role}${ROLE_GRANTS[role][access.permission] === 'own' ? '(own)' : ''}`);
      return `${r.method} ${r.path} -> ${access.permission}: ${roles.join(', ')}`;
    });
    expect(table).toMatchSnapshot();
  });

  function concretePath(route: DeclaredRoute, schoolId: string): string {
    return route.path
      .replace(':schoolId', schoolId)
      .replace(':trustId', f.trustId)
      .replace(':pupilId', f.pupils.Ada!)
      .replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
  }

  it('answers each role per the permission map: 403 without the permission, never 403 with it', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const access = route.access!;
      if (access.kind === 'public') continue;
      for (const role of SCHOOL_ROLES) {
        const path = concretePath(route, f.schoolA);
        const res = await t
          .http()
          [route.method.toLowerCase() as 'get'](path)
          .auth(tokens[role]!, { type: 'bearer' })
          .send(route.method === 'GET' ? undefined : {});
        const allowed =
          access.kind === 'signed-in' ||
          access.kind === 'member' ||
          ROLE_GRANTS[role][access.permission] !== undefined;
        // School staff belong to no trust: a trust route answers them 404 (membership is checked
        // before permissions), as for any trust they are not in.
        const ok = route.path.includes(':trustId')
          ? res.status === 404
          : allowed
            ? res.status !== 403 && res.status !== 401
            : res.status === 403;
        if (!ok) mismatches.push(`${role} ${route.method} ${path}: ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('gives the trust leader 404 on every school route, and every role 404 on another school', async () => {
    const schoolRoutes = routes.filter((r) => r.path.includes(':schoolId'));
    expect(schoolRoutes.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const route of schoolRoutes) {
      for (const [role, schoolId] of [
        ['trust_leader', f.schoolA],
        ['trust_leader', f.schoolB],
        ['senco', f.schoolB],
        ['head', f.schoolB],
      ] as [Role, string][]) {
        const res = await t
          .http()
          [route.method.toLowerCase() as 'get'](concretePath(route, schoolId))
          .auth(tokens[role]!, { type: 'bearer' });
        if (res.status !== 404) leaks.push(`${role} ${route.method} ${route.path}: ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('opens nothing to a trust role but aggregate trust routes: everything else needs a school', () => {
    const outsideSchools = routes.filter(
      (r) => r.access?.kind === 'permission' && !r.path.includes(':schoolId'),
    );
    expect(outsideSchools.filter((r) => !r.path.startsWith('/api/trusts/:trustId/'))).toEqual([]);
    expect(
      outsideSchools.filter(
        (r) => !TRUST_PERMISSIONS.includes((r.access as { permission: Permission }).permission),
      ),
    ).toEqual([]);
    expect(routes.filter((r) => r.path.includes(':trustId') && r.path.includes(':pupilId'))).toEqual([]);
  });

  it('refuses every non-public route without a token', async () => {
    const open: string[] = [];
    for (const route of routes.filter((r) => r.access?.kind !== 'public')) {
      const res = await t.http()[route.method.toLowerCase() as 'get'](concretePath(route, f.schoolA));
      if (res.status !== 401) open.push(`${route.method} ${route.path}: ${res.status}`);
    }
    expect(open).toEqual([]);
  });
});
