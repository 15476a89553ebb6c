import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildIncidents, changesBetween } from '../../src/incidents/build.js';
import { attachTexts } from '../../src/incidents/load.js';
import type { Release } from '../../src/incidents/group.js';
import { parse, parseFile } from '../../src/parse.js';
import { ARCHIVE, hasArchive } from '../helpers.js';

async function release(path: string, title: string, date: string, body: string): Promise<Release> {
  const text = `# 公表概要\n- ${title}\n- ${date}\n- 株式会社サンプル物産\n\n# 本文\n${body}\n`;
  return { incident: await parse(text, { path, tokenize: false }), relPath: path, text };
}

/** The seed's four TOKAI Communications releases in the archive (12-19, 12-21, 12-22 第二報, 01-23 第三報). */
function tokaiPaths(): string[] {
  const pick = (month: string, day: string) =>
    readdirSync(join(ARCHIVE, month))
      .filter((f) => f.startsWith(`${day}_`) && f.normalize('NFKC').includes('TOKAIコミュニケーションズ'))
      .map((f) => join(ARCHIVE, month, f));
  return [...pick('2025/12', '19'), ...pick('2025/12', '21'), ...pick('2025/12', '22'), ...pick('2026/01', '23')];
}

describe('the seed incident: TOKAI Communications, four releases', () => {
  if (!hasArchive) console.warn(`skipping the TOKAI incident test: no archive at ${ARCHIVE}`);
  test.skipIf(!hasArchive)('one incident whose changes show the 第三報 confirmed figures', async () => {
    const paths = tokaiPaths();
    expect(paths).toHaveLength(4);
    // the archive's curator links are read like any release text; the grouping must not need them,
    // so the releases are grouped here from their JSON and texts with report.previous emptied
    const releases: Release[] = [];
    for (const p of paths) {
      const incident = await parseFile(p, { tokenize: false });
      incident.report.previous = [];
      releases.push({ incident });
    }
    await attachTexts(releases);
    const records = buildIncidents(releases);
    expect(records).toHaveLength(1);
    const [tokai] = records;
    expect(tokai!.id).toBe('2025-12-19-TOKAIコミュニケーションズ');
    expect(tokai!.releases.map((r) => r.role)).toEqual(['first', 'follow-up', 'follow-up', 'follow-up']);
    expect(tokai!.releases.map((r) => r.report.number)).toEqual([null, null, 2, 3]);
    for (const r of tokai!.releases.slice(1)) expect(r.linkedBy.length).toBeGreaterThan(0);
    const third = releases[3]!.incident;
    expect(third.headline.confirmedRecords).not.toBeNull();
    const last = tokai!.changes.at(-1)!;
    expect(last.release).toBe(paths[3]);
    const confirmed = last.figures.find((f) => f.figure === 'confirmedRecords');
    expect(confirmed).toMatchObject({ to: third.headline.confirmedRecords!.value, unit: third.headline.confirmedRecords!.unit });
    // the consolidated headline is the 第三報's, not a sum over the four releases
    expect(tokai!.headline.confirmedRecords!.value).toBe(third.headline.confirmedRecords!.value);
    expect(tokai!.headline.confirmedRecords!.release).toBe(paths[3]);
  });
});

describe('changesBetween', () => {
  test('figures raised and first stated, data kinds added and ruled out, new dates, closed by 最終報', async () => {
    const first = await release('2026/01/10_a.md', '不正アクセスによる個人情報漏えいの可能性に関するお知らせ', '2026年1月10日',
      '2026年1月5日に当社の通販サーバーが第三者による不正アクセスを受けたことを確認しました。\n\nお客様の氏名、メールアドレス：1,000名の情報が漏えいした可能性があります。');
    const last = await release('2026/03/02_a.md', '不正アクセスによる個人情報漏えいに関するお知らせ（最終報）', '2026年3月2日',
      '調査の結果、お客様の氏名、メールアドレス、電話番号：800名の情報が漏えいしたことが判明しました。また、1,200名の情報が漏えいした可能性があります。なお、クレジットカード情報は漏えいしていないことを確認しました。2026年2月20日にサーバーを復旧しました。');
    const c = changesBetween(first.incident, last.incident);
    expect(c.figures).toEqual(expect.arrayContaining([
      expect.objectContaining({ figure: 'possiblePeople', from: 1000, to: 1200, change: 'raised' }),
      expect.objectContaining({ figure: 'confirmedPeople', from: null, to: 800, change: 'stated' }),
    ]));
    expect(c.dataTypesAdded).toContain('phone');
    expect(c.dataTypesRuledOut).toContain('credit_card');
    expect(c.newDates.map((d) => d.date)).toContain('2026-02-20');
    expect(c.status).toEqual({ from: 'ongoing', to: 'closed' });
    const back = changesBetween(last.incident, first.incident);
    expect(back.figures).toEqual(expect.arrayContaining([expect.objectContaining({ figure: 'possiblePeople', change: 'lowered' }), expect.objectContaining({ figure: 'confirmedPeople', change: 'notRestated' })]));
  });

  test('a release against itself changes nothing', async () => {
    const r = await release('2026/01/10_a.md', 'お知らせ', '2026年1月10日', '会員のメールアドレス：40名が漏えいしました。');
    expect(changesBetween(r.incident, r.incident)).toMatchObject({ figures: [], dataTypesAdded: [], dataTypesRuledOut: [], newDates: [], status: null });
  });
});

describe('buildIncidents', () => {
  test('ids are stable and unique; roles; merged timeline names each entry\'s release', async () => {
    const a = await release('2026/01/10_a.md', 'システム障害のお知らせ', '2026年1月10日', '2026年1月8日に当社システムで障害が発生しました。');
    const b = await release('2026/01/20_a.md', 'システム復旧のお知らせ', '2026年1月20日', '2026年1月8日に発生したシステム障害について、2026年1月19日にシステムを復旧しました。');
    const other = await release('2026/01/10_b.md', 'ウェブサイト改ざんのお知らせ', '2026年1月10日', '当社ウェブサイトが改ざんされました。');
    const records = buildIncidents([a, b, other]);
    expect(records.map((r) => r.id)).toEqual(['2026-01-10-サンプル物産', '2026-01-10-サンプル物産-2']);
    expect(records[0]!.releases.map((r) => r.role)).toEqual(['first', 'recovery']);
    expect(records[0]!.timeline.every((t) => t.release === '2026/01/10_a.md' || t.release === '2026/01/20_a.md')).toBe(true);
    expect(JSON.stringify(buildIncidents([other, b, a]))).toBe(JSON.stringify(records)); // input order does not matter
  });
});

describe('data kinds over a series', () => {
  test('a kind ruled out by a later release leaves dataTypes for notLeaked', async () => {
    const first = await release('2026/01/10_a.md', '不正アクセスに関するお知らせ', '2026年1月10日',
      '当社サーバーが不正アクセスを受けました。お客様の氏名、メールアドレス、パスワードが漏えいした可能性があります。');
    const later = await release('2026/02/10_a.md', '不正アクセスに関するお知らせ（第2報）', '2026年2月10日',
      '調査の結果、お客様の氏名、メールアドレスが漏えいしたことが判明しました。なお、パスワードは漏えいしていないことを確認しました。');
    expect(first.incident.dataTypes).toContain('password');
    expect(later.incident.notLeaked).toContain('password');
    const [record] = buildIncidents([first, later]);
    expect(record!.dataTypes).toEqual(expect.arrayContaining(['name', 'email']));
    expect(record!.dataTypes).not.toContain('password');
    expect(record!.notLeaked).toContain('password');
    expect(record!.changes[0]!.dataTypesRuledOut).toContain('password');
  });
});
