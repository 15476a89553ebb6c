import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
// The fault-injection cases of `npm run reliability`, at small sizes: each runs the built CLI.
import { cleanup, crashCase, diskFullCase, explainKillCase, jobsCase, lockRaceCase, sigtermCase, symlinkCase, timeoutCase } from '../../scripts/reliability.mjs';

type Case = { ok: boolean; detail: string };

describe('batch -o under faults (bin/, separate processes)', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'batch', 'worker.js'))) execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'ignore' });
  });
  afterAll(() => cleanup());

  test('SIGKILL at seeded random moments, three times in a row, then a run to the end: the tree equals a clean run\'s', async () => {
    const r: Case = await crashCase({ files: 40, trials: 1, killsPerTrial: 3, seed: 7 });
    expect(r.detail).toMatch(/every tree identical/);
    expect(r.detail).toMatch(/\([1-9]\d* mid-run\)/);
    expect(r.ok).toBe(true);
  }, 120_000);

  test('a killed --explain run after a complete plain run, then a plain run: no output keeps "explain"', async () => {
    // Three trials: on a loaded machine one kill may land before the first or after the last write;
    // at least one must land mid-run for the case to say anything, and none may leave "explain".
    const r: Case = await explainKillCase({ files: 40, trials: 3, seed: 3 });
    expect(r.detail).toMatch(/\([1-9]\d* left some outputs with "explain"\), then a plain run: 0 outputs keep "explain"$/);
    expect(r.ok).toBe(true);
  }, 120_000);

  test('four processes race for a dead run\'s lock: one takes it, three are refused', async () => {
    const r: Case = await lockRaceCase({ trials: 1, runners: 4 });
    expect(r.detail).toMatch(/per race 1\/3$/);
  }, 120_000);

  test('a hanging file: exit 1, one error line, every other file written', async () => {
    const r: Case = await timeoutCase({ files: 10 });
    expect(r.ok, r.detail).toBe(true);
  }, 120_000);

  test('planted links and an index pointing out of OUTDIR change and read nothing outside', async () => {
    const r: Case = await symlinkCase();
    expect(r.detail).toBe('links at old temp names: outside files kept; folder link leading out: nothing created outside (exit 1); outputs are regular files; stats on output "../x.json": refused');
  }, 120_000);

  test('SIGTERM: exit 143, lock, journals and temporary files cleaned, what was written indexed', async () => {
    const r: Case = await sigtermCase({ files: 80 });
    expect(r.detail).toMatch(/^SIGTERM mid-run: exit 143, 0 leftover files, [1-9]\d* releases indexed$/);
  }, 120_000);

  test('a full disk: one line, exit 1; --jobs 9999: one line, exit 2', async () => {
    const full: Case = await diskFullCase({ files: 10 });
    expect(full.ok, full.detail).toBe(true);
    const jobs: Case = await jobsCase();
    expect(jobs.detail).toMatch(/^--jobs 9999: exit 2: disclose batch: error: option .--jobs <n>. argument .9999. is invalid/);
  }, 120_000);
});
