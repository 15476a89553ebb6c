import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseTask } from '../../src/batch/worker.js';
import { workerFile } from '../../src/batch/run.js';
import { PARSER_V8_FLAGS } from '../../src/batch/jobs.js';
import { FIXTURES, ROOT, SEED } from '../helpers.js';

// scripts/bundle-worker.mjs (part of `npm run build`) bundles the batch worker into one CommonJS
// file, dist/worker/worker.cjs, with V8's code cache for it beside it: the pool must start that
// bundle (through dist/batch/workerThread.cjs), the bundle must parse as the modules do — web pages
// and PDFs included, whose code runs only when a file needs it — and the cache must be taken by a
// thread set up as the batch sets up its workers, and by nothing else.
const BUNDLE = join(ROOT, 'dist', 'worker', 'worker.cjs');
const CODE_CACHE = join(ROOT, 'dist', 'batch', 'codeCache.cjs');
type CodeCache = typeof import('../../src/batch/codeCache.cjs');
type WorkerModule = typeof import('../../src/batch/worker.js');

describe.runIf(existsSync(BUNDLE))('the bundled batch worker (dist/worker/worker.cjs)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'disclose-bundle-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const { loadWithCodeCache } = createRequire(import.meta.url)(CODE_CACHE) as CodeCache;

  test('is the file the worker pool starts', () => {
    expect(workerFile()).toBe(join(ROOT, 'dist', 'batch', 'workerThread.cjs'));
  });

  test('is strict code and requires no module of dist/ (one file; node_modules and node: only)', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    // The modules it is made of are strict (ES modules); so must the bundle be, from its first line.
    expect(text.startsWith('"use strict";')).toBe(true);
    const specifiers = [...text.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => s.startsWith('.') || s.startsWith('/'))).toEqual([]);
  });

  const pagesManifest = JSON.parse(readFileSync(join(FIXTURES, 'pages', 'manifest.json'), 'utf8')) as { file: string }[];
  test.each([
    ['a text release', SEED],
    ['a Shift_JIS release', join(FIXTURES, 'seed-tokai-3rd.sjis.txt')],
    ['a web page', join(FIXTURES, 'pages', pagesManifest[0].file)],
    ['a PDF', join(FIXTURES, 'seed-tokai-3rd.pdf')],
  ])('gives the same JSON as the modules for %s', async (_label, path) => {
    const bundled = loadWithCodeCache(BUNDLE).exports as unknown as WorkerModule;
    const task = { readPath: path, path, pretty: true };
    const [fromBundle, fromModules] = await Promise.all([bundled.parseTask(task), parseTask(task)]);
    expect('json' in fromBundle && fromBundle.json).toBeTruthy();
    expect(fromBundle).toEqual(fromModules);
  });

  /** Loads a bundle in a fresh node, with or without the batch's V8 flags: whether V8 took its cache. */
  function cacheTaken(bundle: string, flags: string[]): boolean {
    const run = spawnSync(process.execPath, [...flags, '-e', `const r = require(${JSON.stringify(CODE_CACHE)}).loadWithCodeCache(${JSON.stringify(bundle)}); process.stdout.write(String(r.cacheUsed));`], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(run.stderr).toBe('');
    return run.stdout === 'true';
  }

  test.runIf(existsSync(`${BUNDLE}.cache`))('its code cache is taken under the batch V8 flags, and not without them', () => {
    expect(cacheTaken(BUNDLE, PARSER_V8_FLAGS.split(' '))).toBe(true);
    expect(cacheTaken(BUNDLE, [])).toBe(false);
  });

  test.runIf(existsSync(`${BUNDLE}.cache`))('a cache made for another bundle is not used', () => {
    // The same bundle with one character changed (same length: V8's own check would not see it).
    const other = join(scratch, 'worker.cjs');
    const text = readFileSync(BUNDLE, 'utf8');
    writeFileSync(other, text.replace('"use strict";', "'use strict';"));
    expect(readFileSync(other).length).toBe(readFileSync(BUNDLE).length);
    copyFileSync(`${BUNDLE}.cache`, `${other}.cache`);
    expect(cacheTaken(other, PARSER_V8_FLAGS.split(' '))).toBe(false);
  });
});
