// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import handlebarsPrecompile from './plugins/handlebarsPrecompile.mjs';
import offline from './plugins/offline.mjs';

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
  // offline() runs after the build: service worker and _headers from the built files.
  integrations: [mdx(), preact(), offline()],
  security: {
    // Astro hashes its own inline scripts and styles into each page's <meta> policy;
    // no 'unsafe-inline' or 'unsafe-eval' for scripts. Header-only directives
    // (frame-ancestors) are in the _headers file the offline() integration writes.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self' blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  build: {
    // Small stylesheets are inlined so a page makes fewer requests.
    inlineStylesheets: 'auto',
  },
  devToolbar: { enabled: false },
  vite: {
    // Writers' .hbs templates are compiled at build time; pages ship only the Handlebars runtime.
    plugins: [handlebarsPrecompile()],
  },
});
