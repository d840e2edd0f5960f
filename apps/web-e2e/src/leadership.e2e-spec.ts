import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, signIn } from './support/browser';

describe('leadership', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('gives the head the dashboard, each chart with its table, and a one-page governors’ report naming no pupil', async () => {
    const head = await newPage(browser);
    await signIn(head.page, 'head@oakfield.example');
    await head.page.waitForURL(/\/schools\/[^/]+\/[a-z-]+$/);

    // A pupil's name from the register, to prove the report never names one.
    await head.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
    const firstPupil = head.page.locator('main table tbody tr').first().getByRole('link').first();
    await firstPupil.waitFor();
    const pupilName = (await firstPupil.innerText()).trim();

    await head.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await head.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await head.page.getByRole('heading', { name: 'The register against national figures' }).waitFor();
    await head.page.getByRole('table', { name: /^Pupils by SEN status/ }).waitFor();
    await head.page
      .getByText(/\(national 14\.2%\)/)
      .first()
      .waitFor();
    // Every chart has its data beside it: as many tables as charts, at least.
    const charts = await head.page.locator('main [role="img"]').count();
    expect(charts).toBeGreaterThan(3);
    expect(await head.page.locator('main table').count()).toBeGreaterThanOrEqual(charts);
    for (const heading of [
      'Review compliance',
      'Pupil passports',
      'Open concerns',
      'Impact of interventions',
    ]) {
      await head.page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await expectAccessible(head.page);
    expect(await head.page.locator('main').innerText()).not.toContain(pupilName);

    await head.page.getByRole('link', { name: 'Governors’ report' }).click();
    await head.page.getByRole('heading', { level: 1, name: 'SEND report for governors' }).waitFor();
    await head.page.getByRole('heading', { name: 'In brief' }).waitFor();
    await expectAccessible(head.page);
    expect(await head.page.locator('main').innerText()).not.toContain(pupilName);
    await head.page.emulateMedia({ media: 'print' });
    expect(await head.page.getByRole('button', { name: 'Print this report' }).isVisible()).toBe(false);
    expect(await head.page.locator('header').first().isVisible()).toBe(false);
    const pdf = await head.page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await head.context.close();
  });

  it('shows the trust leader the schools side by side, small counts as “fewer than 5”', async () => {
    const leader = await newPage(browser);
    await signIn(leader.page, 'trust@northbridge.example');
    await leader.page.waitForURL(/\/trusts\/[^/]+\/summary$/);
    await leader.page.getByRole('heading', { level: 1, name: 'Trust summary' }).waitFor();
    const register = leader.page.getByRole('table', { name: /^Pupils on roll and on the register/ });
    await register.waitFor();
    await register.getByRole('rowheader', { name: 'Oakfield Primary School' }).waitFor();
    await register.getByRole('rowheader', { name: 'Riverside Academy' }).waitFor();
    await leader.page.getByText('fewer than 5').first().waitFor();
    await expectAccessible(leader.page);
    // Aggregates only: nothing links to a pupil or a school's pages.
    expect(await leader.page.locator('main a[href*="/schools/"]').count()).toBe(0);
    await leader.context.close();
  });

  it('lets the SENCO download the census SEN extract, or shows why it is refused', async () => {
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Census check' })
      .click();
    await senco.page.getByRole('heading', { name: 'Census SEN extract' }).waitFor();
    await expectAccessible(senco.page);
    const refused = senco.page.getByText(/The extract will be refused until the \d+ problems? found/);
    const button = senco.page.getByRole('button', { name: 'Download the census SEN extract (CSV)' });
    if (await refused.isVisible()) {
      await button.click();
      await senco.page
        .getByText('The census SEN extract cannot be made while the census check finds problems')
        .waitFor();
      await expectAccessible(senco.page);
    } else {
      const [download] = await Promise.all([senco.page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/^census-sen-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const csv = readFileSync(path, 'utf8');
      expect(csv.split(/\r?\n/)[0]).toBe('UPN,SENprovision,SENtype1,SENtype2');
      expect(csv).toMatch(/\r?\n[A-Z]\d{11}[0-9A-Z],[KE],[A-Z]{2,6},/);
    }
    await senco.context.close();
  });
});
