/**
 * "Rehearse it" on the writers: record a spoken script with Chromium's fake
 * microphone, time it, play it back, and fall back to a stopwatch where
 * there is no microphone. These tests run in their own browser, launched
 * with the fake-microphone flags on top of the project's own.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, measurePage, test as site } from './fixtures/site';
import { budgetReport } from './fixtures/budgets';
import { WriterPage } from './fixtures/writerPage';
import { gzipSync } from 'node:zlib';

const test = site.extend({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({
        ...launchOptions,
        args: [
          ...(launchOptions.args ?? []),
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
        ],
      });
    },
    { scope: 'worker' },
  ],
});

/** Opens a writer with the lesson's example filled in, and opens "Rehearse it". */
async function openRehearsal(page: Page, writer: 'voicemail' | 'thank-you' = 'voicemail') {
  const w = new WriterPage(page);
  await w.open(writer, '?example=1');
  const script = (await w.script.innerText()).trim();
  await page.getByRole('button', { name: 'Rehearse it' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rehearse it aloud' });
  await expect(dialog).toBeVisible();
  return { dialog, script };
}

/** Records every object URL the page revokes, in `window.revoked`. */
function spyOnRevoke(page: Page) {
  return page.addInitScript(() => {
    const revoked: string[] = [];
    Object.assign(window, { revoked });
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (u) => {
      revoked.push(u);
      revoke(u);
    };
  });
}

/** The object URLs the page has revoked so far. */
function revokedUrls(page: Page) {
  return page.evaluate(() => (window as unknown as { revoked: string[] }).revoked);
}

/**
 * The take's length in seconds, read from the audio element. MediaRecorder's
 * WebM has no duration in its header, so Chromium reports Infinity until the
 * element has seeked to the end; seeking far past it makes the browser find
 * the real duration.
 */
function takeSeconds(page: Page) {
  return page.locator('[data-rehearse-take]').evaluate(async (el) => {
    const audio = el as HTMLAudioElement;
    if (audio.readyState < 1)
      await new Promise((done) => audio.addEventListener('loadedmetadata', done, { once: true }));
    if (audio.duration === Infinity) {
      const found = new Promise((done) => audio.addEventListener('durationchange', done));
      audio.currentTime = 1e101;
      await found;
      while (audio.duration === Infinity)
        await new Promise((done) => audio.addEventListener('durationchange', done, { once: true }));
      audio.currentTime = 0;
    }
    return audio.duration;
  });
}

test.describe('rehearse it', () => {
  test('records about three seconds, plays it back, gives the verdict, and sends nothing', async ({
    page,
  }) => {
    test.slow(); // a real three-second take, and axe four times
    await spyOnRevoke(page);
    const { dialog, script } = await openRehearsal(page);
    await expect(dialog.getByLabel('Your script, to read')).toHaveText(script);
    await expect(dialog).toContainText('it is never uploaded or saved');
    await expect(dialog.getByText('of 0:30, your budget')).toBeVisible();
    const start = dialog.getByRole('button', { name: 'Start recording' });
    await expect(start).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);

    // From here on the page must not touch the network: the take is in memory only.
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => {
      if (/^(blob|data):/.test(r.url())) return; // in memory, not the network
      // The browser fetches the tab's icon by itself, whenever it likes; it carries nothing.
      if (r.method() === 'GET' && new URL(r.url()).pathname.endsWith('/favicon.svg')) return;
      requests.push(`${r.method()} ${r.url()}`);
    });

    await start.click();
    const recordingSince = Date.now();
    const status = dialog.getByRole('status');
    await expect(status).toHaveText('Recording. Read your script aloud, then press Stop.');
    const stop = dialog.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    // A real take of about three seconds (axe above took some of it).
    await page.waitForTimeout(Math.max(0, 3000 - (Date.now() - recordingSince)));
    await stop.click();
    const elapsed = (Date.now() - recordingSince) / 1000;

    await expect(status).toHaveText(/^You took \d+ seconds/);
    const verdict = await status.innerText();
    const took = Number(/^You took (\d+) seconds/.exec(verdict)![1]);
    expect(Math.abs(took - elapsed), `${verdict} after ${elapsed} s`).toBeLessThanOrEqual(1);
    expect(verdict).toContain(
      `You took ${took} seconds: ${30 - took} seconds under the 30-second budget. At a steady 150 words a minute this script takes about`,
    );
    expect(verdict).toContain('so you read it faster than that.');
    const play = dialog.getByRole('button', { name: 'Play' });
    await expect(play).toBeFocused();
    const seconds = await takeSeconds(page);
    console.log(`the recorded take lasts ${seconds.toFixed(2)} s; ${verdict}`);
    expect(Math.abs(seconds - took)).toBeLessThanOrEqual(1);
    expect(seconds).toBeGreaterThan(2.5);

    await play.click();
    await expect(dialog.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect
      .poll(() =>
        page.locator('[data-rehearse-take]').evaluate((a: HTMLAudioElement) => a.currentTime),
      )
      .toBeGreaterThan(0.3);
    await dialog.getByRole('button', { name: 'Pause' }).click();
    await expect(play).toBeVisible();

    const download = page.waitForEvent('download');
    await dialog.getByRole('link', { name: 'Download this take' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^rehearsal\.(webm|ogg|m4a)$/);
    const bytes = (await (await file.createReadStream()).toArray()).reduce(
      (n: number, b: Buffer) => n + b.length,
      0,
    );
    expect(bytes).toBeGreaterThan(1000);
    expect(await axeViolations(page)).toEqual([]);

    const url = await page.locator('[data-rehearse-take]').getAttribute('src');
    expect(url).toMatch(/^blob:/);
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await expect(status).toHaveText('Take discarded. Nothing was kept.');
    await expect(start).toBeFocused();
    await expect(play).toBeHidden();
    // The object URL was revoked: the recording is gone from the page.
    expect(await revokedUrls(page)).toEqual([url]);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Rehearse it' })).toBeFocused();
    expect(requests, 'network requests while recording or after').toEqual([]);
  });

  test('leaving the page drops the take', async ({ page }) => {
    await spyOnRevoke(page);
    const { dialog } = await openRehearsal(page);
    await dialog.getByRole('button', { name: 'Start recording' }).click();
    await expect(dialog.getByRole('timer')).toHaveText('0:01', { timeout: 5_000 });
    await dialog.getByRole('button', { name: 'Stop' }).click();
    await expect(dialog.getByRole('button', { name: 'Play' })).toBeVisible();
    const url = await page.locator('[data-rehearse-take]').getAttribute('src');
    expect(url).toMatch(/^blob:/);
    // What the browser fires as the student leaves (the page may be kept for Back).
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await revokedUrls(page)).toEqual([url]);
    await expect(dialog.getByRole('button', { name: 'Play' })).toBeHidden();
    await expect(dialog.getByRole('link', { name: 'Download this take' })).toBeHidden();
    await expect(page.locator('[data-rehearse-take]')).not.toHaveAttribute('src');
  });

  for (const [name, refuse] of [
    [
      'permission is refused',
      () => {
        navigator.mediaDevices.getUserMedia = () =>
          Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      },
    ],
    [
      'the browser has no microphone support',
      () => {
        Object.defineProperty(navigator, 'mediaDevices', { value: undefined });
      },
    ],
  ] as const) {
    test(`when ${name}, it offers a stopwatch instead`, async ({ page }) => {
      await page.addInitScript(refuse);
      const { dialog } = await openRehearsal(page);
      await dialog.getByRole('button', { name: 'Start recording' }).click();
      await expect(
        dialog.getByText('No microphone is available; you can still time yourself.'),
      ).toBeVisible();
      const start = dialog.getByRole('button', { name: 'Start timing' });
      await expect(start).toBeFocused();
      await expect(start).toHaveAccessibleDescription(
        'No microphone is available; you can still time yourself.',
      );
      expect(await axeViolations(page)).toEqual([]);

      await start.click();
      const since = Date.now();
      const status = dialog.getByRole('status');
      await expect(status).toHaveText('Timing. Read your script aloud, then press Stop.');
      await expect(dialog.getByRole('timer')).toHaveText(/^0:0[1-9]$/, { timeout: 5_000 });
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Stop' }).click();
      const elapsed = (Date.now() - since) / 1000;
      await expect(status).toHaveText(/^You took \d+ seconds?: /);
      const verdict = await status.innerText();
      const took = Number(/^You took (\d+) second/.exec(verdict)![1]);
      expect(Math.abs(took - elapsed), `${verdict} after ${elapsed} s`).toBeLessThanOrEqual(1);
      expect(verdict).toMatch(
        new RegExp(
          `^You took ${took} seconds?: ${30 - took} seconds under the 30-second budget\\.`,
        ),
      );
      await expect(dialog.getByRole('button', { name: 'Time it again' })).toBeFocused();
      await expect(dialog.getByRole('button', { name: 'Play' })).toBeHidden();
      await expect(dialog.getByRole('button', { name: 'Discard' })).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the thank-you writer offers it only for spoken channels, with their budget', async ({
    page,
  }) => {
    const w = new WriterPage(page);
    await w.open('thank-you');
    const rehearse = page.getByRole('button', { name: 'Rehearse it' });
    await expect(rehearse).toBeHidden(); // email, the first channel
    await page.getByRole('radio', { name: 'Mailed card' }).check();
    await expect(rehearse).toBeHidden();
    await page.getByRole('radio', { name: 'When they pick up' }).check();
    await expect(rehearse).toBeVisible();
    await rehearse.click();
    const dialog = page.getByRole('dialog', { name: 'Rehearse it aloud' });
    await expect(dialog.getByLabel('Your script, to read')).toHaveText(
      (await w.script.innerText()).trim(),
    );
    await expect(dialog.getByText('of 0:30, your budget')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(rehearse).toBeFocused();
    await page.getByRole('radio', { name: 'Email', exact: true }).check();
    await expect(rehearse).toBeHidden();
  });

  test('"Hear it at a steady pace" appears only where the browser has a voice', async ({
    page,
  }) => {
    const { dialog } = await openRehearsal(page);
    const hasVoice = await page.evaluate(() =>
      speechSynthesis.getVoices().some((v) => v.localService),
    );
    expect(hasVoice, 'this Chromium has no speech voice').toBe(false);
    await expect(dialog.getByRole('button', { name: 'Hear it at a steady pace' })).toBeHidden();

    // A browser with one local voice: the button reads the script, slower than the voice's default.
    await page.addInitScript(() => {
      const voice = {
        name: 'Test',
        lang: 'en-US',
        localService: true,
        default: true,
        voiceURI: 't',
      };
      const spoken: { text: string; rate: number }[] = [];
      Object.assign(window, { spoken });
      speechSynthesis.getVoices = () => [voice as SpeechSynthesisVoice];
      speechSynthesis.speak = (u) => void spoken.push({ text: u.text, rate: u.rate });
      window.SpeechSynthesisUtterance = class {
        rate = 1;
        lang = '';
        voice: unknown = null;
        constructor(public text: string) {}
        addEventListener() {}
      } as unknown as typeof SpeechSynthesisUtterance;
    });
    const { dialog: again, script } = await openRehearsal(page);
    await again.getByRole('button', { name: 'Hear it at a steady pace' }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken);
    expect(spoken).toEqual([{ text: script, rate: 0.85 }]);
  });

  test('a writer page loads none of the recorder until "Rehearse it" is opened', async ({
    browser,
    baseURL,
    page,
  }) => {
    const before = await measurePage(browser, baseURL!, '/write/voicemail/');
    expect(before.jsFiles.filter((f) => /rehearsal/.test(f))).toEqual([]);
    expect(before.jsGzip).toBeLessThanOrEqual(budgetReport('writer', before.jsGzip));

    await new WriterPage(page).open('voicemail');
    await page.waitForLoadState('networkidle');
    const responses: Promise<[string, number]>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script')
        responses.push(r.body().then((b) => [new URL(r.url()).pathname, gzipSync(b).length]));
    });
    await page.getByRole('button', { name: 'Rehearse it' }).click();
    // The dialog opens only once the recorder module has run, so its response has arrived.
    await expect(page.getByRole('dialog', { name: 'Rehearse it aloud' })).toBeVisible();
    const loaded = new Map(await Promise.all(responses));
    const bytes = [...loaded.values()].reduce((a, b) => a + b, 0);
    console.log(
      `opening Rehearse it loads ${bytes} B gzip in ${loaded.size} file(s): ${[...loaded.keys()].join(', ')}`,
    );
    expect([...loaded.keys()].some((f) => /rehearsal/.test(f))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(budgetReport('rehearsal', bytes));
  });
});
