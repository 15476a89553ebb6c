import { execFileSync, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import { guardPipes, memoryIO } from '../../src/cli/io.js';
import { VERSION } from '../../src/version.js';
import { ROOT, SEED } from '../helpers.js';

async function run(...argv: string[]) {
  const io = memoryIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('usage errors exit 2 with one line on stderr', () => {
  test('`disclose` alone: the help on stderr (nothing on stdout), exit 2', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^Usage: disclose /);
  });

  test.each([
    [['help', 'nope'], /help: unknown command 'nope'/],
    [['help', 'parse', 'extra'], /help takes one command name/],
    [['nope'], /unknown command 'nope'/],
    [['nope', 'parse'], /unknown command 'nope'/],
    [['--color', 'nope'], /unknown option '--color'/],
    [['schema', 'extra'], /too many arguments/],
    [['parse', '--fromat', 'csv', SEED], /unknown option '--fromat' \(Did you mean --format\?\)/],
    [['parse', '--max-bytes', 'abc', SEED], /--max-bytes.*'abc' is invalid/],
    [['parse', '--max-bytes', '-5', SEED], /--max-bytes.*'-5' is invalid/],
    [['parse', '--encoding', 'latin1', SEED], /'latin1' is invalid\. expected one of utf-8, shift_jis/],
    [['summary', '--encoding', 'latin1', SEED], /'latin1' is invalid/],
    [['text', '--encoding', 'latin1', SEED], /'latin1' is invalid/],
    [['parse', '--format', 'xml', SEED], /Allowed choices are json, ndjson/],
    [['batch', '--jobs', '9999', ROOT], /--jobs.*from 0 .* to \d+/],
    [['batch', '--max-bytes', '0', ROOT], /--max-bytes/],
    [['stats', '--top', 'abc', SEED], /--top.*from 1 to 10000/],
    [['stats', '--top', '0', SEED], /--top.*from 1 to 10000/],
    [['stats', '--since', '2025-13', SEED], /--since.*YYYY-MM-DD/],
    [['stats', '--until', '2025-02-30', SEED], /--until.*YYYY-MM-DD/],
    [['stats', '--jobs', '-1', SEED], /--jobs/],
    [['completion', 'fish'], /Allowed choices are bash, zsh/],
    [['completion'], /missing required argument 'shell'/],
  ])('%j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('help and version', () => {
  test.each([['-v'], ['-V'], ['--version']])('%s prints the version', async (flag) => {
    expect(await run(flag)).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
  });

  test.each([['help', 'parse'], ['parse', '--help'], ['help']])('%j: exit 0, on stdout', async (...argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: disclose/);
  });
});

describe('disclose completion', () => {
  test('bash: every command and the options of each, choices included', async () => {
    const r = await run('completion', 'bash');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# bash completion for disclose/);
    expect(r.out).toContain("compgen -W 'parse batch summary stats incidents diff report schema text completion help --help --version'");
    expect(r.out).toMatch(/ {4}stats\)[\s\S]*--since[\s\S]*--top/);
    expect(r.out).toContain("compgen -W 'json ndjson summary table csv markdown'");
    expect(r.out).toContain('complete -o filenames -o default -F _disclose disclose');
  });

  test('zsh: a #compdef function usable from $fpath or sourced', async () => {
    const r = await run('completion', 'zsh');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#compdef disclose\n/);
    expect(r.out).toContain("'batch:parse every release below folders, in parallel'");
    expect(r.out).toContain(`''{-o,--output}'[`);
    expect(r.out).toContain("compdef _disclose disclose");
  });

  test.runIf(existsSync('/usr/bin/zsh') || existsSync('/bin/zsh'))('the zsh script parses (zsh -n) and registers itself after compinit', async () => {
    const script = (await run('completion', 'zsh')).out;
    const file = join(mkdtempSync(join(tmpdir(), 'disclose-zsh-')), '_disclose');
    writeFileSync(file, script);
    execFileSync('zsh', ['-n', file]);
    expect(execFileSync('zsh', ['-f', '-c', `autoload -U compinit; compinit -u -D; source ${file}; print -r -- \${_comps[disclose]}`], { encoding: 'utf8' })).toBe('_disclose\n');
  });

  test.runIf(existsSync('/bin/bash'))('the bash script loads and completes in bash', async () => {
    const script = (await run('completion', 'bash')).out;
    const out = execFileSync('/bin/bash', ['-c', `${script}\nCOMP_WORDS=(disclose st); COMP_CWORD=1; _disclose; echo "\${COMPREPLY[*]}"\nCOMP_WORDS=(disclose parse --for); COMP_CWORD=2; _disclose; echo "\${COMPREPLY[*]}"\nCOMP_WORDS=(disclose parse --format c); COMP_CWORD=3; _disclose; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' });
    expect(out.split('\n').slice(0, 3)).toEqual(['stats', '--format', 'csv']);
    const encodings = execFileSync('/bin/bash', ['-c', `${script}\nCOMP_WORDS=(disclose text --encoding s); COMP_CWORD=3; _disclose; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' });
    expect(encodings).toBe('shift_jis\n');
  });
});

describe('a closed pipe ends quietly', () => {
  test('guardPipes: EPIPE on stdout exits 0 without a word; another stdout error is one line and exit 1', () => {
    const stdout = new EventEmitter();
    let err = '';
    const stderr = Object.assign(new EventEmitter(), { write: (s: string) => (err += s) });
    const exits: number[] = [];
    guardPipes({ stdout, stderr }, (code) => void exits.push(code));
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([0]);
    expect(err).toBe('');
    stdout.emit('error', Object.assign(new Error('no space left on device, write'), { code: 'ENOSPC' }));
    expect(exits).toEqual([0, 1]);
    expect(err).toBe('disclose: cannot write to standard output: no space left on device, write\n');
    stderr.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })); // handled: no throw
  });

  const BIN = join(ROOT, 'bin', 'disclose.js');
  /** Runs the built CLI with stdout closed after the first chunk, as `| head -c1` does. */
  function firstChunkOnly(argv: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn('node', [BIN, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  test.runIf(existsSync(join(ROOT, 'dist', 'cli', 'main.js'))).each([
    [['parse', '--help']],
    [['batch', '--help']],
    [['stats', '--help']],
    [['help', 'parse']],
    [['schema']],
    [['completion', 'bash']],
    [['parse', '--format', 'summary', SEED, SEED, SEED, SEED]],
    // a folder of pages, not all of fixtures/: the test is about the closed pipe, and the whole folder
    // (a thousand pages and PDFs, read three times) outran the timeout on a loaded machine
    [['stats', '--jobs', '0', join(ROOT, 'fixtures', 'pages-b', 'html')]],
  ])('%j | head -c1: no trace, exit 0', async (argv) => {
    for (let i = 0; i < 3; i++) {
      const r = await firstChunkOnly(argv);
      expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
      expect(r.code).toBe(0);
    }
  }, 60_000);
});
