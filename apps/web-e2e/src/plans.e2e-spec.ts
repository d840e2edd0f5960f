import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, signIn } from './support/browser';

/** A date `days` from today as the three GOV.UK date fields want it. */
function dateParts(days: number): { day: string; month: string; year: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
  };
}

/** Fills a GOV.UK date input group (Day, Month, Year) found by its legend. */
async function fillDate(page: Page, legend: string | RegExp, days: number): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  const { day, month, year } = dateParts(days);
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** The section of the review dashboard under the given heading. */
function dashboardSection(page: Page, heading: string) {
  return page
    .locator('main section')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
}

describe('support plans and reviews', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets the SENCO write a plan for a pupil on the register who has none, and make it active', async () => {
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await senco.page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    const withoutPlan = dashboardSection(senco.page, 'Pupils on the register without an active plan');
    const firstRow = withoutPlan.locator('tbody tr').first();
    await firstRow.waitFor();
    await expectAccessible(senco.page);
    const pupilName = (await firstRow.getByRole('link').first().innerText()).trim();
    await firstRow.getByRole('link', { name: /Start a plan/ }).click();

    // The plan page offers to start one (or to continue the draft a colleague began).
    await senco.page.getByRole('heading', { level: 1, name: `${pupilName}’s support plan` }).waitFor();
    await expectAccessible(senco.page);
    await senco.page
      .getByRole('link', { name: 'Start a new plan' })
      .or(senco.page.getByRole('link', { name: 'Continue the draft' }))
      .first()
      .click();
    await senco.page.getByRole('button', { name: 'Save plan' }).waitFor();
    await expectAccessible(senco.page);

    // One outcome, measurable and dated, two strategies, and the review date.
    const description = senco.page.getByRole('textbox', { name: /What success looks like/ }).first();
    if ((await description.count()) === 0) {
      await senco.page.getByRole('button', { name: /Add (an|another) outcome/ }).click();
    }
    await description.fill('Read a short passage aloud with 9 words in 10 correct');
    await senco.page
      .getByRole('textbox', { name: /How it will be measured/ })
      .first()
      .fill('Running record each fortnight with the class teacher');
    await fillDate(senco.page, 'By when (outcome 1)', 90);
    await senco.page
      .getByRole('textbox', { name: 'Strategies for staff in class' })
      .fill('Pre-teach new words on Monday\nGive a reading ruler');
    await fillDate(senco.page, 'Next review date', 100);
    await senco.page.getByRole('button', { name: 'Make active' }).click();

    await senco.page.getByText(/is now the active plan/).waitFor();
    await senco.page.getByRole('heading', { level: 1, name: `${pupilName}’s support plan` }).waitFor();
    await senco.page.getByText('Read a short passage aloud with 9 words in 10 correct').waitFor();
    await senco.page.getByText('Pre-teach new words on Monday').waitFor();
    await expectAccessible(senco.page);

    // The dashboard no longer lists the pupil as without a plan.
    await senco.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await senco.page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await dashboardSection(senco.page, 'Pupils on the register without an active plan').waitFor();
    const listed = dashboardSection(senco.page, 'Pupils on the register without an active plan').getByRole(
      'link',
      { name: pupilName, exact: true },
    );
    await listed.waitFor({ state: 'detached' });
    await senco.context.close();
  });

  it('brings a teacher’s comment into the review the SENCO records, and starts the next cycle', async () => {
    // The demo teacher opens the plan of a pupil on SEN support in her class: strategies first.
    const teacher = await newPage(browser);
    await signIn(teacher.page, 'teacher@oakfield.example');
    await teacher.page.waitForURL(/\/my-pupils$/);
    const card = teacher.page.locator('main li.card').filter({ hasText: 'SEN support' }).first();
    await card.waitFor();
    const pupilName = (await card.getByRole('link').first().innerText()).trim();
    await card.getByRole('link').first().click();
    await teacher.page.getByRole('link', { name: 'View support plan' }).click();
    await teacher.page.getByRole('heading', { level: 1, name: `${pupilName}’s support plan` }).waitFor();
    // Strategies first: once the plan has loaded, its first heading is how to support the pupil.
    await teacher.page
      .getByRole('heading', { level: 2, name: `How to support ${pupilName} in class` })
      .waitFor();
    await expectAccessible(teacher.page);
    const headings = await teacher.page.locator('main h2').allInnerTexts();
    expect(headings[0]).toBe(`How to support ${pupilName} in class`);
    const planPath = new URL(teacher.page.url()).pathname;

    const comment = 'Reading more fluently in guided reading this fortnight; still guesses longer words.';
    await teacher.page.getByLabel('Add a comment on progress before the review').fill(comment);
    await teacher.page.getByRole('button', { name: 'Add comment' }).click();
    await teacher.page.getByText('Comment added.').waitFor();
    await teacher.page.getByText(comment).first().waitFor();
    await expectAccessible(teacher.page);
    await teacher.context.close();

    // The SENCO records the review: the teacher's comment is there, one outcome is not met.
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page.goto(planPath);
    await senco.page.getByRole('heading', { level: 1, name: `${pupilName}’s support plan` }).waitFor();
    const cycleLine = await senco.page.getByText(/^Cycle \d+, active since/).innerText();
    const cycle = Number(/^Cycle (\d+)/.exec(cycleLine)![1]);
    await senco.page.getByRole('link', { name: 'Record the review' }).click();
    await senco.page
      .getByRole('heading', { level: 1, name: `Record the review of ${pupilName}’s plan` })
      .waitFor();
    await senco.page.getByText(comment).waitFor();
    await expectAccessible(senco.page);

    await fillDate(senco.page, 'Date the review was held', 0);
    await senco.page.getByLabel('Name of attendee 1').fill('A. Parent');
    await senco.page.getByLabel('Role of attendee 1').fill('Parent');
    const outcomes = await senco.page.getByRole('group', { name: /How far was outcome \d+ met\?/ }).count();
    expect(outcomes).toBeGreaterThan(0);
    for (let i = 1; i <= outcomes; i++) {
      await senco.page
        .getByRole('group', { name: `How far was outcome ${i} met?` })
        .getByLabel(i === 1 ? 'Not met' : 'Met', { exact: true })
        .check();
    }
    await senco.page
      .getByLabel('What was decided')
      .fill('Stay on SEN support; carry the reading outcome forward.');
    await senco.page.getByRole('button', { name: 'Record the review' }).click();

    // The next cycle has begun, with the outcome not met carried forward.
    await senco.page.getByText(new RegExp(`Review recorded\\. Cycle ${cycle + 1} has started`)).waitFor();
    await senco.page.getByText(`Cycle ${cycle + 1}, active since`).waitFor();
    await senco.page.getByText('Carried forward from the last review').first().waitFor();
    await expectAccessible(senco.page);

    // The history shows the review with the teacher's comment.
    await senco.page.getByRole('link', { name: 'Plans and reviews' }).click();
    await senco.page.getByRole('heading', { level: 1, name: `${pupilName}’s plans and reviews` }).waitFor();
    await senco.page.getByRole('heading', { name: new RegExp(`^Review of cycle ${cycle}, held`) }).waitFor();
    // (in the review's folded "comments before the review")
    await senco.page.getByText(comment).first().waitFor({ state: 'attached' });
    await expectAccessible(senco.page);
    await senco.context.close();
  });

  it('shows the EHCP clock and moves the annual review on when the SENCO records the meeting held', async () => {
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await senco.page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    const annualReview = senco.page
      .locator('main tbody tr')
      .filter({ hasText: 'Annual review meeting (EHCP)' })
      .first();
    await annualReview.waitFor();
    const pupilName = (await annualReview.getByRole('link').first().innerText()).trim();
    await annualReview.getByRole('link').first().click();

    await senco.page.getByRole('heading', { level: 1, name: 'EHC plan' }).waitFor();
    await senco.page
      .getByText(/Annual review meeting/)
      .first()
      .waitFor();
    await expectAccessible(senco.page);
    await senco.page.getByRole('link', { name: 'Change EHCP record' }).first().click();
    await senco.page.getByRole('button', { name: 'Save EHCP record' }).waitFor();
    await expectAccessible(senco.page);
    await senco.page.getByText('Record an annual review meeting that has been held').click();
    await fillDate(senco.page, 'When was the meeting held?', 0);
    await senco.page.getByRole('button', { name: 'Record the meeting' }).click();
    await senco.page.getByRole('button', { name: 'Save EHCP record' }).click();
    await senco.page.getByText('EHCP record saved.').waitFor();
    await expectAccessible(senco.page);

    // The next annual review is a year (or six months) away: off the dashboard's 30 days.
    await senco.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await senco.page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await senco.page
      .locator('main tbody tr')
      .filter({ hasText: 'Annual review meeting (EHCP)' })
      .filter({ has: senco.page.getByRole('link', { name: pupilName, exact: true }) })
      .waitFor({ state: 'detached' });
    await senco.context.close();
  });

  it('gives the head counts without names, and a TA the strategies only', async () => {
    const head = await newPage(browser);
    await signIn(head.page, 'head@oakfield.example');
    await head.page.waitForURL(/\/schools\//);
    await head.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await head.page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await head.page.getByRole('heading', { name: 'Planning' }).waitFor();
    expect(await head.page.locator('main table').count()).toBe(0);
    expect(await head.page.locator('main a[href*="/pupils/"]').count()).toBe(0);
    await expectAccessible(head.page);
    await head.context.close();

    const ta = await newPage(browser);
    await signIn(ta.page, 'ta@oakfield.example');
    await ta.page.waitForURL(/\/my-sessions$/);
    await ta.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My pupils' }).click();
    const pupil = ta.page.locator('main li.card').getByRole('link').first();
    await pupil.waitFor();
    await pupil.click();
    await ta.page.getByRole('link', { name: 'View support plan' }).first().click();
    await ta.page.getByRole('heading', { level: 1, name: /support plan$/ }).waitFor();
    await ta.page.getByRole('heading', { level: 2, name: /^How to support / }).waitFor();
    await expectAccessible(ta.page);
    const headings = await ta.page.locator('main h2').allInnerTexts();
    expect(headings.some((h) => h.startsWith('How to support'))).toBe(true);
    expect(headings).not.toContain('Outcomes');
    expect(headings).not.toContain("Parents' views");
    await ta.context.close();
  });

  it('prints a plan with its review history', async () => {
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    const row = dashboardSection(senco.page, 'Due in the next 14 days')
      .locator('tbody tr')
      .filter({ hasText: 'Support plan review' })
      .first();
    await row.waitFor();
    await row.getByRole('link').first().click();
    await senco.page.getByRole('link', { name: 'Print' }).click();
    await senco.page.getByRole('button', { name: 'Print this plan' }).waitFor();
    await senco.page.getByRole('heading', { name: 'Review history' }).waitFor();
    await expectAccessible(senco.page);
    await senco.page.emulateMedia({ media: 'print' });
    expect(await senco.page.getByRole('button', { name: 'Print this plan' }).isVisible()).toBe(false);
    expect(await senco.page.locator('header').first().isVisible()).toBe(false);
    await senco.context.close();
  });

  it('gives a teacher her review digest and a calendar feed with initials, never names', async () => {
    const teacher = await newPage(browser);
    await signIn(teacher.page, 'teacher@oakfield.example');
    await teacher.page.waitForURL(/\/my-pupils$/);
    await teacher.page.locator('main li.card').first().waitFor();
    const names = (await teacher.page.locator('main li.card').getByRole('link').allInnerTexts()).map((n) =>
      n.trim(),
    );
    expect(names.length).toBeGreaterThan(0);
    await teacher.page.getByRole('link', { name: /^Notifications/ }).click();
    await teacher.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await teacher.page.getByRole('heading', { name: /^Support plan reviews of your pupils/ }).waitFor();
    await expectAccessible(teacher.page);

    await teacher.page.getByRole('button', { name: 'Create calendar link' }).click();
    const link = teacher.page.getByRole('textbox', { name: 'Calendar link' });
    await link.waitFor();
    await expectAccessible(teacher.page);
    const url = await link.inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await teacher.page.request.get(new URL(url).pathname);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const ics = await feed.text();
    expect(ics).toMatch(/SUMMARY:Support plan review: [A-Z]\.[A-Z]\./);
    for (const name of names) expect(ics).not.toContain(name);

    await teacher.page.getByRole('button', { name: 'Turn off the calendar link' }).click();
    await teacher.page.getByRole('button', { name: 'Yes, turn it off' }).click();
    await teacher.page.getByText('You do not have a calendar link.').waitFor();
    expect((await teacher.page.request.get(new URL(url).pathname)).status()).toBe(404);
    await teacher.context.close();
  });
});
