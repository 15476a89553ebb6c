#!/usr/bin/env node
// Part of `npm run build`, after tsc: the batch worker (dist/batch/worker.js and the ~90 modules it
// imports) bundled by esbuild into dist/worker/worker.js. Every worker thread of a batch loads the
// whole pipeline when it starts; one file instead of ~90 (each resolved, read, compiled and linked
// apart) takes about a third less CPU (64 → 40 ms per thread). The formats loaded on demand (web
// pages, PDF) stay in chunks of their own, loaded only when a file needs them; kuromoji and pdf.js
// stay in node_modules (they read their dictionaries and resources from beside themselves).
// dist/batch/run.js starts the bundle when it is there, and dist/batch/worker.js otherwise.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'worker');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** src/version.ts reads ../package.json beside itself at run time: in the bundle it is the version as built. */
const versionAsBuilt = {
  name: 'version-as-built',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]version\.js$/ }, () => ({ contents: `export const VERSION = ${JSON.stringify(version)};\n`, loader: 'js' }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { worker: join(ROOT, 'dist', 'batch', 'worker.js') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['kuromoji', 'pdfjs-dist', 'pdfjs-dist/*'],
  plugins: [versionAsBuilt],
  // Names and lines as in dist/, for stack traces and profiles.
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
