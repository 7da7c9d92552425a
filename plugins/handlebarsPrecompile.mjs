// @ts-check
/**
 * Vite plugin: `import template from './x.hbs'` gives a Handlebars template
 * precompiled at build time. Pages then ship only Handlebars' runtime and
 * never call eval or new Function (docs/architecture.md, "Conventions").
 *
 * Plain JS so astro.config.mjs and vitest.config.ts can import it as is.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/**
 * Helpers templates may call. Keep in step with TEMPLATE_HELPER_NAMES in
 * src/lib/templateHelpers.ts; tests/unit/handlebarsPrecompile.test.ts checks.
 */
export const KNOWN_HELPERS = Object.freeze(['monthDay', 'spokenPhone', 'timeWindow', 'weekday']);

/** Options every .hbs source is precompiled with: strict, helpers known in advance, plain text out. */
export const PRECOMPILE_OPTIONS = Object.freeze({
  strict: true,
  knownHelpersOnly: true,
  noEscape: true,
  knownHelpers: Object.fromEntries(KNOWN_HELPERS.map((name) => [name, true])),
});

/** Our lean entry to Handlebars' runtime (src/templates/hbsRuntime.ts). */
export const RUNTIME = fileURLToPath(new URL('../src/templates/hbsRuntime.ts', import.meta.url));

/**
 * The ES module source for one template: imports only the runtime, exports the template.
 * Throws, naming `id`, when the template has a syntax error or an unknown helper.
 */
export function precompileModule(/** @type {string} */ source, id = 'template') {
  let spec;
  try {
    spec = Handlebars.precompile(source, { ...PRECOMPILE_OPTIONS });
  } catch (error) {
    // A template error fails the build with the file named.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Handlebars template ${id}: ${message}`, { cause: error });
  }
  return `import { compiledTemplate } from ${JSON.stringify(RUNTIME)};\nexport default compiledTemplate(${spec});\n`;
}

/** The Vite plugin that precompiles every imported `.hbs` file. */
export function handlebarsPrecompile() {
  return {
    name: 'wise-follow-up:handlebars-precompile',
    // Before Vite's own loaders, so a bare .hbs is never read as JavaScript.
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} id */
    async load(id) {
      // Ids with a query (e.g. `?raw`) are left to Vite.
      if (!id.endsWith('.hbs')) return null;
      const source = await readFile(id, 'utf8');
      return { code: precompileModule(source, id), map: null };
    },
  };
}

export default handlebarsPrecompile;
