/**
 * The inputs typed into the real writer pages, read back as a career
 * coach would: grammar, the forgotten thing, organization and role, date
 * words, complete spoken scripts, the tone check, the example, and the
 * voicemail's one-step "add them and the call to my plan".
 */
import { axeViolations, expect, test } from './fixtures/site';
import { PlannerPage } from './fixtures/plannerPage';
import { WriterPage } from './fixtures/writerPage';

test.describe('messages a student can send as they are', () => {
  test.beforeEach(async ({ page }) => {
    await new PlannerPage(page).freezeClock(); // Tuesday 24 November 2026
  });

  test('a thank-you card joins a clause detail, leads in the forgotten thing, names the role and dates a card', async ({
    page,
  }) => {
    const writer = new WriterPage(page);
    await writer.open('thank-you');
    await page.getByRole('radio', { name: 'Mailed card' }).check();
    await writer.fill({
      'Their name': 'Dana Lee',
      Organization: 'Acme Health',
      'Role or position (optional)': 'Data Analyst',
      'How you met': 'Job interview',
      'Date you met': '2026-11-23',
      'One detail to mention': 'we talked about the move to Denver',
      'Something you forgot to mention (optional)': 'I have a portfolio site',
    });
    const text = await writer.script.innerText();
    expect(text).toContain(
      'Thank you for interviewing me for the Data Analyst role at Acme Health on November 23. I especially appreciated that we talked about the move to Denver. I also wanted to mention that I have a portfolio site.',
    );
    expect(text).not.toMatch(/today|yesterday/);
    expect(text).toContain('[your name]');
    await expect(page.locator('[data-notes]')).toContainText('Add your name');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Email', exact: true }).check();
    await expect(page.getByTestId('subject')).toHaveText('Thank you – Data Analyst interview');
    await expect(writer.script).toContainText('at Acme Health yesterday.');

    await writer.fill({ 'One detail to mention': 'Your advice on the data team' });
    await expect(writer.script).toContainText(
      'I especially appreciated your advice on the data team.',
    );
    await writer.fill({ 'One detail to mention': 'Did it go well? I hope so.' });
    await expect(page.locator('[data-detail-note]')).toContainText('Left out');

    await writer.fill({ 'How you met': 'Sent an application', 'One detail to mention': '' });
    const application = await writer.script.innerText();
    expect(application).toContain(
      'Thank you for considering my application for the Data Analyst position at Acme Health.',
    );
    expect(application).not.toMatch(/\bagain\b|our conversation/);
  });

  test('a fresh voicemail shows placeholders and says what to add; a UK number reads as typed, apart from the window', async ({
    page,
  }) => {
    const writer = new WriterPage(page);
    await writer.open('voicemail');
    await writer.fill({ 'Their name': 'Dr. Chen' });
    let text = await writer.script.innerText();
    expect(text.split('\n')[0]).toBe('Hello Dr. Chen, this is [your name].');
    expect(text.split('[your phone number]').length - 1).toBe(2);
    await expect(page.locator('[data-notes]')).toContainText('Add your phone number');
    await expect(writer.script).toHaveAttribute('aria-live', 'polite');
    expect(await axeViolations(page)).toEqual([]);

    await writer.fill({
      'Your name': 'Jordan Avery',
      'Your phone': '+44 20 7946 0018',
      Organization: 'Acme Health',
      'Role or position (optional)': 'Data Analyst',
      Day: '2026-11-27',
    });
    await page.getByLabel('They agreed to this contact').check();
    text = await writer.script.innerText();
    expect(text).toBe(
      [
        'Hello Dr. Chen, this is Jordan Avery.',
        "I'm calling, as we agreed, about the Data Analyst role at Acme Health.",
        "I'm available this afternoon from 2 to 5.",
        'My number is plus 4 4, 2 0, 7 9 4 6, 0 0 1 8.',
        "If we don't connect today, I'll call you Friday morning.",
        'Again, this is Jordan Avery, at plus 4 4, 2 0, 7 9 4 6, 0 0 1 8.',
        'Thank you, goodbye.',
      ].join('\n'),
    );
    await writer.fill({ 'Your phone': '07700 900123' });
    await expect(writer.script).toContainText('My number is 0 7 7 0 0, 9 0 0 1 2 3.');
    await writer.fill({
      'Something you forgot to mention (optional)':
        'I recently finished the forklift safety certificate the posting asks for',
    });
    await expect(page.locator('[data-notes]')).toContainText('past 30 seconds');
  });

  test('the check-in voicemail has the window and a goodbye; a blank day asks openly; a same-day check-in is not "a little while"', async ({
    page,
  }) => {
    const writer = new WriterPage(page);
    await writer.open('check-in');
    await writer.fill({
      'Their name': 'Dana Lee',
      'Your name': 'Sam Rivera',
      'Your phone': '555 010 4477',
    });
    let text = await writer.script.innerText();
    expect(text).toContain('When would be a good time for a short call?');
    expect(text).not.toMatch(/tomorrow|Wednesday/);
    await page.getByRole('button', { name: /^Another version/ }).click();
    expect(await writer.script.innerText()).not.toContain('a little while');
    await writer.fill({ 'Your closing question (optional)': 'I look forward to hearing from you' });
    await expect(writer.script).toContainText('I look forward to hearing from you.');
    await expect(writer.script).not.toContainText('from you?');

    await page.getByRole('radio', { name: 'Voicemail' }).check();
    await writer.fill({ Day: '2026-11-27' });
    text = await writer.script.innerText();
    // The second version is showing ("Another version" above).
    expect(text).toContain('You can reach me this afternoon from 2 to 5.');
    expect(text).toContain("If we miss each other, I'll try you again Friday morning.");
    expect(text.split('5 5 5, 0 1 0, 4 4 7 7').length - 1).toBe(2);
    expect(text).not.toContain('?');
    expect(text.trim()).toMatch(/goodbye\.$/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the tone check names each problem once, catches stretched words and filler, and leaves "!" and acronyms alone', async ({
    page,
  }) => {
    const writer = new WriterPage(page);
    await writer.open('thank-you');
    const findings = page.getByTestId('findings');
    await writer.fill({ 'One detail to mention': 'your advice at NIH!' });
    await expect(page.getByTestId('tone-ok')).toBeVisible();
    await writer.fill({
      'One detail to mention': 'Your advice, super excited, it was awesome',
      'Something you forgot to mention (optional)':
        'i am circling back, pleeease call, sooo sorry???',
    });
    await expect(findings.getByRole('listitem')).toHaveText([
      /“super excited”/,
      /“awesome”/,
      /“i”/,
      /“circling back”/,
      /“pleeease”/,
      /“sooo”/,
      /“\?\?\?”/,
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the example never becomes the student's identity, and planner data wins over it", async ({
    page,
  }) => {
    const writer = new WriterPage(page);
    await writer.open('thank-you', '?example=1');
    await expect(page.getByLabel('Their name')).toHaveValue('Dana Lee');
    await page.getByLabel('Your name').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await writer.open('voicemail');
    await expect(page.getByLabel('Your name')).toHaveValue('');
    await expect(page.getByLabel('Your phone')).toHaveValue('');

    const planner = new PlannerPage(page);
    await planner.open();
    await planner.addContact({ name: 'Sam Ortiz', metHow: 'Networking', metOn: '2026-11-20' });
    const id = await page.evaluate(() =>
      Object.keys(localStorage)
        .find((k) => k.startsWith('wfu:contact:'))!
        .slice(12),
    );
    await writer.open('thank-you', `?example=1&contact=${id}`);
    await expect(page.getByText('Filled in from your planner: Sam Ortiz.')).toBeVisible();
    await expect(page.getByLabel('Their name')).toHaveValue('Sam Ortiz');
    await expect(page.getByLabel('One detail to mention')).toHaveValue('');
  });

  test('a field at its limit is cut there and the script keeps up', async ({ page }) => {
    const writer = new WriterPage(page);
    await writer.open('thank-you');
    const start = Date.now();
    await page.getByLabel('One detail to mention').fill('x'.repeat(100_000));
    await expect(page.getByLabel('One detail to mention')).toHaveValue('x'.repeat(200));
    await expect(writer.script).toContainText('x'.repeat(200));
    expect(Date.now() - start).toBeLessThan(5000);
  });

  test('from an empty planner, the voicemail writer adds the new contact with the promised call in one step', async ({
    page,
  }) => {
    const writer = new WriterPage(page);
    await writer.open('voicemail');
    await writer.fill({
      'Their name': 'Dr. Chen',
      Organization: 'Acme Health',
      'Role or position (optional)': 'Data Analyst',
      'How you met': 'Phone conversation',
      'Date you met': '2026-11-23',
      'Your name': 'Jordan Avery',
      'Your phone': '(555) 010-4477',
      Day: '2026-11-27',
      'Part of the day': 'Afternoon (1 to 5)',
    });
    await expect(writer.script).toContainText("I'll call you Friday afternoon.");
    await page.getByRole('button', { name: 'Add this call to my plan' }).click();
    await expect(
      page.getByText('Added Dr. Chen to your planner, with a call Friday afternoon.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Add this call to my plan' }).click();
    await expect(page.getByText('This call is already in your plan')).toBeVisible();

    const planner = new PlannerPage(page);
    await planner.open();
    const calls = planner
      .section('Upcoming')
      .getByRole('listitem')
      .filter({ hasText: 'Fri 27 Nov between 13:00–17:00' });
    await expect(calls).toHaveCount(1);
    await expect(calls).toContainText('Call Dr. Chen');
  });
});
