import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/site';
import { CALENDAR_TIME_ZONE, CalendarPage, CALENDAR_RECORDS } from './fixtures/calendarPage';
import { pagesOf } from './fixtures/staticServer';

/** Every page of the build, found in the build. */
const PAGES = pagesOf(process.env['OUT_DIR'] ?? 'dist');

/** The largest shift limit the issue allows per page (cumulative layout shift). */
const CLS_LIMIT = 0.02;

/** Opens `route` on a phone-sized screen and returns its cumulative layout shift once it has settled. */
async function layoutShift(page: Page, route: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(route, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500); // islands done, any late shift recorded
  return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

test.describe('pages that never jump', () => {
  test.use({ viewport: { width: 412, height: 823 }, timezoneId: CALENDAR_TIME_ZONE });

  for (const route of PAGES) {
    test(`${route} does not move as it loads, in an empty browser`, async ({ page }) => {
      const shift = await layoutShift(page, route);
      console.log(`CLS ${route} (empty): ${shift.toFixed(4)}`);
      expect(shift).toBeLessThan(CLS_LIMIT);
    });
  }

  for (const route of ['/planner/', '/planner/calendar/', '/planner/data/']) {
    test(`${route} does not move as it loads, with twelve contacts`, async ({ page }) => {
      const calendar = new CalendarPage(page);
      await calendar.freezeClock();
      await calendar.seed(CALENDAR_RECORDS);
      const shift = await layoutShift(page, route);
      console.log(`CLS ${route} (twelve contacts): ${shift.toFixed(4)}`);
      expect(shift).toBeLessThan(CLS_LIMIT);
    });
  }
});
