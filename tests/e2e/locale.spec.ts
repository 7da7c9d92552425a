import { expect, test } from './fixtures/site';
import { CALENDAR_RECORDS, CALENDAR_TIME_ZONE, CalendarPage } from './fixtures/calendarPage';

/** Opens the planner with the calendar fixture's twelve contacts on Tuesday 24 November 2026. */
async function openPlanner(page: import('@playwright/test').Page) {
  const calendar = new CalendarPage(page);
  await calendar.freezeClock();
  await calendar.seed(CALENDAR_RECORDS);
  await page.goto('/planner/');
  await expect(page.getByRole('heading', { name: /^Due today/ })).toBeVisible();
  return calendar;
}

test.describe("dates in the browser's language", () => {
  test.describe('American English', () => {
    test.use({ locale: 'en-US', timezoneId: CALENDAR_TIME_ZONE });

    test('the planner, calendar and start-date notice put the month before the day', async ({
      page,
    }) => {
      const calendar = await openPlanner(page);
      const upcoming = page.getByRole('region', { name: /^Upcoming/ });
      await expect(upcoming).toContainText(/\b(Mon|Tue|Wed|Thu|Fri) (Nov|Dec) \d{1,2}\b/);
      await expect(upcoming).not.toContainText(/\b(Mon|Tue|Wed|Thu|Fri) \d{1,2} (Nov|Dec)\b/);

      await calendar.open();
      expect((await calendar.monthNames())[0]).toBe('November 2026');

      await page.goto('/?start=2026-09-07');
      await expect(page.getByText('Your class start date is now')).toContainText(
        'Monday, September 7, 2026',
      );
    });
  });

  test.describe('French', () => {
    test.use({ locale: 'fr-FR', timezoneId: CALENDAR_TIME_ZONE });

    test('the planner and calendar use French day and month names', async ({ page }) => {
      const calendar = await openPlanner(page);
      await expect(page.getByRole('region', { name: /^Upcoming/ })).toContainText(
        /\b(lun|mar|mer|jeu|ven)\. \d{1,2} (nov|déc)\./,
      );
      await calendar.open();
      expect((await calendar.monthNames())[0]).toBe('novembre 2026');
      await expect(page.locator('table').first()).toContainText('lun.');
    });
  });
});
