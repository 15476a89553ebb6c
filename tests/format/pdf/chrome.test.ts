import { expect, test } from 'vitest';
import { isNavLine } from '../../../src/format/pdf/chrome.js';
import { BREADCRUMB, COPYRIGHT, PROFILE_FIGURE, SIDEBAR_HEADING } from '../../../src/words/pageChrome.js';

test.each([
  ['a corporate site menu', 'ホーム 企業情報 事業紹介 ニュースリリース IR情報 採用情報 お問い合わせ', true],
  ['a hospital menu', 'トップページ 診療科 外来のご案内 入院のご案内 病院紹介 アクセス', true],
  ['a municipal menu', 'くらし 子育て 健康・福祉 観光 市政情報', true],
  // A release's own lists are not navigation.
  ['data kinds separated by spaces', '氏名 住所 電話番号 メールアドレス 生年月日', false],
  ['too short to tell', 'ホーム お知らせ', false],
  ['a sentence', '当社ホームページのお問い合わせフォームよりご連絡ください。', false],
])('isNavLine: %s', (_label, text, expected) => {
  expect(isNavLine(text)).toBe(expected);
});

test.each([
  [SIDEBAR_HEADING, '最新のお知らせ', true],
  [SIDEBAR_HEADING, '■ 関連記事', true],
  [SIDEBAR_HEADING, 'RECENT POSTS', true],
  [SIDEBAR_HEADING, '最新のお知らせについて当社は次のとおり対応しました', false],
  [BREADCRUMB, 'ホーム > ニュースリリース > 不正アクセスに関するお知らせ', true],
  [BREADCRUMB, 'TOP ＞ お知らせ', true],
  [BREADCRUMB, '対象 > 1,000件', false],
  [COPYRIGHT, 'Copyright © 2026 Example Co., Ltd. All Rights Reserved.', true],
  [COPYRIGHT, '著作権侵害の被害について', false],
  [PROFILE_FIGURE, '従業員数：3,456名（2025年3月31日現在）', true],
  [PROFILE_FIGURE, '病床数 452床', true],
  [PROFILE_FIGURE, '従業員の個人情報 120名分', false],
  [PROFILE_FIGURE, 'TEL：0120-000-000（受付時間 9:00～17:00）', false],
])('%s matches %s: %s', (pattern, text, expected) => {
  expect(pattern.test(text)).toBe(expected);
});
