import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, settled, signIn } from './support/browser';

const PHONE = { width: 390, height: 844 };

/** The section of "My pupils' passports" with the given heading ("To read", "Read"). */
function group(page: Page, title: string) {
  return page
    .locator('main section')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${title} \\(`) }) });
}

/** A pupil's row in the SENCO's coverage table. */
function coverageRow(page: Page, pupilName: string) {
  return page
    .locator('main table tbody tr')
    .filter({ has: page.getByRole('rowheader').getByRole('link', { name: pupilName, exact: true }) });
}

describe('pupil passports', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('reaches the teacher when the SENCO publishes a new version: flagged, changes shown, confirmed, coverage updated', async () => {
    // The demo teacher, on a phone, has read the current passport of some pupils in her class.
    const teacher = await newPage(browser, PHONE);
    await signIn(teacher.page, 'teacher@oakfield.example');
    await teacher.page.waitForURL(/\/my-pupils$/);
    await teacher.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Passports' })
      .click();
    await teacher.page.getByRole('heading', { level: 1, name: 'Passports' }).waitFor();
    const read = group(teacher.page, 'Read');
    const readLink = read.getByRole('link').first();
    await readLink.waitFor();
    await expectAccessible(teacher.page);
    const pupilName = (await readLink.innerText()).trim();
    const passportPath = new URL((await readLink.getAttribute('href')) ?? '', 'http://x').pathname;
    const teacherName = (await teacher.page.locator('header').innerText())
      .split('\n')
      .find((line) => /Teacher/.test(line));
    expect(teacherName).toBeDefined();

    // The SENCO publishes a new version of that pupil's passport with one more strategy.
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page.bringToFront();
    await senco.page.goto(passportPath);
    await senco.page
      .getByRole('heading', { level: 1, name: `${pupilName}’s passport`, exact: true })
      .waitFor();
    await expectAccessible(senco.page);
    await senco.page.getByRole('link', { name: 'Edit the draft' }).click();
    const strategies = senco.page.getByLabel('How to help me');
    await strategies.waitFor();
    await expectAccessible(senco.page);
    await strategies.fill(`${await strategies.inputValue()}\nGive me a job to do when I arrive`);
    await senco.page.getByLabel('Change note').fill('Added a job to do when I arrive');
    await senco.page.getByRole('button', { name: 'Publish' }).click();
    // Back on the passport (not the edit page, whose heading also names it) once it is published.
    await senco.page.getByText(/^Version \d+ published\./).waitFor();
    await senco.page
      .getByRole('heading', { level: 1, name: `${pupilName}’s passport`, exact: true })
      .waitFor();
    await senco.page.getByText('Give me a job to do when I arrive').waitFor();

    // The coverage page lists the teacher among those who have not read the new version.
    await senco.page.bringToFront();
    await senco.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Passports' })
      .click();
    await senco.page.waitForURL(/\/passports$/);
    const row = coverageRow(senco.page, pupilName);
    await row.waitFor();
    await expectAccessible(senco.page);
    const firstName = teacherName!.split(' ')[0]!;
    expect(await row.innerText()).toContain(firstName);

    // The teacher sees it flagged as a new version, reads what changed, and confirms.
    // Two windows are open: the one being worked in comes to the front (headless Chromium pauses
    // animation frames in the other, and Playwright's waits need them).
    await teacher.page.bringToFront();
    await teacher.page.reload();
    const toRead = group(teacher.page, 'To read');
    const flagged = toRead.getByRole('link', { name: new RegExp(`^${pupilName}\\W+new version`) });
    await flagged.waitFor();
    await toRead.getByText('Added a job to do when I arrive').waitFor();
    await flagged.click();
    await teacher.page.getByRole('heading', { name: /^What changed since you last read it/ }).waitFor();
    await teacher.page.getByText('Added a job to do when I arrive').first().waitFor();
    await expectAccessible(teacher.page);
    expect(await teacher.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
      true,
    );
    await teacher.page.getByRole('button', { name: 'I have read this passport' }).click();
    await teacher.page.getByText(/You confirmed reading version \d+/).waitFor();
    await expectAccessible(teacher.page);
    await teacher.context.close();

    // The SENCO's coverage no longer lists the teacher for that pupil.
    await senco.page.bringToFront();
    await senco.page.reload();
    await coverageRow(senco.page, pupilName).waitFor();
    expect(await coverageRow(senco.page, pupilName).count()).toBeLessThanOrEqual(1);
    const after = coverageRow(senco.page, pupilName);
    expect((await after.count()) === 0 || !(await after.innerText()).includes(firstName)).toBe(true);
    await senco.context.close();
  }, 180_000);

  it('keeps passports to the pupils each adult works with, and prints a class pack', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'teacher@oakfield.example');
    await page.waitForURL(/\/my-pupils$/);
    const schoolId = /\/schools\/([0-9a-f-]{36})\//.exec(page.url())![1];
    // A pupil of another class: found through the SENCO's coverage, refused to the teacher as not found.
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page.goto(`/schools/${schoolId}/passports`);
    const rows = senco.page.locator('main table tbody tr');
    await rows.first().waitFor();
    const all = await senco.page
      .locator('main table tbody tr th a')
      .evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.closest('th')?.textContent ?? '' })),
      );
    const elsewhere = all.find((link) => !/\b4A\b/.test(link.text));
    expect(elsewhere).toBeDefined();
    await senco.context.close();
    await page.goto(elsewhere!.href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).not.toMatch(/passport$/);

    await page.goto(`/schools/${schoolId}/passports/class-pack`);
    await page.getByRole('heading', { level: 1, name: 'Class pack of passports' }).waitFor();
    await settled(page);
    await expectAccessible(page);
    await context.close();
  }, 120_000);
});
