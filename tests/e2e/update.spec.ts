import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/site';
import { copyBuild, removeBuild, serveBuild } from './fixtures/staticServer';
import { writeServiceWorker } from '../../plugins/offline.mjs';

test('a new version is offered with a Reload button, and the page never reloads by itself', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const first = process.env['OUT_DIR'] ?? 'dist';
  // The second version: the same build with one page changed, its service worker
  // made again by the build's own step (a new precache list, as a deploy has).
  const second = 'dist-update-test';
  copyBuild(first, second);
  const page2 = join(second, 'write', 'thank-you', 'index.html');
  writeFileSync(
    page2,
    readFileSync(page2, 'utf8').replace(
      '<h1>Thank-you writer</h1>',
      '<h1>Thank-you writer</h1><p>New in this version.</p>',
    ),
  );
  await writeServiceWorker(second, '/');

  const host = await serveBuild(first);
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: host.origin });
  const page = await context.newPage();
  try {
    await page.goto('/write/thank-you/');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 20_000,
      })
      .toBe(true);
    const offer = page.locator('#update-offer');
    await expect(offer).toBeHidden();
    await page.getByLabel('Their name', { exact: true }).fill('Dana Lee');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    host.deploy(second);
    // The signal drops and comes back: the page looks for a new version.
    await context.setOffline(true);
    await context.setOffline(false);

    await expect(offer).toBeVisible({ timeout: 20_000 });
    await expect(offer).toHaveText('A new version is ready: Reload');
    await expect(page.getByText('New in this version.')).toHaveCount(0);
    // Time passes while the student types: no reload, nothing lost.
    await page.getByLabel('Organization').fill('Northwind');
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
    await expect(page.getByLabel('Their name', { exact: true })).toHaveValue('Dana Lee');
    await expect(page.getByLabel('Organization')).toHaveValue('Northwind');

    await offer.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByText('New in this version.')).toBeVisible();
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(false);
    await expect(offer).toBeHidden();
  } finally {
    await context.close();
    await host.close();
    removeBuild(second);
  }
});
