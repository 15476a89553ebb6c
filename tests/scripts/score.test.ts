import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

/** A copy of a script in a checkout of its own, with or without a ../shared beside it. */
function checkout(script: string, files: Record<string, string> = {}): string {
  const base = mkdtempSync(join(tmpdir(), 'disclose-scripts-'));
  const repo = join(base, 'repo');
  mkdirSync(join(repo, 'scripts'), { recursive: true });
  copyFileSync(join(ROOT, 'scripts', script), join(repo, 'scripts', script));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(base, rel, '..'), { recursive: true });
    writeFileSync(join(base, rel), text);
  }
  return repo;
}

const node = (repo: string, script: string, ...args: string[]) => spawnSync(process.execPath, [join(repo, 'scripts', script), ...args], { cwd: repo, encoding: 'utf8' });

describe('npm run score (scripts/score.mjs)', () => {
  test('without ../shared: one line, exit 0, no trace', () => {
    const r = node(checkout('score.mjs'), 'score.mjs');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^score: .*shared\/eval\/score\.mjs is absent .*nothing to score\.\n$/);
    expect(r.stderr).toBe('');
  });

  test('with ../shared: the scorer runs with the arguments passed through, its exit code kept', () => {
    const repo = checkout('score.mjs', {
      'shared/eval/score.mjs': 'console.log("args", JSON.stringify(process.argv.slice(2))); process.exit(3);\n',
      'repo/dist/cli/main.js': '',
    });
    const r = node(repo, 'score.mjs', '--gold', 'eval/extra-gold/heldout2');
    expect(r.stdout).toBe('args ["--gold","eval/extra-gold/heldout2"]\n');
    expect(r.status).toBe(3);
  });
});

describe('npm run bench (scripts/bench.mjs): bad input is one line, never a trace', () => {
  test.each([
    [['--runs', 'abc'], /--runs: a whole number/],
    [['--archive'], /--archive needs a value/],
    [['--speed'], /unknown option --speed/],
  ])('%j', (args, message) => {
    const r = node(ROOT, 'bench.mjs', ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('an archive folder holding only an empty file that is not a release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclose-bench-arg-'));
    writeFileSync(join(dir, 'notes.txt'), '');
    const r = node(ROOT, 'bench.mjs', '--archive', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds no release files .* that are not empty/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
