import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/site';

test('a build under a sub-path keeps every internal link under it', () => {
  test.setTimeout(180_000); // this test makes its own build
  const outDir = 'dist-base-test';
  const build = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, BASE_PATH: '/course/', OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  try {
    const outside: string[] = [];
    let pages = 0;
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.html')) {
          pages += 1;
          const html = readFileSync(path, 'utf8');
          for (const [, attr, url] of html.matchAll(
            /\b(href|src|component-url|renderer-url|action)="(\/[^"]*)"/g,
          )) {
            if (!url!.startsWith('/course/')) outside.push(`${path}: ${attr}="${url}"`);
          }
        }
      }
    };
    walk(outDir);
    expect(pages).toBeGreaterThanOrEqual(17);
    expect(outside).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`node_modules/.astro-${outDir}`, { recursive: true, force: true });
  }
});
