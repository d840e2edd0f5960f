import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, signIn } from './support/browser';

/** The school's id, from the URL the person landed on after signing in. */
function schoolIdOf(page: Page): string {
  const match = /\/schools\/([0-9a-f-]{36})\//.exec(page.url());
  if (!match) throw new Error(`No school in ${page.url()}`);
  return match[1];
}

/** A figure on a group's page ("£12.34 delivered so far", "41 held"), by its label. */
async function figure(page: Page, label: string): Promise<string> {
  const item = page.locator('.figures__item').filter({
    has: page.locator('.figures__label', { hasText: new RegExp(`^${label}$`) }),
  });
  return (await item.locator('.figures__value').innerText()).trim();
}

const PHONE = { width: 390, height: 844 };

describe('the provision map', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets the demo TA log a session on a phone, and the SENCO sees it in the group, its cost and the pupil', async () => {
    // The TA's home lists the groups she delivers; one of them meets every weekday, and on a weekend
    // every group is "not scheduled today" but can still be logged.
    const ta = await newPage(browser, PHONE);
    await signIn(ta.page, 'ta@oakfield.example');
    await ta.page.waitForURL(/\/my-sessions$/);
    const logLink = ta.page.getByRole('link', { name: /^Log (today’s|a) session for / }).first();
    await logLink.waitFor();
    await expectAccessible(ta.page);
    const href = (await logLink.getAttribute('href')) ?? '';
    const provisionId = /\/my-sessions\/([0-9a-f-]{36})$/.exec(href)?.[1];
    expect(provisionId).toBeDefined();
    const schoolId = schoolIdOf(ta.page);

    // The SENCO opens that group: held sessions and the cost delivered so far.
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    const groupPath = `/schools/${schoolId}/provision/groups/${provisionId}`;
    await senco.page.goto(groupPath);
    await senco.page.getByRole('heading', { name: 'Costs' }).waitFor();
    await expectAccessible(senco.page);
    const heldBefore = Number(await figure(senco.page, 'held'));
    const deliveredBefore = await figure(senco.page, 'delivered so far');
    const groupName = (await senco.page.getByRole('heading', { level: 1 }).innerText()).trim();
    const firstPupil = senco.page.locator('main table tbody tr').first().getByRole('link').first();
    const pupilName = (await firstPupil.innerText()).trim();

    // The pupil's own page: this group in their provision this year, sessions and delivered cost.
    await firstPupil.click();
    await senco.page.getByRole('heading', { level: 1, name: pupilName }).waitFor();
    const provision = senco.page.getByRole('region', { name: /^Provision this year/ });
    const groupRow = provision
      .locator('tbody tr')
      .filter({ has: senco.page.getByRole('link', { name: groupName }) });
    await groupRow.waitFor();
    await expectAccessible(senco.page);
    const pupilPath = new URL(senco.page.url()).pathname;
    const pupilRowBefore = (await groupRow.locator('td').allInnerTexts()).join(' | ');

    // The TA logs the session: one pupil absent, ill.
    await logLink.click();
    await ta.page.getByRole('heading', { level: 1, name: 'Log a session' }).waitFor();
    const happened = ta.page.getByRole('group', { name: 'Did the session happen?' });
    await happened.waitFor();
    await expectAccessible(ta.page);
    await happened.getByLabel('Yes').check();
    const attendance = ta.page.getByRole('group', { name: 'Who came to the session?' });
    await attendance.getByLabel(pupilName, { exact: true }).uncheck();
    await ta.page
      .getByRole('group', { name: `Why was ${pupilName} absent?` })
      .getByLabel('Ill')
      .check();
    await ta.page.getByLabel('Note (optional)').fill('Worked on the second book; good focus.');
    // Nothing scrolls sideways on the phone.
    expect(await ta.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
      true,
    );
    await ta.page.getByRole('button', { name: 'Save session' }).click();
    await ta.page.waitForURL(/\/my-sessions$/);
    await ta.page.getByText(/^Session logged for /).waitFor();
    await ta.page.getByText('Logged: held').first().waitFor();
    await expectAccessible(ta.page);

    // The TA never sees costs, even for her own group.
    await ta.page.goto(groupPath);
    await ta.page.getByRole('heading', { name: 'Sessions', exact: true }).waitFor();
    expect(await ta.page.getByRole('heading', { name: 'Costs' }).count()).toBe(0);
    await ta.context.close();

    // The SENCO sees one more held session, and the delivered cost has moved.
    await senco.page.goto(groupPath);
    await senco.page.getByRole('heading', { name: 'Costs' }).waitFor();
    expect(Number(await figure(senco.page, 'held'))).toBe(heldBefore + 1);
    expect(await figure(senco.page, 'delivered so far')).not.toBe(deliveredBefore);

    // The session log shows who was absent and why.
    await senco.page.getByRole('link', { name: 'Session log' }).click();
    await senco.page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    const latest = senco.page.locator('main table tbody tr').first();
    await latest.getByText(/Ill/).waitFor();
    await expectAccessible(senco.page);

    // And the pupil's provision shows one more session held, one more listed, and its cost delivered.
    await senco.page.goto(pupilPath);
    await senco.page.getByRole('heading', { level: 1, name: pupilName }).waitFor();
    await groupRow.waitFor();
    const pupilRowAfter = (await groupRow.locator('td').allInnerTexts()).join(' | ');
    expect(pupilRowAfter).not.toBe(pupilRowBefore);
    const cells = await groupRow.locator('td').allInnerTexts();
    const before = pupilRowBefore.split(' | ');
    // Sessions "held of planned" and attendance "attended of listed" move; so does the delivered cost.
    expect(cells[1]).not.toBe(before[1]);
    expect(cells[2]).not.toBe(before[2]);
    expect(cells[cells.length - 1]).not.toBe(before[before.length - 1]);
    await senco.context.close();
  }, 180_000);

  it('gives the SENCO the groups, map, costs with top-up flags, impact, catalogue and rates, all accessible', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'senco@oakfield.example');
    await page.waitForURL(/\/register$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Provision' }).click();
    await page.getByRole('heading', { level: 1, name: 'Provision' }).waitFor();
    await page.locator('main table tbody tr').first().waitFor();
    await expectAccessible(page);

    const sub = page.getByRole('navigation', { name: 'Provision' });
    await sub.getByRole('link', { name: 'Provision map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Provision map' }).waitFor();
    await page.locator('main table').first().waitFor();
    await expectAccessible(page);

    await sub.getByRole('link', { name: 'Costs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Provision costs' }).waitFor();
    // The demo has a pupil with an EHCP whose planned 1:1 support passes GBP 6,000.
    await page
      .getByText(/top-up candidate/i)
      .first()
      .waitFor();
    await expectAccessible(page);

    await sub.getByRole('link', { name: 'Impact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impact of interventions' }).waitFor();
    await page.locator('main table').first().waitFor();
    await expectAccessible(page);

    await sub.getByRole('link', { name: 'Interventions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intervention catalogue' }).waitFor();
    await page.locator('main table').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff rates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff hourly rates' }).waitFor();
    await page.locator('main table').first().waitFor();
    await expectAccessible(page);
    await context.close();
  }, 120_000);

  it('keeps the forms, a timetable and a correction accessible, and says what a new group is missing', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'senco@oakfield.example');
    await page.waitForURL(/\/register$/);
    const schoolId = schoolIdOf(page);

    await page.goto(`/schools/${schoolId}/interventions/new`);
    await page.getByRole('heading', { level: 1, name: 'Add an intervention' }).waitFor();
    await expectAccessible(page);

    await page.goto(`/schools/${schoolId}/provision/new`);
    await page.getByRole('heading', { level: 1, name: 'Start a group' }).waitFor();
    await page.locator('main form').waitFor();
    await expectAccessible(page);
    // Sent empty, the form says what is missing, field by field, and axe is still content.
    await page.getByRole('button', { name: /^(Start the group|Save)/ }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary li').count()).toBeGreaterThan(1);
    await expectAccessible(page);

    // A group's staff member's timetable, and a correction of one of the group's sessions.
    await page.goto(`/schools/${schoolId}/provision`);
    await page.locator('main table tbody tr').first().getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Costs' }).waitFor();
    await page.locator('main dl, main .summary-list').first().getByRole('link').first().click();
    await page.waitForURL(/\/provision\/staff\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    await page.goBack();
    await page.getByRole('link', { name: 'Session log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    await page
      .locator('main table tbody tr')
      .first()
      .getByRole('link', { name: /^Correct/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Correct a session' }).waitFor();
    await page.getByRole('group', { name: 'Did the session happen?' }).waitFor();
    await expectAccessible(page);
    await context.close();
  }, 120_000);

  it('lets the school admin record a training day in the term dates, and remove it again', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@oakfield.example');
    await page.waitForURL(/\/staff$/);
    await page.getByRole('link', { name: /^Term dates/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Term dates' }).waitFor();
    // The demo's holidays are there already.
    await page.getByRole('rowheader', { name: 'Christmas holidays' }).waitFor();
    await expectAccessible(page);

    // Sent with the last day before the first, the form says so beside the field.
    await page.getByLabel('Name').fill('Training day');
    const first = page.getByRole('group', { name: 'First day the school is closed' });
    await first.getByLabel('Day').fill('6');
    await first.getByLabel('Month').fill('1');
    await first.getByLabel('Year').fill('2027');
    const last = page.getByRole('group', { name: 'Last day the school is closed' });
    await last.getByLabel('Day').fill('5');
    await last.getByLabel('Month').fill('1');
    await last.getByLabel('Year').fill('2027');
    await page.getByRole('button', { name: 'Add closure' }).click();
    await page
      .locator('.error-summary')
      .getByText('The last day must be the same as or after the first day')
      .waitFor();
    await expectAccessible(page);

    await last.getByLabel('Day').fill('6');
    await page.getByRole('button', { name: 'Add closure' }).click();
    await page.getByText(/^Training day added/).waitFor();
    await page.getByRole('rowheader', { name: 'Training day' }).waitFor();
    await page.getByRole('button', { name: 'Remove Training day' }).click();
    await page.getByText(/^Training day removed/).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Training day' }).count()).toBe(0);
    await context.close();
  }, 90_000);

  it('keeps costs from teachers and TAs: the pages are refused and the links are not there', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'ta@oakfield.example');
    await page.waitForURL(/\/my-sessions$/);
    const schoolId = schoolIdOf(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect((await nav.getByRole('link').allInnerTexts()).join(' | ')).not.toMatch(/Provision|Staff rates/);
    await page.goto(`/schools/${schoolId}/provision/costs`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).not.toMatch(/costs/i);
    await expectAccessible(page);
    await context.close();
  }, 60_000);
});
