import { expect, measurePage, test, axeViolations } from './fixtures/site';
import { budgetReport } from './fixtures/budgets';
import { PlannerPage } from './fixtures/plannerPage';
import { WriterPage } from './fixtures/writerPage';

test.describe('writers', () => {
  test('the voicemail states the window and next attempt, says the number twice, and adds one Friday call', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock(); // Tuesday 24 November 2026
    await planner.open();
    await planner.addContact({
      name: 'Dana Lee',
      organization: 'Northwind',
      metHow: 'Phone conversation',
      metOn: '2026-11-24',
    });

    const writer = new WriterPage(page);
    await writer.open('voicemail');
    await writer.fill({
      'Their name': 'Dana Lee',
      Organization: 'Northwind',
      'Your name': 'Sam Rivera',
      'Your phone': '(555) 010-4477',
      From: '14:00',
      To: '17:00',
      Day: '2026-11-27',
      'Part of the day': 'Morning (9 to 12)',
    });
    const text = await writer.script.innerText();
    expect(text).toContain('from 2 to 5');
    expect(text).toContain('Friday morning');
    const spoken = '5 5 5, 0 1 0, 4 4 7 7';
    expect(text.split(spoken).length - 1).toBe(2);
    const seconds = Number(/about (\d+) seconds/.exec(await writer.length.innerText())?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);

    await page.getByLabel('Contact in your planner').focus();
    await page.getByLabel('Contact in your planner').selectOption({ label: 'Dana Lee' });
    await page.getByRole('button', { name: 'Add this call to my plan' }).click();
    await expect(page.getByText('Added to your plan: call Dana Lee Friday morning.')).toBeVisible();
    await expect(
      page.getByText('I just left you a voicemail and will try you again Friday morning'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Add this call to my plan' }).click();
    await expect(page.getByText('This call is already in your plan')).toBeVisible();

    await planner.open();
    await page.reload();
    const fridayCalls = planner
      .section('Upcoming')
      .getByRole('listitem')
      .filter({ hasText: 'Fri 27 Nov between 9:00–12:00' });
    await expect(fridayCalls).toHaveCount(1);
    await expect(fridayCalls).toContainText('Call Dana Lee');
  });

  test('a casual thank-you shows the tone findings with reasons', async ({ page }) => {
    const writer = new WriterPage(page);
    await writer.open('thank-you');
    await expect(page.getByTestId('tone-ok')).toBeVisible();
    await writer.fill({
      'Their name': 'Dana Lee',
      'One detail to mention': 'hey!!! sorry to bother you',
    });
    const findings = page.getByTestId('findings');
    await expect(findings).toContainText('“hey”');
    await expect(findings).toContainText('!!!');
    await expect(findings).toContainText('sorry to bother you');
    expect(await findings.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
  });

  test('Copy puts exactly the preview text on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const writer = new WriterPage(page);
    await writer.open('thank-you');
    await writer.fill({
      'Their name': 'Zoë Ångström & "Co" <script>',
      'One detail to mention': 'your advice on the data team',
      'Your name': 'Sam Rivera',
    });
    await page.getByRole('radio', { name: 'Mailed card' }).check();
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await writer.script.innerText());
    expect(clipboard).toContain('Zoë Ångström & "Co" <script>');
  });

  test('an email has a subject, a mailto link, and stays within 120 words', async ({ page }) => {
    const writer = new WriterPage(page);
    await writer.open('thank-you');
    await writer.fill({
      'Their name': 'Dana Lee',
      'Their email (for the email link)': 'dana@northwind.example',
      'One detail to mention': 'your advice on the data team',
    });
    await expect(page.getByTestId('subject')).not.toBeEmpty();
    const href = await page
      .getByRole('link', { name: 'Open in your email app' })
      .getAttribute('href');
    expect(href).toMatch(/^mailto:dana@northwind\.example\?subject=.+&body=.+/);
    const words = Number(/^(\d+) words/.exec(await writer.length.innerText())?.[1]);
    expect(words).toBeLessThanOrEqual(120);
    const first = await writer.script.innerText();
    await page.getByRole('button', { name: /^Another version/ }).click();
    expect(await writer.script.innerText()).not.toBe(first);
  });

  test('the check-in ends with a question and saves what they agreed', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Sam Ortiz', metHow: 'Networking', metOn: '2026-11-20' });
    const id = await page.evaluate(() =>
      Object.keys(localStorage)
        .find((k) => k.startsWith('wfu:contact:'))!
        .slice(12),
    );
    const writer = new WriterPage(page);
    await writer.open('check-in', `?contact=${id}`);
    await expect(page.getByText('Filled in from your planner: Sam Ortiz.')).toBeVisible();
    await page.getByRole('radio', { name: 'Voicemail' }).check();
    // A voicemail cannot be answered: it ends with a goodbye, not a question.
    expect((await writer.script.innerText()).trim()).toMatch(/goodbye\.$/);
    await page.getByRole('radio', { name: 'Email', exact: true }).check();
    expect(await writer.script.innerText()).toContain('office or mobile?');
    await page.getByLabel('Day they suggested').fill('2026-12-03');
    await page.getByLabel('From (optional)').fill('10:00');
    await page.getByLabel('To (optional)').fill('11:00');
    await page.getByRole('button', { name: 'Save as our agreed next contact' }).click();
    await expect(page.getByText('Saved: your next contact with Sam Ortiz')).toBeVisible();
    await planner.open();
    await expect(planner.section('Upcoming')).toContainText('Thu 3 Dec between 10:00–11:00');
  });

  test('the student name and phone are remembered', async ({ page }) => {
    const writer = new WriterPage(page);
    await writer.open('thank-you');
    await writer.fill({ 'Your name': 'Sam Rivera', 'Your phone': '555 010 4477' });
    await page.getByLabel('Their name').focus();
    await writer.open('voicemail');
    await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');
    await expect(page.getByLabel('Your phone')).toHaveValue('555 010 4477');
  });

  test('the voicemail lesson link opens the writer with an example', async ({ page }) => {
    const writer = new WriterPage(page);
    await writer.open('voicemail', '?example=1');
    await expect(page.getByLabel('Their name')).toHaveValue('Dana Lee');
    await expect(writer.script).toContainText('from 2 to 5');
  });

  for (const w of ['thank-you', 'voicemail', 'check-in'] as const) {
    test(`the ${w} writer has no axe violations`, async ({ page }) => {
      const writer = new WriterPage(page);
      await writer.open(w);
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`the ${w} writer page stays within its JavaScript budget`, async ({
      browser,
      baseURL,
    }) => {
      const size = await measurePage(browser, baseURL!, `/write/${w}/`);
      console.log(
        `/write/${w}/ JavaScript: ${size.jsGzip} B gzip in ${size.jsFiles.length} files: ${size.jsFiles.join(', ')}`,
      );
      expect(size.jsGzip).toBeLessThanOrEqual(budgetReport('writer', size.jsGzip));
    });
  }
});

test('the built site contains no eval or Function constructor', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = process.env['OUT_DIR'] ?? 'dist';
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|mjs|html)$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        if (/\bnew Function\s*\(|[^.\w]Function\s*\(|\beval\s*\(/.test(text)) offenders.push(path);
      }
    }
  };
  walk(root);
  expect(offenders).toEqual([]);
});
