import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'disclose-report-cli-'));
const input = join(dir, 'in');
for (const [rel, org, day] of [
  ['2026/01/10_株式会社サンプル物産.md', '株式会社サンプル物産', 10],
  ['2026/02/03_テスト工業株式会社.md', 'テスト工業株式会社', 3],
] as const) {
  mkdirSync(dirname(join(input, rel)), { recursive: true });
  writeFileSync(join(input, rel), `# 公表概要\n- 不正アクセスに関するお知らせ\n- 2026年${rel.slice(5, 7).replace(/^0/, '')}月${day}日\n- ${org}\n- https://example.jp/news\n\n# 本文\n${org}は、当社サーバーが不正アクセスを受けたことを確認しました。会員のメールアドレス：40名が漏えいしました。\n`);
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** The JSON the page embeds. */
function dataOf(html: string): { incidents: { organization: string; releases: unknown[] }[] } {
  return JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!);
}

describe('disclose report', () => {
  test('writes one page from a folder and says what it holds', async () => {
    const page = join(dir, 'report.html');
    const r = await run('report', '--jobs', '0', '--no-tokenize', input, '-o', page);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^disclose report: 2 releases, 2 incidents → .*report\.html \(0\.\d MB\)\n$/);
    const html = readFileSync(page, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(dataOf(html).incidents.map((i) => i.organization).sort()).toEqual(['テスト工業株式会社', '株式会社サンプル物産']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]); // no temporary file left
  });

  test('-o - prints the page; --since keeps the releases from then on; --title is the page title', async () => {
    const r = await run('report', '--jobs', '0', '--no-tokenize', '--since', '2026-02', '--title', '二月 <b>', input, '-o', '-');
    expect(r.code).toBe(0);
    expect(dataOf(r.out).incidents.map((i) => i.organization)).toEqual(['テスト工業株式会社']);
    expect(r.out).toContain('<title>二月 &lt;b&gt;</title>');
  });

  test.each([
    [['report', 'in'], /required option '-o, --output <file>'/],
    [['report', '-o', 'x.html'], /missing required argument 'inputs'/],
    [['report', 'in', '-o', 'x.html', '--since', '2025-13'], /--since/],
  ])('usage error: %j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync('x.html')).toBe(false);
  });

  test('a missing input is reported and the exit status is 1; the other inputs still make the page', async () => {
    const page = join(dir, 'partial.html');
    const r = await run('report', '--jobs', '0', '--no-tokenize', input, join(dir, 'missing.ndjson'), '-o', page);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.ndjson');
    expect(dataOf(readFileSync(page, 'utf8')).incidents).toHaveLength(2);
  });

  test('an output folder that does not exist: one line, exit 1, nothing left behind', async () => {
    const r = await run('report', '--jobs', '0', '--no-tokenize', input, '-o', join(dir, 'no', 'such', 'page.html'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/page\.html: .*ENOENT|no such/i);
  });
});
