/**
 * Issue 9's faults, done as a student (or an unlucky browser) would do them on
 * the built site: a two-digit year, two tabs undoing and editing over each
 * other, ids and keys named after object internals, a record under another
 * contact's key, unreadable text too big to copy aside, and where the keyboard
 * focus goes. Each test checks that nothing was lost and the page still renders.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, fillStorage, test } from './fixtures/site';
import { PlannerPage } from './fixtures/plannerPage';
import { DataPage, fixtureBackup, seed, storedData } from './fixtures/dataPage';
import { makeContact } from '../fixtures/contact';

/** The contact's card in "Your contacts". */
function contactCard(planner: PlannerPage, name: string): Locator {
  return planner.section('Your contacts').getByRole('listitem').filter({ hasText: name }).first();
}

/** The "Your contacts (N)" heading. */
function contactsHeading(planner: PlannerPage): Locator {
  return planner.section('Your contacts').getByRole('heading', { level: 2 });
}

/** Only the contact keys and their text. */
async function contactKeys(page: Page): Promise<[string, string][]> {
  return (await storedData(page)).filter(([key]) => key.startsWith('wfu:contact:'));
}

/** Opens a contact's card and its edit form; returns the form. */
async function openEdit(planner: PlannerPage, name: string): Promise<Locator> {
  const card = contactCard(planner, name);
  const edit = card.getByRole('button', { name: `Edit ${name}` });
  if (!(await edit.isVisible())) await card.locator('summary').click();
  await edit.click();
  const form = planner.page.locator('form.contact-editor');
  await expect(form.getByRole('heading', { name: `Edit ${name}` })).toBeVisible();
  return form;
}

/** Types a date into a date field with the keyboard, segment by segment, as a student does. */
async function typeDate(field: Locator, keys: string) {
  await field.focus();
  await field.page().keyboard.type(keys);
}

/** Clicks a button and returns the downloaded file's text. */
async function downloadText(button: Locator): Promise<string> {
  const download = button.page().waitForEvent('download');
  await button.click();
  const file = await download;
  const chunks = await (await file.createReadStream()).toArray();
  return Buffer.concat(chunks as Buffer[]).toString('utf8');
}

/**
 * A second tab of the same browser (same storage) on the planner at the
 * frozen clock, failing like the `page` fixture on console errors: call
 * `done()` at the end.
 */
async function secondTab(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const planner = new PlannerPage(page);
  await planner.freezeClock();
  await planner.open();
  return {
    page,
    planner,
    async done() {
      await page.close();
      expect(errors, 'console errors in the second tab').toEqual([]);
    },
  };
}

/** The planner at the frozen clock with one contact, Dana Lee, met at an interview on 24 November. */
async function plannerWithDana(page: Page): Promise<PlannerPage> {
  const planner = new PlannerPage(page);
  await planner.freezeClock();
  await planner.open();
  await planner.addContact({ name: 'Dana Lee', metHow: 'Job interview', metOn: '2026-11-24' });
  return planner;
}

/** A v1 record for a contact, as plain JSON text (the planner also reads this form). */
function recordText(fields: Parameters<typeof makeContact>[0]): string {
  return JSON.stringify({ version: 1, contact: makeContact(fields), touches: [] });
}

test.describe('fault 1: a year typed with two digits', () => {
  test('"Date you met" typed 11 29 26 is refused on that field and nothing is stored', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const form = page.locator('form.contact-editor');
    await form.getByLabel('Name').fill('Dana Lee');
    const metOn = form.getByLabel('Date you met');
    await typeDate(metOn, '112926');
    await expect(metOn).toHaveValue('0026-11-29'); // what Chromium makes of "26"
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(metOn).toHaveAttribute('aria-invalid', 'true');
    await expect(metOn).toHaveAccessibleDescription(/Type the year with all four digits/);
    await expect(form.getByRole('alert')).toContainText('Type the year with all four digits');
    expect(await contactKeys(page)).toEqual([]);

    // Typed again with four digits, it saves.
    await typeDate(metOn, '11242026');
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(form).toHaveCount(0);
    await page.reload();
    await expect(contactsHeading(planner)).toHaveText('Your contacts (1)');
    await expect(page.getByRole('button', { name: 'Add a contact' })).toBeVisible();
  });

  test('the agreed "Day" typed 11 29 26 is refused on that field and nothing is stored', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const form = page.locator('form.contact-editor');
    await form.getByLabel('Name').fill('Dana Lee');
    const day = form.getByLabel('Day', { exact: true });
    await typeDate(day, '112926');
    await expect(day).toHaveValue('0026-11-29');
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(day).toHaveAttribute('aria-invalid', 'true');
    await expect(day).toHaveAccessibleDescription(/Type the year with all four digits/);
    expect(await contactKeys(page)).toEqual([]);
    await page.reload();
    await expect(contactsHeading(planner)).toHaveText('Your contacts (0)');
    await expect(page.getByRole('button', { name: 'Add a contact' })).toBeVisible();
  });

  test('the Done… "Day you did it" typed 11 29 26 is refused and nothing is stored', async ({
    page,
  }) => {
    const planner = await plannerWithDana(page);
    const before = await storedData(page);
    const card = planner.touch(planner.section('Due today'), 'Dana Lee');
    await card.getByRole('button', { name: /^Done…/ }).click();
    const day = card.getByLabel('Day you did it');
    await typeDate(day, '112926');
    await expect(day).toHaveValue('0026-11-29');
    await card.getByRole('button', { name: 'Save' }).click();
    // The save handler writes synchronously, so storage can be read right after the click.
    expect(await storedData(page)).toEqual(before);
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(card.getByRole('alert')).toContainText('Type the year with all four digits');
    await page.reload();
    await expect(planner.section('Due today').getByRole('heading', { level: 2 })).toHaveText(
      'Due today (1)',
    );
  });

  test('a backup whose metOn is 0001-01-01 is refused with a message naming it', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Mia Chen', metHow: 'Networking', metOn: '2026-11-24' });
    const data = new DataPage(page);
    await data.open();
    const before = await storedData(page);
    const file = fixtureBackup();
    file.contacts[0]!['metOn'] = '0001-01-01';
    await data.chooseFile('old.json', JSON.stringify(file, null, 2));
    await expect(data.importAlert()).toContainText('old.json was not imported.');
    await expect(data.importAlert()).toContainText('Dana Lee (contacts[0].metOn)');
    await expect(data.importAlert()).toContainText('"0001-01-01"');
    await expect(data.importAlert()).toContainText('Nothing was changed.');
    await expect(data.previewHeading()).toHaveCount(0);
    expect(await storedData(page)).toEqual(before);
  });

  test('a stored record dated 0026-11-29 is set aside; planner and calendar still render', async ({
    page,
  }) => {
    const planner = await plannerWithDana(page);
    const slipped = recordText({ id: 'c-old', name: 'Sam Ortiz', metOn: '0026-11-29' });
    await seed(page, { 'wfu:contact:c-old': slipped });

    const notice = page.getByRole('region', { name: 'Some saved data could not be read' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add a contact' })).toBeVisible();
    await expect(contactsHeading(planner)).toHaveText('Your contacts (1)');
    expect(await downloadText(notice.getByRole('button', { name: 'Download the text' }))).toBe(
      slipped,
    );

    await page.goto('/planner/calendar/');
    await expect(
      page.getByRole('region', { name: 'Some saved data could not be read' }),
    ).toBeVisible();
    await expect(
      page.getByRole('paragraph').filter({ hasText: /^Follow-up calendar/ }),
    ).toBeVisible();
    await expect(page.getByText('Dana Lee').first()).toBeVisible();
  });
});

test.describe('fault 2: Undo in one tab keeps what another tab did since', () => {
  test('tab 2 edits the notes after tab 1 marks the thank-you done; tab 1 Undo keeps the notes', async ({
    page,
    context,
  }) => {
    const planner = await plannerWithDana(page);
    const tab2 = await secondTab(context);

    await planner.markDone(planner.section('Due today'), 'Dana Lee', 'Sent');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();

    await expect(tab2.planner.section('Due today').getByRole('heading', { level: 2 })).toHaveText(
      'Due today (0)',
    );
    const form = await openEdit(tab2.planner, 'Dana Lee');
    await form.getByLabel('Notes').fill('Wants two references by Friday.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form).toHaveCount(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Undone.')).toBeVisible();

    for (const p of [planner, tab2.planner]) {
      await p.page.reload();
      await expect(p.touch(p.section('Due today'), 'Dana Lee')).toContainText(/thank-you/i);
      await contactCard(p, 'Dana Lee').locator('summary').click();
      await expect(contactCard(p, 'Dana Lee')).toContainText('Wants two references by Friday.');
    }
    await tab2.done();
  });

  test('tab 2 skips the agreed call after tab 1 marks the thank-you done; tab 1 Undo keeps the skip', async ({
    page,
    context,
  }) => {
    // The variant chosen: Dana agreed to a call on Thursday. In tab 1 the student
    // marks the thank-you sent; in tab 2 they skip the agreed call (Dana cancelled);
    // then tab 1's Undo (the thank-you was not sent after all) must take back only
    // the thank-you, not bring the cancelled call back.
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({
      name: 'Dana Lee',
      metOn: '2026-11-24',
      agreed: { day: '2026-11-26', from: '09:00', to: '12:00' },
    });
    const agreedCall = (p: PlannerPage) =>
      p.touch(p.section('Upcoming'), 'Call Dana Lee at the time you agreed');
    await expect(agreedCall(planner)).toHaveCount(1);

    const tab2 = await secondTab(context);
    await planner.markDone(planner.section('Due today'), 'Dana Lee', 'Sent');
    await expect(tab2.planner.section('Due today').getByRole('heading', { level: 2 })).toHaveText(
      'Due today (0)',
    );
    await agreedCall(tab2.planner).getByRole('button', { name: /^Skip/ }).click();
    await expect(agreedCall(tab2.planner)).toHaveCount(0);
    await expect(agreedCall(planner)).toHaveCount(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Undone.')).toBeVisible();

    // The timeline holds exactly tab 2's skip: tab 1's "Sent" is gone, the skip stays,
    // and the cancelled call is not planned again. (Whether the thank-you is due
    // again is the cadence's call: a touch skipped today counts as the latest touch.)
    for (const p of [planner, tab2.planner]) {
      await p.page.reload();
      await expect(agreedCall(p)).toHaveCount(0);
      const card = contactCard(p, 'Dana Lee');
      await card.locator('summary').click();
      const timeline = card.getByRole('listitem');
      await expect(timeline.filter({ hasText: /Call · .* · Skipped/ })).toHaveCount(1);
      await expect(timeline.filter({ hasText: /· Sent/ })).toHaveCount(0);
    }
    await tab2.done();
  });
});

test.describe('fault 3: two tabs editing the same contact', () => {
  test('notes saved in tab 1 and a role saved in tab 2 from stale forms both survive', async ({
    page,
    context,
  }) => {
    const planner = await plannerWithDana(page);
    const tab2 = await secondTab(context);

    const form1 = await openEdit(planner, 'Dana Lee');
    const form2 = await openEdit(tab2.planner, 'Dana Lee');
    await form1.getByLabel('Notes').fill('Wants two references by Friday.');
    await form1.getByRole('button', { name: 'Save changes' }).click();
    await expect(form1).toHaveCount(0);
    await form2.getByLabel('Their role').fill('Director');
    await form2.getByRole('button', { name: 'Save changes' }).click();
    await expect(form2).toHaveCount(0);

    for (const p of [planner, tab2.planner]) {
      await p.page.reload();
      const card = contactCard(p, 'Dana Lee');
      await card.locator('summary').click();
      await expect(card).toContainText('Role: Director');
      await expect(card).toContainText('Wants two references by Friday.');
    }
    await tab2.done();
  });

  test('the same field changed in both tabs: tab 2 is told it names Notes and saves only when asked again', async ({
    page,
    context,
  }) => {
    const planner = await plannerWithDana(page);
    const tab2 = await secondTab(context);

    const form1 = await openEdit(planner, 'Dana Lee');
    const form2 = await openEdit(tab2.planner, 'Dana Lee');
    await form1.getByLabel('Notes').fill('Notes from tab 1.');
    await form1.getByRole('button', { name: 'Save changes' }).click();
    await expect(form1).toHaveCount(0);
    const afterTab1 = await contactKeys(page);

    await form2.getByLabel('Notes').fill('Notes from tab 2.');
    await form2.getByRole('button', { name: 'Save changes' }).click();
    const warning = form2.getByRole('alert').filter({ hasText: 'another tab or window changed' });
    await expect(warning).toContainText(/\bnotes\b/i);
    await expect(warning).toContainText('Nothing was saved.');
    await expect(form2.getByLabel('Notes')).toHaveValue('Notes from tab 2.');
    expect(await contactKeys(page)).toEqual(afterTab1);
    const card1 = contactCard(planner, 'Dana Lee');
    await card1.locator('summary').click();
    await expect(card1).toContainText('Notes from tab 1.');

    await form2.getByRole('button', { name: 'Save changes' }).click();
    await expect(form2).toHaveCount(0);
    for (const p of [planner, tab2.planner]) {
      await p.page.reload();
      const card = contactCard(p, 'Dana Lee');
      await card.locator('summary').click();
      await expect(card).toContainText('Notes from tab 2.');
      await expect(card).not.toContainText('Notes from tab 1.');
    }
    await tab2.done();
  });

  test('a contact deleted in tab 1 while tab 2 edits it: the form stays with what was typed, and Save puts it back', async ({
    page,
    context,
  }) => {
    const planner = await plannerWithDana(page);
    const tab2 = await secondTab(context);

    const form2 = await openEdit(tab2.planner, 'Dana Lee');
    await form2.getByLabel('Their role').fill('Director');
    await form2.getByLabel('Notes').fill('Typed in tab 2 before the delete.');

    const card1 = contactCard(planner, 'Dana Lee');
    await card1.locator('summary').click();
    await card1.getByRole('button', { name: 'Delete Dana Lee' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Dana Lee' }).click();
    await expect(contactsHeading(planner)).toHaveText('Your contacts (0)');

    const form = tab2.page.locator('form.contact-editor');
    await expect(form.getByRole('alert')).toContainText(
      'This contact was deleted in another tab or window while this form was open.',
    );
    await expect(form.getByLabel('Name')).toHaveValue('Dana Lee');
    await expect(form.getByLabel('Their role')).toHaveValue('Director');
    await expect(form.getByLabel('Notes')).toHaveValue('Typed in tab 2 before the delete.');

    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form).toHaveCount(0);
    for (const p of [planner, tab2.planner]) {
      await p.page.reload();
      await expect(contactsHeading(p)).toHaveText('Your contacts (1)');
      const card = contactCard(p, 'Dana Lee');
      await card.locator('summary').click();
      await expect(card).toContainText('Role: Director');
      await expect(card).toContainText('Typed in tab 2 before the delete.');
    }
    await tab2.done();
  });
});

test.describe('fault 4: a contact whose id is __proto__', () => {
  test('a backup with such a contact is refused as a whole, naming the problem', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    await planner.addContact({ name: 'Mia Chen', metHow: 'Networking', metOn: '2026-11-24' });
    const data = new DataPage(page);
    await data.open();
    const before = await storedData(page);

    const file = fixtureBackup();
    const [first, second] = file.contacts;
    const oldId = first!.id;
    first!.id = '__proto__';
    file.contacts = [first!, second!];
    file.touches = file.touches
      .map((t) => (t.contactId === oldId ? { ...t, contactId: '__proto__' } : t))
      .filter((t) => t.contactId === '__proto__' || t.contactId === second!.id);
    await data.chooseFile('proto.json', JSON.stringify(file, null, 2));
    await expect(data.importAlert()).toContainText('proto.json was not imported.');
    await expect(data.importAlert()).toContainText('Dana Lee (contacts[0].id)');
    await expect(data.importAlert()).toContainText('__proto__');
    await expect(data.importAlert()).toContainText('Nothing was changed.');
    await expect(data.previewHeading()).toHaveCount(0);
    expect(await storedData(page)).toEqual(before);

    await planner.open();
    await expect(contactsHeading(planner)).toHaveText('Your contacts (1)');
  });

  test('a stored wfu:contact:__proto__ key is listed and downloadable, and storage does not grow', async ({
    page,
  }) => {
    const planner = await plannerWithDana(page);
    const text = recordText({ id: '__proto__', name: 'Sam Ortiz', metOn: '2026-11-20' });
    await seed(page, { 'wfu:contact:__proto__': text });

    await expect(page.getByRole('button', { name: 'Add a contact' })).toBeVisible();
    await expect(contactsHeading(planner)).toHaveText('Your contacts (1)');
    const notice = page.getByRole('region', { name: 'Some saved data could not be read' });
    await expect(notice.getByRole('listitem')).toHaveCount(1);
    await expect(notice.getByRole('listitem')).toContainText(
      `One contact (${text.length.toLocaleString('en-US')} characters`,
    );
    expect(await downloadText(notice.getByRole('button', { name: 'Download the text' }))).toBe(
      text,
    );

    const stored = await storedData(page);
    const noJunk = (entries: [string, string][]) => {
      expect(entries.map(([key]) => key).filter((key) => /:(ok|record|raw)$/.test(key))).toEqual(
        [],
      );
      expect(entries.filter(([, value]) => value === 'undefined')).toEqual([]);
      expect(entries.map(([key]) => key)).not.toContain('wfu:contact:__proto__');
      expect(entries.filter(([, value]) => value === text)).toHaveLength(1);
    };
    noJunk(stored);
    for (let i = 0; i < 3; i += 1) {
      await page.reload();
      await expect(notice.getByRole('listitem')).toHaveCount(1);
      expect(await storedData(page)).toEqual(stored);
    }
  });
});

test('fault 5: a record moved under another key is shown and goes back to its own key', async ({
  page,
}) => {
  const planner = await plannerWithDana(page);
  const [[ownKey, text]] = (await contactKeys(page)) as [[string, string]];
  await page.evaluate(
    ({ key, value }) => {
      localStorage.removeItem(key);
      localStorage.setItem('wfu:contact:ZZZ', value);
    },
    { key: ownKey, value: text },
  );
  await page.reload();
  await expect(contactsHeading(planner)).toHaveText('Your contacts (1)');
  await expect(contactCard(planner, 'Dana Lee')).toBeVisible();
  await expect(planner.touch(planner.section('Due today'), 'Dana Lee')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Some saved data could not be read' })).toHaveCount(
    0,
  );
  expect(await contactKeys(page)).toEqual([[ownKey, text]]);

  const data = new DataPage(page);
  await data.open();
  await expect(data.section('What is stored in this browser')).toContainText('Contacts1');
  const backup = JSON.parse((await data.exportBackup()).text) as { contacts: { name: string }[] };
  expect(backup.contacts.map((c) => c.name)).toEqual(['Dana Lee']);
});

test('fault 6: unreadable text too big to copy aside is listed, downloadable and offered before erasing', async ({
  page,
}) => {
  test.slow(); // 3 MB of text, a full storage quota and three downloads
  const big = 'x'.repeat(3_000_000);
  const planner = await plannerWithDana(page);
  await page.evaluate((text) => localStorage.setItem('wfu:contact:c-big', text), big);
  // The rest of this site's storage full too, as on a phone with no room left.
  await fillStorage(page);
  const copyFits = await page.evaluate((text) => {
    try {
      localStorage.setItem('wfu:probe', text);
      localStorage.removeItem('wfu:probe');
      return true;
    } catch {
      return false;
    }
  }, big);
  expect(copyFits, 'a copy of the text must not fit beside it').toBe(false);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Add a contact' })).toBeVisible();
  await expect(contactsHeading(planner)).toHaveText('Your contacts (1)');
  await expect(page.getByText(/no room left/)).toHaveCount(0);
  const plannerNotice = page.getByRole('region', { name: 'Some saved data could not be read' });
  await expect(plannerNotice.getByRole('listitem')).toContainText(
    '3,000,000 characters, left where it was because there is no room to copy it',
  );

  const data = new DataPage(page);
  await data.open();
  const notice = page.getByRole('region', { name: 'Some saved data could not be read' });
  await expect(notice.getByRole('listitem')).toHaveCount(1);
  expect(await downloadText(notice.getByRole('button', { name: 'Download the text' }))).toBe(big);

  await data.chooseFile('restore.json', JSON.stringify(fixtureBackup()));
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(data.importAlert()).toContainText('restore.json was not imported.');
  await expect(data.importAlert()).toContainText('Download that data from the notice on this page');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Download the text' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('wfu:contact:c-big'))).toBe(big);

  const erase = data.section('Erase everything');
  const all = await downloadText(
    erase.getByRole('button', { name: 'Download the data that could not be read' }),
  );
  expect(JSON.parse(all)).toEqual({ 'wfu:contact:c-big': big });
  await page.evaluate(() => localStorage.removeItem('filler'));
});

test.describe('fault 9: focus goes where a keyboard user expects', () => {
  test('adding a contact: Name, then back to "Add a contact" after Save and after Cancel', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.freezeClock();
    await planner.open();
    const add = page.getByRole('button', { name: 'Add a contact' });
    await add.click();
    const form = page.locator('form.contact-editor');
    await expect(form.getByLabel('Name')).toBeFocused();
    await page.keyboard.type('Dana Lee');
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(form).toHaveCount(0);
    await expect(add).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(form.getByLabel('Name')).toBeFocused();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toHaveCount(0);
    await expect(add).toBeFocused();
    await expect(contactsHeading(planner)).toHaveText('Your contacts (1)');
  });

  test('Done… Save, Skip and Move put focus on Undo; Undo on the touch\'s "Done…"; Cancel on "Done…"', async ({
    page,
  }) => {
    const planner = await plannerWithDana(page);
    const today = planner.section('Due today');
    const card = planner.touch(today, 'Dana Lee');
    const done = card.getByRole('button', { name: /^Done…/ });
    const undo = page.getByRole('button', { name: 'Undo' });

    // Cancel in the Done… panel returns to Done….
    await done.click();
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect(done).toBeFocused();

    // Done… Save: focus on Undo; Undo: focus on the restored touch's Done….
    await page.keyboard.press('Enter');
    await card.getByLabel('Sent').check();
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(done).toBeFocused();
    await expect(today.getByRole('heading', { level: 2 })).toHaveText('Due today (1)');

    // Skip.
    await card.getByRole('button', { name: /^Skip/ }).click();
    await expect(undo).toBeFocused();
    await undo.click();
    await expect(done).toBeFocused();

    // Move.
    await card.getByRole('button', { name: /^Move…/ }).click();
    await card.getByLabel('Move to').fill('2026-11-26');
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(undo).toBeFocused();
    await expect(today.getByRole('heading', { level: 2 })).toHaveText('Due today (0)');
    await undo.click();
    await expect(done).toBeFocused();
    await expect(today.getByRole('heading', { level: 2 })).toHaveText('Due today (1)');
  });

  test('delete asks with focus on "Keep"; an edit saved returns focus to the contact', async ({
    page,
  }) => {
    const planner = await plannerWithDana(page);
    const card = contactCard(planner, 'Dana Lee');
    await card.locator('summary').click();
    await card.getByRole('button', { name: 'Delete Dana Lee' }).click();
    await expect(page.getByRole('alertdialog').getByRole('button', { name: 'Keep' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(contactsHeading(planner)).toHaveText('Your contacts (1)');

    const form = await openEdit(planner, 'Dana Lee');
    await form.getByLabel('Organization').fill('Acme');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form).toHaveCount(0);
    await expect(contactCard(planner, 'Dana Lee (Acme)').locator('summary')).toBeFocused();
  });
});
