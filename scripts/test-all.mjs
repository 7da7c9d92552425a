#!/usr/bin/env node
// Runs every quality gate and test suite, then prints one line with the real
// totals: "N passed, N failed". Gates (type check, lint, build) count as one
// test each; unit and browser tests count one per test case.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-output';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function gate(label, command, args) {
  const ok = run(label, command, args);
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const bin = (name) => `node_modules/.bin/${name}`;

gate('Chromium for browser tests', 'bash', ['scripts/ensure-chromium.sh']);
gate('Type check (astro check)', bin('astro'), ['check', '--minimumSeverity', 'warning']);
gate('Format and lint', 'npm', ['run', '--silent', 'lint']);

const unitOk = run('Unit tests (Vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${out}/unit.json`,
]);
const unit = readJson(`${out}/unit.json`);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numFailedTests > 0 || !unitOk) failures.push('unit tests');
  if (!unitOk && unit.numFailedTests === 0) totals.failed += 1; // e.g. a file that failed to load
} else {
  totals.failed += 1;
  failures.push('unit tests (no report)');
}

const built = gate('Production build', bin('astro'), ['build']);
if (built && existsSync('dist/index.html')) {
  const e2eOk = run('Browser tests (Playwright, Chromium)', bin('playwright'), ['test']);
  const e2e = readJson(`${out}/e2e.json`);
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (e2e.stats.unexpected > 0 || !e2eOk) failures.push('browser tests');
    if (!e2eOk && e2e.stats.unexpected === 0) totals.failed += 1;
  } else {
    totals.failed += 1;
    failures.push('browser tests (no report)');
  }
} else {
  totals.failed += 1;
  failures.push('browser tests (not run: the build failed)');
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
