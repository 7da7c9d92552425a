import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures/site';
import { CalendarPage, pdfPageCount } from './fixtures/calendarPage';
import { PlannerPage } from './fixtures/plannerPage';
import { WriterPage } from './fixtures/writerPage';
import { buildSite, pagesOf, removeBuild, serveBuild } from './fixtures/staticServer';

/** Opens the site once, waits until the service worker controls the page (its precache is full). */
async function visitOnce(page: Page, base: string) {
  await page.goto(base);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'the service worker installed and took over the page',
      timeout: 20_000,
    })
    .toBe(true);
}

/**
 * The offline tour: one visit, then no network at all, and every page of the
 * build opens (with query variants), an unknown address shows the 404 page,
 * and a student adds a contact, writes a voicemail and adds its call, prints
 * the calendar and exports the .ics file.
 */
async function offlineTour(browser: Browser, dir: string, base: string) {
  const host = await serveBuild(dir, base);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const at = (route: string) => `${host.origin}${base}${route}`;
    await new PlannerPage(page).freezeClock(); // Tuesday 24 November 2026
    await visitOnce(page, at(''));

    // No signal: the browser is offline and the host is gone.
    await context.setOffline(true);
    await host.close();

    const pages = pagesOf(dir, base);
    expect(pages.length).toBeGreaterThanOrEqual(17);
    for (const route of pages) {
      const response = await page.goto(`${host.origin}${route}`);
      expect(response?.status(), route).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), route).toBeVisible();
    }
    for (const route of [
      '?start=2026-09-07',
      'planner/?contact=nobody',
      'write/voicemail/?example=1',
    ]) {
      await page.goto(at(route));
      await expect(page.getByRole('heading', { level: 1 }), route).toBeVisible();
      await expect(page.getByText('We could not find that page'), route).toHaveCount(0);
    }
    await page.goto(at('no-such-page/'));
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();

    // The planner: add a contact.
    const planner = new PlannerPage(page);
    await page.goto(at('planner/'));
    await expect(page.getByRole('heading', { name: /^Due today/ })).toBeVisible();
    await planner.addContact({
      name: 'Dana Lee',
      organization: 'Northwind',
      metHow: 'Phone conversation',
      metOn: '2026-11-24',
    });
    await expect(planner.section('Your contacts')).toContainText('Dana Lee');

    // The voicemail writer: write one and add its call to the plan.
    const writer = new WriterPage(page);
    await page.goto(at('write/voicemail/'));
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
    await expect(writer.script).toContainText('Friday morning');
    await page.getByLabel('Contact in your planner').focus(); // loads the planner's contacts
    await page.getByLabel('Contact in your planner').selectOption({ label: 'Dana Lee' });
    await page.getByRole('button', { name: 'Add this call to my plan' }).click();
    await expect(page.getByText('Added to your plan: call Dana Lee Friday morning.')).toBeVisible();

    // The calendar: print to PDF and export the .ics file.
    await page.goto(at('planner/calendar/'));
    await expect(page.getByText(/^Loading your calendar/)).toHaveCount(0);
    await expect(page.locator('section.cal-month').first()).toContainText('Dana Lee');
    expect(pdfPageCount(await page.pdf({ landscape: true, format: 'Letter' }))).toBeGreaterThan(0);
    const ics = await new CalendarPage(page).exportIcs();
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text).toContain('Dana Lee');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await host.close();
  }
}

test.describe('offline after the first visit', () => {
  test('every page, the 404 page and the planner, writer and calendar work with no signal', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    await offlineTour(browser, process.env['OUT_DIR'] ?? 'dist', '/');
  });

  test('the same under BASE_PATH=/course/', async ({ browser }) => {
    test.setTimeout(300_000); // this test makes its own build
    const outDir = 'dist-offline-course';
    buildSite(outDir, { BASE_PATH: '/course/' });
    try {
      await offlineTour(browser, outDir, '/course/');
    } finally {
      removeBuild(outDir);
    }
  });
});
