import type { SupportPlan } from '@sendreg/contracts';
import { daysFromToday } from '../../provision/testing/records-fixture';
import { ProvisionRecords } from '../../provision/testing/sessions-fixture';
import { signIn, withFixtureApp } from '../../testing/fixture';

/** People of the fixture trust, by the part of their email before the @ (Ashdown unless named). */
export const PEOPLE = ['senco', 'teacher', 'ta', 'head', 'admin', 'senco@beacon', 'teacher@beacon'] as const;
export type Person = (typeof PEOPLE)[number];

const email = (who: Person) => (who.includes('@') ? `${who}.test` : `${who}@ashdown.test`);

/** Content as the form sends it: outcomes may come without ids (the server gives them). */
export type PlanInput = Record<string, unknown>;

/** An outcome as the form sends it (no id: the server gives one). */
export const outcome = (description = 'Reads 50 common words on sight', byDate = daysFromToday(90)) => ({
  description,
  measure: 'Word checklist, read to an adult',
  byDate,
  needCode: 'SPLD',
});

/**
 * The fixture app (Ashdown: the teacher has 4A with Ada, Ben and Cara; the TA 4B with Dev and Eve;
 * Finn and Gita in 5A, which has no staff) with everyone signed in, a client per person for their
 * school's path, and helpers that write plans through the API as the SENCO.
 */
export function withPlanApp() {
  const ctx = withFixtureApp();
  const token = {} as Record<Person, string>;
  let records: ProvisionRecords;

  beforeAll(async () => {
    for (const who of PEOPLE) token[who] = (await signIn(ctx.t, email(who))).token;
    records = new ProvisionRecords(ctx.t, ctx.f.schoolA);
  });

  const school = (who: Person) => (who.endsWith('@beacon') ? ctx.f.schoolB : ctx.f.schoolA);
  const as = (who: Person, schoolId?: string) => {
    const url = (path: string) => `/api/schools/${schoolId ?? school(who)}${path}`;
    const auth = { type: 'bearer' } as const;
    return {
      get: (path: string) => ctx.t.http().get(url(path)).auth(token[who], auth),
      put: (path: string, body: object) => ctx.t.http().put(url(path)).auth(token[who], auth).send(body),
      post: (path: string, body?: object) => ctx.t.http().post(url(path)).auth(token[who], auth).send(body),
    };
  };
  const user = (who: Person) => ctx.f.users[email(who)]!;
  const pupil = (name: string) => ctx.f.pupils[name]!;
  const plansPath = (name: string) => `/pupils/${pupil(name)}/plans`;

  /** Starts a draft as the SENCO; returns the plan. */
  async function draft(name: string, content: PlanInput, reviewDate: string | null = daysFromToday(120)) {
    const res = await as('senco').post(plansPath(name), { content, reviewDate });
    if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as SupportPlan;
  }

  /** Starts a draft and makes it active as the SENCO; returns the active plan. */
  async function activePlan(name: string, content: PlanInput = { outcomes: [outcome()] }) {
    const plan = await draft(name, content);
    const res = await as('senco').post(`${plansPath(name)}/${plan.id}/activate`, { version: plan.version });
    if (res.status !== 200) throw new Error(`activate: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as SupportPlan;
  }

  /** SQL as the database owner (past the row-level security), to set the scene in time. */
  const asOwner = (sql: string, params: unknown[] = []) => ctx.t.dataSource.query(sql, params);

  return { ctx, as, user, pupil, plansPath, draft, activePlan, asOwner, records: () => records };
}
