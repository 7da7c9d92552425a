import { expect, test } from './fixtures/site';
import { LessonPage, localDateFromToday } from './fixtures/lessonPage';
import { pdfPageTexts } from './fixtures/pdfText';

const WEEKS = [1, 2, 3, 4, 5, 6, 7, 8];

test.describe('"Check yourself" with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const week of WEEKS) {
    test(`week ${week}: a student answers a question and reads its feedback`, async ({ page }) => {
      const lesson = new LessonPage(page);
      await lesson.open(week);
      const questions = lesson.checkYourself.locator('.question');
      expect(await questions.count()).toBeGreaterThanOrEqual(2);
      const choices = lesson.choices(1);
      const count = await choices.count();
      expect(count).toBeGreaterThanOrEqual(3);
      const verdicts: string[] = [];
      for (let i = 0; i < count; i++) {
        const choice = choices.nth(i);
        const feedback = choice.locator('.feedback');
        await expect(feedback).toBeHidden();
        await choice.locator('summary').click();
        await expect(feedback).toBeVisible();
        const text = (await feedback.textContent()) ?? '';
        verdicts.push(text.startsWith('Yes, the best answer.') ? 'right' : 'wrong');
        expect(text).toMatch(/^(Yes, the best answer\.|Not the best answer\.) \S.{20,}/);
      }
      expect(verdicts.filter((v) => v === 'right')).toHaveLength(1);
    });
  }

  test('the class link form opens the home page with the start date', async ({ page }) => {
    await page.goto('/instructor/');
    const start = localDateFromToday(-15);
    await page.getByLabel('First day of week 1').fill(start);
    await page.getByRole('button', { name: 'Build the class link' }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?start=${start}$`));
  });

  test('the class pack offers no Print button that could not work', async ({ page }) => {
    await page.goto('/lessons/print/');
    await expect(
      page.getByRole('heading', { name: 'Wise Follow-Up: the class pack' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print the class pack' })).toBeHidden();
  });
});

test.describe('the "I can…" checklist', () => {
  test('mirrors the objectives and keeps its ticks across a reload', async ({ page, context }) => {
    const lesson = new LessonPage(page);
    await lesson.open(2);
    const objectives = await page
      .getByRole('region', { name: 'By the end of this lesson you can' })
      .getByRole('listitem')
      .allTextContents();
    const boxes = lesson.canBoxes;
    await expect(boxes).toHaveCount(objectives.length);
    for (const [i, objective] of objectives.entries()) {
      const statement = `I can ${objective.charAt(0).toLowerCase()}${objective.slice(1)}`;
      await expect(boxes.nth(i)).toHaveAccessibleName(statement);
    }

    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    const ticked = async (p = page) => {
      const all = new LessonPage(p).canBoxes;
      return Promise.all(
        Array.from({ length: objectives.length }, (_, i) => all.nth(i).isChecked()),
      );
    };
    await expect(boxes.nth(2)).toBeChecked();
    expect(await ticked()).toEqual(objectives.map((_, i) => i === 0 || i === 2));

    await boxes.nth(0).uncheck();
    // A fresh tab reads the ticks from storage (no form state carried over).
    const other = await context.newPage();
    await new LessonPage(other).open(2);
    await expect(new LessonPage(other).canBoxes.nth(2)).toBeChecked();
    expect(await ticked(other)).toEqual(objectives.map((_, i) => i === 2));

    // Ticks belong to their week.
    await lesson.open(3);
    await expect(lesson.canBoxes.first()).toBeVisible();
    expect(
      await lesson.canBoxes.evaluateAll((els) => els.some((e) => (e as HTMLInputElement).checked)),
    ).toBe(false);
  });
});

test.describe('the instructor guide', () => {
  test('builds a class link, copies it, and the link opens the home page on the right week', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/instructor/');
    const start = localDateFromToday(-15);
    await page.getByLabel('First day of week 1').fill(start);
    await page.getByRole('button', { name: 'Build the class link' }).click();
    const link = page.getByRole('textbox', { name: 'Class link' });
    await expect(link).toHaveValue(`${baseURL}/?start=${start}`);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
      'Copied the class link.',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/?start=${start}`);

    await page.goto(copied);
    await expect(page.getByText('This is week 3 of 8.')).toBeVisible();
    const thisWeek = page.getByRole('region', { name: "This week's lesson" });
    await expect(thisWeek.getByRole('link', { name: /^Week 3:/ })).toBeVisible();
  });

  test('gives every week a goal, an opener, two prompts, an activity and what to bring', async ({
    page,
  }) => {
    await page.goto('/instructor/');
    for (const week of WEEKS) {
      const section = page.getByRole('region', { name: new RegExp(`^Week ${week}:`) });
      for (const heading of ['Goal', '5-minute opener', 'Discuss', 'In class']) {
        await expect(section.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      }
      await expect(
        section.getByRole('heading', {
          name: week === 8 ? 'After the last class' : 'Bring next week',
        }),
      ).toBeVisible();
      await expect(
        section.getByRole('heading', { name: 'Discuss' }).locator('+ ol > li'),
      ).toHaveCount(2);
    }
    const week7 = page.getByRole('region', { name: /^Week 7:/ });
    await expect(week7).toContainText('voicemail box');
    await expect(week7).toContainText('30 seconds');
  });

  test('prints with no navigation, no link builder and every week', async ({ page }) => {
    await page.goto('/instructor/');
    const pages = await pdfPageTexts(await page.pdf({ format: 'Letter' }));
    const text = pages.join(' ');
    expect(text).not.toContain('Skip to main content');
    expect(text).not.toMatch(/Home\s+Lessons\s+Thank-you\s+Voicemail\s+Check-in\s+Planner/);
    expect(text).not.toContain('Everything you type here stays in this browser');
    expect(text).not.toContain('Build the class link Copy');
    expect(text).toContain('?start=YYYY-MM-DD');
    for (const week of WEEKS) expect(text).toMatch(new RegExp(`Week ${week}: \\w`));
  });
});

test.describe('the class pack', () => {
  test('prints each of the eight lessons from the top of a new page, feedback after questions', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/lessons/print/');
    await expect(page.getByRole('button', { name: 'Print the class pack' })).toBeVisible();
    const titles = await page.locator('.pack-lesson h2').allTextContents();
    expect(titles).toHaveLength(8);
    const pages = await pdfPageTexts(await page.pdf({ format: 'Letter' }));

    // Each lesson's first page begins with its heading, in course order.
    const starts = titles.map((title) => pages.findIndex((text) => text.startsWith(title.trim())));
    expect(starts.every((i) => i > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(8);
    expect(pages.length).toBeGreaterThan(starts[7]!);

    const text = pages.join(' ');
    // No site chrome.
    expect(text).not.toContain('Skip to main content');
    expect(text).not.toContain('Everything you type here stays in this browser');
    expect(text).not.toMatch(/Home\s+Lessons\s+Thank-you\s+Voicemail\s+Check-in\s+Planner/);
    // A question's choices come before its feedback, and every feedback is printed.
    const week1 = pages.slice(starts[0], starts[1]).join(' ');
    const choice = week1.indexOf('A. Let it go.');
    const feedback = week1.indexOf('Feedback', choice);
    expect(choice).toBeGreaterThan(0);
    expect(feedback).toBeGreaterThan(choice);
    expect(week1.indexOf('A: not the best answer.', feedback)).toBeGreaterThan(feedback);
    expect(week1.match(/the best answer\./g)?.length).toBeGreaterThanOrEqual(6);
    // Links print their addresses.
    expect(text).toContain('(/write/thank-you/)');
    expect(text).toContain('(/lessons/week-8/)');
  });
});

test.describe('practice points to "Rehearse it"', () => {
  for (const { week, writer, channel } of [
    { week: 4, writer: 'thank-you', channel: 'Voicemail' },
    { week: 7, writer: 'voicemail', channel: null },
  ] as const) {
    test(`week ${week}'s practice says to rehearse, and its link opens a writer that offers it`, async ({
      page,
    }) => {
      await new LessonPage(page).open(week);
      const practice = page.getByRole('region', { name: 'Practice' });
      await expect(practice.getByRole('listitem').filter({ hasText: 'Rehearse it' })).toHaveCount(
        1,
      );
      await practice.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/write/${writer}/`));
      const rehearse = page.getByRole('button', { name: 'Rehearse it' });
      if (channel) {
        await expect(rehearse).toBeHidden(); // the thank-you writer opens on Email
        await page.getByRole('radio', { name: channel, exact: true }).check();
      }
      await expect(rehearse).toBeVisible();
      await rehearse.click();
      await expect(page.getByRole('dialog', { name: 'Rehearse it aloud' })).toBeVisible();
    });
  }

  test("the instructor guide's week-7 activity uses it", async ({ page }) => {
    await page.goto('/instructor/');
    const activity = page
      .getByRole('region', { name: /^Week 7:/ })
      .getByRole('heading', { name: 'In class', exact: true })
      .locator('+ ol');
    await expect(activity).toContainText('Rehearse it');
    await expect(activity).toContainText('30 seconds');
  });
});
