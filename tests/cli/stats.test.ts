import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';
import type { Stats } from '../../src/stats/aggregate.js';

/**
 * A small made archive: サンプル物産 reports one incident three times (first notice: 1,000 people
 * possibly leaked; 第2報: 800 leaked, 1,200 possibly; 最終報: the same 800 leaked again), テスト工業
 * has two unrelated incidents a year apart, and one organization name carries an escape sequence.
 */
const RELEASES: Record<string, string> = {
  '2026/01/10_株式会社サンプル物産.md': release('不正アクセスによる個人情報漏えいの可能性に関するお知らせ', '2026年1月10日', '株式会社サンプル物産',
    '株式会社サンプル物産（本社：大阪府大阪市）は、当社の通販サーバーが第三者による不正アクセスを受けたことを確認しました。\n\nお客様の氏名、メールアドレス：1,000名の情報が漏えいした可能性があります。'),
  '2026/01/20_株式会社サンプル物産.md': release('不正アクセスによる個人情報漏えいに関するお知らせ（第2報）', '2026年1月20日', '株式会社サンプル物産',
    '株式会社サンプル物産は、先日お知らせした不正アクセスについて、調査結果をご報告いたします。\n\n調査の結果、お客様の氏名、メールアドレス：800名の情報が漏えいしたことが判明しました。また、1,200名の情報が漏えいした可能性があります。'),
  '2026/03/02_株式会社サンプル物産.md': release('不正アクセスによる個人情報漏えいに関するお知らせ（最終報）', '2026年3月2日', '株式会社サンプル物産',
    '株式会社サンプル物産は、不正アクセスに関する調査を完了しました。\n\nお客様の氏名、メールアドレス：800名の情報が漏えいしたことを改めてご報告いたします。'),
  '2026/02/03_テスト工業株式会社.md': release('ランサムウェア被害に関するお知らせ', '2026年2月3日', 'テスト工業株式会社',
    'テスト工業株式会社は、社内サーバーがランサムウェアに感染したことを確認しました。取引先の担当者情報300件が外部に流出しました。'),
  '2027/04/15_テスト工業株式会社.md': release('当社ウェブサイトへの不正アクセスに関するお知らせ', '2027年4月15日', 'テスト工業株式会社',
    'テスト工業株式会社は、当社ウェブサイトが改ざんされたことを確認しました。顧客の担当者情報500件が外部に流出しました。'),
  '2026/02/20_株式会社エスケープ.md': release('不正アクセスに関するお知らせ', '2026年2月20日', '株式会社エス\x1b]0;pwned\x07ケープ\x1b[2J',
    '当社のサーバーが不正アクセスを受け、会員のメールアドレス：40名が漏えいしました。'),
};

function release(title: string, date: string, org: string, body: string): string {
  return `# 公表概要\n- ${title}\n- ${date}\n- ${org}\n- https://example.jp/news\n\n# 本文\n${body}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'disclose-stats-'));
for (const [rel, text] of Object.entries(RELEASES)) {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

async function statsOf(input: string): Promise<Stats> {
  const io = memoryIO();
  expect(await runCli(['stats', '--jobs', '0', '--format', 'json', input], io)).toBe(0);
  return JSON.parse(io.out());
}

describe('disclose stats over a folder', () => {
  test('follow-ups are not counted twice: each incident gives its latest figure', async () => {
    const s = await statsOf(dir);
    expect(s.releases).toBe(6);
    expect(s.incidents).toBe(4); // サンプル物産 ×1, テスト工業 ×2, エスケープ ×1
    expect(s.figures.leakedPeople).toEqual({ total: 800 + 40, incidents: 2, releaseSum: 800 + 800 + 40 });
    expect(s.figures.possiblePeople).toEqual({ total: 1200, incidents: 1, releaseSum: 1000 + 1200 });
    expect(s.figures.leakedRecords).toEqual({ total: 300 + 500, incidents: 2, releaseSum: 800 });
  });

  test('releases by month, every month from the first to the last; by incident type', async () => {
    const s = await statsOf(dir);
    expect(s.byMonth.slice(0, 4)).toEqual([
      { month: '2026-01', releases: 2 },
      { month: '2026-02', releases: 2 },
      { month: '2026-03', releases: 1 },
      { month: '2026-04', releases: 0 },
    ]);
    expect(s.byMonth).toHaveLength(16);
    expect(s.byMonth.at(-1)).toEqual({ month: '2027-04', releases: 1 });
    expect(s.byIncidentType.find((t) => t.name === 'unauthorized_access')).toMatchObject({ releases: 5, incidents: 3 });
    expect(s.byIncidentType.find((t) => t.name === 'ransomware')).toMatchObject({ releases: 1, incidents: 1 });
    expect(s.dataTypes.find((t) => t.name === 'email')).toMatchObject({ releases: 4, incidents: 2 });
  });

  test('the terminal view: a bar chart per month, figures kept apart, no escape from the documents', async () => {
    const io = memoryIO();
    expect(await runCli(['stats', '--jobs', '0', '--no-color', dir], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^6 releases, 4 incidents/);
    expect(out).toMatch(/\n {2}2026-01 {2}2 {2}█+\n/);
    expect(out).toMatch(/\n {2}2026-04 {2}0\n/);
    expect(out).toMatch(/leaked people +840 +2 +1,640/);
    expect(out).toMatch(/possibly leaked people +1,200 +1 +2,200/);
    expect(out).toContain('株式会社エスケープ'); // the OSC and the CSI are dropped whole
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });

  test('--format csv: one tidy table', async () => {
    const io = memoryIO();
    await runCli(['stats', '--jobs', '0', '--format', 'csv', dir], io);
    const rows = io.out().trimEnd().split('\r\n');
    expect(rows[0]).toBe('table,key,releases,incidents,value');
    expect(rows).toContain('month,2026-01,2,,');
    expect(rows).toContain('figure,leakedPeople,,2,840');
    expect(rows).toContain('figure_release_sum,leakedPeople,,,1640');
  });

  test('NDJSON from parse gives the same statistics as the folder', async () => {
    const nd = memoryIO();
    const files = Object.keys(RELEASES).sort().map((r) => join(dir, r));
    await runCli(['parse', '--ndjson', ...files], nd);
    const file = join(dir, '..', `${dir.split('/').pop()}.ndjson`);
    writeFileSync(file, nd.out() + 'not json\n');
    const io = memoryIO();
    expect(await runCli(['stats', '--format', 'json', file], io)).toBe(1); // the bad line counts as failed
    expect(io.err()).toMatch(/:7: not JSON/);
    const fromFile: Stats = JSON.parse(io.out());
    const fromFolder = await statsOf(dir);
    expect({ ...fromFile, failed: 0 }).toEqual(fromFolder);
  });

  test('a batch -o OUTDIR is read from its index and JSON files, with the same statistics', async () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-out`);
    expect(await runCli(['batch', '--jobs', '0', '--quiet', dir, '-o', out], memoryIO())).toBe(0);
    const fromOutDir = await statsOf(out);
    expect(fromOutDir).toEqual(await statsOf(dir));
    rmSync(join(out, '2026', '01', '10_株式会社サンプル物産.md.json'));
    const io = memoryIO();
    expect(await runCli(['stats', '--format', 'json', out], io)).toBe(1);
    expect(io.err()).toMatch(/10_株式会社サンプル物産\.md\.json: no such file/);
    expect(JSON.parse(io.out()).releases).toBe(5);
  });

  test('--since / --until keep the releases published in between, bounds included', async () => {
    const io = memoryIO();
    expect(await runCli(['stats', '--jobs', '0', '--format', 'json', '--since', '2026-01-20', '--until', '2026-02', dir], io)).toBe(0);
    const s: Stats = JSON.parse(io.out());
    expect(s.releases).toBe(3); // 01-20 サンプル物産 第2報, 02-03 テスト工業, 02-20 エスケープ
    expect(s.byMonth).toEqual([{ month: '2026-01', releases: 1 }, { month: '2026-02', releases: 2 }]);
    const bad = memoryIO();
    expect(await runCli(['stats', '--since', 'last week', dir], bad)).toBe(2);
  });

  test('a missing input is an error', async () => {
    const io = memoryIO();
    expect(await runCli(['stats', join(dir, 'nope')], io)).toBe(1);
    expect(io.err()).toMatch(/nope: no such file/);
  });

  test.each([
    [['--since', '2030'], /none of the 6 releases in .* was published on or after 2030/],
    [['--since', '2026', '--until', '2025'], /--since 2026 is after --until 2025/],
  ])('nothing selected (%j): said in one line, exit 0, in every format', async (bounds, reason) => {
    const io = memoryIO();
    expect(await runCli(['stats', '--jobs', '0', '--no-color', ...bounds, dir], io)).toBe(0);
    expect(io.out()).toMatch(/^0 releases, 0 incidents/);
    expect(io.out()).toMatch(reason);
    expect(io.err()).toBe('');
    for (const format of ['json', 'csv']) {
      const f = memoryIO();
      expect(await runCli(['stats', '--jobs', '0', '--format', format, ...bounds, dir], f)).toBe(0);
      expect(f.out()).toMatch(format === 'json' ? /"releases": 0/ : /total,releases,0,,/);
    }
  });

  test('an empty folder, an empty NDJSON file: nothing to count, exit 0', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'disclose-stats-empty-'));
    const io = memoryIO();
    expect(await runCli(['stats', '--jobs', '0', empty], io)).toBe(0);
    expect(io.out()).toMatch(/Nothing to count: no release found in /);
    writeFileSync(join(empty, 'none.ndjson'), '');
    const file = memoryIO();
    expect(await runCli(['stats', join(empty, 'none.ndjson')], file)).toBe(0);
    expect(file.out()).toMatch(/Nothing to count: .*none\.ndjson holds no incident\.\n$/);
  });

  test('a folder inside a batch OUTDIR: the OUTDIR\'s index, kept to that folder', async () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-sub`);
    expect(await runCli(['batch', '--jobs', '0', '--quiet', dir, '-o', out], memoryIO())).toBe(0);
    const s = await statsOf(join(out, '2026', '01'));
    expect(s.releases).toBe(2);
    expect(s.byMonth).toEqual([{ month: '2026-01', releases: 2 }]);
  });

  test('the pretty JSON of `parse` for one file, an array of incidents, or a single release file', async () => {
    const file = join(dir, '2026/02/03_テスト工業株式会社.md');
    const one = memoryIO();
    await runCli(['parse', file], one);
    const pretty = join(tmpdir(), `disclose-stats-one-${process.pid}.json`);
    writeFileSync(pretty, one.out());
    const fromPretty = await statsOf(pretty);
    expect(fromPretty.releases).toBe(1);
    expect(fromPretty.byIncidentType.map((t) => t.name)).toContain('ransomware');
    const array = join(tmpdir(), `disclose-stats-array-${process.pid}.json`);
    writeFileSync(array, JSON.stringify([JSON.parse(one.out()), JSON.parse(one.out())], null, 2));
    expect((await statsOf(array)).releases).toBe(2);
    expect(await statsOf(file)).toEqual(fromPretty);
    const io = memoryIO();
    expect(await runCli(['stats', '--no-color', file], io)).toBe(0);
    expect(io.out()).toMatch(/^1 release, 1 incident/);
  });

  test('JSON that is neither NDJSON nor one document: refused in one line', async () => {
    const broken = join(tmpdir(), `disclose-stats-broken-${process.pid}.json`);
    writeFileSync(broken, '{\n  "schemaVersion": 1,\n');
    const io = memoryIO();
    expect(await runCli(['stats', broken], io)).toBe(1);
    expect(io.err().trimEnd().split('\n')).toEqual([`disclose: ${broken}: not incident JSON: neither one incident per line (NDJSON) nor one JSON document (an incident or an array of them)`]);
    expect(io.out()).toBe('');
  });

  test('an index entry naming a file outside the OUTDIR (../x.json, or a link leading out) is not read', async () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-escape`);
    expect(await runCli(['batch', '--jobs', '0', '--quiet', dir, '-o', out], memoryIO())).toBe(0);
    const outside = join(dir, '..', `${dir.split('/').pop()}-outside.json`);
    const one = memoryIO();
    await runCli(['parse', join(dir, '2026/02/03_テスト工業株式会社.md')], one);
    writeFileSync(outside, one.out());
    symlinkSync(outside, join(out, 'link.json'));
    const index = join(out, 'index.ndjson');
    const entry = (output: string) => JSON.stringify({ path: `x/${output}`, output }) + '\n';
    writeFileSync(index, readFileSync(index, 'utf8') + entry(`../${outside.split('/').pop()}`) + entry('link.json'));
    const io = memoryIO();
    expect(await runCli(['stats', '--format', 'json', out], io)).toBe(1);
    expect(JSON.parse(io.out()).releases).toBe(6);
    expect(io.err().trimEnd().split('\n')).toEqual([expect.stringMatching(/index\.ndjson:7: output "\.\.\/.*-outside\.json" is outside .*: not read$/), expect.stringMatching(/index\.ndjson:8: output "link\.json" is outside .*: not read$/)]);
  });
});
