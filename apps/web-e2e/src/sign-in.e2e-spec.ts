import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, settled, signIn } from './support/browser';

const HOMES: [string, RegExp][] = [
  ['senco@oakfield.example', /\/schools\/[0-9a-f-]{36}\/register$/],
  ['teacher@oakfield.example', /\/schools\/[0-9a-f-]{36}\/my-pupils$/],
  ['ta@oakfield.example', /\/schools\/[0-9a-f-]{36}\/my-sessions$/],
  ['head@oakfield.example', /\/schools\/[0-9a-f-]{36}\/dashboard$/],
  ['admin@oakfield.example', /\/schools\/[0-9a-f-]{36}\/staff$/],
  ['senco@riverside.example', /\/schools\/[0-9a-f-]{36}\/register$/],
  ['trust@northbridge.example', /\/trusts\/[0-9a-f-]{36}\/summary$/],
];

describe('signing in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('has an accessible sign-in page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it.each(HOMES)('takes %s to their home page, which axe passes', async (email, home) => {
    const { context, page } = await newPage(browser);
    await signIn(page, email);
    await page.waitForURL(home);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    await settled(page);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('shows an error summary linked to the fields when sign-in fails, the same for any account', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'nobody@oakfield.example', 'wrong-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('not right');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('can be done by keyboard alone, starting from the skip link', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(first.toLowerCase()).toContain('skip');
    await page.getByLabel('Email address').focus();
    await page.keyboard.type('teacher@oakfield.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Demo-Password-1');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/my-pupils$/);
    await context.close();
  });
});
