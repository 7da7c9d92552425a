import { expect, test } from './fixtures/site';
import { DataPage, fixtureBackup } from './fixtures/dataPage';
import { PlannerPage } from './fixtures/plannerPage';
import { WriterPage } from './fixtures/writerPage';

test('a contact with a 64-character id, from a backup, gets a voicemail call and survives a reload', async ({
  page,
}) => {
  const id = `c-${'x'.repeat(62)}`;
  const file = fixtureBackup();
  file.contacts = [{ ...file.contacts[0]!, id, name: 'Dana Lee', agreed: null }];
  file.touches = [];

  const planner = new PlannerPage(page);
  await planner.freezeClock(); // Tuesday 24 November 2026
  const data = new DataPage(page);
  await data.open();
  await data.chooseFile('long-id.json', JSON.stringify(file));
  await data.confirmImport();

  const writer = new WriterPage(page);
  await writer.open('voicemail');
  await writer.fill({
    'Their name': 'Dana Lee',
    'Your name': 'Sam Rivera',
    'Your phone': '(555) 010-4477',
    From: '14:00',
    To: '17:00',
    Day: '2026-11-27',
    'Part of the day': 'Morning (9 to 12)',
  });
  const picker = page.getByLabel('Contact in your planner');
  await picker.focus(); // the planner's contacts load when the picker is reached
  await expect(picker).toHaveValue(id); // chosen by the name typed above
  await page.getByRole('button', { name: 'Add this call to my plan' }).click();
  await expect(page.getByText('Added to your plan: call Dana Lee Friday morning.')).toBeVisible();

  await planner.open();
  await page.reload();
  await expect(planner.section('Your contacts').getByRole('heading', { level: 2 })).toHaveText(
    'Your contacts (1)',
  );
  const fridayCalls = planner
    .section('Upcoming')
    .getByRole('listitem')
    .filter({ hasText: 'Fri 27 Nov between 9:00–12:00' });
  await expect(fridayCalls).toContainText('Call Dana Lee');
  // Nothing was set aside as unreadable.
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('wfu:recovery:')),
    ),
  ).toEqual([]);
});
