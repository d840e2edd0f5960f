import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, settled, signIn } from './support/browser';

describe('a signed-in session', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('keeps the teacher to their own class and opens a pupil from the list', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'teacher@oakfield.example');
    await page.waitForURL(/\/my-pupils$/);
    // Wait for the list itself, not just the network: rendering follows the data.
    await page.locator('main a[href*="/pupils/"]').first().waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toContain('4A');
    expect(body).not.toMatch(/\b(3A|4B|5A)\b/);
    const firstPupil = page.locator('main a[href*="/pupils/"]').first();
    await firstPupil.click();
    await page.waitForURL(/\/pupils\/[0-9a-f-]{36}$/);
    await page.locator('main').getByText(/UPN/i).first().waitFor();
    expect(await page.locator('main h1').innerText()).not.toMatch(/my pupils/i);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('moves focus to the main heading after navigating', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'senco@oakfield.example');
    await page.waitForURL(/\/register$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await context.close();
  });

  it('restores the session on reload from the refresh cookie, without asking again', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'head@oakfield.example');
    await page.waitForURL(/\/dashboard$/);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/dashboard$/);
    await context.close();
  });

  it('lets someone with the school switcher and navigation reach only what their role allows', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'ta@oakfield.example');
    await page.waitForURL(/\/my-sessions$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    const links = (await nav.getByRole('link').allInnerTexts()).join(' | ');
    expect(links).not.toMatch(/Register|Dashboard|Staff/);
    await context.close();
  });

  it('sends someone whose session ended back to sign-in with a clear message', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'senco@oakfield.example');
    await page.waitForURL(/\/register$/);
    await settled(page);
    // The session ends elsewhere (signed out in another tab): the cookie's session is revoked.
    const out = await page.request.post('/api/auth/logout');
    expect(out.status()).toBe(204);
    // The next request the page makes finds the session gone. Searching makes one; the app may also
    // make one by itself first (a background refetch), and then the search box is already gone.
    try {
      await page.getByRole('searchbox').fill('a', { timeout: 3000 });
      await page.keyboard.press('Enter');
    } catch {
      // already on its way to the sign-in page
    }
    await page.waitForURL(/\/sign-in/);
    // The sign-in page is a lazy route: wait for it to render before reading it.
    await page
      .locator('main')
      .getByText(/session has (expired|ended)/i)
      .waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('signs out', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@oakfield.example');
    await page.waitForURL(/\/staff$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await context.close();
  });
});
