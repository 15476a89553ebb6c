import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';
import { ROOT } from '../helpers.js';
import { goodTree, listing, tempDir, writeTree } from '../batch/trees.js';

const BIN = join(ROOT, 'bin', 'disclose.js');


describe('disclose batch (in-process, --jobs 0)', () => {
  test('without -o: NDJSON on stdout in path order; the summary on stderr', async () => {
    const dir = goodTree(5);
    const io = memoryIO();
    expect(await runCli(['batch', dir, '--jobs', '0'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((i) => i.source.path)).toEqual(listing(dir).map((r) => join(dir, r)));
    expect(io.err()).toMatch(/^disclose batch: 5 parsed, 0 skipped, 0 failed in \d+\.\d s\n$/);
  });

  test('a mixed folder with -o: exit 1, one stderr line per bad file, good files written', async () => {
    const dir = writeTree(goodTree(2), { 'empty.md': '', 'sub/binary.txt': new Uint8Array([0, 1, 2, 3, 0, 0, 0xff, 0xfe]) });
    const out = join(tempDir(), 'out');
    const io = memoryIO();
    expect(await runCli(['batch', dir, '-o', out, '--jobs', '0'], io)).toBe(1);
    const err = io.err().split('\n');
    expect(err.filter((l) => l.startsWith(`disclose: ${dir}/`))).toEqual([expect.stringContaining('empty.md: '), expect.stringContaining('sub/binary.txt: ')]);
    expect(io.err()).toMatch(/2 parsed, 0 skipped, 2 failed/);
    expect(io.out()).toBe('');
    expect(listing(out)).toEqual(['2024/0000_株式会社テスト0.md.json', '2025/0001_株式会社テスト1.md.json', '_errors.ndjson', 'index.ndjson']);
  });

  test('a second run skips everything; --quiet prints nothing', async () => {
    const dir = goodTree(3);
    const out = join(tempDir(), 'out');
    expect(await runCli(['batch', dir, '-o', out, '--jobs', '0', '--quiet'], memoryIO())).toBe(0);
    const io = memoryIO();
    expect(await runCli(['batch', dir, '-o', out, '--jobs', '0'], io)).toBe(0);
    expect(io.err()).toMatch(/0 parsed, 3 skipped, 0 failed/);
    const quiet = memoryIO();
    expect(await runCli(['batch', dir, '-o', out, '--jobs', '0', '--quiet', '--force'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
  });

  test.each([
    ['a bad --jobs', (dir: string) => ['batch', dir, '--jobs', 'many']],
    ['a bad --max-bytes', (dir: string) => ['batch', dir, '--max-bytes', '20MB']],
    ['OUTDIR is the input', (dir: string) => ['batch', dir, '-o', dir]],
    ['OUTDIR contains the input', (dir: string) => ['batch', join(dir, '2024'), '-o', dir]],
    ['a bad glob', (dir: string) => ['batch', dir, '--include', '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}']],
  ])('usage error (%s): exit 2, nothing written', async (_what, argv) => {
    const dir = goodTree(1);
    const before = listing(dir);
    const io = memoryIO();
    expect(await runCli(argv(dir), io)).toBe(2);
    expect(io.err()).not.toBe('');
    expect(listing(dir)).toEqual(before);
  });

  test('a terminal on stderr gets the progress bar (done/total, rate, ETA, failures), then the summary', async () => {
    const dir = writeTree(goodTree(4), { 'bad.md': '' });
    const io = memoryIO();
    io.stderr.isTTY = true;
    expect(await runCli(['batch', dir, '--jobs', '0'], io)).toBe(1);
    expect(io.err()).toMatch(/\d\/5 \| \d+ files\/s \| ETA \S+ \| [01] failed/);
    expect(io.err()).toContain(`disclose: ${join(dir, 'bad.md')}: is empty`);
    expect(io.err()).toMatch(/disclose batch: 4 parsed, 0 skipped, 1 failed in \d+\.\d s\n$/);
    const quiet = memoryIO();
    quiet.stderr.isTTY = true;
    await runCli(['batch', dir, '--jobs', '0', '--quiet'], quiet);
    expect(quiet.err()).not.toContain('files/s');
  });

  test('a path with terminal escapes is printed harmlessly', async () => {
    const dir = writeTree(tempDir(), { 'evil\x1b]0;pwned\x07.md': '' });
    const io = memoryIO();
    expect(await runCli(['batch', dir, '--jobs', '0'], io)).toBe(1);
    expect(io.err()).not.toContain('\x1b');
    expect(io.err()).toContain('is empty');
  });
});

describe('disclose batch (bin/, worker threads)', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'batch', 'worker.js'))) execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  test('stdout order is path order whatever the workers finish first', () => {
    const dir = goodTree(40);
    const out = execFileSync('node', [BIN, 'batch', dir, '--jobs', '2', '--quiet'], { encoding: 'utf8' });
    const paths = out.trimEnd().split('\n').map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual(listing(dir).map((r) => join(dir, r)));
  });

  test('-o with two workers writes the same files as in-process', () => {
    const dir = goodTree(12);
    const viaPool = join(tempDir(), 'out');
    const inline = join(tempDir(), 'out');
    execFileSync('node', [BIN, 'batch', dir, '-o', viaPool, '--jobs', '2', '--quiet']);
    execFileSync('node', [BIN, 'batch', dir, '-o', inline, '--jobs', '0', '--quiet']);
    expect(listing(viaPool)).toEqual(listing(inline));
    for (const f of listing(inline)) expect(readFileSync(join(viaPool, f), 'utf8')).toBe(readFileSync(join(inline, f), 'utf8'));
  });

  test('SIGINT: workers stop, exit 130, no partial output, what was done is printed and recorded', async () => {
    const dir = goodTree(3000);
    const out = join(tempDir(), 'out');
    const child = spawn('node', [BIN, 'batch', dir, '-o', out, '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once the first outputs are there (the run needs seconds; this takes well under one).
    const firstOutput = join(out, '2024', '0000_株式会社テスト0.md.json');
    const deadline = Date.now() + 20_000;
    while (!existsSync(firstOutput) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/interrupted after \d+ of 3000 files: \d+ parsed, 0 skipped, 0 failed/);
    const files = listing(out);
    expect(files.filter((f) => f.includes('tmp-disclose') || f.includes('disclose-lock'))).toEqual([]);
    const outputs = files.filter((f) => f.endsWith('.md.json'));
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.length).toBeLessThan(3000);
    for (const f of outputs) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).schemaVersion).toBe(1);
    const index = readFileSync(join(out, 'index.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).output);
    expect(index.sort()).toEqual(outputs);
  }, 60_000);

  test('SIGINT without -o: exit 130; the summary counts exactly the lines printed, all complete', async () => {
    const dir = goodTree(3000);
    const child = spawn('node', [BIN, 'batch', dir, '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 20_000;
    while (stdout.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await new Promise((r) => setTimeout(r, 50)); // let the pipes drain
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe(''); // ends with a newline: no half line
    for (const l of lines) expect(JSON.parse(l).schemaVersion).toBe(1);
    const m = /interrupted after (\d+) of 3000 files: (\d+) parsed/.exec(stderr);
    expect(m).not.toBeNull();
    expect(Number(m![2])).toBe(lines.length);
    expect(lines.length).toBeLessThan(3000);
  }, 60_000);

  test('a reader that stops early (| head): the batch ends quietly, exit 0', async () => {
    const dir = goodTree(400);
    const child = spawn('node', [BIN, 'batch', dir, '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).not.toMatch(/error|Unexpected/i);
    expect(code).toBe(0);
  }, 60_000);

  test('a file argument and a folder argument together', () => {
    const dir = goodTree(2);
    const single = join(tempDir(), 'one.txt');
    writeFileSync(single, readFileSync(join(dir, '2024/0000_株式会社テスト0.md')));
    const out = execFileSync('node', [BIN, 'batch', single, dir, '--quiet'], { encoding: 'utf8' });
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([single, ...listing(dir).map((r) => join(dir, r))]);
  });
});
