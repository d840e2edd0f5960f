import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, settled, signIn } from './support/browser';

/** A link in the main navigation, by its exact label (the count of open concerns may follow it). */
function navLink(page: Page, label: string) {
  return page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${label}(\\s|$)`) });
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('the SEND register', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets the SENCO move a pupil from monitoring to SEN support with two ranked needs', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'senco@oakfield.example');
    await page.waitForURL(/\/register$/);
    await page.locator('main table tbody tr').first().waitFor();
    await expectAccessible(page);

    // Filter the register to the pupils at monitoring.
    await page.getByRole('group', { name: 'SEN status' }).getByLabel('Monitoring', { exact: true }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/[?&]status=monitoring(&|$)/);
    // The URL changes a moment before the new rows arrive: wait for rows that are all at monitoring.
    await page.waitForFunction(() => {
      const tags = Array.from(document.querySelectorAll('main table tbody td .tag'));
      return tags.length > 0 && tags.every((tag) => tag.textContent === 'Monitoring');
    });
    const rows = page.locator('main table tbody tr');
    await expectAccessible(page);

    // Open the first of them.
    const link = rows.first().getByRole('link');
    const name = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(new RegExp(`/pupils/${UUID}$`));
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const summary = page.getByRole('region', { name: 'SEND summary' });
    await summary.getByText('Monitoring', { exact: true }).waitFor();
    await expectAccessible(page);

    // Change the status: first without answers, to see the error summary linked to the fields.
    await summary.getByRole('link', { name: 'Change SEN status' }).click();
    await page.waitForURL(/\/sen-status$/);
    await page.getByRole('heading', { level: 1, name: 'Change SEN status' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Change status' }).click();
    const errors = page.locator('.error-summary');
    await errors.getByRole('link', { name: 'Choose the new SEN status' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page);
    await errors.getByRole('link', { name: 'Choose the new SEN status' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('status');

    await page.getByRole('radio', { name: 'SEN support', exact: true }).check();
    await page
      .getByLabel('Why is the status changing?')
      .fill('Review meeting with parents agreed SEN support for speech and language.');
    await page.getByRole('button', { name: 'Change status' }).click();

    // Back on the pupil's page, the confirmation has focus and the summary shows the new status.
    await page.waitForURL(new RegExp(`/pupils/${UUID}$`));
    const confirmation = page.getByRole('status').filter({ hasText: 'SEN status changed to SEN support' });
    await confirmation.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('notification-banner'));
    await summary.getByText('SEN support', { exact: true }).waitFor();
    await expectAccessible(page);

    // Set a primary and a secondary need.
    await summary.getByRole('link', { name: 'Set needs' }).click();
    await page.waitForURL(/\/needs$/);
    await page.getByRole('heading', { level: 1, name: 'Set needs' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Primary need', { exact: true }).selectOption('SLCN');
    await page
      .getByLabel('Describe the primary need in plain words (optional)')
      .fill('Finds it hard to follow spoken instructions with more than two steps.');
    await page.getByLabel('Secondary need (optional)').selectOption('SEMH');
    await page.getByRole('button', { name: 'Save needs' }).click();

    await page.waitForURL(new RegExp(`/pupils/${UUID}$`));
    await page.getByRole('status').filter({ hasText: 'Needs saved' }).waitFor();
    await summary.getByText('Speech, language and communication needs (SLCN)').waitFor();
    await summary.getByText('Social, emotional and mental health (SEMH)').waitFor();
    await summary.getByText('Finds it hard to follow spoken instructions').waitFor();

    // The timeline has both changes, newest first.
    const history = page.getByRole('region', { name: 'SEND history' }).locator('li');
    const events = await history.allInnerTexts();
    expect(events[0]).toMatch(/Speech, language and communication needs \(primary\)/);
    expect(events[0]).toMatch(/Social, emotional and mental health \(secondary\)/);
    expect(events.some((event) => event.includes('Review meeting with parents agreed SEN support'))).toBe(
      true,
    );
    expect(events.findIndex((e) => e.includes('(primary)'))).toBeLessThan(
      events.findIndex((e) => e.includes('Review meeting with parents')),
    );
    await expectAccessible(page);
    await context.close();
  }, 120_000);

  it('takes a teacher’s concern to the SENCO, and the outcome back to the teacher', async () => {
    const marker = `Rarely joins in with group discussions (${Date.now().toString(36)}).`;

    // The teacher raises a concern about one of their pupils who is not on the register.
    const teacher = await newPage(browser);
    await signIn(teacher.page, 'teacher@oakfield.example');
    await teacher.page.waitForURL(/\/my-pupils$/);
    const cards = teacher.page.locator('main li.card');
    await cards.first().waitFor();
    // SEN markers: some of the teacher's pupils show their status; choose one who has none (No SEN).
    expect(await teacher.page.locator('main li.card .tag').count()).toBeGreaterThan(0);
    await expectAccessible(teacher.page);
    const card = cards.filter({ hasNot: teacher.page.locator('.tag') }).first();
    const pupil = (await card.getByRole('link').innerText()).trim();
    await card.getByRole('link').click();
    await teacher.page.getByRole('heading', { level: 1, name: pupil }).waitFor();
    await teacher.page.getByRole('region', { name: 'SEND summary' }).waitFor();
    // Read-only for a teacher.
    expect(await teacher.page.getByRole('link', { name: 'Change SEN status' }).count()).toBe(0);
    await expectAccessible(teacher.page);

    await teacher.page.getByRole('link', { name: 'Raise a concern' }).click();
    await teacher.page.waitForURL(/\/concerns\/new$/);
    await teacher.page.getByRole('heading', { level: 1, name: `Raise a concern about ${pupil}` }).waitFor();
    await expectAccessible(teacher.page);
    await teacher.page.getByRole('radio', { name: 'Communication and interaction' }).check();
    await teacher.page.getByLabel('What have you observed?').fill(marker);
    await teacher.page
      .getByLabel('What have you tried so far? (optional)')
      .fill('Paired with a talk partner and given thinking time.');
    await teacher.page.getByRole('button', { name: 'Send to the SENCO' }).click();
    await teacher.page.getByRole('heading', { level: 1, name: 'Concern sent to the SENCO' }).waitFor();
    await expectAccessible(teacher.page);
    await teacher.context.close();

    // The SENCO finds it among the concerns and starts monitoring.
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await navLink(senco.page, 'Concerns').click();
    await senco.page.waitForURL(/\/concerns$/);
    await senco.page.locator('main table tbody tr').first().waitFor();
    await expectAccessible(senco.page);
    const row = senco.page
      .locator('main table tbody tr')
      .filter({ hasText: pupil })
      .filter({ hasText: 'Sam Teacher' })
      .filter({ hasText: 'Open' })
      .last();
    await row.getByRole('link', { name: `Triage the concern about ${pupil}` }).click();
    await senco.page.waitForURL(new RegExp(`/concerns/${UUID}$`));
    await senco.page.getByText(marker).waitFor();
    await expectAccessible(senco.page);
    await senco.page.getByRole('radio', { name: 'Start monitoring' }).check();
    await senco.page
      .getByLabel('Outcome for Sam Teacher')
      .fill('We will monitor this half term; please note examples in the class log.');
    await senco.page.getByRole('button', { name: 'Save decision' }).click();
    await senco.page.waitForURL(/\/concerns$/);
    await senco.page
      .getByRole('status')
      .filter({ hasText: `Concern about ${pupil}: monitoring started.` })
      .waitFor();
    await expectAccessible(senco.page);
    await senco.context.close();

    // The teacher sees the outcome.
    const back = await newPage(browser);
    await signIn(back.page, 'teacher@oakfield.example');
    await back.page.waitForURL(/\/my-pupils$/);
    await navLink(back.page, 'My concerns').click();
    await back.page.waitForURL(/\/my-concerns$/);
    const mine = back.page.locator('main li.record-card').filter({ hasText: marker });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('We will monitor this half term');
    expect(await mine.locator('.tag').innerText()).toBe('Monitoring');
    await expectAccessible(back.page);
    await back.context.close();
  }, 120_000);

  it('never lets two SENCOs overwrite each other: the second is told to reload', async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    await signIn(first.page, 'senco@oakfield.example');
    await signIn(second.page, 'senco@oakfield.example');
    await first.page.waitForURL(/\/register$/);
    await second.page.waitForURL(/\/register$/);

    // Both open "Change SEN status" for the same pupil, who is not on the register.
    await first.page.goto(`${new URL(first.page.url()).pathname}?status=N`);
    const link = first.page.locator('main table tbody tr').first().getByRole('link');
    await link.waitFor();
    await link.click();
    await first.page.waitForURL(new RegExp(`/pupils/${UUID}$`));
    const pupilPage = new URL(first.page.url()).pathname;
    await first.page.getByRole('link', { name: 'Change SEN status' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Change SEN status' }).waitFor();
    await settled(first.page);
    await second.page.goto(`${pupilPage}/sen-status`);
    await second.page.getByRole('heading', { level: 1, name: 'Change SEN status' }).waitFor();
    await settled(second.page);

    // The second saves first.
    await second.page.getByRole('radio', { name: 'Monitoring', exact: true }).check();
    await second.page.getByLabel('Why is the status changing?').fill('Parents raised worries about reading.');
    await second.page.getByRole('button', { name: 'Change status' }).click();
    await second.page.getByRole('status').filter({ hasText: 'SEN status changed to Monitoring' }).waitFor();

    // The first, still on the old version, is refused and told why; nothing was overwritten.
    await first.page.getByRole('radio', { name: 'SEN support', exact: true }).check();
    await first.page.getByLabel('Why is the status changing?').fill('Assessment agreed SEN support.');
    await first.page.getByRole('button', { name: 'Change status' }).click();
    const conflict = first.page.locator('.error-summary').filter({ hasText: 'Someone else changed this' });
    await conflict.waitFor();
    expect(await first.page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(
      true,
    );
    await expectAccessible(first.page);
    await conflict.getByRole('button', { name: 'Reload the latest version' }).click();
    await first.page
      .getByRole('status')
      .filter({ hasText: 'This page now shows the latest version of this pupil’s SEND record' })
      .waitFor();
    await first.page.locator('.inset-text').getByText('Monitoring', { exact: true }).waitFor();
    // What they typed is still there, to save again if it is still right.
    expect(await first.page.getByLabel('Why is the status changing?').inputValue()).toBe(
      'Assessment agreed SEN support.',
    );
    await first.page.getByRole('button', { name: 'Change status' }).click();
    await first.page.getByRole('status').filter({ hasText: 'SEN status changed to SEN support' }).waitFor();
    await first.context.close();
    await second.context.close();
  }, 120_000);

  it('gives the head the register, its export and the census check, read-only', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'head@oakfield.example');
    await page.waitForURL(/\/dashboard$/);
    await navLink(page, 'Register').click();
    await page.waitForURL(/\/register$/);
    await page.locator('main table tbody tr').first().waitFor();
    await expectAccessible(page);

    // Counts per status, as text.
    const counts = page.getByRole('region', { name: 'Pupils by SEN status' });
    for (const label of ['SEN support', 'EHCP', 'Monitoring', 'No SEN']) {
      await counts.getByRole('link', { name: new RegExp(`^[\\d,]+ ${label}$`) }).waitFor();
    }

    // Sorting by a column header button, which aria-sort reports.
    await page.getByRole('button', { name: 'SEN status', exact: true }).click();
    await page.waitForURL(/[?&]sort=status(&|$)/);
    await settled(page);
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toContain('SEN status');
    await page.getByRole('button', { name: 'SEN status', exact: true }).press('Enter');
    await page.waitForURL(/[?&]sort=-status(&|$)/);

    // The search never reaches the address bar.
    await page.getByRole('searchbox').fill('a');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(page.url()).not.toMatch(/[?&]q=/);

    // The CSV of the current view.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^send-register-\d{4}-\d{2}-\d{2}\.csv$/);

    // A pupil's SEND summary, without the SENCO's actions.
    await page.locator('main table tbody tr').first().getByRole('link').click();
    await page.getByRole('region', { name: 'SEND summary' }).waitFor();
    expect(await page.getByRole('link', { name: 'Change SEN status' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Raise a concern' }).count()).toBe(0);

    // The census pre-flight for the next census day: the demo data breaks a few rules.
    await navLink(page, 'Census check').click();
    await page.waitForURL(/\/census$/);
    await page.getByRole('heading', { level: 1, name: 'Census check' }).waitFor();
    await settled(page);
    const problems = page.locator('main table tbody tr');
    expect(await problems.count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // Each problem links to the pupil, whose page names the broken rule.
    await problems.first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/pupils/${UUID}$`));
    await page.getByText(/This record breaks/).waitFor();

    // A date with a mistake gets an error summary linked to the field.
    await page.goBack();
    await page.getByLabel('Month').fill('13');
    await page.getByRole('button', { name: 'Check' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: 'The census date must be a real date' })
      .waitFor();
    await expectAccessible(page);

    // The concerns, read-only.
    await navLink(page, 'Concerns').click();
    await page.waitForURL(/\/concerns$/);
    await settled(page);
    expect(await page.getByRole('link', { name: /^Triage/ }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  }, 120_000);
});
