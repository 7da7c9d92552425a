// @ts-check
/**
 * After the build: a service worker that precaches every file of the build
 * (Workbox's generateSW), and a `_headers` file for hosts that read one, with
 * each page's Content Security Policy as the build wrote it. Both lists come
 * from the build output, so a new page is covered without naming it here.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** What the site never uses; the microphone stays allowed for the site itself (the recorder). */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=(self)',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
].join(', ');

/** Directives only a header can carry (a <meta> policy ignores them). */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/**
 * Every file under `dir`, as paths relative to it with forward slashes.
 * @param {string} dir
 */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * The address a built HTML file is served at: 'planner/index.html' → '/base/planner/'.
 * @param {string} file
 * @param {string} base
 */
function routeOf(file, base) {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return base + file.slice(0, -'index.html'.length);
  return base + file;
}

/**
 * The `_headers` text: common headers for every path, with the pages' policy
 * once when every page has the same one (the usual case), else per page.
 * @param {{ route: string; policy: string }[]} pages
 * @param {string} base
 */
export function headersFile(pages, base) {
  const policies = new Set(pages.map((p) => p.policy));
  const shared = policies.size === 1 ? `${[...policies][0]}; ` : '';
  const lines = [
    `${base}*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    '  X-Frame-Options: DENY',
    `  Content-Security-Policy: ${shared}${HEADER_ONLY_DIRECTIVES}`,
    `${base}sw.js`,
    '  Cache-Control: no-cache',
  ];
  if (!shared) {
    for (const { route, policy } of pages)
      lines.push(route, `  Content-Security-Policy: ${policy}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The policy in a page's <meta http-equiv="content-security-policy">, or null.
 * @param {string} html
 * @returns {string | null}
 */
export function metaPolicy(html) {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) return null;
  const text = (meta[1] ?? '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  // One space after each ';', none at the end: the same policy reads the same everywhere.
  return text
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .join('; ');
}

/**
 * Writes sw.js into the build at `root`: it precaches every page, script,
 * style and icon there, served under `base`. Returns Workbox's count and size.
 * @param {string} root
 * @param {string} base
 */
export function writeServiceWorker(root, base) {
  return generateSW({
    globDirectory: root,
    globPatterns: ['**/*.{html,js,css,svg,png,ico,webmanifest,txt,woff2}'],
    globIgnores: ['sw.js', 'workbox-*.js'],
    swDest: join(root, 'sw.js'),
    // Files sit at the root of the build but are served under the base path.
    modifyURLPrefix: { '': base },
    // Hashed file names need no extra revision.
    dontCacheBustURLsMatching: /\/_astro\//,
    // '/planner/?contact=c1' is the same page as '/planner/': every query is the page's own business.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // A page that is not in the build: the network, or the 404 page when there is none.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}404.html` } },
      },
    ],
    // A new version waits until the student chooses to reload (the page's offer).
    skipWaiting: false,
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
}

/**
 * The Astro integration.
 * @returns {import('astro').AstroIntegration}
 */
export default function offline() {
  let base = '/';
  return {
    name: 'wfu-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await filesUnder(root);
        const pages = [];
        for (const file of files.filter((f) => f.endsWith('.html')).sort()) {
          const policy = metaPolicy(await readFile(join(root, file), 'utf8'));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy`);
          pages.push({ route: routeOf(file, base), policy });
        }
        await writeFile(join(root, '_headers'), headersFile(pages, base));

        const { count, size, warnings } = await writeServiceWorker(root, base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files, ${(size / 1024).toFixed(1)} KB`);
      },
    },
  };
}
