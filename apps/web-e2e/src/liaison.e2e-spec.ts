import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, signIn } from './support/browser';

/** A one-page PDF, as a report from a service would arrive. */
function reportPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

/** The pupil page of the first pupil whose support plan review is due in 15 to 30 days (so has a plan). */
async function openPupilWithPlan(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  const row = page
    .locator('main section')
    .filter({ has: page.getByRole('heading', { name: 'Due in 15 to 30 days', exact: true }) })
    .locator('tbody tr')
    .filter({ hasText: 'Support plan review' })
    .first();
  await row.waitFor();
  const link = row.getByRole('link').first();
  const name = (await link.innerText()).trim();
  const planPath = new URL((await link.getAttribute('href')) ?? '', 'http://x').pathname;
  await page.goto(planPath.replace(/\/plan$/, ''));
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return name;
}

describe('working with families and professionals', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets the SENCO refer a pupil with consent, attach the report, and copy a recommendation into the plan', async () => {
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    const pupilName = await openPupilWithPlan(senco.page);
    await expectAccessible(senco.page);

    await senco.page.getByRole('link', { name: 'Make a referral' }).click();
    await senco.page.getByRole('button', { name: 'Make referral' }).waitFor();
    await expectAccessible(senco.page);
    await senco.page.getByLabel('Service').selectOption({ index: 1 });
    await senco.page
      .getByLabel('Reason for the referral')
      .fill('Slow progress in phonics despite two terms of small-group support; advice on next steps.');
    await senco.page.getByLabel('Name of the person who gave consent').fill('A. Parent');
    await senco.page.getByLabel('Relationship to the pupil').fill('Mother');
    const consent = senco.page.getByRole('group', { name: 'Date consent was given' });
    const today = new Date();
    await consent.getByLabel('Day').fill(String(today.getUTCDate()));
    await consent.getByLabel('Month').fill(String(today.getUTCMonth() + 1));
    await consent.getByLabel('Year').fill(String(today.getUTCFullYear()));
    await senco.page.getByRole('button', { name: 'Make referral' }).click();
    await senco.page.getByRole('heading', { level: 1, name: /^Referral to / }).waitFor();
    await senco.page.getByText(/^Referral to .* recorded/).waitFor();
    await expectAccessible(senco.page);

    // The report comes back: attach it with its recommendations.
    const recommendation = 'Pre-teach new phonemes one-to-one for five minutes before each lesson';
    await senco.page.getByLabel('Upload a file').setInputFiles({
      name: 'ep-report.pdf',
      mimeType: 'application/pdf',
      buffer: reportPdf(),
    });
    await senco.page.getByLabel('Title').fill('Educational psychology report');
    await senco.page
      .getByLabel('Recommendations (optional)')
      .fill(`${recommendation}\nUse a phonics mat on the desk`);
    await senco.page.getByRole('button', { name: 'Attach document' }).click();
    await senco.page.getByText('‘Educational psychology report’ attached.').waitFor();
    await expectAccessible(senco.page);

    await senco.page.getByRole('checkbox', { name: recommendation }).check();
    await senco.page.getByRole('button', { name: 'Copy into the support plan' }).click();
    await senco.page.getByText('1 recommendation added to the support plan strategies').waitFor();
    await senco.page.getByRole('link', { name: 'View the support plan' }).click();
    await senco.page.getByRole('heading', { level: 1, name: `${pupilName}’s support plan` }).waitFor();
    await senco.page.getByText(recommendation).waitFor();
    await senco.context.close();
  });

  it('keeps the family contacts, directory, referrals, chronology and exam access pages accessible', async () => {
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@riverside.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Referrals' })
      .click();
    await senco.page.getByRole('table', { name: /^Open referrals, longest wait first/ }).waitFor();
    await expectAccessible(senco.page);
    const firstReferral = senco.page.locator('main tbody tr').first().getByRole('link').first();
    const pupilHref = (await firstReferral.getAttribute('href')) ?? '';
    await senco.page.getByRole('link', { name: 'Directory of services and professionals' }).click();
    await senco.page.getByRole('heading', { level: 1, name: 'Services and professionals' }).waitFor();
    await expectAccessible(senco.page);

    const pupilPath = /\/schools\/[^/]+\/pupils\/[^/]+/.exec(pupilHref)?.[0];
    expect(pupilPath).toBeDefined();
    for (const [path, heading] of [
      ['family', /family contacts$/],
      ['chronology', /[Cc]hronology/],
      ['documents', /[Dd]ocuments/],
    ] as const) {
      await senco.page.goto(`${pupilPath}/${path}`);
      await senco.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectAccessible(senco.page);
    }

    await senco.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Exam access' })
      .click();
    await senco.page.getByRole('heading', { level: 1, name: /[Ee]xam access/ }).waitFor();
    await expectAccessible(senco.page);
    const examPupil = senco.page.locator('main a[href*="/exam-arrangements"]').first();
    await examPupil.click();
    await senco.page.getByRole('heading', { level: 1, name: /exam access arrangements/i }).waitFor();
    await senco.page
      .getByText(/% extra time|A reader|A scribe|Rest breaks|word processor|separate room/i)
      .first()
      .waitFor();
    await expectAccessible(senco.page);
    await senco.context.close();
  });
});
