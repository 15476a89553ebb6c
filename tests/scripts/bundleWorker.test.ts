import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseTask } from '../../src/batch/worker.js';
import { workerFile } from '../../src/batch/run.js';
import { FIXTURES, ROOT, SEED } from '../helpers.js';

// scripts/bundle-worker.mjs (part of `npm run build`) bundles the batch worker into dist/worker/:
// the pool must start that bundle, and the bundle must parse as the modules do — Markdown and
// text in the bundle itself, web pages and PDFs through the chunks it loads on demand.
const BUNDLE = join(ROOT, 'dist', 'worker', 'worker.js');

describe.runIf(existsSync(BUNDLE))('the bundled batch worker (dist/worker/worker.js)', () => {
  test('is the file the worker pool starts', () => {
    expect(workerFile()).toBe(BUNDLE);
  });

  test('imports no module of dist/ (one file, its own chunks and node_modules only)', () => {
    for (const name of readdirSync(join(ROOT, 'dist', 'worker'))) {
      const text = readFileSync(join(ROOT, 'dist', 'worker', name), 'utf8');
      const specifiers = [...text.matchAll(/(?:^import[^'"]*|\bimport\()\s*["']([^"']+)["']/gm)].map((m) => m[1]);
      expect(specifiers.filter((s) => s.startsWith('.') && !/^\.\/[\w-]+\.js$/.test(s))).toEqual([]);
    }
  });

  const pagesManifest = JSON.parse(readFileSync(join(FIXTURES, 'pages', 'manifest.json'), 'utf8')) as { file: string }[];
  test.each([
    ['a text release', SEED],
    ['a Shift_JIS release', join(FIXTURES, 'seed-tokai-3rd.sjis.txt')],
    ['a web page', join(FIXTURES, 'pages', pagesManifest[0].file)],
    ['a PDF', join(FIXTURES, 'seed-tokai-3rd.pdf')],
  ])('gives the same JSON as the modules for %s', async (_label, path) => {
    const bundled = (await import(pathToFileURL(BUNDLE).href)) as typeof import('../../src/batch/worker.js');
    const task = { readPath: path, path, pretty: true };
    const [fromBundle, fromModules] = await Promise.all([bundled.parseTask(task), parseTask(task)]);
    expect('json' in fromBundle && fromBundle.json).toBeTruthy();
    expect(fromBundle).toEqual(fromModules);
  });
});
