import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, settled, signIn } from './support/browser';

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('the school admin', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds a pupil, edits the record, records leaving, and assigns a TA to a class', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@oakfield.example');
    await page.waitForURL(/\/schools\/[^/]+\/staff$/);
    await heading(page, 'Staff and classes');
    await expectAccessible(page);

    // Add a pupil: a UPN with the wrong check letter is refused, with the letter it should be.
    await page.getByRole('link', { name: 'Add a pupil' }).click();
    await heading(page, 'Add a pupil');
    await expectAccessible(page);
    await page.getByLabel('Unique pupil number (UPN)').fill('A674123101121');
    await page.getByLabel('Legal forename').fill('Testa');
    await page.getByLabel('Legal surname').fill('Adderley');
    const dob = page.getByRole('group', { name: 'Date of birth' });
    await dob.getByLabel('Day').fill('3');
    await dob.getByLabel('Month').fill('9');
    await dob.getByLabel('Year').fill('2017');
    await page.getByRole('radio', { name: 'Female' }).check();
    await page.getByLabel('Year group').selectOption('3');
    await page.getByLabel('Class (optional)').selectOption({ label: '3A' });
    await page.getByRole('checkbox', { name: 'Pupil premium' }).check();
    await page.getByRole('button', { name: 'Add pupil' }).click();
    const errors = page.locator('.error-summary');
    await errors.getByRole('link', { name: /should be R, not A/ }).waitFor();
    expect(await page.title()).toBe('Error: Add a pupil – SEND Register');
    await expectAccessible(page);
    await errors.getByRole('link', { name: /should be R, not A/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pupil-upn');

    await page.getByLabel('Unique pupil number (UPN)').fill('R674123101121');
    await page.getByRole('button', { name: 'Add pupil' }).click();
    await page.waitForURL((url) => /\/pupils\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    await heading(page, 'Testa Adderley');
    await page.getByText('Testa Adderley added to the school.').waitFor();
    await expectAccessible(page);
    const pupilPath = new URL(page.url()).pathname;

    // Edit the core record: a preferred forename.
    await page.getByRole('link', { name: 'Edit core record' }).click();
    await heading(page, 'Edit core record');
    expect(await page.getByLabel('Unique pupil number (UPN)').inputValue()).toBe('R674123101121');
    await expectAccessible(page);
    await page.getByLabel('Preferred forename (optional)').fill('Tess');

    // Meanwhile the SENCO saves a change to the same record: the admin's save is refused, not lost.
    const senco = await newPage(browser);
    await signIn(senco.page, 'senco@oakfield.example');
    await senco.page.waitForURL(/\/register$/);
    await senco.page.goto(`${pupilPath}/edit`);
    await heading(senco.page, 'Edit core record');
    await senco.page.getByRole('checkbox', { name: 'English as an additional language (EAL)' }).check();
    await senco.page.getByRole('button', { name: 'Save changes' }).click();
    await senco.page.getByText("Testa Adderley's record updated.").waitFor();
    await senco.context.close();

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 2, name: 'Someone else changed this' }).waitFor();
    expect(await page.title()).toBe('Error: Edit core record – SEND Register');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Reload the latest version' }).click();
    await page.getByText('This page now shows the latest version of this pupil’s record.').waitFor();
    expect(
      await page.getByRole('checkbox', { name: 'English as an additional language (EAL)' }).isChecked(),
    ).toBe(true);
    await page.getByLabel('Preferred forename (optional)').fill('Tess');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === pupilPath);
    await heading(page, 'Tess Adderley');
    await page.getByText("Tess Adderley's record updated.").waitFor();
    await expectAccessible(page);

    // Record leaving.
    await page.getByRole('link', { name: 'Record leaving' }).click();
    await heading(page, 'Record leaving');
    await expectAccessible(page);
    const leaving = page.getByRole('group', { name: 'When does the pupil leave?' });
    const year = String(new Date().getFullYear() + 1);
    await leaving.getByLabel('Day').fill('20');
    await leaving.getByLabel('Month').fill('7');
    await leaving.getByLabel('Year').fill(year);
    await page.getByLabel('Why are they leaving? (optional)').fill('Moving to another school');
    await page.getByRole('button', { name: 'Record leaving' }).click();
    await page.waitForURL((url) => url.pathname === pupilPath);
    await page.getByText(/^Leaving date recorded: Tess Adderley leaves on/).waitFor();
    await expectAccessible(page);

    // Assign the demo TA to class 3A.
    const staffPath = pupilPath.replace(/\/pupils\/[^/]+$/, '/staff');
    await page.goto(staffPath);
    await heading(page, 'Staff and classes');
    await settled(page);
    await page.getByRole('link', { name: 'Edit staff for class 3A' }).click();
    await heading(page, 'Staff for class 3A');
    await expectAccessible(page);
    const tas = page.getByRole('group', { name: 'Teaching assistants' });
    await tas.getByRole('checkbox', { name: 'Alex Assistant' }).check();
    await page.getByRole('button', { name: 'Save staff' }).click();
    await page.waitForURL((url) => url.pathname === staffPath);
    await page.getByText('Staff for class 3A saved.').waitFor();
    await settled(page);
    const row = page.getByRole('row', { name: /^3A\b/ });
    await row.getByText('Alex Assistant').waitFor();
    expect(await row.innerText()).toContain('Teaching assistant');
    await expectAccessible(page);

    await context.close();
  });
});
