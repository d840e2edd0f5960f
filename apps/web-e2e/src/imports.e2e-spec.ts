import { computeUpnCheckLetter } from '@sendreg/contracts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, settled, signIn } from './support/browser';

/**
 * A valid UPN at Oakfield (LA 925, establishment 2041), allocated in 2025, with a serial far above the
 * demo pupils' (they are numbered from 1 in each year), so the file's pupils are new to the school.
 */
function oakfieldUpn(serial: number): string {
  const body = `925204125${String(serial)}`;
  return `${computeUpnCheckLetter(body) ?? ''}${body}`;
}
/** What the register's search finds in the UPN of these pupils, and of no demo pupil. */
const UPN_SEARCH = '92520412590';

const HEADER =
  'UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Gender,Year,Reg,SEN Status,Primary Need,Secondary Need,EAL,FSM,CLA';

/** Five pupils for Year 1; the third one's date of birth is given, so it can be made impossible. */
function misExport(thirdDateOfBirth: string): string {
  const rows = [
    [oakfieldUpn(901), 'Importwell', 'Ada', '', '14/10/2019', 'F', '1', '1A', 'N', '', '', 'N', 'N', 'N'],
    [
      oakfieldUpn(902),
      'Importwell',
      'Ben',
      'Benny',
      '02/11/2019',
      'M',
      '1',
      '1A',
      'N',
      '',
      '',
      'Y',
      'N',
      'N',
    ],
    [
      oakfieldUpn(903),
      'Importwell',
      'Cleo',
      '',
      thirdDateOfBirth,
      'F',
      '1',
      '1B',
      'N',
      '',
      '',
      'N',
      'Y',
      'N',
    ],
    [oakfieldUpn(904), 'Importwell', 'Dev', '', '2020-01-21', 'M', '1', '1B', 'N', '', '', 'N', 'N', 'N'],
    [oakfieldUpn(905), 'Importwell', 'Ema', '', '09/06/2020', 'F', '1', '1A', 'N', '', '', 'N', 'N', 'Y'],
  ];
  return `${[HEADER, ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}

/** A Common Transfer File of two pupils, the second with a UPN whose check letter is wrong. */
function ctfExport(): string {
  const valid = oakfieldUpn(907);
  const wrongLetter = `${valid.startsWith('A') ? 'B' : 'A'}${valid.slice(1)}`;
  const pupil = (upn: string, forename: string) => `
    <Pupil>
      <UPN>${upn}</UPN>
      <Surname>Transferwell</Surname>
      <Forename>${forename}</Forename>
      <DOB>2019-05-04</DOB>
      <Sex>F</Sex>
      <BasicDetails><NCyearActual>1</NCyearActual></BasicDetails>
    </Pupil>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<CTfile>
  <Header>
    <DocumentName>Common Transfer File</DocumentName>
    <CTFversion>26.0</CTFversion>
    <DestSchool><LEA>925</LEA><Estab>2041</Estab></DestSchool>
  </Header>
  <CTFpupilData>${pupil(oakfieldUpn(906), 'Fay')}${pupil(wrongLetter, 'Gus')}
  </CTFpupilData>
</CTfile>
`;
}

/** How many pupils the SENCO's register finds for the search: 0 when it finds none. */
async function registerCount(page: Page, registerPath: string, search: string): Promise<number> {
  // A fresh load, so the register asks the server again.
  await page.goto(registerPath);
  await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
  await settled(page);
  await page.getByRole('searchbox').fill(search);
  await page.keyboard.press('Enter');
  // The answer for this search: no pupils, or rows that all have it in their UPN.
  await page.waitForFunction((expected) => {
    const main = document.querySelector('main');
    if (!main || main.querySelector('[aria-busy="true"]')) return false;
    if ((main.textContent ?? '').includes('No pupils match your search and filters')) return true;
    const rows = Array.from(main.querySelectorAll('table tbody tr'));
    return rows.length > 0 && rows.every((row) => row.textContent?.includes(expected));
  }, search);
  const count = page.locator('main .results-count');
  if ((await count.count()) === 0) return 0;
  const text = await count.innerText();
  const match = /^([\d,]+) pupils?\b/.exec(text) ?? /of ([\d,]+) pupils/.exec(text);
  if (!match) throw new Error(`Unexpected results count: ${text}`);
  return Number(match[1]!.replace(/,/g, ''));
}

/** Signs the school admin in and opens the import page; answers the school's path. */
async function openImports(page: Page): Promise<string> {
  await signIn(page, 'admin@oakfield.example');
  await page.waitForURL(/\/schools\/[^/]+\/staff$/);
  const schoolPath = new URL(page.url()).pathname.replace(/\/staff$/, '');
  await page.goto(`${schoolPath}/imports`);
  await page.getByRole('heading', { level: 1, name: 'Import pupils' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Import history' }).waitFor();
  return schoolPath;
}

describe('importing pupils', () => {
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    folder = mkdtempSync(path.join(tmpdir(), 'sendreg-import-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows the school admin a bad row by line and column and imports nothing, then imports the fixed file', async () => {
    const withMistake = path.join(folder, 'pupils-with-a-mistake.csv');
    const corrected = path.join(folder, 'pupils-corrected.csv');
    writeFileSync(withMistake, misExport('31/02/2019'));
    writeFileSync(corrected, misExport('28/02/2020'));

    const { context, page } = await newPage(browser);
    const schoolPath = await openImports(page);
    const registerPath = `${schoolPath}/register`;
    expect(await page.title()).toBe('Import pupils – SEND Register');
    await expectAccessible(page);

    // The SENCO's register does not have these pupils yet.
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    expect(await registerCount(senco.page, registerPath, UPN_SEARCH)).toBe(0);

    // Without a file, the error summary links to the file input.
    await page.getByRole('button', { name: 'Continue' }).click();
    const errors = page.locator('.error-summary');
    await errors.getByRole('link', { name: 'Select a CSV file' }).waitFor();
    expect(await page.title()).toBe('Error: Import pupils – SEND Register');
    await expectAccessible(page);
    await errors.getByRole('link', { name: 'Select a CSV file' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');

    // A CSV export with an impossible date on line 4.
    await page.getByRole('radio', { name: 'CSV from your MIS' }).check();
    await page.getByLabel('Upload a file').setInputFiles(withMistake);
    await page.getByRole('button', { name: 'Continue' }).click();
    const match = page.getByRole('heading', { level: 2, name: 'Match the columns' });
    await match.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Match the columns');

    // The headers were recognised: each field is matched to its column already.
    expect(await page.getByLabel('UPN', { exact: true }).inputValue()).toBe('UPN');
    expect(await page.getByLabel('Date of birth', { exact: true }).inputValue()).toBe('DOB');
    expect(await page.getByLabel('Class or registration group', { exact: true }).inputValue()).toBe('Reg');
    expect(await page.getByLabel('Pupil premium (or free school meals)', { exact: true }).inputValue()).toBe(
      'FSM',
    );
    const preview = page.getByRole('region', { name: /^The first 5 rows of pupils-with-a-mistake\.csv/ });
    expect(await preview.locator('tbody tr').count()).toBe(5);
    expect(await preview.locator('tbody tr').nth(2).innerText()).toContain('31/02/2019');
    await expectAccessible(page);

    // A required field left unmatched is an error linked to its select.
    await page.getByLabel('Year group', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await errors.getByRole('link', { name: 'Select the column that holds the year group' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mapping-yearGroup');
    await expectAccessible(page);
    await page.getByLabel('Year group', { exact: true }).selectOption('Year');

    // The check finds the bad row: its line, column and what is wrong, and offers no import.
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problem = errors.getByRole('link', { name: /^Line 4, DOB: .*no 31 February 2019/ });
    await problem.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    expect(await errors.getByRole('heading', { level: 2 }).innerText()).toBe(
      'The file has 1 problem in 1 row',
    );
    expect(await page.title()).toBe('Error: Import pupils – SEND Register');
    const problems = page.getByRole('region', { name: /^Problems in pupils-with-a-mistake\.csv/ });
    const rows = problems.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('th, td').allInnerTexts()).toEqual([
      '4',
      'DOB',
      expect.stringMatching(/^"31\/02\/2019" is not a real date: there is no 31 February 2019\.$/),
    ]);
    await page
      .getByText('Fix these in your MIS export and upload the file again. Nothing has been imported.')
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: /^Import / }).count()).toBe(0);
    await expectAccessible(page);
    await problem.click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('4');

    // Nothing was imported: not in the history, not on the SENCO's register.
    expect(
      await page
        .getByRole('region', { name: 'Import history' })
        .getByText('pupils-with-a-mistake.csv')
        .count(),
    ).toBe(0);
    expect(await registerCount(senco.page, registerPath, UPN_SEARCH)).toBe(0);

    // The corrected file: every row is new (none of the first file's good rows went in), and it imports.
    await page.getByRole('button', { name: 'Upload the corrected file' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Choose the file');
    await page.getByLabel('Upload a file').setInputFiles(corrected);
    await page.getByRole('button', { name: 'Continue' }).click();
    await match.waitFor();
    await page.getByRole('button', { name: 'Check the file' }).click();
    const ready = page.getByRole('region', { name: 'pupils-corrected.csv is ready to import' });
    await ready.waitFor();
    expect(await ready.locator('.summary-list').innerText()).toMatch(
      /Pupils in the file\s+5\s+New pupils to add\s+5\s+Pupils to update\s+0\s+Pupils already up to date\s+0/,
    );
    expect(await page.locator('.error-summary').count()).toBe(0);
    await expectAccessible(page);
    // The network drops the first answer after the server has imported the file: the page tries again
    // with the same Idempotency-Key, and the server answers with the first result instead of importing
    // twice.
    const keys: string[] = [];
    await page.route('**/api/schools/*/imports/csv', async (route) => {
      const key = route.request().headers()['idempotency-key'];
      if (!key) return route.continue();
      keys.push(key);
      if (keys.length > 1) return route.continue();
      await route.fetch();
      return route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Import 5 pupils' }).click();

    await page.getByRole('heading', { level: 1, name: 'Import complete' }).waitFor();
    await page.unroute('**/api/schools/*/imports/csv');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await page.title()).toBe('Import complete – SEND Register');
    await page.getByText('5 pupils imported from pupils-corrected.csv').waitFor();
    expect(await page.locator('main .summary-list').innerText()).toMatch(
      /New pupils added\s+5\s+Pupils updated\s+0\s+Pupils already up to date\s+0/,
    );
    const history = page.getByRole('region', { name: 'Import history' });
    const latest = history.locator('tbody tr').filter({ hasText: 'pupils-corrected.csv' });
    await latest.waitFor();
    expect(await latest.count()).toBe(1);
    expect(await latest.locator('td').allInnerTexts()).toEqual([
      'CSV from your MIS',
      'pupils-corrected.csv',
      'Casey Admin',
      '5',
      '0',
      '0',
    ]);
    await expectAccessible(page);

    // The SENCO now finds the five pupils on the register.
    expect(await registerCount(senco.page, registerPath, UPN_SEARCH)).toBe(5);
    await senco.context.close();

    // The same file again changes nothing.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('Upload a file').setInputFiles(corrected);
    await page.getByRole('button', { name: 'Continue' }).click();
    await match.waitFor();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await ready.waitFor();
    expect(await ready.locator('.summary-list').innerText()).toMatch(
      /New pupils to add\s+0\s+Pupils to update\s+0\s+Pupils already up to date\s+5/,
    );
    await context.close();
  }, 180_000);

  it('checks a Common Transfer File on a 320px wide screen, without importing it', async () => {
    const transfer = path.join(folder, 'transfer.xml');
    writeFileSync(transfer, ctfExport());
    const { context, page } = await newPage(browser, { width: 320, height: 640 });
    await openImports(page);

    await page.getByRole('radio', { name: 'Common Transfer File (CTF)' }).check();
    await page.getByLabel('Upload a file').setInputFiles(transfer);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: /^Line \d+, UPN: / })
      .waitFor();
    const problems = page.getByRole('region', { name: /^Problems in transfer\.xml/ });
    expect(await problems.locator('thead th').allInnerTexts()).toEqual(['Line', 'Element', 'What is wrong']);
    expect(await problems.locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Import / }).count()).toBe(0);
    // Nothing wider than the screen: wide tables scroll inside their own region.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await expectAccessible(page);
    await context.close();
  }, 120_000);
});
