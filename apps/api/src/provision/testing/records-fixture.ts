import type { InterventionInput, ProvisionInput } from '@sendreg/contracts';
import { schoolToday } from '../../register/register-query';
import { signIn, withFixtureApp } from '../../testing/fixture';

/** People of the fixture trust, by the part of their email before the @ (Ashdown unless named). */
export const PEOPLE = ['senco', 'teacher', 'ta', 'head', 'admin', 'senco@beacon', 'teacher@beacon'] as const;
export type Person = (typeof PEOPLE)[number];

const email = (who: Person) => (who.includes('@') ? `${who}.test` : `${who}@ashdown.test`);

/** A date some days from today (the school's today), as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const d = new Date(`${schoolToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function interventionBody(overrides: Partial<InterventionInput> = {}): InterventionInput {
  return {
    name: 'Precision teaching',
    area: 'cognition_and_learning',
    description: 'Short daily practice of a few facts until they are fluent',
    delivery: 'group',
    usualGroupSize: 3,
    deliveredBy: 'ta',
    usualMinutes: 30,
    usualSessionsPerWeek: 2,
    resourceCostPerSessionPence: 0,
    measureName: 'Reading age',
    measureUnit: 'months',
    higherIsBetter: true,
    ...overrides,
  };
}

/**
 * The fixture app with everyone signed in, and a client per person for the school path (Ashdown, or
 * Beacon for the Beacon people). Also the ids the provision suites need.
 */
export function withRecordsApp() {
  const ctx = withFixtureApp();
  const token = {} as Record<Person, string>;

  beforeAll(async () => {
    for (const who of PEOPLE) token[who] = (await signIn(ctx.t, email(who))).token;
  });

  const school = (who: Person) => (who.endsWith('@beacon') ? ctx.f.schoolB : ctx.f.schoolA);
  const as = (who: Person, schoolId?: string) => {
    const base = () => `/api/schools/${schoolId ?? school(who)}`;
    return {
      get: (path: string) => ctx.t.http().get(`${base()}${path}`).auth(token[who], { type: 'bearer' }),
      post: (path: string, body: object) =>
        ctx.t.http().post(`${base()}${path}`).auth(token[who], { type: 'bearer' }).send(body),
      patch: (path: string, body: object) =>
        ctx.t.http().patch(`${base()}${path}`).auth(token[who], { type: 'bearer' }).send(body),
    };
  };

  const user = (who: Person) => ctx.f.users[email(who)]!;

  /** Creates an intervention as the SENCO and returns its id. */
  async function intervention(overrides: Partial<InterventionInput> = {}): Promise<string> {
    const res = await as('senco').post('/interventions', interventionBody(overrides));
    if (res.status !== 201) throw new Error(`intervention: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  /** Creates a group as the SENCO (delivered by the TA unless told) with the pupils named (by forename). */
  async function provision(
    overrides: Partial<ProvisionInput> & { pupils?: string[]; joinedOn?: string } = {},
  ): Promise<string> {
    const { pupils = [], joinedOn, ...input } = overrides;
    const body: ProvisionInput = {
      interventionId: input.interventionId ?? (await intervention({ name: `Intervention ${Math.random()}` })),
      name: 'Group',
      staffIds: [user('ta')],
      weekdays: [1, 4],
      minutes: 30,
      startDate: daysFromToday(-14),
      endDate: daysFromToday(60),
      ...input,
    };
    const res = await as('senco').post('/provisions', body);
    if (res.status !== 201) throw new Error(`provision: ${res.status} ${JSON.stringify(res.body)}`);
    for (const name of pupils) {
      const added = await as('senco').post(`/provisions/${res.body.id}/pupils`, {
        pupilId: ctx.f.pupils[name],
        ...(joinedOn && { joinedOn }),
      });
      if (added.status !== 201) throw new Error(`pupil: ${added.status} ${JSON.stringify(added.body)}`);
    }
    return res.body.id;
  }

  /** Rows of provision_changes for an entity, oldest first, read as the owner (RLS aside). */
  async function changes(entityId: string) {
    return (await ctx.t.dataSource.query(
      `SELECT entity, pupil_id, action, before, after, changed_by FROM provision_changes
        WHERE entity_id = $1 ORDER BY changed_at, id`,
      [entityId],
    )) as {
      entity: string;
      pupil_id: string | null;
      action: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      changed_by: string;
    }[];
  }

  return { ctx, as, user, intervention, provision, changes };
}

/** The fields named in a validation problem, sorted. */
export const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field).sort();

/** The message for one field of a validation problem. */
export const messageFor = (res: { body: { errors?: { field: string; message: string }[] } }, field: string) =>
  res.body.errors?.find((e) => e.field === field)?.message;
