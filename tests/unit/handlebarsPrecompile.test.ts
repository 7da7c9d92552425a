import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import handlebarsPrecompile, {
  RUNTIME,
  KNOWN_HELPERS,
  PRECOMPILE_OPTIONS,
  precompileModule,
} from '../../plugins/handlebarsPrecompile.mjs';
import { TEMPLATE_HELPER_NAMES } from '../../src/lib/templateHelpers';
import thankYouCard from '../../src/templates/thank-you/card-1.hbs';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('handlebarsPrecompile plugin', () => {
  it('knows exactly the helpers src/lib/templateHelpers.ts registers', () => {
    expect([...KNOWN_HELPERS].sort()).toEqual([...TEMPLATE_HELPER_NAMES].sort());
    expect(Object.keys(PRECOMPILE_OPTIONS.knownHelpers).sort()).toEqual(
      [...TEMPLATE_HELPER_NAMES].sort(),
    );
  });

  it('precompiles strict, known-helpers-only, unescaped', () => {
    expect(PRECOMPILE_OPTIONS).toMatchObject({
      strict: true,
      knownHelpersOnly: true,
      noEscape: true,
    });
  });

  it('emits a module that needs only the runtime', () => {
    const code = precompileModule('Hello {{name}}, {{weekday day}}.');
    expect(code.startsWith(`import { compiledTemplate } from ${JSON.stringify(RUNTIME)};\n`)).toBe(
      true,
    );
    expect(RUNTIME).toMatch(/src\/templates\/hbsRuntime\.ts$/);
    expect(code).toContain('export default compiledTemplate({');
    expect(code).not.toMatch(/\bcompile\(|new Function|\beval\(/);
  });

  it('fails the build for a helper that is not known', () => {
    expect(() => precompileModule('{{shout name}}')).toThrow(/knownHelpersOnly.*shout/);
  });

  it('fails the build for broken syntax', () => {
    expect(() => precompileModule('{{#if name}}unclosed')).toThrow();
  });

  it('loads .hbs files only, and leaves queries such as ?raw to Vite', async () => {
    const plugin = handlebarsPrecompile();
    expect(plugin.enforce).toBe('pre');
    const file = `${ROOT}src/templates/thank-you/card-1.hbs`;
    const loaded = await plugin.load(file);
    expect(loaded?.code).toContain('hbsRuntime.ts');
    expect(await plugin.load(`${file}?raw`)).toBeNull();
    expect(await plugin.load(`${ROOT}src/templates/index.ts`)).toBeNull();
  });

  it('names the file when a template fails to compile', () => {
    expect(() => precompileModule('{{shout name}}', 'src/templates/x.hbs')).toThrow(
      /^Handlebars template src\/templates\/x\.hbs: .*unknown helper shout/,
    );
  });

  it('fails the build for a .hbs file that cannot be read', async () => {
    await expect(handlebarsPrecompile().load(`${ROOT}no-such-template.hbs`)).rejects.toThrow();
  });

  it('gives a template that runs in strict mode: a missing field throws', () => {
    expect(() => thankYouCard({}, {})).toThrow(/not defined|contactName/);
  });
});

describe('a browser bundle of the writers', () => {
  it('contains no compiler, eval or new Function, and renders plain text', async () => {
    const result = (await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      plugins: [handlebarsPrecompile()],
      build: {
        write: false,
        minify: false,
        target: 'es2022',
        lib: { entry: `${ROOT}src/templates/index.ts`, formats: ['es'], fileName: 'writers' },
      },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    const chunks = outputs.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
    expect(chunks.length).toBeGreaterThan(0);
    const code = chunks.map((c) => c.code).join('\n');

    expect(code).not.toMatch(/new Function|\beval\(/);
    // Strings that exist only in the Handlebars parser and compiler.
    expect(code).not.toContain('Parse error');
    expect(code).not.toContain('You specified knownHelpersOnly');
    expect(code).toContain('container.strict');

    const entry = chunks.find((c) => c.isEntry)!;
    const mod = (await import(
      /* @vite-ignore */ `data:text/javascript;charset=utf-8,${encodeURIComponent(entry.code)}`
    )) as typeof import('../../src/templates/index');
    const script = mod.renderScript({
      writer: 'voicemail',
      channel: 'voicemail',
      situation: 'interview',
      variant: 0,
      data: {
        contactName: 'Zoë <b>&</b>',
        organization: '',
        studentName: 'Sam',
        studentPhone: '555-123-4567',
        metOn: '2026-03-10',
        detail: '',
        availability: { start: '14:00', end: '17:00' },
        nextAttempt: { date: '2026-03-13', partOfDay: 'morning' },
      },
    });
    expect(script.text).toContain('Hello Zoë <b>&</b>, this is Sam.');
    expect(script.text).toContain('this afternoon from 2 to 5.');
    expect(script.text).toContain('My number is 5 5 5, 1 2 3, 4 5 6 7.');
    expect(script.text).toContain('Friday morning');
  }, 60_000);
});
