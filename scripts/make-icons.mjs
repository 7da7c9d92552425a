#!/usr/bin/env node
// Renders the app icons in public/icons from the SVGs with the test browser:
// icon-192.png and icon-512.png from public/favicon.svg, and maskable-512.png
// from public/icons/maskable.svg (full-bleed, the mark inside the safe zone).
// Run again after changing either SVG: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const icons = [
  ['public/favicon.svg', 192, 'public/icons/icon-192.png'],
  ['public/favicon.svg', 512, 'public/icons/icon-512.png'],
  ['public/icons/maskable.svg', 512, 'public/icons/maskable-512.png'],
];
for (const [source, size, target] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = readFileSync(source, 'utf8');
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: target, omitBackground: true });
  await page.close();
}
await browser.close();
