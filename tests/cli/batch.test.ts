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

  test('--reference-date: a pasted body with no year is read against it, in the workers too; a new day redoes -o outputs', async () => {
    const dir = writeTree(tempDir(), { 'pasted.txt': '12月3日、当社システムの監視において不審な通信を検知しました。\n' });
    const detectedOf = (out: string) => JSON.parse(out.trimEnd()).timeline.filter((t: { event: string }) => t.event === 'detected').map((t: { date: string }) => t.date);
    for (const jobs of ['0', '1']) {
      const io = memoryIO();
      expect(await runCli(['batch', dir, '--jobs', jobs, '--include', '*.txt', '--keep-non-releases', '--reference-date', '2026-01-05'], io)).toBe(0);
      expect(detectedOf(io.out())).toEqual(['2025-12-03']);
    }
    const out = join(tempDir(), 'out');
    expect(await runCli(['batch', dir, '-o', out, '--jobs', '0', '--include', '*.txt', '--keep-non-releases', '--reference-date', '2026-01-05'], memoryIO())).toBe(0);
    const again = memoryIO();
    expect(await runCli(['batch', dir, '-o', out, '--jobs', '0', '--include', '*.txt', '--keep-non-releases', '--reference-date', '2027-01-05'], again)).toBe(0);
    expect(again.err()).toMatch(/1 parsed, 0 skipped/);
    expect(detectedOf(readFileSync(join(out, 'pasted.txt.json'), 'utf8'))).toEqual(['2026-12-03']);
  });

  test.each([
    ['a bad --reference-date', (dir: string) => ['batch', dir, '--reference-date', '2025-02-30']],
    ['a bad --jobs', (dir: string) => ['batch', dir, '--jobs', 'many']],
    ['a bad --max-bytes', (dir: string) => ['batch', dir, '--max-bytes', '20 megabytes']],
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

/** What an archive's repository holds beside its releases (written for these tests). */
const REPO_FILES = {
  'README.md': '# 公表資料アーカイブ\n- 国内の不正アクセスやシステム障害の公表資料を保存しています。\n\n```markdown\n# 公表概要\n- 不正アクセスについて\n- 2026年6月10日\n- 株式会社Example\n```\n\n# 連絡先\n- Bluesky: @example.bsky.social\n',
  'docs/README.md': '# Dashboard\n\nこのディレクトリは静的なダッシュボードです。\n',
  'docs/index.html':
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Dashboard</title></head><body><header><h1>公表アーカイブ Dashboard</h1><p>リポジトリ内の公表情報を集計し、月次推移・分類・検索で確認できます。</p></header>' +
    '<main><section><label>キーワード<input id="q" placeholder="組織名、タイトル、本文で検索"></label></section><section><h2>月次推移</h2><div id="chart"></div></section>' +
    '<table><thead><tr><th>日付</th><th>組織</th><th>タイトル</th></tr></thead><tbody id="rows"></tbody></table></main><footer><p>このページは静的に配信されています。</p></footer><script src="app.js"></script></body></html>',
};

describe('disclose batch on an archive root: files that are not releases', () => {
  test('README.md, docs/README.md, docs/index.html: one line each, left out of stdout; --keep-non-releases keeps them', async () => {
    const dir = writeTree(goodTree(2), REPO_FILES);
    const io = memoryIO();
    expect(await runCli(['batch', dir, '--jobs', '0'], io)).toBe(0);
    expect(io.out().trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([join(dir, '2024/0000_株式会社テスト0.md'), join(dir, '2025/0001_株式会社テスト1.md')]);
    const notes = io.err().split('\n').filter((l) => l.includes('not a release'));
    expect(notes).toEqual(['README.md', 'docs/README.md', 'docs/index.html'].map((f) => expect.stringMatching(new RegExp(`^disclose: ${join(dir, f)}: not a release \\(.+\\); left out \\(--keep-non-releases keeps it\\)$`))));
    expect(io.err()).toMatch(/5 parsed, 0 skipped, 0 failed, 3 not releases in /);
    const kept = memoryIO();
    expect(await runCli(['batch', dir, '--jobs', '0', '--keep-non-releases'], kept)).toBe(0);
    expect(kept.out().trimEnd().split('\n')).toHaveLength(5);
  });

  test('stats on the same root counts the two releases only; no "unknown" month', async () => {
    const dir = writeTree(goodTree(2), REPO_FILES);
    const io = memoryIO();
    expect(await runCli(['stats', '--jobs', '0', '--format', 'json', dir], io)).toBe(0);
    const stats = JSON.parse(io.out());
    expect(stats).toMatchObject({ releases: 2, nonReleases: 3 });
    expect(stats.byMonth.map((m: { month: string }) => m.month)).not.toContain('unknown');
    expect(io.err().split('\n').filter((l) => l.includes('not a release'))).toHaveLength(3);
    const all = memoryIO();
    expect(await runCli(['stats', '--jobs', '0', '--format', 'json', '--keep-non-releases', dir], all)).toBe(0);
    expect(JSON.parse(all.out())).toMatchObject({ releases: 5, nonReleases: 0 });
  });

  test('parse warns about a text with no facts at all', async () => {
    const dir = writeTree(tempDir(), { 'notes.txt': 'This is an English file.\nNothing here.\n' });
    const io = memoryIO();
    expect(await runCli(['parse', join(dir, 'notes.txt')], io)).toBe(0);
    expect(io.err()).toBe(`disclose: warning: ${join(dir, 'notes.txt')}: no facts found (no title, date, organization, counts or incident words): is it a Japanese incident release?\n`);
  });
});

describe('disclose batch --format csv|markdown -o OUTDIR: one combined table', () => {
  test.each([
    ['csv', 'releases.csv', /^path,published_at,organization/, '\r\n'],
    ['markdown', 'releases.md', /^\| /, '\n'],
  ])('--format %s writes OUTDIR/%s beside the per-release JSON, releases only, in path order', async (format, name, header, eol) => {
    const dir = writeTree(goodTree(3), REPO_FILES);
    const out = join(tempDir(), 'out');
    const io = memoryIO();
    expect(await runCli(['batch', dir, '--jobs', '0', '--format', format, '-o', out], io)).toBe(0);
    const files = listing(out);
    expect(files.filter((f) => f.endsWith('.csv') || f.endsWith('.md'))).toEqual([name]);
    expect(files.filter((f) => f.endsWith('.md.json'))).toHaveLength(5); // every input mirrored as JSON
    const table = readFileSync(join(out, name), 'utf8');
    expect(table).toMatch(header);
    const rows = table.trimEnd().split(eol);
    expect(rows).toHaveLength(format === 'csv' ? 4 : 5); // header (+ separator) and 3 releases
    expect(rows.filter((r) => r.includes('株式会社テスト'))).toHaveLength(3);
    expect(rows.findIndex((r) => r.includes('テスト0'))).toBeLessThan(rows.findIndex((r) => r.includes('テスト2')));
    expect(io.err()).toContain(`→ ${out}, ${join(out, name)}`);
    expect(io.err()).toContain(`${join(dir, 'README.md')}: not a release (no title and no publication date); its JSON is written, \`disclose stats\` leaves it out`);
    // A second run skips every file and still writes the whole table.
    expect(await runCli(['batch', dir, '--jobs', '0', '--quiet', '--format', format, '-o', out], memoryIO())).toBe(0);
    expect(readFileSync(join(out, name), 'utf8')).toBe(table);
  });

  test('--bom starts releases.csv with a byte order mark', async () => {
    const dir = goodTree(1);
    const out = join(tempDir(), 'out');
    expect(await runCli(['batch', dir, '--jobs', '0', '--quiet', '--format', 'csv', '--bom', '-o', out], memoryIO())).toBe(0);
    expect(readFileSync(join(out, 'releases.csv'), 'utf8').startsWith('\uFEFFpath,')).toBe(true);
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

  test.each([
    ['--pdf-max-pages 1', ['--pdf-max-pages', '1'], /over the 1-page limit/],
    ['no cap given', [], null],
  ])('--pdf-* options reach the worker threads: a 3-page PDF with %s', (_name, caps, refused) => {
    const dir = writeTree(tempDir(), { 'doc.pdf': readFileSync(join(ROOT, 'fixtures', 'pdf-dev', 'doc', 'd01.pdf')) });
    let stderr = '';
    let code = 0;
    try {
      execFileSync('node', [BIN, 'batch', dir, '--include', '*.pdf', '--jobs', '1', '--quiet', ...caps], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      stderr = String((e as { stderr: string }).stderr);
      code = (e as { status: number }).status;
    }
    if (refused) {
      expect(code).toBe(1);
      expect(stderr).toMatch(refused);
    } else expect([code, stderr]).toEqual([0, '']);
  }, 60_000);

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
