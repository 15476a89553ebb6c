import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { isArchiveMarkdown } from '../../src/archive/overview.js';

/** The overview fields of an archive release, as text. */
function overviewOf(text: string) {
  const doc = buildDocument(text);
  const o = doc.overview;
  if (!o) return null;
  return {
    title: o.title?.text ?? null,
    date: o.date?.iso ?? null,
    organization: o.organization?.text ?? null,
    url: o.url?.text ?? null,
    previous: o.previous.map((p) => `${p.label}|${p.url}`),
    body: doc.text.slice(doc.bodyStart).trim().slice(0, 10),
  };
}

const release = (bullets: string[], heading = '# 公表概要') => `${heading}\n${bullets.map((b) => `- ${b}`).join('\n')}\n\n# 本文\n本文です。\n`;

describe('overview bullets are told apart by content', () => {
  test.each<[string, string[], Partial<NonNullable<ReturnType<typeof overviewOf>>>]>([
    [
      'the usual order',
      ['不正アクセスに関するお知らせ', '2025年6月2日', '架空物産株式会社', 'https://example.jp/a'],
      { title: '不正アクセスに関するお知らせ', date: '2025-06-02', organization: '架空物産株式会社', url: 'https://example.jp/a' },
    ],
    [
      'another order',
      ['https://example.jp/a', '東山市', '2025年6月2日', '市ホームページの改ざんについて'],
      { title: '市ホームページの改ざんについて', date: '2025-06-02', organization: '東山市', url: 'https://example.jp/a' },
    ],
    [
      'a short title without title words still loses to a name',
      ['HPの不具合につきまして', '2025年6月2日', '株式会社サンプル劇団', 'https://example.jp/a'],
      { title: 'HPの不具合につきまして', organization: '株式会社サンプル劇団' },
    ],
    [
      'a group and its companies: the first is the issuer',
      ['当グループへの不正アクセスについて（最終ご報告）', '2025年1月8日', 'サンプルグループ', '株式会社サンプル東京', '株式会社サンプル大阪', 'https://example.jp/a'],
      { organization: 'サンプルグループ', title: '当グループへの不正アクセスについて(最終ご報告)' },
    ],
    [
      'a date with an update note',
      ['SNSアカウント乗っ取りに関するお詫び', '2024年12月12日、2024年12月17日更新', '架空物産株式会社', 'https://example.jp/a'],
      { date: '2024-12-12', organization: '架空物産株式会社' },
    ],
    [
      'a date with a remark in parentheses',
      ['システム侵害発生のお知らせ', '2025年9月12日（文中記載なし、ファイル作成日より）', '架空物産株式会社', 'https://example.jp/a'],
      { date: '2025-09-12', organization: '架空物産株式会社' },
    ],
    [
      'an unknown date is neither title nor organization',
      ['不正アクセス発生に関するご報告', '2025年1月XX日', '架空物産株式会社', 'https://example.jp/a'],
      { date: null, organization: '架空物産株式会社', title: '不正アクセス発生に関するご報告' },
    ],
    [
      'a title that starts with a date is still the title',
      ['2025年11月25日 システムへの不正アクセスについて（第2報）', '2025年11月25日', '中央図書館', 'https://example.jp/a'],
      { date: '2025-11-25', title: '2025年11月25日 システムへの不正アクセスについて(第2報)', organization: '中央図書館' },
    ],
    [
      'a placeholder title',
      ['(タイトルなし)', '2025年4月15日', '公益社団法人サンプル協会', 'https://example.jp/a'],
      { organization: '公益社団法人サンプル協会' },
    ],
  ])('%s', (_name, bullets, want) => {
    expect(overviewOf(release(bullets))).toMatchObject(want);
  });

  test.each<[string, string, string]>([
    ['colon', '第11報：https://example.jp/11', '第11報|https://example.jp/11'],
    ['semicolon', '第1報；https://example.jp/1', '第1報|https://example.jp/1'],
    ['space', '第1報 https://example.jp/1', '第1報|https://example.jp/1'],
    ['a related release', '関連公表：https://example.jp/r', '関連公表|https://example.jp/r'],
    ['a named label', 'AOKI HD https://example.jp/r', 'AOKI HD|https://example.jp/r'],
    ['the URL left out', '第1報：', '第1報|'],
    ['a related release with no URL', '関連 株式会社サンプルホールディングス（親会社）', '関連 株式会社サンプルホールディングス(親会社)|'],
  ])('earlier-report link (%s) is not the organization', (_name, bullet, want) => {
    const o = overviewOf(release(['不正アクセスについて', '2025年4月24日', '架空県', 'https://example.jp/a', bullet]));
    expect(o?.organization).toBe('架空県');
    expect(o?.previous).toEqual([want]);
  });
});

test('links to earlier reports under 公表種別 join the previous reports; the kind is the word', () => {
  const text = '# 公表概要\n- 不正アクセスについて\n- 2026年8月4日\n- 架空物産株式会社\n- https://example.jp/a\n\n# 事案ID\n- 2026-07-02-架空物産株式会社\n\n# 公表種別\n- 続報\n- 第1報：https://example.jp/1\n\n# 本文\n本文です。\n';
  const doc = buildDocument(text);
  expect(doc.overview?.kind?.text).toBe('続報');
  expect(doc.overview?.previous.map((p) => p.url)).toEqual(['https://example.jp/1']);
});

describe('the archive layout is recognized by its shape', () => {
  test.each<[string, string, boolean]>([
    ['the named overview', release(['お知らせ', '2025年1月1日', '架空物産株式会社']), true],
    ['a blank first heading', release(['お知らせ', '2025年1月1日', '架空物産株式会社'], '# '), true],
    ['a misnamed first heading', release(['お知らせ', '2025年1月1日', '架空物産株式会社'], '# 公表以外用'), true],
    ['plain text', '不正アクセスに関するお知らせ\n\n当社は不正アクセスを確認しました。', false],
    ['Markdown without a 本文 section', '# お知らせ\n- 項目1\n- 項目2\n', false],
    ['blank lines before the overview', '\n\n' + release(['お知らせ', '2025年1月1日', '架空物産株式会社']), true],
    ['a pasted release quoting another release\'s overview further down', '12月5日にお知らせした件の第二報です。\n\n' + release(['子会社のお知らせ', '2025年1月1日', '架空物産株式会社']), false],
  ])('%s', (_name, text, want) => {
    expect(isArchiveMarkdown(buildDocument(text).text)).toBe(want);
  });

  test('with a blank first heading the overview still gives every field and the body starts after # 本文', () => {
    expect(overviewOf(release(['不正アクセスについて（第5報）', '2025年3月31日', '架空物産株式会社', 'https://example.jp/a'], '# '))).toMatchObject({
      title: '不正アクセスについて(第5報)',
      date: '2025-03-31',
      organization: '架空物産株式会社',
      body: '本文です。',
    });
  });
});
