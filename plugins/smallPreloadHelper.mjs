// @ts-check
/**
 * Vite plugin: a smaller helper for dynamic imports. Vite wraps every
 * `import()` in a helper that first preloads the chunk's dependencies; its
 * own helper is about 880 B gzip, loaded by every page with an island
 * (Astro's island client uses it). This one keeps what the site needs, about
 * 250 B: each dependency is preloaded once, in parallel with the import, and
 * a stylesheet dependency is waited for so nothing shows unstyled. What it
 * leaves out is unused here: CSP nonces and the `vite:preloadError` event
 * (the islands catch a failed import themselves and say so).
 *
 * tests/e2e/planner.spec.ts proves the lazy-loaded contact form still loads.
 */

/** The module id Vite imports its helper from. */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The helper's source: `__vitePreload(load, deps)` as Vite calls it, deps
 * given relative to the site's base (`_astro/x.js`).
 * @param {string} base the site's base path, ending in "/"
 */
export function preloadHelperSource(base) {
  return `const seen = new Set();
export const __vitePreload = (load, deps) => {
  const waits = [];
  for (const dep of deps || []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    const link = document.createElement('link');
    const css = dep.endsWith('.css');
    link.rel = css ? 'stylesheet' : 'modulepreload';
    link.href = ${JSON.stringify(base)} + dep;
    if (css) waits.push(new Promise((done) => { link.onload = link.onerror = done; }));
    document.head.append(link);
  }
  return Promise.all(waits).then(load);
};
`;
}

/** @returns {import('vite').Plugin} */
export default function smallPreloadHelper() {
  let base = '/';
  return {
    name: 'wfu:small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === PRELOAD_HELPER_ID ? id : undefined;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? preloadHelperSource(base) : undefined;
    },
  };
}
