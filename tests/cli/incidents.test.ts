import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { IncidentRecord, ReleaseChanges } from '../../src/incidents/build.js';
import { INCIDENT_RECORD_SCHEMA, RELEASE_CHANGES_SCHEMA } from '../../src/incidents/schema.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateRecord = ajv.compile(INCIDENT_RECORD_SCHEMA);
const validateChanges = ajv.compile(RELEASE_CHANGES_SCHEMA);
const errorsOf = (v: typeof validateRecord, value: unknown): string[] => (v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

/**
 * A made archive: サンプル物産 reports one incident three times (the third is its 最終報, quoting the
 * first notice's date), テスト工業 has two unrelated incidents a month apart, and one organization
 * name carries an escape sequence.
 */
const RELEASES: Record<string, string> = {
  '2026/01/10_株式会社サンプル物産.md': release('不正アクセスによる個人情報漏えいの可能性に関するお知らせ', '2026年1月10日', '株式会社サンプル物産',
    '2026年1月5日に当社の通販サーバーが第三者による不正アクセスを受けたことを確認しました。\n\nお客様の氏名、メールアドレス：1,000名の情報が漏えいした可能性があります。'),
  '2026/01/20_株式会社サンプル物産.md': release('調査状況のご報告', '2026年1月20日', '株式会社サンプル物産',
    '2026年1月10日に公表いたしました不正アクセスについて、調査結果をご報告いたします。\n\n調査の結果、お客様の氏名、メールアドレス：800名の情報が漏えいしたことが判明しました。'),
  '2026/03/02_株式会社サンプル物産.md': release('不正アクセスによる個人情報漏えいに関するお知らせ（最終報）', '2026年3月2日', '株式会社サンプル物産',
    '調査を完了しました。お客様の氏名、メールアドレス、電話番号：900名の情報が漏えいしたことが判明しました。'),
  '2026/02/03_テスト工業株式会社.md': release('ランサムウェア被害に関するお知らせ', '2026年2月3日', 'テスト工業株式会社',
    'テスト工業株式会社は、社内サーバーがランサムウェアに感染したことを確認しました。取引先の担当者情報300件が外部に流出しました。'),
  '2026/03/05_テスト工業株式会社.md': release('当社ウェブサイトの改ざんに関するお知らせ', '2026年3月5日', 'テスト工業株式会社',
    'テスト工業株式会社は、当社ウェブサイトが改ざんされたことを確認しました。'),
  '2026/02/20_株式会社エスケープ.md': release('不正アクセスに関するお知らせ', '2026年2月20日', '株式会社エス\x1b]0;pwned\x07ケープ\x1b[2J',
    '当社のサーバーが不正アクセスを受け、会員のメールアドレス：40名が漏えいしました。'),
};

function release(title: string, date: string, org: string, body: string): string {
  return `# 公表概要\n- ${title}\n- ${date}\n- ${org}\n\n# 本文\n${body}\n`;
}

const root = mkdtempSync(join(tmpdir(), 'disclose-incidents-'));
const dir = join(root, 'archive');
for (const [rel, text] of Object.entries(RELEASES)) {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function incidentsOf(...inputs: string[]): Promise<IncidentRecord[]> {
  const { code, out } = await run(['incidents', '--jobs', '0', ...inputs]);
  expect(code).toBe(0);
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

describe('disclose incidents', () => {
  test('NDJSON when stdout is not a terminal: one line per incident, follow-ups joined on what they say', async () => {
    const records = await incidentsOf(dir);
    for (const r of records) expect(errorsOf(validateRecord, r)).toEqual([]);
    expect(records.map((r) => [r.id, r.releases.length])).toEqual([
      ['2026-01-10-サンプル物産', 3],
      ['2026-02-03-テスト工業', 1],
      ['2026-02-20-エス\x1b]0;pwned\x07ケープ\x1b[2J', 1],
      ['2026-03-05-テスト工業', 1],
    ]);
    const sample = records[0]!;
    expect(sample.status).toBe('closed');
    expect(sample.releases.map((r) => r.role)).toEqual(['first', 'follow-up', 'final']);
    expect(sample.releases[1]!.linkedBy[0]).toMatchObject({ kind: 'earlierNotice', release: join(dir, '2026/01/10_株式会社サンプル物産.md') });
    expect(sample.headline.confirmedPeople).toMatchObject({ value: 900, release: join(dir, '2026/03/02_株式会社サンプル物産.md') });
    expect(sample.changes.map((c) => c.figures.map((f) => `${f.figure}:${f.change}`))).toEqual([
      ['confirmedPeople:stated', 'possiblePeople:notRestated'],
      ['confirmedPeople:raised'],
    ]);
    expect(sample.changes[1]!.dataTypesAdded).toContain('phone');
  });

  test('a batch OUTDIR is read from its index, and gives the same incidents', async () => {
    const out = join(root, 'out');
    expect((await run(['batch', '--jobs', '0', '--quiet', dir, '-o', out])).code).toBe(0);
    expect((await incidentsOf(out)).map((r) => r.id)).toEqual((await incidentsOf(dir)).map((r) => r.id));
  });

  test('incident NDJSON and single release files are read too', async () => {
    const { out } = await run(['parse', '--ndjson', join(dir, '2026/01/10_株式会社サンプル物産.md'), join(dir, '2026/01/20_株式会社サンプル物産.md')]);
    const file = join(root, 'two.ndjson');
    writeFileSync(file, out);
    expect((await incidentsOf(file)).map((r) => r.releases.length)).toEqual([2]);
    expect((await incidentsOf(join(dir, '2026/02/03_テスト工業株式会社.md'), join(dir, '2026/03/05_テスト工業株式会社.md'))).length).toBe(2);
  });

  test.each([
    ['json', (out: string) => expect(JSON.parse(out)).toHaveLength(4)],
    ['csv', (out: string) => expect(out.split('\r\n')[0]).toMatch(/^id,organization,status,first_date/)],
    ['table', (out: string) => expect(out).toMatch(/^first +last +organization/)],
    ['markdown', (out: string) => expect(out).toMatch(/^\| First \| Last \| Organization/)],
    ['summary', (out: string) => expect(out).toMatch(/confirmed people: - → 800 名 \(stated\)/)],
  ])('--format %s', async (format, check) => {
    const { code, out } = await run(['incidents', '--jobs', '0', '--no-color', '--format', format, dir]);
    expect(code).toBe(0);
    check(out);
    if (format !== 'json') expect(out).not.toMatch(/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]/); // escape sequences stripped
  });

  test('the schema refuses what no record has', async () => {
    const [record] = await incidentsOf(dir);
    for (const spoil of [(r: any) => (r.status = 'paused'), (r: any) => (r.releases[1].linkedBy[0].kind = 'sameOrganization'), (r: any) => (r.headline.confirmedPeople.value = -1), (r: any) => delete r.changes]) {
      const copy = structuredClone(record);
      spoil(copy);
      expect(errorsOf(validateRecord, copy)).not.toEqual([]);
    }
  });

  test('a missing input: one line on stderr, exit 1', async () => {
    const { code, err } = await run(['incidents', '--jobs', '0', join(root, 'nope')]);
    expect(code).toBe(1);
    expect(err).toMatch(/nope/);
  });
});

describe('disclose diff', () => {
  const older = join(dir, '2026/01/10_株式会社サンプル物産.md');
  const newer = join(dir, '2026/01/20_株式会社サンプル物産.md');

  test('--format json: the changes between two releases', async () => {
    const { code, out } = await run(['diff', '--format', 'json', older, newer]);
    expect(code).toBe(0);
    const c: ReleaseChanges = JSON.parse(out);
    expect(errorsOf(validateChanges, c)).toEqual([]);
    expect(c.figures).toEqual([
      expect.objectContaining({ figure: 'confirmedPeople', from: null, to: 800, change: 'stated' }),
      expect.objectContaining({ figure: 'possiblePeople', from: 1000, to: null, change: 'notRestated' }),
    ]);
  });

  test('text: one line per change', async () => {
    const { code, out } = await run(['diff', '--no-color', older, newer]);
    expect(code).toBe(0);
    expect(out).toContain('confirmed people: - → 800 名 (stated)');
  });

  test('a missing file is exit 1', async () => {
    const { code, err } = await run(['diff', older, join(root, 'missing.md')]);
    expect(code).toBe(1);
    expect(err).toMatch(/missing\.md/);
  });
});
