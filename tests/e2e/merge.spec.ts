import { expect, test } from './fixtures/site';
import { DataPage, emptyBrowser, storedData } from './fixtures/dataPage';
import { PLANNER_NOW, PlannerPage } from './fixtures/plannerPage';

/** What the planner shows: each section's heading and its cards, in order. */
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

/** Changes a contact's organization through its Edit form. */
async function editOrganization(planner: PlannerPage, name: string, organization: string) {
  await planner.open();
  const item = planner.section('Your contacts').getByRole('listitem').filter({ hasText: name });
  await item.first().locator('summary').click();
  await item
    .first()
    .getByRole('button', { name: `Edit ${name}` })
    .click();
  const form = planner.page.locator('form.contact-editor');
  await form.getByLabel('Organization').fill(organization);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(planner.section('Your contacts')).toContainText(`${name} (${organization})`);
}

test('a phone and a laptop merge their plans: both sets, the newer edit wins, a second merge changes nothing', async ({
  browser,
  baseURL,
}) => {
  test.slow(); // two browsers, four imports
  const phone = await emptyBrowser(browser, baseURL!);
  const laptop = await emptyBrowser(browser, baseURL!);
  const onPhone = { planner: new PlannerPage(phone.page), data: new DataPage(phone.page) };
  const onLaptop = { planner: new PlannerPage(laptop.page), data: new DataPage(laptop.page) };

  // Both start from the same plan: Mia, added on the phone and restored on the laptop.
  await onPhone.planner.open();
  await onPhone.planner.addContact({ name: 'Mia Chen', metHow: 'Networking', metOn: '2026-11-20' });
  await onPhone.data.open();
  const first = await onPhone.data.exportBackup();
  await onLaptop.data.open();
  await onLaptop.data.chooseFile('from-phone.json', first.text);
  await expect(onLaptop.data.previewLines('merge')).toHaveCount(0); // nothing here yet to merge with
  await onLaptop.data.confirmImport();

  // Then each adds its own contacts and marks a touch; both edit Mia, the laptop an hour later.
  await onPhone.planner.open();
  await onPhone.planner.addContact({
    name: 'Dana Lee',
    metHow: 'Job interview',
    metOn: '2026-11-24',
  });
  await onPhone.planner.addContact({
    name: 'Sam Ortiz',
    metHow: 'Networking',
    metOn: '2026-11-24',
  });
  await onPhone.planner.markDone(onPhone.planner.section('Due today'), 'Dana Lee', 'Sent');
  await editOrganization(onPhone.planner, 'Mia Chen', 'Edited on the phone');

  await laptop.page.clock.setSystemTime(new Date(PLANNER_NOW.getTime() + 60 * 60 * 1000));
  await onLaptop.planner.open();
  await onLaptop.planner.addContact({
    name: 'Priya Shah',
    metHow: 'Informational interview',
    metOn: '2026-11-24',
  });
  await onLaptop.planner.addContact({
    name: 'Kenji Watanabe',
    metHow: 'Phone conversation',
    metOn: '2026-11-24',
  });
  await onLaptop.planner.markDone(onLaptop.planner.section('Due today'), 'Priya Shah', 'Sent');
  await editOrganization(onLaptop.planner, 'Mia Chen', 'Edited on the laptop');

  // The phone's file merged into the laptop.
  await onPhone.data.open();
  const fromPhone = await onPhone.data.exportBackup();
  await onLaptop.data.open();
  const laptopBefore = await storedData(laptop.page);
  await onLaptop.data.chooseFile('phone.json', fromPhone.text);
  await expect(onLaptop.data.previewLines('merge')).toHaveText([
    'Adds 2 contacts (Dana Lee, Sam Ortiz).',
    "Keeps this browser's version of 1 contact, edited here more recently (Mia Chen).",
    'Leaves 2 contacts as they are.',
    'Keeps your settings.',
    'Touches: 1 now, 2 after merging.',
  ]);
  await expect(onLaptop.data.previewLines('replace').first()).toHaveText(
    'Adds 2 contacts (Dana Lee, Sam Ortiz).',
  );
  expect(await storedData(laptop.page)).toEqual(laptopBefore); // the preview changes nothing
  await onLaptop.data.confirmMerge();
  await expect(laptop.page.getByText(/^Merged /)).toHaveText(
    'Merged phone.json: 2 contacts added, 0 contacts updated. Open your planner',
  );

  const contacts = onLaptop.planner.section('Your contacts');
  await onLaptop.planner.open();
  await expect(contacts.getByRole('heading', { level: 2 })).toHaveText('Your contacts (5)');
  for (const name of ['Dana Lee', 'Sam Ortiz', 'Priya Shah', 'Kenji Watanabe'])
    await expect(contacts).toContainText(name);
  await expect(contacts).toContainText('Mia Chen (Edited on the laptop)');
  // Dana's thank-you, marked sent on the phone, is done here too: her next touch is upcoming.
  await expect(
    onLaptop.planner.touch(onLaptop.planner.section('Due today'), 'Dana Lee'),
  ).toHaveCount(0);
  await expect(
    onLaptop.planner.touch(onLaptop.planner.section('Upcoming'), 'Dana Lee'),
  ).not.toHaveCount(0);
  await expect(
    onLaptop.planner.touch(onLaptop.planner.section('Due today'), 'Sam Ortiz'),
  ).toHaveCount(1);

  // Merging the same file again changes nothing.
  await onLaptop.data.open();
  const merged = await storedData(laptop.page);
  await onLaptop.data.chooseFile('phone.json', fromPhone.text);
  await expect(onLaptop.data.previewLines('merge').first()).toHaveText(
    'Everything in this file is already here; merging it changes nothing.',
  );
  await onLaptop.data.confirmMerge();
  await expect(laptop.page.getByText(/^Merged /)).toHaveText(
    'Merged phone.json: nothing changed, everything in it was already here. Open your planner',
  );
  expect(await storedData(laptop.page)).toEqual(merged);

  // The laptop's file merged into the phone: the laptop's newer edit of Mia wins there too.
  const fromLaptop = await onLaptop.data.exportBackup();
  await onPhone.data.open();
  await onPhone.data.chooseFile('laptop.json', fromLaptop.text);
  await expect(onPhone.data.previewLines('merge')).toHaveText([
    'Adds 2 contacts (Kenji Watanabe, Priya Shah).',
    "Updates 1 contact with the file's newer version (Mia Chen).",
    'Leaves 2 contacts as they are.',
    'Keeps your settings.',
    'Touches: 1 now, 2 after merging.',
  ]);
  await onPhone.data.confirmMerge();
  expect(await plannerView(onPhone.planner)).toEqual(await plannerView(onLaptop.planner));
  await expect(onPhone.planner.section('Your contacts')).toContainText(
    'Mia Chen (Edited on the laptop)',
  );

  await phone.done();
  await laptop.done();
});
