#!/usr/bin/env node
// Part of `npm run build`, after tsc: the CLI (dist/cli/main.js and what it imports) bundled by
// esbuild into dist/bundle/, which bin/disclose.js starts. Every `disclose` run loads the CLI: one
// entry file (and the few chunks it shares with the commands) instead of ~40 modules, each resolved,
// read and compiled apart, starts about twice as fast. What a command loads on demand (the pipeline,
// the batch pool, stats, web pages, PDF, the renderers) stays in chunks of its own, loaded only when
// a run needs it. piscina, kuromoji and pdf.js stay in node_modules (they load files from beside
// themselves: piscina its worker, the others their dictionaries and resources).
//
// dist/bundle/ sits two folders down like dist/<module folder>/, so paths the modules take relative
// to themselves (../../assets, ../batch/workerThread.cjs, ../worker/) hold in the bundle too.
// dist/bundle/modules.json lists the modules in each output file (tests/cli/startup.test.ts reads
// it to tell which modules a command loads).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { versionAsBuilt } from './versionAsBuilt.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: join(ROOT, 'dist', 'cli', 'main.js') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['kuromoji', 'pdfjs-dist', 'pdfjs-dist/*', 'piscina'],
  plugins: [versionAsBuilt(ROOT)],
  // The CommonJS packages bundled (commander, cli-progress) require node's own modules.
  banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  // Names and lines as in dist/, for stack traces and profiles.
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const modules = {};
for (const [output, info] of Object.entries(result.metafile.outputs)) {
  modules[basename(output)] = Object.keys(info.inputs).map((input) => relative(ROOT, join(process.cwd(), input)).split('\\').join('/')).sort();
}
writeFileSync(join(OUT, 'modules.json'), JSON.stringify(modules, null, 1) + '\n');
