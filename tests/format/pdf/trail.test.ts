import { expect, test } from 'vitest';
import { trailDate, trailTitle } from '../../../src/format/pdf/trail.js';

const HEAD = ['【メンテナンス】3月25日にシステムメンテナンスを実施します。', '', '### 重要 お知らせ', '', '## 不正アクセスに関するお知らせ', '', '当社は次のとおりご報告いたします。'];

test.each([
  ['the last link names the heading', 'ホーム > お知らせ > 不正アクセスに関するお知らせ', 4],
  ['spaced slashes between the links', 'ホーム / お知らせ / 不正アクセスに関するお知らせ', 4],
  ['the last link cut short', 'ホーム > お知らせ > 不正アクセスに関す…', 4],
  // The section's name (a category badge's words) or another page's name is no title here.
  ['a trail ending at the section', 'ホーム > お知らせ', -1],
  ['a trail naming another page', 'ホーム > お知らせ > 年末年始休業のお知らせ', -1],
  ['a last link too short to tell', 'ホーム > 重要', -1],
  // An old site's link ends with the page's date in brackets, whole or cut where the trail wrapped.
  ['the title with its date in brackets', 'トップページ > お知らせ > 不正アクセスに関するお知らせ（2026年4月3日掲載）', 4],
  ['that date cut off', 'トップページ > お知らせ > 不正アクセスに関するお知らせ(2026年4月3', 4],
  // Brackets holding no date are the title's words: the heading has them too.
  ['a bracketed year of no date', 'トップページ > お知らせ > 不正アクセスに関するお知らせ（2026年度）', -1],
])('trailTitle: %s', (_label, trail, expected) => {
  expect(trailTitle(HEAD, trail)).toBe(expected);
});

// The title set in the body's type (a page builder's styled div under the trail), a line of its own above the first sentence
// (printfuzz s3 p020: read as the text's first line, its 「漏洩」 the counts' status).
const PLAIN = ['不正アクセスに関するお知らせ', '', '更新日：2026年7月20日', '', '当社は次のとおりご報告いたします。', '', '不正アクセスに関するお知らせ'];
test.each([
  ['a line in the body\'s type above the first sentence', PLAIN, 'ホーム > お知らせ > 不正アクセスに関するお知らせ', 0],
  // Negative cases: that line only under the first sentence, or a line naming another page.
  ['the line only under the first sentence', PLAIN.slice(2), 'ホーム > お知らせ > 不正アクセスに関するお知らせ', -1],
  ['a line naming another page', PLAIN, 'ホーム > お知らせ > 年末年始休業のお知らせ', -1],
] as [string, string[], string, number][])('trailTitle, a title in the body\'s type: %s', (_label, lines, trail, expected) => {
  expect(trailTitle(lines, trail)).toBe(expected);
});

test.each([
  ['a date among the links', 'ホーム / お知らせ / 2025年2月28日 / 委託先保険代理店における情報流出の可能性について', '2025-02-28'],
  ['a dotted date', 'HOME > NEWS > 2025.02.28 > 不正アクセスについて', '2025-02-28'],
  // A level in the era's initial alone is the page's day (a municipal site's archive by day); a version in a title is no level.
  ['a level in the era\'s initial', 'ホーム > お知らせ > R8.4.27 > 電子カルテの不正アクセスに関する報告ならびにお詫びについて', '2026-04-27'],
  ['a level in the era\'s initial, slashes', 'トップ ＞ 新着情報 ＞ H30/4/1 ＞ 不正アクセスについて', '2018-04-01'],
  ['the era\'s initial inside a level', 'ホーム > お知らせ > R8.4.27版の規約について > 不正アクセスについて', null],
  ['the last link alone in the era\'s initial (the page\'s own title)', 'ホーム > 製品 > R8.4.27', null],
  // A date inside the title's link is the title's words, not the page's date.
  ['a date in the title only', 'ホーム > お知らせ > 2025年2月28日に発生したシステム障害について', null],
  ['no date', 'ホーム > お知らせ > 不正アクセスについて', null],
  // The page's link named by its date alone; not a title that opens with a date and goes on.
  ['a page named by its date', 'ホーム ＞ 新着情報 ＞ 2025年9月10日のお知らせ', '2025-09-10'],
  ['a title with the date of the incident', 'ホーム ＞ 新着情報 ＞ 2025年9月10日の障害のお知らせ', null],
  ['a month\'s notices', 'ホーム ＞ 新着情報 ＞ 2025年9月のお知らせ', null],
  // An old site's page link ends with its date in brackets, maybe cut off where the trail wrapped.
  ['a date in brackets after the title', 'トップページ > お知らせ > 不正アクセスについて（2026年2月16日掲載）', '2026-02-16'],
  ['that date cut off inside its label', 'トップページ > お知らせ > 不正アクセスについて(第 3 報)(2026年2月16日掲', '2026-02-16'],
  ['an update\'s date in brackets', 'トップページ > お知らせ > 不正アクセスについて（2026年2月16日更新）', null],
  ['an update\'s cut off', 'トップページ > お知らせ > 不正アクセスについて（2026年2月16日更', null],
  ['a bracketed date of the title\'s own words', 'トップページ > お知らせ > システム障害について（2026年2月16日発生分）', null],
  ['a bracketed date cut off at 発 (発生 or 発表: which, unknown)', 'トップページ > お知らせ > システム障害について（2026年2月16日発', null],
])('trailDate: %s', (_label, trail, expected) => {
  expect(trailDate(trail)).toBe(expected);
});
