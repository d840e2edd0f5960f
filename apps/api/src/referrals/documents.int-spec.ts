import { createHash } from 'node:crypto';
import { DOCUMENT_MAX_BYTES, type PupilDocument, type Referral } from '@sendreg/contracts';
import type { Request } from 'supertest';
import { daysFromToday } from '../provision/testing/records-fixture';
import { FILES, withReferralApp } from './testing/referral-fixture';

const binary = (req: Request) =>
  req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('pupil documents', () => {
  const { ctx, as, pupil, documentsPath, referralsPath, refer } = withReferralApp();
  const fields = { title: 'Educational psychology report', kind: 'report', receivedOn: daysFromToday(-2) };
  let report: PupilDocument;
  let referral: Referral;

  it('takes a report for the SENCO, attached to a referral, with its SHA-256 and recommendations', async () => {
    referral = await refer('Ada');
    const res = await as('senco').upload(documentsPath('Ada'), FILES.pdf, 'EP report (Ada) 2026.pdf', {
      ...fields,
      referralId: referral.id,
      recommendations: 'Use a visual timetable\r\n\n  Pre-teach key vocabulary  \n',
    });
    expect(res.status).toBe(201);
    report = res.body as PupilDocument;
    expect(report).toEqual({
      id: expect.any(String),
      pupilId: pupil('Ada'),
      referralId: referral.id,
      kind: 'report',
      title: 'Educational psychology report',
      fileName: 'EP report _Ada_ 2026.pdf',
      mediaType: 'application/pdf',
      sizeBytes: FILES.pdf.length,
      sha256: createHash('sha256').update(FILES.pdf).digest('hex'),
      receivedOn: daysFromToday(-2),
      recommendations: ['Use a visual timetable', 'Pre-teach key vocabulary'],
      uploadedBy: { id: expect.any(String), displayName: 'senco' },
      uploadedAt: expect.any(String),
    });
    const withDocs = (await as('senco').get(`${referralsPath('Ada')}/${referral.id}`)).body as Referral;
    expect(withDocs.documents).toEqual([report]);
  });

  it('lists without content, and downloads the bytes as an attachment that is never cached or sniffed', async () => {
    const list = await as('senco').get(documentsPath('Ada'));
    expect(list.status).toBe(200);
    expect(list.body).toEqual([report]);
    expect(JSON.stringify(list.body)).not.toContain('content');

    const file = await binary(as('head').get(`${documentsPath('Ada')}/${report.id}/file`));
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="EP report _Ada_ 2026.pdf"; filename*=UTF-8''EP%20report%20_Ada_%202026.pdf`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(file.body as Buffer, FILES.pdf)).toBe(0);
  });

  it('decides the type by content: PNG bytes named .pdf are kept as a PNG; Word and JPEG are taken', async () => {
    const png = await as('senco').upload(
      documentsPath('Ada'),
      FILES.png,
      'scan.pdf',
      fields,
      'application/pdf',
    );
    expect(png.status).toBe(201);
    expect([png.body.mediaType, png.body.fileName]).toEqual(['image/png', 'scan.png']);
    for (const [data, name, type] of [
      [FILES.docx, 'letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [FILES.doc, 'old.doc', 'application/msword'],
      [FILES.jpeg, '../../etc/photo.jpeg', 'image/jpeg'],
    ] as const) {
      const res = await as('senco').upload(documentsPath('Ben'), data, name, { ...fields, kind: 'letter' });
      expect(res.status).toBe(201);
      expect(res.body.mediaType).toBe(type);
    }
    const ben = (await as('senco').get(documentsPath('Ben'))).body as PupilDocument[];
    expect(ben.map((d) => d.fileName).sort()).toEqual(['letter.docx', 'old.doc', 'photo.jpg']);
  });

  it('refuses a text file named .pdf, a ZIP that is not a Word document, and an empty file (400)', async () => {
    for (const [data, name] of [
      [FILES.text, 'report.pdf'],
      [FILES.zip, 'report.docx'],
      [Buffer.alloc(0), 'empty.pdf'],
    ] as const) {
      const res = await as('senco').upload(documentsPath('Cara'), data, name, fields, 'application/pdf');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('file');
    }
    const none = await as('senco').get(documentsPath('Cara'));
    expect(none.body).toEqual([]);
  });

  it('refuses a file over 20 MB with 413', async () => {
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(DOCUMENT_MAX_BYTES + 1 - FILES.pdf.length, 0x20)]);
    const res = await as('senco').upload(documentsPath('Cara'), big, 'big.pdf', fields);
    expect(res.status).toBe(413);
    expect(res.body.errors).toEqual([
      {
        field: 'file',
        message:
          'The file is larger than 20 MB. Ask for a smaller copy, or save it again with smaller images.',
      },
    ]);
  });

  it('checks the fields: a title, a kind, a date not in the future, a referral of this pupil', async () => {
    const missing = await as('senco').upload(documentsPath('Cara'), FILES.pdf, 'a.pdf', {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'kind',
      'receivedOn',
      'title',
    ]);
    const future = await as('senco').upload(documentsPath('Cara'), FILES.pdf, 'a.pdf', {
      ...fields,
      receivedOn: daysFromToday(1),
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('receivedOn');
    const long = await as('senco').upload(documentsPath('Cara'), FILES.pdf, 'a.pdf', {
      ...fields,
      recommendations: `Short one\n${'x'.repeat(201)}`,
    });
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([
      {
        field: 'recommendations',
        message:
          'Recommendation 2 is 201 characters: keep each one to 200 characters or fewer, as a strategy in the plan can be',
      },
    ]);
    const othersReferral = await as('senco').upload(documentsPath('Cara'), FILES.pdf, 'a.pdf', {
      ...fields,
      referralId: referral.id,
    });
    expect(othersReferral.status).toBe(400);
    expect(othersReferral.body.errors[0].field).toBe('referralId');
    const none = await as('senco')
      .upload(documentsPath('Cara'), FILES.pdf, 'a.pdf', fields)
      .field('extra', 'x');
    expect(none.status).toBe(400);
  });

  it("lets a teacher read their own pupils' documents only (404 otherwise); TAs get 403", async () => {
    // Ada is in 4A, the teacher's class; Dev is in 4B.
    await as('senco').upload(documentsPath('Dev'), FILES.pdf, 'dev.pdf', fields);
    const own = await as('teacher').get(documentsPath('Ada'));
    expect(own.status).toBe(200);
    expect(own.body.length).toBeGreaterThan(0);
    expect((await binary(as('teacher').get(`${documentsPath('Ada')}/${report.id}/file`))).status).toBe(200);

    const devDocs = (await as('senco').get(documentsPath('Dev'))).body as PupilDocument[];
    expect((await as('teacher').get(documentsPath('Dev'))).status).toBe(404);
    expect((await as('teacher').get(`${documentsPath('Dev')}/${devDocs[0]!.id}/file`)).status).toBe(404);
    // A document asked for under another pupil is not found either.
    expect((await as('teacher').get(`${documentsPath('Ada')}/${devDocs[0]!.id}/file`)).status).toBe(404);

    expect((await as('ta').get(documentsPath('Dev'))).status).toBe(403);
    expect((await as('ta').get(`${documentsPath('Dev')}/${devDocs[0]!.id}/file`)).status).toBe(403);
    expect((await as('teacher').upload(documentsPath('Ada'), FILES.pdf, 'a.pdf', fields)).status).toBe(403);
    expect((await as('head').upload(documentsPath('Ada'), FILES.pdf, 'a.pdf', fields)).status).toBe(403);
  });

  it("gives another school's staff 404 for the pupil and the file", async () => {
    expect((await as('senco@beacon').get(documentsPath('Ada'))).status).toBe(404);
    expect((await as('senco@beacon').get(`${documentsPath('Ada')}/${report.id}/file`)).status).toBe(404);
    const upload = await as('senco@beacon').upload(documentsPath('Ada'), FILES.pdf, 'a.pdf', fields);
    expect(upload.status).toBe(404);
    // The file itself is in Ashdown's rows only, whatever the path says.
    const hana = `/pupils/${ctx.f.pupils.Hana}/documents/${report.id}/file`;
    expect((await as('senco@beacon').get(hana)).status).toBe(404);
  });
});
