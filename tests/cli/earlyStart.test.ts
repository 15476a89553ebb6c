import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { workersToStartEarly } from '../../src/cli/earlyStart.js';
import { defaultJobs } from '../../src/batch/jobs.js';

// A batch that will parse everything starts its workers before the CLI has loaded; anything else
// (another command, help, --jobs 0, an OUTDIR written before) starts none.
const dir = mkdtempSync(join(tmpdir(), 'disclose-early-'));
// An OUTDIR a run has written before (it has an index) and one that does not exist yet.
const written = join(dir, 'written');
mkdirSync(written);
writeFileSync(join(written, 'index.ndjson'), '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fresh = join(dir, 'fresh');

describe('workersToStartEarly', () => {
  test.each([
    ['batch to stdout', ['batch', 'archive'], defaultJobs()],
    ['batch into a new OUTDIR', ['batch', 'archive', '-o', fresh], defaultJobs()],
    ['batch into a new OUTDIR (--output=)', ['batch', 'archive', `--output=${fresh}`], defaultJobs()],
    ['batch into a new OUTDIR (-oDIR)', ['batch', `-o${fresh}`, 'archive'], defaultJobs()],
    ['--jobs given', ['batch', 'archive', '--jobs', '3'], 3],
    ['--jobs= given', ['batch', '--jobs=1', 'archive'], 1],
    ['--force into an OUTDIR written before', ['batch', 'archive', '-o', written, '--force'], defaultJobs()],
  ])('%s: starts workers', (_label, argv, jobs) => {
    expect(workersToStartEarly(argv)).toBe(jobs);
  });

  test.each([
    ['another command', ['stats', 'archive']],
    ['parse', ['parse', 'a.md']],
    ['no command', []],
    ['batch help', ['batch', '--help']],
    ['batch -h', ['batch', 'archive', '-h']],
    ['--jobs 0 (the main thread parses)', ['batch', 'archive', '--jobs', '0']],
    ['--jobs not a number (commander reports it)', ['batch', 'archive', '--jobs', 'many']],
    ['-o without its folder', ['batch', 'archive', '-o']],
    ['an OUTDIR written before (a re-run may parse nothing)', ['batch', 'archive', '-o', written]],
    ['the batch word after the command', ['parse', 'batch']],
  ])('%s: starts none', (_label, argv) => {
    expect(workersToStartEarly(argv)).toBe(0);
  });
});
