#!/usr/bin/env node
// `npm run score`: the gold figures, by ../shared/eval/score.mjs (it lives beside the archive and
// the gold, outside this repository). Without ../shared: one line saying so, exit 0 — nothing to
// score is not a failure of this checkout. Arguments pass through (`npm run score -- --gold DIR`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCORER = join(ROOT, '..', 'shared', 'eval', 'score.mjs');

if (!existsSync(SCORER)) {
  console.log(`score: ${SCORER} is absent (the gold and its scorer live in ../shared); nothing to score.`);
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('score: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const run = spawnSync(process.execPath, [SCORER, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
if (run.error) {
  console.error(`score: cannot run ${SCORER}: ${run.error.message}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
