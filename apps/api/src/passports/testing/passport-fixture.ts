import type { PassportContent } from '@sendreg/contracts';
import { ProvisionRecords } from '../../provision/testing/sessions-fixture';
import { signIn, withFixtureApp } from '../../testing/fixture';

/** People of the fixture trust, by the part of their email before the @ (Ashdown unless named). */
export const PEOPLE = ['senco', 'teacher', 'ta', 'head', 'admin', 'senco@beacon', 'teacher@beacon'] as const;
export type Person = (typeof PEOPLE)[number];

const email = (who: Person) => (who.includes('@') ? `${who}.test` : `${who}@ashdown.test`);

/**
 * The fixture app (Ashdown: the teacher has 4A with Ada, Ben and Cara; the TA 4B with Dev and Eve;
 * Finn and Gita are in 5A, which has no staff) with everyone signed in, a client per person for
 * their school's path, and helpers that write passports through the API as the SENCO.
 */
export function withPassportApp() {
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
      upload: (
        path: string,
        data: Buffer,
        filename = 'photo.jpg',
        contentType = 'image/jpeg',
        field = 'photo',
      ) => ctx.t.http().post(url(path)).auth(token[who], auth).attach(field, data, { filename, contentType }),
    };
  };
  const user = (who: Person) => ctx.f.users[email(who)]!;
  const pupil = (name: string) => ctx.f.pupils[name]!;
  const passportPath = (name: string) => `/pupils/${pupil(name)}/passport`;

  /** Saves the draft (whatever its version) and publishes it as the SENCO; returns the version. */
  async function publish(
    name: string,
    content: PassportContent,
    changeNote = 'Updated',
    photoId?: string | null,
  ) {
    const current = await as('senco').get(passportPath(name));
    const saved = await as('senco').put(`${passportPath(name)}/draft`, {
      content,
      version: current.body.draft?.version ?? 0,
      ...(photoId !== undefined && { photoId }),
    });
    if (saved.status !== 200) throw new Error(`draft: ${saved.status} ${JSON.stringify(saved.body)}`);
    const published = await as('senco').post(`${passportPath(name)}/publish`, {
      changeNote,
      draftVersion: saved.body.version,
    });
    if (published.status !== 201)
      throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
    return published.body as { id: string; number: number };
  }

  /** Confirms reading the version as the person given. */
  async function confirm(who: Person, name: string, number: number) {
    return as(who).post(`${passportPath(name)}/versions/${number}/receipt`);
  }

  /** Records a pupil's SEN status from a date, as the register would (SQL as the application role). */
  async function status(name: string, value: 'N' | 'monitoring' | 'K' | 'E', from: string) {
    await records.inSchool((m) =>
      m.query(
        `INSERT INTO sen_status_history (school_id, pupil_id, status, effective_from, reason)
         VALUES (app_current_school(), $1, $2, $3, 'Test')`,
        [pupil(name), value, from],
      ),
    );
  }

  return {
    ctx,
    as,
    user,
    pupil,
    passportPath,
    publish,
    confirm,
    status,
    records: () => records,
  };
}
