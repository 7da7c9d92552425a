/**
 * Handlebars' own runtime, taken from its ES module sources so the bundler
 * keeps only what precompiled templates call: the template function and the
 * `if` helper. The packaged `handlebars/runtime` (CommonJS, every built-in
 * helper, logger and decorator) costs a writer page about 10 KB gzip.
 */
import {
  checkRevision,
  invokePartial,
  noop,
  resolvePartial,
  template,
} from 'handlebars/lib/handlebars/runtime';
import registerIf from 'handlebars/lib/handlebars/helpers/if';

const helpers: Record<string, unknown> = {};
registerIf({
  helpers,
  registerHelper(name: string, fn: unknown) {
    helpers[name] = fn;
  },
});

// What Handlebars' template() reads from its environment; partials and
// decorators stay empty (our templates use neither; the precompiler would
// refuse a partial anyway under knownHelpersOnly).
const environment = {
  VM: { checkRevision, invokePartial, noop, resolvePartial },
  helpers,
  partials: {},
  decorators: {},
};

/** Turns a precompiled template spec into the render function (used by the .hbs plugin). */
export function compiledTemplate(spec: object) {
  return template(spec, environment);
}
