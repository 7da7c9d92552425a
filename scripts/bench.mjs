// `npm run bench`: bundles scripts/bench.ts (and the lib it benches) for Node
// with esbuild into a temporary file, runs it, and cleans up. Bundling keeps
// the bench free of a TypeScript loader and close to what the site ships.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = await mkdtemp(join(tmpdir(), 'wfu-bench-'));
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    entryPoints: [fileURLToPath(new URL('./bench.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
} finally {
  await rm(dir, { recursive: true, force: true });
}
