import type { CreateReferralRequest, Referral } from '@sendreg/contracts';
import { daysFromToday } from '../../provision/testing/records-fixture';
import { ProvisionRecords } from '../../provision/testing/sessions-fixture';
import { signIn, withFixtureApp } from '../../testing/fixture';

/** People of the fixture trust, by the part of their email before the @ (Ashdown unless named). */
export const PEOPLE = ['senco', 'teacher', 'ta', 'head', 'admin', 'senco@beacon', 'teacher@beacon'] as const;
export type Person = (typeof PEOPLE)[number];

const email = (who: Person) => (who.includes('@') ? `${who}.test` : `${who}@ashdown.test`);

export interface UploadFields {
  title?: string;
  kind?: string;
  receivedOn?: string;
  referralId?: string;
  recommendations?: string;
}

/**
 * The fixture app (Ashdown: the teacher has 4A with Ada, Ben and Cara; the TA 4B with Dev and Eve;
 * Finn and Gita in 5A, which has no staff) with everyone signed in, a client per person for their
 * school's path, services in each school's directory (written in SQL: the directory has its own API),
 * and a helper that makes a referral as the SENCO.
 */
export function withReferralApp() {
  const ctx = withFixtureApp();
  const token = {} as Record<Person, string>;
  const services = {} as { ep: string; salt: string; archived: string; beacon: string; ana: string };

  beforeAll(async () => {
    for (const who of PEOPLE) token[who] = (await signIn(ctx.t, email(who))).token;
    const inA = new ProvisionRecords(ctx.t, ctx.f.schoolA);
    await inA.inSchool(async (m) => {
      const add = async (name: string, kind: string, archived = false) => {
        const [row] = (await m.query(
          `INSERT INTO professional_services (school_id, name, kind, archived_at)
           VALUES (app_current_school(), $1, $2, $3) RETURNING id`,
          [name, kind, archived ? new Date() : null],
        )) as { id: string }[];
        return row!.id;
      };
      services.ep = await add('County Educational Psychology Service', 'educational-psychology');
      services.salt = await add('NHS Speech and Language Therapy', 'speech-and-language-therapy');
      services.archived = await add('Old Outreach Service', 'specialist-teaching', true);
      const [ana] = (await m.query(
        `INSERT INTO professionals (school_id, service_id, name, role)
         VALUES (app_current_school(), $1, 'Dr Ana Patel', 'Educational psychologist') RETURNING id`,
        [services.ep],
      )) as { id: string }[];
      services.ana = ana!.id;
    });
    const [beacon] = (await new ProvisionRecords(ctx.t, ctx.f.schoolB).inSchool((m) =>
      m.query(
        `INSERT INTO professional_services (school_id, name, kind)
         VALUES (app_current_school(), 'Beacon CAMHS', 'camhs') RETURNING id`,
      ),
    )) as { id: string }[];
    services.beacon = beacon!.id;
  });

  const school = (who: Person) => (who.endsWith('@beacon') ? ctx.f.schoolB : ctx.f.schoolA);
  const as = (who: Person, schoolId?: string) => {
    const url = (path: string) => `/api/schools/${schoolId ?? school(who)}${path}`;
    const auth = { type: 'bearer' } as const;
    return {
      get: (path: string) => ctx.t.http().get(url(path)).auth(token[who], auth),
      post: (path: string, body?: object) => ctx.t.http().post(url(path)).auth(token[who], auth).send(body),
      upload: (path: string, data: Buffer, filename: string, fields: UploadFields, contentType?: string) => {
        let req = ctx.t
          .http()
          .post(url(path))
          .auth(token[who], auth)
          .attach('file', data, { filename, contentType: contentType ?? 'application/octet-stream' });
        for (const [name, value] of Object.entries(fields)) {
          if (value !== undefined) req = req.field(name, value);
        }
        return req;
      },
    };
  };
  const pupil = (name: string) => ctx.f.pupils[name]!;
  const referralsPath = (name: string) => `/pupils/${pupil(name)}/referrals`;
  const documentsPath = (name: string) => `/pupils/${pupil(name)}/documents`;

  const referralBody = (input: Partial<CreateReferralRequest> = {}): CreateReferralRequest => ({
    serviceId: services.ep,
    referredOn: daysFromToday(-30),
    reason: 'Slow progress in reading despite two cycles of phonics support',
    consentGivenBy: 'Sam Archer',
    consentRelationship: 'Mother',
    consentGivenOn: daysFromToday(-32),
    ...input,
  });

  /** Makes a referral as the SENCO; returns it. */
  async function refer(name: string, input: Partial<CreateReferralRequest> = {}): Promise<Referral> {
    const res = await as('senco').post(referralsPath(name), referralBody(input));
    if (res.status !== 201) throw new Error(`referral: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Referral;
  }

  return { ctx, as, pupil, services, referralsPath, documentsPath, referralBody, refer };
}

/** Bytes that start as each type does (enough for the checks: content is never parsed). */
export const FILES = {
  pdf: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << >> endobj\n%%EOF\n')]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 2)]),
  doc: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(32, 0)]),
  docx: Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    Buffer.from('....word/document.xml....'),
  ]),
  zip: Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    Buffer.from('....notes.txt....'),
  ]),
  text: Buffer.from('This is a plain text file, not a PDF.\n'),
};
