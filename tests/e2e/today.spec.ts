import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/site';
import { PlannerPage } from './fixtures/plannerPage';
import { makeContact } from '../fixtures/contact';

/** Tuesday 24 November 2026, two minutes before midnight, local time. */
const LATE = new Date(2026, 10, 24, 23, 58);

/** Mia: thanked on the day they met; the student moved her check-in to Wednesday 25 November. */
const MIA = {
  version: 1,
  contact: makeContact({
    id: 'c-mia-chen',
    name: 'Mia Chen',
    organization: 'Northwind',
    role: 'Recruiter',
    metHow: 'networking',
    metOn: '2026-11-20',
    createdAt: '2026-11-20T18:00:00.000Z',
    updatedAt: '2026-11-20T18:00:00.000Z',
  }),
  touches: [
    {
      id: 'c-mia-chen-t1',
      contactId: 'c-mia-chen',
      due: '2026-11-20',
      window: null,
      channel: 'email',
      purpose: 'thank-you',
      state: 'done',
      outcome: 'sent',
      doneOn: '2026-11-20',
      note: '',
      source: 'plan',
    },
    {
      id: 'c-mia-chen-t2',
      contactId: 'c-mia-chen',
      due: '2026-11-25',
      window: null,
      channel: 'card',
      purpose: 'check-in',
      state: 'planned',
      outcome: null,
      doneOn: null,
      note: '',
      source: 'student',
    },
  ],
};

/** Opens `path` late on Tuesday with Mia's plan stored. */
async function openLate(page: Page, path: string) {
  await page.clock.install({ time: LATE });
  await page.goto(path);
  await page.evaluate((record) => {
    localStorage.setItem('wfu:contact:c-mia-chen', JSON.stringify(record));
  }, MIA);
  await page.reload();
}

test.describe('a page left open over midnight', () => {
  test('the home page shows the new day’s touches without a reload', async ({ page }) => {
    await openLate(page, '/');
    const summary = page.locator('.planner-summary');
    await expect(summary).toContainText('Nothing is due today');
    await page.clock.fastForward('05:00');
    await expect(summary).toContainText('1 touch is due today');
  });

  test('the planner moves the touch from Upcoming to Due today without a reload', async ({
    page,
  }) => {
    await openLate(page, '/planner/');
    const planner = new PlannerPage(page);
    const upcoming = planner.touch(planner.section('Upcoming'), 'Mia Chen');
    const dueToday = planner.touch(planner.section('Due today'), 'Mia Chen');
    await expect(upcoming.first()).toBeVisible();
    const later = await upcoming.count();
    await expect(dueToday).toHaveCount(0);
    await page.clock.fastForward('05:00');
    await expect(dueToday).toHaveCount(1);
    await expect(upcoming).toHaveCount(later - 1);
  });
});
