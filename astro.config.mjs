// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import handlebarsPrecompile from './plugins/handlebarsPrecompile.mjs';
import smallPreloadHelper from './plugins/smallPreloadHelper.mjs';

/**
 * An instructor can deploy under a sub-path: BASE_PATH=/course/ npm run build.
 * Every internal link goes through src/paths.ts, which reads this base.
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  output: 'static',
  // OUT_DIR lets two builds run side by side (tests of separate features).
  ...(process.env.OUT_DIR
    ? { outDir: process.env.OUT_DIR, cacheDir: `./node_modules/.astro-${process.env.OUT_DIR}` }
    : {}),
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: {
    // Small stylesheets are inlined so a page makes fewer requests.
    inlineStylesheets: 'auto',
  },
  devToolbar: { enabled: false },
  vite: {
    // Writers' .hbs templates are compiled at build time; pages ship only the Handlebars runtime.
    // Dynamic imports use a smaller preload helper than Vite's own (see the plugin).
    plugins: [handlebarsPrecompile(), smallPreloadHelper()],
  },
});
