import { Fixture, seedFixture, signIn } from '../testing/fixture';
import { startTestApp, TestApp } from '../testing/test-app';
import {
  countRows,
  fixtureFile,
  generatedCsv,
  makeUpn,
  MIS_HEADER,
  MIS_MAPPING,
  schoolState,
} from './testing/import-files';

describe('CSV import from the MIS', () => {
  let t: TestApp;
  let f: Fixture;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
    for (const who of ['admin', 'senco', 'teacher', 'head'])
      token[who] = (await signIn(t, `${who}@ashdown.test`)).token;
    // The fixture export's registration groups, so its classes are the school's.
    const groups = ['R', '1', '2', '3', '4', '5', '6'].flatMap((y) => ['A', 'B', 'C'].map((c) => `${y}${c}`));
    await t.db.runAsSchool(f.schoolA, (m) =>
      m.query(`INSERT INTO classes (school_id, name) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [
        f.schoolA,
        groups,
      ]),
    );
  });
  afterAll(() => t?.close());

  const upload = (
    route: 'csv' | 'csv/preview',
    file: Buffer,
    options: {
      mapping?: object | string;
      dryRun?: boolean;
      key?: string;
      who?: string;
      school?: string;
    } = {},
  ) => {
    let req = t
      .http()
      .post(`/api/schools/${options.school ?? f.schoolA}/imports/${route}`)
      .auth(token[options.who ?? 'admin']!, { type: 'bearer' });
    if (options.key) req = req.set('Idempotency-Key', options.key);
    req = req.attach('file', file, 'pupils.csv');
    if (route === 'csv') {
      const mapping = options.mapping ?? MIS_MAPPING;
      req = req
        .field('mapping', typeof mapping === 'string' ? mapping : JSON.stringify(mapping))
        .field('dryRun', String(options.dryRun ?? false));
    }
    return req;
  };

  it('previews the export: headers, first rows, a suggested mapping and the row count', async () => {
    const res = await upload('csv/preview', fixtureFile('mis-pupils.csv'));
    expect(res.status).toBe(200);
    expect(res.body.headers).toEqual(MIS_HEADER.split(','));
    expect(res.body.firstRows).toHaveLength(5);
    expect(res.body.firstRows[1]).toEqual(expect.arrayContaining(['Q925204115002', 'Chloé', '03/04/2019']));
    expect(res.body.suggestedMapping).toEqual(MIS_MAPPING);
    expect(res.body.rowCount).toBe(60);
    expect(res.body.fields).toContainEqual({ field: 'upn', label: 'UPN', required: true });
  });

  it('imports the fixture: a dry run changes nothing, applying does, and a re-run changes nothing', async () => {
    const before = await schoolState(t, f.schoolA);
    const dry = await upload('csv', fixtureFile('mis-pupils.csv'), { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      rowCount: 60,
      create: 60,
      update: 0,
      unchanged: 0,
      problemCount: 0,
      problems: [],
    });
    expect(await schoolState(t, f.schoolA)).toEqual(before);

    const applied = await upload('csv', fixtureFile('mis-pupils.csv'));
    expect(applied.status).toBe(201);
    expect(applied.body).toEqual({
      importId: expect.any(String),
      rowCount: 60,
      created: 60,
      updated: 0,
      unchanged: 0,
      problems: [],
    });
    expect(await countRows(t, 'pupils', f.schoolA)).toBe(before.pupils! + 60);
    const [chloe] = await t.dataSource.query(
      `SELECT p.legal_forename, to_char(p.date_of_birth, 'YYYY-MM-DD') AS dob, p.year_group, c.name AS class,
              (SELECT status FROM sen_status_history h WHERE h.pupil_id = p.id) AS status,
              (SELECT reason FROM sen_status_history h WHERE h.pupil_id = p.id) AS reason,
              (SELECT string_agg(need_code, ',' ORDER BY rank) FROM pupil_needs n WHERE n.pupil_id = p.id) AS needs
         FROM pupils p JOIN classes c ON c.id = p.class_id WHERE p.upn = 'Q925204115002'`,
    );
    expect(chloe).toEqual({
      legal_forename: 'Chloé',
      dob: '2019-04-03',
      year_group: '3',
      class: '3A',
      status: 'K',
      reason: 'Imported from MIS',
      needs: 'SLCN',
    });
    const [hall] = await t.dataSource.query(
      `SELECT p.pupil_premium, p.eal, (SELECT string_agg(need_code, ',' ORDER BY rank) FROM pupil_needs n
                                        WHERE n.pupil_id = p.id) AS needs
         FROM pupils p WHERE p.upn = 'E925204115003'`,
    );
    expect(hall).toEqual({ pupil_premium: false, eal: false, needs: 'SLCN,SEMH' });

    const afterApply = await schoolState(t, f.schoolA);
    const rerun = await upload('csv', fixtureFile('mis-pupils.csv'));
    expect(rerun.body).toMatchObject({ rowCount: 60, created: 0, updated: 0, unchanged: 60, problems: [] });
    const afterRerun = await schoolState(t, f.schoolA);
    expect({ ...afterRerun, imports: afterApply.imports }).toEqual(afterApply);
    expect(afterRerun.imports).toBe(afterApply.imports! + 1);

    const list = await t
      .http()
      .get(`/api/schools/${f.schoolA}/imports?pageSize=1`)
      .auth(token.senco!, { type: 'bearer' });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: afterRerun.imports, page: 1, pageSize: 1 });
    expect(list.body.items[0]).toMatchObject({
      id: rerun.body.importId,
      kind: 'csv',
      fileName: 'pupils.csv',
      unchanged: 60,
      importedBy: { displayName: 'admin' },
    });
  });

  it('updates a pupil the school has by UPN, and records the change', async () => {
    const [ada] = await t.dataSource.query(`SELECT upn, version FROM pupils WHERE id = $1`, [f.pupils.Ada]);
    const file = Buffer.from(`${MIS_HEADER}\n${ada.upn},Archer,Ada,Addy,15/01/2017,F,Y5,5A,K,SPLD,,N,Y,N\n`);
    const res = await upload('csv', file);
    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const [after] = await t.dataSource.query(
      `SELECT p.preferred_forename, p.year_group, p.pupil_premium, p.version, c.name AS class
         FROM pupils p JOIN classes c ON c.id = p.class_id WHERE p.id = $1`,
      [f.pupils.Ada],
    );
    expect(after).toEqual({
      preferred_forename: 'Addy',
      year_group: '5',
      pupil_premium: true,
      version: ada.version + 1,
      class: '5A',
    });
    const changes = await t.dataSource.query(
      `SELECT entity, action, source FROM sen_changes WHERE pupil_id = $1 ORDER BY entity`,
      [f.pupils.Ada],
    );
    expect(changes).toEqual([
      { entity: 'needs', action: 'needs-set', source: 'import' },
      { entity: 'pupil', action: 'pupil-updated', source: 'import' },
      { entity: 'sen_status', action: 'status-changed', source: 'import' },
    ]);
  });

  it('shows the line and column of one bad row, and applies nothing while it is there', async () => {
    const lines = fixtureFile('mis-pupils.csv').toString('utf8').split('\r\n');
    lines[5] = lines[5]!.replace(/,\d\d\/\d\d\/\d{4},/, ',31/02/2019,');
    lines[8] = `"Roberts, A",${lines[8]!.slice(lines[8]!.indexOf(',') + 1)}`.replace(',R,RB,', ',R,4Z,');
    const bad = Buffer.from(lines.join('\r\n'));
    const before = await schoolState(t, f.schoolA);

    const dry = await upload('csv', bad, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.problems).toEqual([
      { line: 6, column: 'DOB', field: 'dateOfBirth', message: expect.stringMatching(/no 31 February 2019/) },
      { line: 9, column: 'UPN', field: 'upn', message: 'A UPN has 13 characters; this has 10.' },
      {
        line: 9,
        column: 'Reg',
        field: 'className',
        message: 'There is no class named 4Z in this school: create it first, or leave the column unmapped.',
      },
    ]);

    const refused = await upload('csv', bad);
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 422, problemCount: 3 });
    expect(refused.body.problems).toEqual(dry.body.problems);
    expect(refused.body.errors[0]).toEqual({
      field: 'line 6: DOB',
      message: expect.stringMatching(/31 February/),
    });
    expect(await schoolState(t, f.schoolA)).toEqual(before);
  });

  it('refuses a UPN that is twice in the file, naming both lines', async () => {
    const file = Buffer.from(
      [
        MIS_HEADER,
        ...[1, 2, 1].map((i) => `${makeUpn(i, 50)},Dup,Pupil${i},,01/09/2016,M,4,4A,N,,,N,N,N`),
      ].join('\n'),
    );
    const before = await schoolState(t, f.schoolA);
    const res = await upload('csv', file);
    expect(res.status).toBe(422);
    expect(res.body.problems).toEqual([
      {
        line: 4,
        column: 'UPN',
        field: 'upn',
        message: `The UPN ${makeUpn(1, 50)} is also on line 2: each pupil may appear only once.`,
      },
    ]);
    expect(await schoolState(t, f.schoolA)).toEqual(before);
  });

  it('refuses a mapping that does not fit the file, and a request without a file', async () => {
    const res = await upload('csv', fixtureFile('mis-pupils.csv'), {
      mapping: { ...MIS_MAPPING, gender: 'Sex' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'mapping.gender', message: 'This file has no column headed "Sex".' },
    ]);
    const noFile = await t
      .http()
      .post(`/api/schools/${f.schoolA}/imports/csv`)
      .auth(token.admin!, { type: 'bearer' })
      .field('mapping', '{}');
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors).toEqual([{ field: 'file', message: 'Choose a file to upload.' }]);
  });

  it('refuses a file over 20 MB', async () => {
    const res = await upload('csv/preview', Buffer.alloc(20 * 1024 * 1024 + 1, 'a'));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('applies a generated file of 5,000 pupils', async () => {
    const before = await countRows(t, 'pupils', f.schoolA);
    const res = await upload('csv', generatedCsv(5000, 1));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rowCount: 5000, created: 5000, updated: 0, unchanged: 0 });
    expect(await countRows(t, 'pupils', f.schoolA)).toBe(before + 5000);
    const [onRegister] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM sen_status_history WHERE school_id = $1 AND reason = 'Imported from MIS'
          AND pupil_id IN (SELECT id FROM pupils WHERE upn LIKE '_925701%' OR upn LIKE '_92570__25%')`,
      [f.schoolA],
    );
    expect(onRegister.n).toBeGreaterThan(900);
  });

  it('finishes two concurrent imports into one school consistently: one waits for the other', async () => {
    const first = generatedCsv(300, 2, 0);
    const second = generatedCsv(300, 2, 150);
    const before = await countRows(t, 'pupils', f.schoolA);
    const [a, b] = await Promise.all([upload('csv', first), upload('csv', second)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.created + b.body.created).toBe(450);
    expect(a.body.unchanged + b.body.unchanged).toBe(150);
    expect(await countRows(t, 'pupils', f.schoolA)).toBe(before + 450);
    const duplicates = await t.dataSource.query(
      `SELECT upn FROM pupils WHERE school_id = $1 GROUP BY upn HAVING count(*) > 1`,
      [f.schoolA],
    );
    expect(duplicates).toEqual([]);
  });

  it('replays an Idempotency-Key with the same file, and refuses it with another', async () => {
    const file = generatedCsv(20, 3);
    const first = await upload('csv', file, { key: 'import-key-0001' });
    expect(first.status).toBe(201);
    const imports = await countRows(t, 'imports', f.schoolA);
    const again = await upload('csv', file, { key: 'import-key-0001' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await countRows(t, 'imports', f.schoolA)).toBe(imports);
    const other = await upload('csv', generatedCsv(21, 3), { key: 'import-key-0001' });
    expect(other.status).toBe(422);
    expect(other.body.type).toBe('/problems/idempotency-key-reused');
  });

  it('lets only the school admin import (403 to SENCO, teacher and head) and answers 404 for another school', async () => {
    for (const who of ['senco', 'teacher', 'head']) {
      expect((await upload('csv', generatedCsv(1, 4), { who })).status).toBe(403);
      expect((await upload('csv/preview', generatedCsv(1, 4), { who })).status).toBe(403);
    }
    const list = (who: string) =>
      t.http().get(`/api/schools/${f.schoolA}/imports`).auth(token[who]!, { type: 'bearer' });
    expect((await list('teacher')).status).toBe(403);
    expect((await list('head')).status).toBe(200);
    expect((await upload('csv', generatedCsv(1, 4), { school: f.schoolB })).status).toBe(404);
    const otherList = await t
      .http()
      .get(`/api/schools/${f.schoolB}/imports`)
      .auth(token.admin!, { type: 'bearer' });
    expect(otherList.status).toBe(404);
    expect(await countRows(t, 'pupils', f.schoolB)).toBe(3);
  });
});
