import { expect, measurePage, test, axeViolations, fillStorage } from './fixtures/site';
import { budgetReport } from './fixtures/budgets';
import { PlannerPage } from './fixtures/plannerPage';

test.describe('planner', () => {
  test('three new contacts of different kinds each get a thank-you due', async ({ page }) => {
    test.slow(); // axe on a page full of touches takes a while
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({
      name: 'Dana Lee',
      organization: 'Acme',
      metHow: 'Job interview',
      metOn: '2026-11-24',
    });
    await planner.addContact({
      name: 'Sam Ortiz',
      metHow: 'Informational interview',
      metOn: '2026-11-24',
    });
    await planner.addContact({
      name: 'Zoë Ångström',
      metHow: 'Met at an event',
      metOn: '2026-11-23',
    });
    const today = planner.section('Due today');
    await expect(today.getByRole('heading', { level: 2 })).toHaveText('Due today (3)');
    for (const name of ['Dana Lee', 'Sam Ortiz', 'Zoë Ångström']) {
      await expect(planner.touch(today, name)).toContainText(/thank-you/i);
    }
    await page.reload();
    await expect(planner.section('Due today').getByRole('heading', { level: 2 })).toHaveText(
      'Due today (3)',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a touch marked "left a voicemail" is followed by a touch in another channel', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Dana Lee', metHow: 'Job interview', metOn: '2026-11-24' });
    // Thank-you by email today, then a second touch in 1-2 weeks, then a third.
    expect(await planner.channelOf(planner.touch(planner.section('Due today'), 'Dana Lee'))).toBe(
      'Email',
    );
    await planner.markDone(planner.section('Due today'), 'Dana Lee', 'Sent');
    const second = planner.touch(planner.section('Upcoming'), 'Dana Lee').first();
    expect(await planner.channelOf(second)).toBe('Card');
    await expect(second).toContainText('Dec');
    await planner.comeBackOn(new Date(2026, 11, 8, 9, 0));
    await planner.markDone(planner.section('Due today'), 'Dana Lee', 'Sent');
    const third = planner.touch(planner.section('Upcoming'), 'Dana Lee').first();
    expect(await planner.channelOf(third)).toBe('Voicemail');
    await planner.comeBackOn(new Date(2026, 11, 28, 9, 0));
    const due = planner.touch(planner.section('Due today'), 'Dana Lee');
    expect(await planner.channelOf(due)).toBe('Voicemail');
    await planner.markDone(planner.section('Due today'), 'Dana Lee', 'Left a voicemail');
    await page.reload();
    const next = planner.touch(planner.section('Upcoming'), 'Dana Lee').first();
    await expect(next).toBeVisible();
    const nextChannel = await planner.channelOf(next);
    expect(nextChannel).not.toBe('Voicemail');
    expect(nextChannel).not.toBe('');
    // The timeline keeps what happened.
    const contact = planner
      .section('Your contacts')
      .getByRole('listitem')
      .filter({ hasText: 'Dana Lee' })
      .first();
    await contact.locator('summary').click();
    await expect(contact).toContainText('Left a voicemail');
  });

  test('undo puts a skipped touch back', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Ravi Shah', metHow: 'Networking', metOn: '2026-11-24' });
    const card = planner.touch(planner.section('Due today'), 'Ravi Shah');
    await card.getByRole('button', { name: /^Skip/ }).click();
    await expect(planner.section('Due today').getByRole('heading', { level: 2 })).toHaveText(
      'Due today (0)',
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(planner.section('Due today').getByRole('heading', { level: 2 })).toHaveText(
      'Due today (1)',
    );
  });

  test('deleting a contact asks first and can be undone', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Mia Chen', metHow: 'Job interview', metOn: '2026-11-24' });
    const contact = planner
      .section('Your contacts')
      .getByRole('listitem')
      .filter({ hasText: 'Mia Chen' })
      .first();
    await contact.locator('summary').click();
    await contact.getByRole('button', { name: 'Delete Mia Chen' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Delete Mia Chen?' })).toBeVisible();
    await page.getByRole('button', { name: 'Keep' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await contact.getByRole('button', { name: 'Delete Mia Chen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Mia Chen' }).click();
    await expect(planner.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
      'Your contacts (0)',
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(planner.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
      'Your contacts (1)',
    );
  });

  test('a form with mistakes says what to fix and saves nothing', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const form = page.locator('form.contact-editor');
    await form.getByLabel('Date you met').fill('2026-12-01');
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(form.getByRole('alert')).toContainText('Enter the name of the person you met.');
    await expect(form.getByRole('alert')).toContainText('cannot be in the future');
    await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await page.reload();
    await expect(planner.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
      'Your contacts (0)',
    );
  });

  test('two tabs editing different contacts keep both edits', async ({ page, context }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Dana Lee', metHow: 'Job interview', metOn: '2026-11-24' });
    await planner.addContact({ name: 'Sam Ortiz', metHow: 'Networking', metOn: '2026-11-24' });

    const other = await context.newPage();
    const planner2 = new PlannerPage(other);
    await planner2.freezeClock();
    await planner2.open();
    await expect(planner2.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
      'Your contacts (2)',
    );

    const rename = async (p: PlannerPage, from: string, to: string) => {
      const item = p
        .section('Your contacts')
        .getByRole('listitem')
        .filter({ hasText: from })
        .first();
      await item.locator('summary').click();
      await item.getByRole('button', { name: `Edit ${from}` }).click();
      const form = p.page.locator('form.contact-editor');
      await form.getByLabel('Organization').fill(to);
      await form.getByRole('button', { name: 'Save changes' }).click();
    };
    await rename(planner, 'Dana Lee', 'Acme Corp');
    await rename(planner2, 'Sam Ortiz', 'Globex');

    for (const p of [planner, planner2]) {
      await expect(p.section('Your contacts')).toContainText('Dana Lee (Acme Corp)');
      await expect(p.section('Your contacts')).toContainText('Sam Ortiz (Globex)');
      await p.page.reload();
      await expect(p.section('Your contacts')).toContainText('Dana Lee (Acme Corp)');
      await expect(p.section('Your contacts')).toContainText('Sam Ortiz (Globex)');
    }
  });

  test('garbage in a stored key is set aside, explained and downloadable', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Dana Lee', metHow: 'Job interview', metOn: '2026-11-24' });
    const garbage = '{"version":1,"contact":{"name":"half a rec';
    await page.evaluate((g) => localStorage.setItem('wfu:contact:broken1', g), garbage);
    await page.reload();
    const notice = page.getByRole('region', { name: 'Some saved data could not be read' });
    await expect(notice).toBeVisible();
    await expect(planner.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
      'Your contacts (1)',
    );
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the text' }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString('utf8')).toBe(garbage);
    // Kept aside, not lost: the raw text is still in storage under a recovery key.
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('wfu:recovery:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([garbage]);
    // The data page says why it could not be read.
    await notice.getByRole('link', { name: 'Your data page' }).click();
    await expect(
      page.getByRole('region', { name: 'Some saved data could not be read' }),
    ).toContainText('Why: The text is cut off or damaged, so it is not complete data.');
  });

  test('a full storage quota shows a message and keeps the data', async ({ page }) => {
    test.slow(); // filling the browser's storage to the brim takes a while
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Dana Lee', metHow: 'Job interview', metOn: '2026-11-24' });
    await fillStorage(page);
    const before = await page.evaluate(() =>
      JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('wfu:'))),
    );
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const form = page.locator('form.contact-editor');
    await form.getByLabel('Name').fill('Sam Ortiz with a long note');
    await form.getByLabel('Notes').fill('n'.repeat(1500));
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'no room left' })).toBeVisible();
    const after = await page.evaluate(() =>
      JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('wfu:'))),
    );
    expect(after).toBe(before);
    await expect(page.getByRole('heading', { name: 'Your contacts (1)' })).toBeVisible();
    // What the student typed is still in the form, to try again after making room.
    await expect(form.getByLabel('Name')).toHaveValue('Sam Ortiz with a long note');
  });

  test("the planner page's JavaScript stays within its budget (36 KB)", async ({
    browser,
    baseURL,
  }) => {
    const size = await measurePage(browser, baseURL!, '/planner/');
    console.log(
      `/planner/ JavaScript: ${size.jsGzip} B gzip in ${size.jsFiles.length} files: ${size.jsFiles.join(', ')}`,
    );
    expect(size.jsGzip).toBeLessThanOrEqual(budgetReport('planner', size.jsGzip));
  });
});

test('removing a kept-aside copy asks first', async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.freezeClock();
  await page.goto('/planner/');
  await page.evaluate(() => localStorage.setItem('wfu:contact:broken2', 'not a record'));
  await page.reload();
  const notice = page.getByRole('region', { name: 'Some saved data could not be read' });
  await notice.getByRole('button', { name: 'Remove it' }).click();
  await notice.getByRole('button', { name: 'Keep it' }).click();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Remove it' }).click();
  await notice.getByRole('button', { name: 'Remove for good' }).click();
  await expect(notice).toHaveCount(0);
  const left = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('wfu:recovery:')),
  );
  expect(left).toEqual([]);
});
