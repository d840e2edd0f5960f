import { Fixture, seedFixture, signIn } from '../testing/fixture';
import { startTestApp, TestApp } from '../testing/test-app';
import { fixtureFile, schoolState } from './testing/import-files';

describe('CTF import', () => {
  let t: TestApp;
  let f: Fixture;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
    admin = (await signIn(t, 'admin@ashdown.test')).token;
  });
  afterAll(() => t?.close());

  const upload = (file: Buffer, dryRun = false, key?: string) => {
    const req = t
      .http()
      .post(`/api/schools/${f.schoolA}/imports/ctf`)
      .auth(admin, { type: 'bearer' })
      .attach('file', file, 'transfer.xml')
      .field('dryRun', String(dryRun));
    return key ? req.set('Idempotency-Key', key) : req;
  };

  const senRecord = async (upn: string) => {
    const [row] = await t.dataSource.query(
      `SELECT p.class_id, p.year_group, p.legal_surname,
              (SELECT json_agg(json_build_object('status', h.status, 'from', to_char(h.effective_from, 'YYYY-MM-DD'),
                                                 'source', h.source) ORDER BY h.effective_from)
                 FROM sen_status_history h WHERE h.pupil_id = p.id) AS statuses,
              (SELECT json_agg(json_build_object('code', n.need_code, 'rank', n.rank,
                                                 'from', to_char(n.effective_from, 'YYYY-MM-DD')) ORDER BY n.rank)
                 FROM pupil_needs n WHERE n.pupil_id = p.id AND n.effective_to IS NULL) AS needs
         FROM pupils p WHERE p.school_id = $1 AND p.upn = $2`,
      [f.schoolA, upn],
    );
    return row;
  };

  it('imports the fixture with its SEN history: dry run, apply, then a re-run that changes nothing', async () => {
    const before = await schoolState(t, f.schoolA);
    const dry = await upload(fixtureFile('ctf-pupils.xml'), true);
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      rowCount: 12,
      create: 12,
      update: 0,
      unchanged: 0,
      problemCount: 0,
      problems: [],
    });
    expect(await schoolState(t, f.schoolA)).toEqual(before);

    const applied = await upload(fixtureFile('ctf-pupils.xml'));
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ rowCount: 12, created: 12, updated: 0, unchanged: 0, problems: [] });
    expect(await senRecord('G926310515501')).toEqual({
      class_id: null,
      year_group: '2',
      legal_surname: 'Khan',
      statuses: [{ status: 'K', from: '2024-03-08', source: 'import' }],
      needs: [{ code: 'ASD', rank: 1, from: '2024-03-08' }],
    });
    expect(await senRecord('R926310515507')).toMatchObject({
      needs: [
        { code: 'SLCN', rank: 1, from: '2026-06-07' },
        { code: 'SEMH', rank: 2, from: '2026-06-07' },
      ],
    });
    expect(await senRecord('K926310515503')).toMatchObject({
      legal_surname: "O'Brien",
      statuses: null,
      needs: null,
    });

    const afterApply = await schoolState(t, f.schoolA);
    const rerun = await upload(fixtureFile('ctf-pupils.xml'));
    expect(rerun.body).toMatchObject({ created: 0, updated: 0, unchanged: 12 });
    expect({ ...(await schoolState(t, f.schoolA)), imports: afterApply.imports }).toEqual(afterApply);
  });

  it('adds a later SEN entry of a namespaced, reordered CTF as history, keeping the earlier one', async () => {
    const file = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<ctf:CTfile xmlns:ctf="urn:example:ctf"><ctf:Header/><ctf:CTFpupilData><ctf:Pupil>
  <ctf:SENhistory>
    <ctf:SENneeds><ctf:SENneed><ctf:SENtype>ASD</ctf:SENtype><ctf:SENtypeRank>1</ctf:SENtypeRank></ctf:SENneed>
      <ctf:SENneed><ctf:SENtypeRank>2</ctf:SENtypeRank><ctf:SENtype>SLCN</ctf:SENtype></ctf:SENneed></ctf:SENneeds>
    <ctf:SEN><ctf:StartDate>2024-03-08</ctf:StartDate><ctf:SENprovision>K</ctf:SENprovision></ctf:SEN>
    <ctf:SEN><ctf:SENprovision>E</ctf:SENprovision><ctf:StartDate>2025-09-01</ctf:StartDate></ctf:SEN>
  </ctf:SENhistory>
  <ctf:Sex>F</ctf:Sex><ctf:DOB>2020-03-09</ctf:DOB><ctf:Forename>Isla</ctf:Forename><ctf:Surname>Khan</ctf:Surname>
  <ctf:BasicDetails><ctf:NCyearActual>3</ctf:NCyearActual></ctf:BasicDetails><ctf:UPN>G926310515501</ctf:UPN>
</ctf:Pupil></ctf:CTFpupilData></ctf:CTfile>`);
    const res = await upload(file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await senRecord('G926310515501')).toMatchObject({
      year_group: '3',
      statuses: [
        { status: 'K', from: '2024-03-08' },
        { status: 'E', from: '2025-09-01' },
      ],
      needs: [
        { code: 'ASD', rank: 1, from: '2025-09-01' },
        { code: 'SLCN', rank: 2, from: '2025-09-01' },
      ],
    });
    expect((await upload(file)).body).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('refuses malformed, truncated and DOCTYPE files with a 400 that says where, and changes nothing', async () => {
    const whole = fixtureFile('ctf-pupils.xml').toString('utf8');
    const before = await schoolState(t, f.schoolA);
    const cases: [string, string, RegExp][] = [
      ['truncated', whole.slice(0, 2000), /not well-formed XML/],
      ['malformed', whole.replace('</Surname>', '</Surnam>'), /not well-formed XML/],
      [
        'doctype',
        whole.replace('<CTfile>', '<!DOCTYPE CTfile [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<CTfile>'),
        /DOCTYPE/,
      ],
      ['not a CTF', '<?xml version="1.0"?><Pupils><Pupil/></Pupils>', /not a Common Transfer File/],
    ];
    for (const [name, text, message] of cases) {
      const res = await upload(Buffer.from(text));
      expect([name, res.status]).toEqual([name, 400]);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        type: '/problems/unreadable-file',
        detail: expect.stringMatching(message),
      });
      expect(res.body.line).toEqual(expect.any(Number));
    }
    expect(await schoolState(t, f.schoolA)).toEqual(before);
  });

  it('refuses discontinued SEN codes and unknown need types by line and element, importing nothing', async () => {
    const whole = fixtureFile('ctf-pupils.xml').toString('utf8');
    const bad = whole
      .replace('<SENprovision>K</SENprovision>', '<SENprovision>S</SENprovision>')
      .replace('<SENtype>SEMH</SENtype>', '<SENtype>DYSL</SENtype>');
    const before = await schoolState(t, f.schoolA);
    const res = await upload(Buffer.from(bad));
    expect(res.status).toBe(422);
    expect(res.body.problems).toEqual([
      expect.objectContaining({ column: 'SENprovision', message: expect.stringMatching(/S \(statement\)/) }),
      expect.objectContaining({
        column: 'SENtype',
        message: expect.stringMatching(/"DYSL" is not a census need/),
      }),
    ]);
    expect(res.body.problems[0].line).toBe(
      whole.split('\n').findIndex((l) => l.includes('SENprovision')) + 1,
    );
    expect(await schoolState(t, f.schoolA)).toEqual(before);
  });

  it('replays an Idempotency-Key', async () => {
    const first = await upload(fixtureFile('ctf-pupils.xml'), false, 'ctf-key-00001');
    const again = await upload(fixtureFile('ctf-pupils.xml'), false, 'ctf-key-00001');
    expect(again.body).toEqual(first.body);
    expect((await upload(Buffer.from('<CTfile/>'), false, 'ctf-key-00001')).status).toBe(422);
  });
});
