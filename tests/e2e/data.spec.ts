import { budgetReport } from './fixtures/budgets';
import { axeViolations, expect, fillStorage, measurePage, test } from './fixtures/site';
import type { Page } from '@playwright/test';
import { PlannerPage } from './fixtures/plannerPage';
import {
  DataPage,
  emptyBrowser,
  fixtureBackup,
  fixtureRecords,
  seed,
  storedData,
} from './fixtures/dataPage';

/** What the planner shows: each section's heading and its touch cards, in order. */
async function plannerView(planner: PlannerPage) {
  await planner.open();
  const view: string[] = [];
  for (const name of ['Due today', 'Overdue', 'Upcoming', 'Your contacts'] as const) {
    const section = planner.section(name);
    if ((await section.count()) === 0) continue;
    view.push(await section.getByRole('heading', { level: 2 }).innerText());
    view.push(...(await section.getByRole('listitem').allInnerTexts()));
  }
  return view;
}

/** Opens the data page at the planner's frozen clock, with the 12-contact fixture plan stored. */
async function openWithFixturePlan(page: Page) {
  const planner = new PlannerPage(page);
  await planner.freezeClock();
  const data = new DataPage(page);
  await data.open();
  await seed(page, fixtureRecords());
  return { planner, data };
}

/** A file like the fixture, edited as plain JSON. */
function fileWith(edit: (file: ReturnType<typeof fixtureBackup>) => void): string {
  const file = fixtureBackup();
  edit(file);
  return JSON.stringify(file, null, 2);
}

test.describe('data page', () => {
  test('a backup imported into an empty browser shows the same planner', async ({
    page,
    browser,
    baseURL,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Dana Lee', metHow: 'Job interview', metOn: '2026-11-24' });
    await planner.addContact({
      name: 'Zoë Ångström',
      metHow: 'Met at an event',
      metOn: '2026-11-23',
    });
    await planner.addContact({ name: 'Sam Ortiz', metHow: 'Networking', metOn: '2026-11-20' });
    await planner.markDone(planner.section('Due today'), 'Dana Lee', 'Sent');

    const data = new DataPage(page);
    await data.open();
    const { fileName, text } = await data.exportBackup();
    expect(fileName).toBe('wise-follow-up-backup-2026-11-24.json');
    await expect(data.section('Save a backup').getByRole('status')).toHaveText(
      /^Saved wise-follow-up-backup-2026-11-24\.json on Tue 24 Nov\./,
    );
    const here = await plannerView(planner);
    const hereStored = await storedData(page);
    expect(here).toContain('Your contacts (3)');

    const other = await emptyBrowser(browser, baseURL!);
    const otherPlanner = new PlannerPage(other.page);
    expect(await plannerView(otherPlanner)).toContain('Your contacts (0)');
    const otherData = new DataPage(other.page);
    await otherData.open();
    await otherData.chooseFile(fileName, text);
    await expect(otherData.previewLines()).toHaveText([
      'Adds 3 contacts (Dana Lee, Sam Ortiz, Zoë Ångström).',
      'Changes settings: last backup date.',
      'Touches: 0 now, 1 after the import.',
    ]);
    await otherData.confirmImport();

    expect(await plannerView(otherPlanner)).toEqual(here);
    // Exactly the same data: every stored value parses to the same thing in both browsers.
    const parsed = (entries: [string, string][]) =>
      entries.map(([key, value]) => [key, JSON.parse(value) as unknown]);
    expect(parsed(await storedData(other.page))).toEqual(parsed(hereStored));
    await other.done();
  });

  test('a bad file is refused with a message naming the problem, and nothing changes', async ({
    page,
  }) => {
    const { data } = await openWithFixturePlan(page);
    await expect(data.section('What is stored in this browser')).toContainText('Contacts3');
    const before = await storedData(page);
    expect(before.length).toBe(3);

    const bad: [string, string, string][] = [
      [
        'half.json',
        '{"format": "wise-follow-up", "version": 1, "contacts": [',
        'This file is not a Wise Follow-Up backup: it is not valid JSON.',
      ],
      [
        'package.json',
        '{"name": "my-app", "version": "1.0.0"}',
        'it does not say "format": "wise-follow-up"',
      ],
      [
        'newer.json',
        fileWith((f) => (f['version'] = 2)),
        'was made by a newer version of Wise Follow-Up (version 2)',
      ],
      [
        'wrong-type.json',
        fileWith((f) => ((f.contacts[1] as Record<string, unknown>)['name'] = 42)),
        'Contact 2 (contacts[1].name): should be text, not 42.',
      ],
    ];
    for (const [name, text, message] of bad) {
      await data.chooseFile(name, text);
      await expect(data.importAlert()).toContainText(`${name} was not imported.`);
      await expect(data.importAlert()).toContainText(message);
      await expect(data.importAlert()).toContainText('Nothing was changed.');
      await expect(data.previewHeading()).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Replace my data/ })).toHaveCount(0);
      expect(await storedData(page), `storage after ${name}`).toEqual(before);
    }
    await page.reload();
    expect(await storedData(page)).toEqual(before);
    await expect(data.section('What is stored in this browser')).toContainText('Contacts3');
  });

  test('the preview comes before any change, Cancel changes nothing, and confirming restores', async ({
    page,
  }) => {
    const { planner, data } = await openWithFixturePlan(page);
    const before = await storedData(page);
    const file = fileWith((f) => {
      f.contacts = f.contacts.filter((c) => c.id !== 'c-watanabe-kenji');
      f.touches = f.touches.filter((t) => t.contactId !== 'c-watanabe-kenji');
      f.contacts[0]!['organization'] = 'Acme Freight';
      f.contacts.push({ ...f.contacts[1]!, id: 'c-ravi-shah', name: 'Ravi Shah' });
    });

    await data.chooseFile('restore.json', file);
    await expect(data.previewHeading()).toBeFocused();
    await expect(data.previewLines()).toHaveText([
      'Adds 1 contact (Ravi Shah).',
      "Replaces 1 contact with the file's version (Dana Lee).",
      'Removes 1 contact that is not in the file (渡辺 健二).',
      'Keeps 1 contact unchanged.',
      'Changes settings: daily limit, your name, your phone, last backup date.',
      'Touches: 7 now, 5 after the import.',
    ]);
    expect(await storedData(page)).toEqual(before);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(data.previewHeading()).toHaveCount(0);
    await expect(data.section('Restore from a backup').getByRole('status')).toHaveText(
      'Import cancelled. Nothing was changed.',
    );
    await expect(page.getByLabel('Backup file')).toBeFocused();
    expect(await storedData(page)).toEqual(before);
    await planner.open();
    await expect(planner.section('Your contacts')).toContainText('渡辺 健二');

    await data.open();
    await data.chooseFile('restore.json', file);
    await data.confirmImport();
    await planner.open();
    await expect(planner.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
      'Your contacts (3)',
    );
    await expect(planner.section('Your contacts')).toContainText('Ravi Shah');
    await expect(planner.section('Your contacts')).toContainText('Dana Lee (Acme Freight)');
    await expect(planner.section('Your contacts')).not.toContainText('渡辺 健二');
  });

  test('Erase all needs the typed confirmation, then empties the planner', async ({ page }) => {
    const { planner, data } = await openWithFixturePlan(page);
    const before = await storedData(page);
    const erase = data.section('Erase everything');
    const field = erase.getByLabel('To confirm, type ERASE');
    const button = erase.getByRole('button', { name: 'Erase my planner' });

    await button.click();
    await expect(erase).toContainText('Type ERASE in the box to confirm. Nothing was erased.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    await field.fill('erase it');
    await button.click();
    await expect(erase).toContainText('Nothing was erased.');
    expect(await storedData(page)).toEqual(before);

    await field.fill('ERASE');
    await button.click();
    await expect(erase.getByRole('status').last()).toHaveText(
      'Your planner is erased from this browser.',
    );
    await expect(data.section('What is stored in this browser')).toContainText('Contacts0');
    const after = await storedData(page);
    expect(after.filter(([key]) => key.startsWith('wfu:contact:'))).toEqual([]);
    await planner.open();
    await expect(planner.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
      'Your contacts (0)',
    );
  });

  test('the backup reminder shows when there are contacts and no backup for a week', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    const reminder = page.getByText(/never saved a backup|more than a week since your last backup/);
    await page.goto('/');
    await expect(page.getByText('Your plan is empty.')).toBeVisible();
    await expect(reminder).toHaveCount(0);

    await planner.open();
    await planner.addContact({ name: 'Dana Lee', metHow: 'Job interview', metOn: '2026-11-24' });
    // On the planner page first, then on the home page.
    await expect(page.getByText('You have never saved a backup of your plan.')).toBeVisible();
    await page.goto('/');
    await expect(page.getByText(/due today/)).toBeVisible();
    await expect(page.getByText('You have never saved a backup of your plan.')).toBeVisible();
    await page.getByRole('link', { name: 'Save a backup now' }).click();
    await expect(page).toHaveURL(/\/planner\/data\/$/);

    await new DataPage(page).exportBackup();
    await page.goto('/');
    await expect(page.getByText(/due today/)).toBeVisible();
    await expect(reminder).toHaveCount(0);

    // Seven days later: still fine. Eight days later: due again.
    await page.clock.setSystemTime(new Date(2026, 11, 1, 18, 0));
    await page.reload();
    await expect(page.getByText(/due today|overdue/).first()).toBeVisible();
    await expect(reminder).toHaveCount(0);
    await page.clock.setSystemTime(new Date(2026, 11, 2, 9, 0));
    await page.reload();
    await expect(
      page.getByText('It has been more than a week since your last backup.'),
    ).toBeVisible();
  });

  test('axe finds no problems, empty and with a preview or a refusal shown', async ({ page }) => {
    test.slow(); // three full axe runs
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    const data = new DataPage(page);
    await data.open();
    await expect(data.section('What is stored in this browser')).not.toContainText('Checking');
    expect(await axeViolations(page)).toEqual([]);

    await seed(page, fixtureRecords());
    await data.chooseFile(
      'restore.json',
      fileWith((f) => (f.contacts[0]!['role'] = 'Director')),
    );
    await expect(data.previewHeading()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Dark mode has its own colours: checked with the refusal's error colours on screen.
    await page.emulateMedia({ colorScheme: 'dark' });
    await data.chooseFile('bad.json', 'not json');
    await expect(data.importAlert()).toContainText('not valid JSON');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('works by keyboard: export, import with preview, erase', async ({ page }) => {
    const { data } = await openWithFixturePlan(page);
    await expect(data.section('What is stored in this browser')).toContainText('Contacts3');

    /** Presses Tab until `target` has focus; fails if it is not reached. */
    const tabTo = async (target: ReturnType<typeof page.getByRole>, most = 40) => {
      for (let i = 0; i < most; i += 1) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      await expect(target).toBeFocused();
    };

    await tabTo(page.getByRole('button', { name: 'Export backup' }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('wise-follow-up-backup-2026-11-24.json');

    const fileInput = page.getByLabel('Backup file');
    await tabTo(fileInput);
    // Space or Enter opens the system's file dialog, the browser's own job;
    // headless Chromium opens it only some of the time, so the file is set directly.
    await fileInput.setInputFiles({
      name: 'restore.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileWith((f) => (f.contacts[0]!['role'] = 'Director'))),
    });
    await expect(data.previewHeading()).toBeFocused();
    await tabTo(page.getByRole('button', { name: 'Replace my data with this backup' }), 5);
    await page.keyboard.press('Enter');
    await expect(
      page.getByText(/^Imported restore\.json: 3 contacts and 7 touches\./),
    ).toBeFocused();

    await tabTo(data.section('Erase everything').getByLabel('To confirm, type ERASE'));
    await page.keyboard.type('ERASE');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Your planner is erased from this browser.')).toBeVisible();
    expect((await storedData(page)).filter(([k]) => k.startsWith('wfu:contact:'))).toEqual([]);
  });

  test('a backup that does not fit in a full browser changes nothing', async ({ page }) => {
    test.slow(); // filling the storage quota takes a while
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Mia Chen', metHow: 'Networking', metOn: '2026-11-24' });
    const data = new DataPage(page);
    await data.open();
    await fillStorage(page);
    const before = await storedData(page);
    await data.chooseFile('restore.json', JSON.stringify(fixtureBackup()));
    await expect(data.previewLines().first()).toHaveText(
      'Adds 3 contacts (Dana Lee, Zoë Ó Briain, 渡辺 健二).',
    );
    await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await expect(data.importAlert()).toContainText(
      'restore.json was not imported. Your browser has no room left for this backup, so nothing was changed',
    );
    expect(await storedData(page)).toEqual(before);
    await page.evaluate(() => localStorage.removeItem('filler'));
    await planner.open();
    await expect(planner.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
      'Your contacts (1)',
    );
  });

  test("the data page's JavaScript stays within its budget (36 KB)", async ({
    browser,
    baseURL,
  }) => {
    const size = await measurePage(browser, baseURL!, '/planner/data/');
    console.log(
      `/planner/data/ JavaScript: ${size.jsGzip} B gzip in ${size.jsFiles.length} files: ${size.jsFiles.join(', ')}`,
    );
    expect(size.jsGzip).toBeLessThanOrEqual(budgetReport('data', size.jsGzip));
  });
});
