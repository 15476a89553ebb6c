#!/usr/bin/env node
// Part of `npm run build`, after tsc: the batch worker (dist/batch/worker.js and the ~90 modules it
// imports) bundled by esbuild into one CommonJS file, dist/worker/worker.cjs, and V8's code cache
// for it, dist/worker/worker.cjs.cache. Every worker thread of a batch loads the whole pipeline
// when it starts: one file instead of ~90 (each resolved, read, compiled and linked apart) takes
// about a third less CPU, and the code cache spares each thread compiling the functions a release
// needs (src/batch/codeCache.cts; Node 20 caches no ES module's code, hence CommonJS). The formats
// loaded on demand (web pages, PDF) are in the file but run only when a file needs them; kuromoji
// and pdf.js stay in node_modules (they read their dictionaries and resources from beside
// themselves). dist/batch/run.js starts the bundle (through dist/batch/workerThread.cjs) when it is
// there, and dist/batch/worker.js otherwise.
//
// The cache is made by running the bundle over the project's own release texts (fixtures/) in a
// fresh node under the batch's V8 flags (PARSER_V8_FLAGS), as a worker thread runs it; V8 refuses a
// cache made by another V8 version or under other flags, and the bundle is then compiled as before.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { versionAsBuilt } from './versionAsBuilt.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'worker');
const BUNDLE = join(OUT, 'worker.cjs');

if (process.argv[2] === '--make-cache') await makeCache();
else await bundle();

async function bundle() {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints: [join(ROOT, 'dist', 'batch', 'worker.js')],
    outfile: BUNDLE,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['kuromoji', 'pdfjs-dist', 'pdfjs-dist/*'],
    plugins: [versionAsBuilt(ROOT)],
    // The modules' import.meta.url (createRequire for kuromoji and pdf.js): the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    // (Strict mode first: a banner before esbuild's own "use strict" would end the directive prologue.)
    banner: { js: '"use strict";\nvar __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    // Names and lines as in dist/, for stack traces and profiles.
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // A fresh node without NODE_OPTIONS: the cache is for a batch started without extra V8 flags.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const made = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--make-cache'], { cwd: ROOT, env, stdio: 'inherit' });
  if (made.status !== 0) console.warn('bundle-worker: no code cache made (the worker compiles as it runs)');
}

/** Runs the bundle over the release texts in fixtures/ and writes the bytecode V8 compiled for it. */
async function makeCache() {
  const require = createRequire(import.meta.url);
  const { PARSER_V8_FLAGS } = await import(join(ROOT, 'dist', 'batch', 'jobs.js'));
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString(PARSER_V8_FLAGS);
  const { loadWithCodeCache, writeCodeCache } = require(join(ROOT, 'dist', 'batch', 'codeCache.cjs'));
  const releases = trainingReleases();
  if (releases.length === 0) {
    console.warn('bundle-worker: no release texts in fixtures/ to make the code cache with');
    return;
  }
  const { exports, script } = loadWithCodeCache(BUNDLE, { useCache: false });
  for (const path of releases) {
    const reply = await exports.parseTask({ readPath: path, path, pretty: true });
    if ('error' in reply) throw new Error(`${path}: ${reply.error}`);
  }
  writeCodeCache(BUNDLE, script);
}

/** The project's own Markdown and text releases (no web page or PDF: those formats are rarer, and load on demand). */
function trainingReleases() {
  const fixtures = join(ROOT, 'fixtures');
  const found = [];
  const seed = join(fixtures, 'seed-tokai-3rd.txt');
  if (existsSync(seed)) found.push(seed);
  for (const dir of ['pages/sources', 'pages-b/sources', 'pdf-dev/sources', 'pdf-dev/site-pages/sources']) {
    const folder = join(fixtures, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) if (name.endsWith('.md')) found.push(join(folder, name));
  }
  return found;
}
