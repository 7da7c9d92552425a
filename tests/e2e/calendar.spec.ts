import ICAL from 'ical.js';
import { budgetReport } from './fixtures/budgets';
import { googleCalendarUrl, buildIcs, icsFileName } from '../../src/lib/icsExport';
import { axeViolations, expect, measurePage, test } from './fixtures/site';
import {
  CALENDAR_NOW,
  CALENDAR_RECORDS,
  CALENDAR_STUDENT,
  CALENDAR_TIME_ZONE,
  CALENDAR_TODAY,
  CalendarPage,
  crowdedRecords,
  expectedTouches,
  expectValidIcsLines,
  fixtureSettings,
} from './fixtures/calendarPage';

test.use({ timezoneId: CALENDAR_TIME_ZONE, locale: 'en-US' });

/** The site's address with its base path, as the page computes it for links in the .ics file. */
function siteUrl(baseURL: string): string {
  const base = process.env['BASE_PATH'] ?? '/';
  return new URL(base.endsWith('/') ? base : `${base}/`, `${baseURL}/`).href;
}

async function openWithFixture(page: import('@playwright/test').Page, query = '') {
  const calendar = new CalendarPage(page);
  await calendar.freezeClock();
  await calendar.seed(CALENDAR_RECORDS);
  await calendar.open(query);
  return calendar;
}

test.describe('calendar', () => {
  test('shows this month and the next two, each touch on its day with channel and time', async ({
    page,
  }) => {
    const calendar = await openWithFixture(page);
    expect(await calendar.monthNames()).toEqual(['November 2026', 'December 2026', 'January 2027']);
    const expected = expectedTouches(CALENDAR_RECORDS, fixtureSettings(), '2026-11', 3);
    expect(expected.length).toBeGreaterThan(20);
    await expect(page.locator('.cal-table .cal-touch:not(.cal-touch--more)')).toHaveCount(
      expected.length,
    );
    await expect(page.locator('.cal-agenda__item')).toHaveCount(expected.length);
    // The agreed call with Dana Lee: on its day, with its channel and window.
    const december = calendar.grid('December 2026');
    const tableHead = december.getByRole('columnheader');
    await expect(tableHead).toHaveCount(7);
    await expect(tableHead.first()).toContainText('Monday');
    const dana = december
      .getByRole('cell')
      .filter({ has: page.locator('.cal-day__number', { hasText: /^2$/ }) });
    await expect(dana).toContainText('Dana Lee');
    await expect(dana).toContainText('Call 9–12');
    // Several touches on one day: the week of 24 November carries the new contacts' thank-yous.
    const perDay = new Map<string, number>();
    for (const t of expected) perDay.set(t.due, (perDay.get(t.due) ?? 0) + 1);
    const busiest = Math.max(...perDay.values());
    expect(busiest).toBeGreaterThanOrEqual(4);
    // Today is marked in words, not by colour alone.
    await expect(page.locator('td[aria-current="date"]')).toContainText('24 today');
    // The title names the student and the range.
    await expect(page.locator('.cal-title')).toHaveText(
      `Follow-up calendar — ${CALENDAR_STUDENT} — November 2026 – January 2027`,
    );
  });

  for (const { query, months } of [
    { query: '', months: 3 },
    { query: '?months=1', months: 1 },
    { query: '?from=2026-11&months=6', months: 6 },
  ]) {
    test(`prints exactly one landscape page per month on A4 and Letter (${months} months)`, async ({
      page,
    }) => {
      const calendar = await openWithFixture(page, query);
      await expect(calendar.months()).toHaveCount(months);
      expect(await calendar.printedPages('A4')).toBe(months);
      expect(await calendar.printedPages('Letter')).toBe(months);
    });
  }

  test('a day with twelve touches still prints on one page per month', async ({ page }) => {
    const calendar = new CalendarPage(page);
    await calendar.freezeClock();
    // A high daily limit puts all twelve thank-yous on the same day.
    await calendar.seed(crowdedRecords(), fixtureSettings({ dailyLimit: 20 }));
    await calendar.open('?months=2');
    const today = page.locator('td[aria-current="date"]');
    await expect(today.locator('.cal-touch:not(.cal-touch--more)')).toHaveCount(12);
    await page.emulateMedia({ media: 'print' });
    // On paper: six touches and "+6 more", each on one line.
    await expect(today.locator('.cal-touch:visible')).toHaveCount(7);
    await expect(today.locator('.cal-touch--more')).toHaveText('+6 more');
    expect(await calendar.printedPages('A4')).toBe(2);
    expect(await calendar.printedPages('Letter')).toBe(2);
  });

  test('printed pages carry the title and no site chrome, controls or agenda', async ({ page }) => {
    const calendar = await openWithFixture(page);
    await page.emulateMedia({ media: 'print' });
    const titles = page.locator('.cal-print-title');
    await expect(titles).toHaveCount(3);
    for (const title of await titles.all()) {
      await expect(title).toBeVisible();
      await expect(title).toHaveText(
        `Follow-up calendar — ${CALENDAR_STUDENT} — November 2026 – January 2027`,
      );
    }
    for (const hidden of [
      page.locator('.site-header'),
      page.locator('.site-footer'),
      page.getByRole('button', { name: 'Print', exact: true }),
      page.getByLabel('First month'),
      page.locator('.cal-agenda').first(),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await expect(calendar.grid('November 2026')).toBeVisible();
    // Black on white: table borders in black, no background colour carries meaning.
    const border = await page
      .locator('td.cal-day')
      .first()
      .evaluate((td) => getComputedStyle(td).borderTopColor);
    expect(border).toBe('rgb(0, 0, 0)');
  });

  test('the .ics download is the file buildIcs makes for the same plan', async ({
    page,
    baseURL,
  }) => {
    const calendar = await openWithFixture(page);
    const file = await calendar.exportIcs();
    expect(file.name).toBe(icsFileName(CALENDAR_TODAY));
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
      file.name,
    );

    const expected = expectedTouches(CALENDAR_RECORDS, fixtureSettings(), '2026-11', 3);
    const ics = file.text;
    expectValidIcsLines(ics);

    const calendarComponent = new ICAL.Component(ICAL.parse(ics));
    const events = calendarComponent.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(expected.length);
    expect(events.map((e) => e.uid).sort()).toEqual(
      expected.map((t) => `${t.id}@wise-follow-up`).sort(),
    );
    expect(events.every((e) => e.component.getAllSubcomponents('valarm').length === 1)).toBe(true);

    // Byte for byte what buildIcs gives in Node for the same input, but for the
    // moment of export (DTSTAMP) and the revision number that follows from it.
    const node = buildIcs({
      touches: expected,
      contacts: CALENDAR_RECORDS.map((r) => r.contact),
      studentName: CALENDAR_STUDENT,
      now: CALENDAR_NOW,
      timeZone: CALENDAR_TIME_ZONE,
      siteUrl: siteUrl(baseURL!),
    });
    const withoutMoment = (text: string) =>
      text
        .split('\r\n')
        .filter((line) => !/^(DTSTAMP|SEQUENCE)[:;]/.test(line))
        .join('\r\n');
    expect(withoutMoment(ics)).toBe(withoutMoment(node));
    expect(ics.split('\r\n').filter((l) => l.startsWith('DTSTAMP:'))).toHaveLength(expected.length);
  });

  test("the page's JavaScript before Export stays within its budget (36 KB)", async ({
    browser,
    baseURL,
  }) => {
    const size = await measurePage(browser, baseURL!, '/planner/calendar/');
    console.log(
      `/planner/calendar/ JavaScript before Export: ${size.jsGzip} B gzip in ${size.jsFiles.length} files: ${size.jsFiles.join(', ')}`,
    );
    expect(size.jsGzip).toBeLessThanOrEqual(budgetReport('calendar', size.jsGzip));
  });

  test('the .ics code loads only when Export is pressed', async ({ page }) => {
    const scripts = new Map<string, string>();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.set(response.url(), (await response.body()).toString('utf8'));
      }
    });
    const calendar = await openWithFixture(page);
    await page.waitForLoadState('networkidle');
    // Markers only the .ics builder carries: ical-generator's output and its name (in PRODID).
    const hasIcsCode = (body: string) =>
      body.includes('BEGIN:VCALENDAR') || body.includes('ical-generator');
    expect(scripts.size).toBeGreaterThan(0);
    const before = [...scripts].filter(([, body]) => hasIcsCode(body)).map(([url]) => url);
    expect(before, 'scripts with .ics code before Export').toEqual([]);

    await calendar.exportIcs();
    await expect
      .poll(() => [...scripts.values()].some(hasIcsCode), { message: 'the .ics code loaded' })
      .toBe(true);
  });

  test('each agenda touch has an "Add to Google Calendar" link that opens in a new tab', async ({
    page,
    baseURL,
  }) => {
    await openWithFixture(page);
    const expected = expectedTouches(CALENDAR_RECORDS, fixtureSettings(), '2026-11', 3);
    const byId = new Map(CALENDAR_RECORDS.map((r) => [r.contact.id, r.contact]));
    const links = page.getByRole('link', { name: /^Add to Google Calendar/ });
    await expect(links).toHaveCount(expected.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      expected.map((t) =>
        googleCalendarUrl(t, byId.get(t.contactId), CALENDAR_TIME_ZONE, siteUrl(baseURL!)),
      ),
    );
    const first = links.first();
    await expect(first).toHaveAttribute('target', '_blank');
    await expect(first).toHaveAttribute('rel', /noopener/);
    await expect(first).toContainText('(opens in a new tab)');
    await expect(first).toHaveAccessibleName(/\(opens in a new tab\)$/);
    await expect(
      page.getByText('Google Calendar ignores reminders in imported files'),
    ).toBeVisible();
  });

  test('the range picker works by keyboard, and a reload keeps the range', async ({ page }) => {
    const calendar = await openWithFixture(page);
    await calendar.firstMonth().focus();
    await page.keyboard.press('ArrowDown');
    await expect(calendar.firstMonth()).toHaveValue('2026-12');
    expect(await calendar.monthNames()).toEqual(['December 2026', 'January 2027', 'February 2027']);
    await page.keyboard.press('Tab');
    await expect(calendar.monthCount()).toBeFocused();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
    await expect(calendar.monthCount()).toHaveValue('6');
    await expect(calendar.months()).toHaveCount(6);
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toContainText(
      'Showing December 2026 – May 2027',
    );
    await expect(page).toHaveURL(/\?from=2026-12&months=6$/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Export to calendar (.ics)' })).toBeFocused();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await downloading).suggestedFilename()).toBe(icsFileName(CALENDAR_TODAY));

    await page.reload();
    await expect(calendar.months()).toHaveCount(6);
    await expect(calendar.firstMonth()).toHaveValue('2026-12');
  });

  test('a student without a name types it once, and it is on the printed title', async ({
    page,
  }) => {
    const calendar = new CalendarPage(page);
    await calendar.freezeClock();
    await calendar.seed(CALENDAR_RECORDS, fixtureSettings({ studentName: '' }));
    await calendar.open();
    await expect(page.locator('.cal-title')).toHaveText(
      'Follow-up calendar — November 2026 – January 2027',
    );
    await page.getByLabel('Your name, for the title of the printed pages').fill('Ana Ortiz');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Ana Ortiz');
    await expect(
      page.getByRole('button', { name: 'Change the name on your printout' }),
    ).toBeFocused();
    await page.reload();
    await expect(page.locator('.cal-title')).toHaveText(
      'Follow-up calendar — Ana Ortiz — November 2026 – January 2027',
    );
    const stored = await page.evaluate(() => localStorage.getItem('wfu:settings'));
    expect(JSON.parse(stored!).studentName).toBe('Ana Ortiz');
  });

  // axe checks every table cell and link of three months: slower than most tests.
  test('axe finds nothing on the calendar with data, light and dark', async ({ page }) => {
    test.setTimeout(90_000);
    await openWithFixture(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds nothing on a 320 px wide screen, with the name form open', async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 800 });
    const calendar = new CalendarPage(page);
    await calendar.freezeClock();
    await calendar.seed(CALENDAR_RECORDS, fixtureSettings({ studentName: '' }));
    await calendar.open('?months=1');
    await expect(page.getByLabel('Your name, for the title of the printed pages')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('at 320 px the page does not scroll sideways; the month grid scrolls in its own box', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const calendar = await openWithFixture(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const grid = calendar.grid('November 2026');
    await expect(grid).toHaveAttribute('tabindex', '0');
    const scrolls = await grid.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrolls).toBe(true);
    // Keyboard users can scroll it: focus it, then arrow right.
    await grid.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('with no contacts, the page says so and links to the planner', async ({ page }) => {
    const calendar = new CalendarPage(page);
    await calendar.freezeClock();
    await calendar.open();
    await expect(page.getByText('Your calendar is empty.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to your planner' })).toHaveAttribute(
      'href',
      /\/planner\/$/,
    );
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('unreadable stored data is set aside and explained; the rest still shows', async ({
    page,
  }) => {
    const calendar = new CalendarPage(page);
    await calendar.freezeClock();
    await calendar.seed(CALENDAR_RECORDS);
    await page.addInitScript(() =>
      localStorage.setItem('wfu:contact:broken1', '{"version":1,"contact":{"name":"half'),
    );
    await calendar.open();
    await expect(
      page.getByRole('region', { name: 'Some saved data could not be read' }),
    ).toBeVisible();
    await expect(calendar.months()).toHaveCount(3);
    await expect(page.locator('.cal-agenda__item').first()).toBeVisible();
  });
});
