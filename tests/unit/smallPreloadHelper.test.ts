import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import smallPreloadHelper, {
  PRELOAD_HELPER_ID,
  preloadHelperSource,
} from '../../plugins/smallPreloadHelper.mjs';

interface FakeLink {
  rel?: string;
  href?: string;
  onload?: () => void;
  onerror?: () => void;
}
type Preload = (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;

let appended: FakeLink[] = [];

/** A fresh copy of the helper as the plugin serves it, for a site at `base`. */
async function helperFor(base: string): Promise<Preload> {
  const dir = await mkdtemp(join(tmpdir(), 'wfu-preload-'));
  const file = join(dir, 'helper.mjs');
  await writeFile(file, preloadHelperSource(base));
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
    __vitePreload: Preload;
  };
  return module.__vitePreload;
}

beforeEach(() => {
  appended = [];
  const document = {
    createElement: (): FakeLink => ({}),
    head: { append: (link: FakeLink) => appended.push(link) },
  };
  Object.assign(globalThis, { document });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
});

describe('smallPreloadHelper plugin', () => {
  it('serves its helper in place of Vite’s own, in builds only', () => {
    const plugin = smallPreloadHelper();
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    expect(resolveId(PRELOAD_HELPER_ID)).toBe(PRELOAD_HELPER_ID);
    expect(resolveId('./other.js')).toBeUndefined();
  });

  it('preloads each dependency once, under the site’s base, and returns the module', async () => {
    const preload = await helperFor('/course/');
    const module = { default: 'ContactEditor' };
    const first = await preload(
      () => Promise.resolve(module),
      ['_astro/ContactEditor.js', '_astro/valibot.js'],
    );
    expect(first).toBe(module);
    await preload(() => Promise.resolve(module), ['_astro/ContactEditor.js', '_astro/agreed.js']);
    expect(appended.map((l) => [l.rel, l.href])).toEqual([
      ['modulepreload', '/course/_astro/ContactEditor.js'],
      ['modulepreload', '/course/_astro/valibot.js'],
      ['modulepreload', '/course/_astro/agreed.js'],
    ]);
  });

  it('waits for a stylesheet dependency before loading, so nothing shows unstyled', async () => {
    const preload = await helperFor('/');
    let loaded = false;
    const done = preload(() => {
      loaded = true;
      return Promise.resolve({});
    }, ['_astro/form.css']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loaded).toBe(false);
    expect(appended[0]).toMatchObject({ rel: 'stylesheet', href: '/_astro/form.css' });
    appended[0]!.onload!();
    await done;
    expect(loaded).toBe(true);
  });

  it('passes a failed import on, so the island can say the form could not load', async () => {
    const preload = await helperFor('/');
    await expect(preload(() => Promise.reject(new Error('offline')), undefined)).rejects.toThrow(
      'offline',
    );
  });
});
