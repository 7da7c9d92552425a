import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/site';
import { PlannerPage } from './fixtures/plannerPage';
import { pagesOf } from './fixtures/staticServer';
import { metaPolicy } from '../../plugins/offline.mjs';

const dist = process.env['OUT_DIR'] ?? 'dist';
/** Every page of the build, found in the build (pages added later are covered too). */
const PAGES = pagesOf(dist);

/** The built file of a page's address. */
function fileOf(route: string): string {
  return join(dist, route.endsWith('/') ? `${route}index.html` : route);
}

/** A policy's directives by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

test.describe('Content Security Policy', () => {
  test('every built page carries a policy with no inline or eval scripts allowed', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(17);
    for (const route of PAGES) {
      const policy = metaPolicy(readFileSync(fileOf(route), 'utf8'));
      expect(policy, route).not.toBeNull();
      const d = directives(policy!);
      expect(d.get('default-src'), route).toEqual(["'self'"]);
      expect(d.get('object-src'), route).toEqual(["'none'"]);
      expect(d.get('base-uri'), route).toEqual(["'self'"]);
      expect(d.get('form-action'), route).toEqual(["'self'"]);
      const scripts = d.get('script-src') ?? [];
      expect(scripts[0], route).toBe("'self'");
      expect(scripts.filter((s) => !s.startsWith("'sha256-")).slice(1), route).toEqual([]);
      expect(policy, route).not.toContain('unsafe-');
    }
  });

  test('the _headers file locks framing, referrers, sniffing and unused features', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const csp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
    const d = directives(csp);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    const permissions = /Permissions-Policy: (.*)/.exec(headers)?.[1] ?? '';
    expect(permissions).toContain('camera=()');
    expect(permissions).toContain('geolocation=()');
    expect(permissions).toContain('microphone=(self)'); // the writers' recorder
  });

  for (const route of PAGES) {
    test(`${route} runs with no policy violation`, async ({ page }) => {
      await page.goto(route, { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The auto fixture fails the test on any securitypolicyviolation event.
    });
  }

  test('the policy is in force: a script added to the page is refused and reported', async ({
    page,
    cspViolations,
    consoleErrors,
  }) => {
    await page.goto('/planner/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(script);
    });
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]).toMatch(/^script-src-elem blocked inline/);
    expect(await page.evaluate(() => document.body.dataset['injected'])).toBeUndefined();
    // Both were expected here: clear them so the fixtures' end-of-test checks pass.
    cspViolations.length = 0;
    consoleErrors.length = 0;
  });
});

test('markup typed as a contact name or organization is shown as text everywhere, never run', async ({
  page,
}) => {
  const name = '<img src=x onerror="document.body.dataset.pwned=1">';
  const organization = '<script>document.body.dataset.pwned=2</script>';
  const planner = new PlannerPage(page);
  await planner.freezeClock();
  await planner.open();
  await planner.addContact({ name, organization, metHow: 'Job interview', metOn: '2026-11-24' });

  const checkPage = async (where: string) => {
    await expect(page.getByText(name).first(), where).toBeVisible();
    expect(await page.locator('img[src="x"]').count(), where).toBe(0);
    expect(await page.evaluate(() => document.body.dataset['pwned']), where).toBeUndefined();
  };
  await checkPage('planner');
  await expect(page.getByText(organization).first()).toBeVisible();
  await page.reload();
  await checkPage('planner after reload');

  await page.goto('/planner/calendar/');
  await expect(page.getByText(/^Loading your calendar/)).toHaveCount(0);
  await checkPage('calendar');

  await page.goto('/write/voicemail/');
  const picker = page.getByLabel('Contact in your planner');
  await picker.focus(); // loads the planner's contacts
  await expect(picker.locator('option', { hasText: name })).toHaveCount(1);
  await page.getByLabel('Their name', { exact: true }).fill(name);
  await page.getByLabel('Organization').fill(organization);
  await expect(page.getByTestId('script')).toContainText(name);
  expect(await page.evaluate(() => document.body.dataset['pwned'])).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
