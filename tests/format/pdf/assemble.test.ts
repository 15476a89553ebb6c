import { describe, expect, test } from 'vitest';
import { assemble, datedListLines, groupLogo, isLogoPlaceholderHeading, homeItemName, joinWrappedCells, menuLogo, lineBelowLogo, logoHeadAbove, logoWrappedBelow, looseDateLine, printedIssuerBox, printedSiteName, signedName, siteNameOf, spacedByGaps, splitHeader, wrappedLogoName, wrappedRow } from '../../../src/format/pdf/assemble.js';
import type { PdfLine } from '../../../src/format/pdf/types.js';

test.each([
  [
    'a blog page: banner with its section, the site description, the date in large type, then the title',
    '日新火災海上保険株式会社ニュースリリース\n日新火災海上保険株式会社からのお知らせを掲載しています。\n\n## 2024年12月17日\n\n### 情報漏えいの可能性について\n\n当社の委託先で被害が発生しました。',
    { date: '2024-12-17', start: '日新火災海上保険株式会社\n' },
  ],
  [
    'a document: its own first paragraph ends the head and stays',
    '## 不正アクセスに関するお知らせ\n\n当社は本日、次のとおりご報告いたします。\n2025年1月9日',
    { date: null, start: '当社は本日、次のとおりご報告いたします。' },
  ],
  // The line right under the title in a form only that place makes a date line: a two-digit year, or no year at all
  // (its year the trail's, or told by its weekday among the years the page writes).
  [
    'a two-digit year under the title',
    '## 不正アクセスによる個人情報等の漏えいのおそれに関するお詫び\n\n26/03/20\n\n弊社は本日、次のとおりご報告いたします。',
    { date: '2026-03-20', start: '弊社は本日' },
  ],
  [
    'a month and day with its weekday under the title, the year the page writes',
    '## システム障害発生のお詫びとご報告\n\n10月30日（木）掲載\n2025年10月27日から障害が発生しております。',
    { date: '2025-10-30', start: '2025年10月27日から' },
  ],
  // negative: the weekday fits no year near the page's; no weekday and no trail; a two-digit year over the text
  [
    'a weekday that fits no year near the page\'s',
    '## システム障害発生のお詫びとご報告\n\n10月30日（土）掲載\n2025年10月27日から障害が発生しております。',
    { date: null, start: '10月30日（土）掲載' },
  ],
  [
    'a month and day alone, no year told',
    '## システム障害発生のお詫びとご報告\n\n10月30日掲載\n2025年10月27日から障害が発生しております。',
    { date: null, start: '10月30日掲載' },
  ],
  [
    'a two-digit date that is not right under the title',
    '## システム障害発生のお詫びとご報告\n\n弊社は本日、次のとおりご報告いたします。\n26/03/20',
    { date: null, start: '弊社は本日' },
  ],
  // Right above the title (between the trail and the title): that date line is the page's, not a full date further up the
  // site's header (a ticker's first item cut at the box's edge).
  [
    'a month and day with its weekday right above the title, under a ticker\'s dated item',
    '◆令和8年6月15日 ホーム\n\n4月23日（木）掲載\n\n## 【重要】個人情報漏えいの可能性に関するお詫びとご報告\n\n令和8年4月20日に判明いたしました。',
    { date: '2026-04-23', start: '令和8年4月20日に' },
  ],
  [
    'a month and day alone right above the title, no weekday: the page\'s date line further up stays',
    '2026年6月15日\n\n4月23日掲載\n\n## 【重要】個人情報漏えいの可能性に関するお詫びとご報告\n\n令和8年4月20日に判明いたしました。',
    { date: '2026-06-15', start: '4月23日掲載' },
  ],
  // A second date alone right under the date line, later than it (a CMS's 最終更新日, its label hidden in print): the
  // page's last change, gone with the head — not the text's first line (where it reads as an event of the release).
  [
    'a later date alone under the byline row',
    '## 連結子会社におけるサーバーへの不正アクセスに関するお詫びとご報告\n\n| 2026年6月12日 | カテゴリ: お知らせ | ヒット数: 20,051 |\n2026年7月9日\n\n平素より格別のご愛顧を賜り厚く御礼申し上げます。',
    { date: '2026-06-12', start: '平素より' },
  ],
  // negative: an earlier date alone (the release's own date line under the post's), or a labelled one, stays in the text.
  [
    'an earlier date alone under the byline row',
    '## 連結子会社におけるサーバーへの不正アクセスに関するお詫びとご報告\n\n| 2026年6月12日 | カテゴリ: お知らせ | ヒット数: 20,051 |\n2026年6月10日\n\n平素より格別のご愛顧を賜り厚く御礼申し上げます。',
    { date: '2026-06-12', start: '2026年6月10日' },
  ],
  [
    'a later date with an event\'s label under the date line',
    '## 臨時休業のお知らせ\n\n2026年6月12日\n\n休業日：2026年7月9日\n\n平素より格別のご愛顧を賜り厚く御礼申し上げます。',
    { date: '2026-06-12', start: '休業日：2026年7月9日' },
  ],
  [
    'a month and day whose weekday fits no year right above the title',
    '◆令和8年6月15日 ホーム\n\n4月23日（月）掲載\n\n## 【重要】個人情報漏えいの可能性に関するお詫びとご報告\n\n令和8年4月20日に判明いたしました。',
    { date: '2026-06-15', start: '令和8年4月20日に' },
  ],
  // A title carrying the page's date in brackets is dated by it, not by an announcement bar's event date above it.
  [
    'a title opened by its date under a banner\'s event',
    '完成見学会 2025年12月9日（火）開催・要予約\n\n### ARCHITECTS OFFICE\n\n見本 一郎\n\n## 【2025年12月4日】第三者による不正アクセスについてのお知らせ\n\n2025年10月27日付でお知らせいたしました件につきまして、調査が完了いたしました。',
    { date: '2025-12-04', start: '2025年10月27日付' },
  ],
  [
    'a title closed by its date under a banner\'s event',
    '撮影会 2026年2月14日（土）\n\n### PHOTO STUDIO\n\n見本 健二\n\n## サイバー攻撃によるシステム障害発生のお知らせとお詫び（2026年1月22日）\n\n現在、弊社において、サイバー攻撃によるシステム障害が発生しております。',
    { date: '2026-01-22', start: '現在、弊社' },
  ],
  // Not so: a labelled publication line beside the dated title outranks it.
  [
    'a labelled publication line beside a dated title',
    '## 【2025年12月4日】第三者による不正アクセスについてのお知らせ\n\n公開日：2025年12月5日\n\n2025年10月27日付でお知らせいたしました件につきまして、調査が完了いたしました。',
    { date: '2025-12-05', start: '2025年10月27日付' },
  ],
])('splitHeader: %s', (_label, text, expected) => {
  const head = splitHeader(text);
  expect(head.date).toBe(expected.date);
  expect(head.text.startsWith(expected.start)).toBe(true);
});

const UPDATE_HEAD = '## 個人情報漏えいの可能性がある事案の発生について\n\n更新日：2026.02.05\n\n令和7年12月29日（月曜）午前10時頃、不正アクセスを検知しました。';
test.each([
  // An update line alone under the title (no publication line): the trail's date is the page's (the update is when it last changed).
  ['a trail with a date beats the update line', 'ホーム > お知らせ > 2026-01-09 > 個人情報漏えいの可能性がある事案の発生について', '2026-01-09'],
  // No date in the trail: the update line alone still dates the page, as before.
  ['a trail without a date leaves the update line\'s', 'ホーム > お知らせ > 個人情報漏えいの可能性がある事案の発生について', '2026-02-05'],
  ['no trail leaves the update line\'s', null, '2026-02-05'],
] as [string, string | null, string][])('splitHeader, an update line alone under the title: %s', (_label, trail, date) => {
  expect(splitHeader(UPDATE_HEAD, trail).date).toBe(date);
});

// The title set in body type (no heading told): the trail's date link still beats the update line under it.
const PLAIN_HEAD = '当社ネットワークへの不正アクセスについて\n\n更新日：2026.05.10\n\n株式会社イーストは、4月24日（金）に当社の社内ネットワークに対する第三者による不正アクセスを確認しました。';
test.each([
  ['a trail with a date link', 'ホーム > お知らせ > 2026-05-07 > 当社ネットワークへの不正アクセスについて', '2026-05-07', false],
  // Not so: no date in the trail leaves the update line's, told as an update.
  ['a trail without a date', 'ホーム > お知らせ > 当社ネットワークへの不正アクセスについて', '2026-05-10', true],
] as [string, string, string, boolean][])('splitHeader, no title told, an update line: %s', (_label, trail, date, updated) => {
  const head = splitHeader(PLAIN_HEAD, trail);
  expect(head.date).toBe(date);
  expect(head.updated).toBe(updated);
});

// A labelled publication line above the title wins over a bare date above it (a side list's last entry stacked over it).
test.each([
  ['a news entry\'s date over the labelled line', '(2025.12.06)\n\n公開日：令和8年3月3日 更新日：2026/05/01\n\n## 【重要】ランサムウェア被害に関する調査状況のご報告（第3報）\n\n弊社サーバーに対する不正アクセスについてご報告申し上げます。', '2026-03-03'],
  // Not so: a bare date line with no labelled one (the page's own), or a labelled line under the title (the text's).
  ['a bare date line alone', '2025年12月6日\n\n## 【重要】ランサムウェア被害に関する調査状況のご報告（第3報）\n\n弊社サーバーに対する不正アクセスについてご報告申し上げます。', '2025-12-06'],
  ['two labelled lines: the first', '掲載日：2025年12月6日\n\n公開日：令和8年3月3日\n\n## 【重要】ランサムウェア被害に関する調査状況のご報告（第3報）\n\n弊社サーバーに対する不正アクセスについてご報告申し上げます。', '2025-12-06'],
] as [string, string, string][])('splitHeader, a labelled publication line in the head: %s', (_label, text, date) => {
  expect(splitHeader(text).date).toBe(date);
});

/** A help center's head (pages-v helpdesk): the site's menu and side list above the title, the byline's meta as a list under it. */
const HELP_HEAD = (meta: string[]) => ['メインコンテンツへスキップ', '', '- リクエストを送信', 'ロゴ', '- サインイン', '', 'このセクションの記事', '', '- ログインできない場合', '- 退会の手続きについて', '', '## 【お知らせ】システム不具合に伴うサービス一時停止について（第2報）', '', 'サポートチーム', ...meta, '', '平素は格別のご愛顧を賜り、厚く御礼申し上げます。', '2026年7月10日に不正アクセスを確認しました。'].join('\n');
test.each([
  // The byline's list: the era's date over the update's, each a list item — the era's date is the publication's.
  ['the era\'s date over the update line, as list items', ['- R8.07.24', '- 更新 2026年8月27日'], '2026-07-24'],
  // A publication table row, then the update line a line further than the head's reach: the update goes with the head.
  ['a publication row, the update line under it', ['| 発表日 | 区分 |', '| 2026年3月30日 | お知らせ |', '- 更新 2026年4月20日'], '2026-03-30'],
  // A record's creation stamp among the page's properties is no publication's date, alone or under the publication line.
  ['a property row with its labelled dates, a creation stamp under it', ['公開 公開日：2026年7月24日 更新日：2026年8月27日', 'タグ お知らせ', '作成日時 2026/06/30 17:35'], '2026-07-24'],
  ['a creation stamp alone', ['公開', 'タグ お知らせ', '作成日時 2026/06/30 17:35'], null],
  // An update line alone still dates the page.
  ['an update line alone', ['- 更新 2026年8月27日'], '2026-08-27'],
] as [string, string[], string | null][])('splitHeader, a printed byline: %s', (_label, meta, date) => {
  const head = splitHeader(HELP_HEAD(meta));
  expect(head.date).toBe(date);
  expect(head.text).not.toMatch(/更新 2026/);
  expect(head.text).toContain('2026年7月10日に不正アクセスを確認しました。');
});

/** A shop's news page (pages-x eccube): its tagline, the logo's alt text printed in large type, the title in smaller type, then the date line. */
const LOGO_HEAD = (logo: string) => ['こだわりの素材を産地直送でお届けします', '', logo, '', '### 【お知らせ】「FAMILY LINK SERVICE」システム不具合に伴うサービス一時停止について（第3報）', '', '更新：2026年8月1日 掲載：2026年7月28日', '', '平素は格別のご愛顧を賜り、厚く御礼申し上げます。', '', '## ■ご利用のお客様情報：', '', '氏名 ・住所 ・メールアドレス'].join('\n');
test.each([
  // A logo's placeholder alt text set as a heading (a broken image printed in its heading's type) neither ends the head
  // nor counts as a heading of the release's: the date line under the title is read, its publication date kept.
  ['the logo\'s alt text in large type', '## ロゴ', '2026-07-28', false],
  ['the logo\'s alt text in English', '## Logo', '2026-07-28', false],
  ['a site logo\'s alt text', '## サイトロゴ', '2026-07-28', false],
  // Not so: a heading that names more than the image (a section's title, a notice about the logo) ends the head as any
  // heading in that type does, and stays in the text.
  ['a section heading in large type', '## 新着情報', null, true],
  ['a notice that names the logo', '## ロゴマーク変更のお知らせ', null, true],
] as [string, string, string | null, boolean][])('splitHeader, a heading above the title: %s', (_label, logo, date, stays) => {
  const head = splitHeader(LOGO_HEAD(logo));
  expect(head.date).toBe(date);
  expect(head.text.includes(logo)).toBe(stays);
});

// The logo's placeholder as a heading of its own: the alt text alone, in any heading's type.
test.each([
  ['## ロゴ', true],
  ['### Logo', true],
  ['## 会社ロゴ', true],
  ['ロゴ', false],
  ['## ロゴマーク変更のお知らせ', false],
  ['## 株式会社ロゴス', false],
] as [string, boolean][])('isLogoPlaceholderHeading(%j) = %s', (line, expected) => {
  expect(isLogoPlaceholderHeading(line)).toBe(expected);
});

// The head's date is marked an update's when its line is one (the publication date may be read elsewhere: pdf.ts pageDate).
test.each([
  ['an update line alone under the title', UPDATE_HEAD, null, true],
  ['an update line, the trail dated', UPDATE_HEAD, 'ホーム > お知らせ > 2026-01-09 > 個人情報漏えいの可能性がある事案の発生について', false],
  // Negative cases: a publication line; a publication line beside the update line; the update label after the date.
  ['a publication line', UPDATE_HEAD.replace('更新日', '公開日'), null, false],
  ['公開日 and 更新日 on one line', UPDATE_HEAD.replace('更新日：2026.02.05', '公開日：2026.01.20 更新日：2026.02.05'), null, false],
  ['a bare date line', UPDATE_HEAD.replace('更新日：', ''), null, false],
] as [string, string, string | null, boolean][])('splitHeader, the date an update\'s: %s', (_label, text, trail, updated) => {
  expect(splitHeader(text, trail).updated).toBe(updated);
});

test('splitHeader: a publication line under the title keeps its date before the trail\'s', () => {
  const text = UPDATE_HEAD.replace('更新日', '公開日');
  expect(splitHeader(text, 'ホーム > お知らせ > 2026-01-09 > 個人情報漏えいの可能性がある事案の発生について').date).toBe('2026-02-05');
});

test('splitHeader: a month and day under the title, its year the breadcrumb trail\'s', () => {
  const text = '## 弊社サーバーへの不正アクセスに関するお知らせ(最終報)\n\n6月22日（月）掲載\n\n弊社は本日、次のとおりご報告いたします。';
  expect(splitHeader(text, 'ホーム > ニュース > 2026年 > 弊社サーバーへの不正アクセスに関するお知らせ(最終報)').date).toBe('2026-06-22');
  // The trail's year must agree with the weekday; a fiscal year (年度) is no year of the calendar.
  expect(splitHeader(text, 'ホーム > ニュース > 2025年 > 弊社サーバーへの不正アクセスに関するお知らせ(最終報)').date).toBeNull();
  expect(splitHeader(text, 'ホーム > ニュース > 2026年度 > 弊社サーバーへの不正アクセスに関するお知らせ(最終報)').date).toBeNull();
});

test.each([
  ['a joint release\'s banner', '日本ゼオン株式会社、株式会社トウペ\n会社概要 ニュースリリース\n\n## 当社グループ企業における不正アクセスについて\n\n当社は本日、次のとおりご報告いたします。', '日本ゼオン株式会社、株式会社トウペ'],
  ['a joint letterhead in large type', '### 株式会社トキハ、株式会社トキハインダストリー\n\nお客様各位\n\n## サイバー攻撃被害に関するお知らせ\n\n当社は本日、次のとおりご報告いたします。', '株式会社トキハ、株式会社トキハインダストリー'],
  // One issuer above the title is the letterhead's name; a list of other words is no banner.
  ['one organization\'s banner', '三重県\n\n## 漏えいの可能性について\n\n本県は本日、次のとおりご報告いたします。', '三重県'],
  ['data kinds joined by 、', '氏名、住所、電話番号\n\n## 漏えいの可能性について\n\n当社は本日、次のとおりご報告いたします。', null],
  ['a letter\'s issuer over its representative, above the title', '2026年1月19日\nお客様各位\n九州旅客鉄道株式会社\n代表取締役社長 伊藤 美和\n\n## JR 九州グループ会社の個人情報漏えいの可能性について\n\n当社は本日、次のとおりご報告いたします。', '九州旅客鉄道株式会社'],
  ['a hospital\'s name in two parts, its director below', '令和7年2月10日\n患者様各位\n地方独立行政法人広島市立病院機構 北部医療センター安佐市民病院\n病院長 山本 健一\n\n## 不正アクセスについて（お知らせ）\n\n当院は次のとおりご報告いたします。', '地方独立行政法人広島市立病院機構 北部医療センター安佐市民病院'],
  ['a sender with the unit it speaks for, its head below', '令和7年11月26日\n関係者各位\nサンプル大学（サンプル大学文学研究科図書館）\n学長 山田 太郎\n\n## Webサイトへの不正アクセスについて\n\n本研究科は次のとおりご報告いたします。', 'サンプル大学（サンプル大学文学研究科図書館）'],
  ['a school corporation over its chairman', '令和7年3月10日\n保護者各位\n学校法人サンプル学園\n理事長 山田 太郎\n\n## 個人情報の流出の可能性に関するお詫び\n\n本学園は次のとおりご報告いたします。', '学校法人サンプル学園'],
  ['a city over its mayor', '令和7年3月10日\n市民の皆様へ\nサンプル市\n市長 鈴木 一郎\n\n## 市ホームページへの不正アクセスについて\n\n本市は次のとおりご報告いたします。', 'サンプル市'],
  // The head's title fused to the body's name on one signature line, above or right under the title.
  ['a company, its president\'s title and name on one line', '2025年3月10日\nお客様各位\nサンプル精工株式会社 代表取締役社長 田中三郎\n\n## 不正アクセスについて\n\n当社は次のとおりご報告いたします。', 'サンプル精工株式会社'],
  ['a mayor signing for the city on one line', '令和7年3月10日\n市民の皆様へ\nサンプル市長 鈴木 一郎\n\n## 市ホームページへの不正アクセスについて\n\n本市は次のとおりご報告いたします。', 'サンプル市'],
  ['a governor signing under the title', '## 県のメールサーバーへの不正アクセスについて\n\n令和7年3月10日\nサンプル県知事 山田 花子\n\n本県は次のとおりご報告いたします。', 'サンプル県'],
  ['a university over its president, under the title', '## 本学メールアカウントへの不正アクセスについて\n\n2025年3月10日\nサンプル大学\n学長 渡辺 七子\n\n本学は次のとおりご報告いたします。', 'サンプル大学'],
  // Under the title, a name line without its head below is no sender block (a side box, a link).
  ['a name under the title with no head below it', '## 不正アクセスについて\n\n2025年3月10日\n株式会社サンプル\nお知らせ一覧\n\n当社は次のとおりご報告いたします。', null],
  // Joint senders over their heads' title (maybe the title alone, the name left for the seal): the names together.
  ['joint senders over the head\'s title', '令和7年2月28日\nお客様各位\nサンプル生命保険株式会社、見本生命保険株式会社\n代表取締役社長\n\n## 委託先における情報流出の可能性について\n\n当社は次のとおりご報告いたします。', 'サンプル生命保険株式会社、見本生命保険株式会社'],
  ['joint senders over a head named', '令和7年2月28日\nお客様各位\nサンプル生命保険株式会社、見本生命保険株式会社\n代表取締役社長 山田 太郎\n\n## 委託先における情報流出の可能性について\n\n当社は次のとおりご報告いたします。', 'サンプル生命保険株式会社、見本生命保険株式会社'],
  ['a group over its head\'s title, its company in parentheses', '2025年2月27日\nお客様各位\nサンプル創建グループ（サンプル創建株式会社）\n代表取締役社長\n\n## 不正アクセス発生について\n\n当社は次のとおりご報告いたします。', 'サンプル創建グループ（サンプル創建株式会社）'],
  // A joint letter's senders, each over its head or with it on its line (a wide space reads as a row's cells).
  ['joint senders each over its head', '2025年6月3日\nお取引先各位\nサンプル電機株式会社\n代表取締役社長 山田 一郎\n見本商事株式会社\n代表取締役 佐藤 花子\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', 'サンプル電機株式会社、見本商事株式会社'],
  ['joint senders each with its head on its line', '2025年6月3日\nお取引先各位\n| サンプル電機株式会社 代表取締役社長 | 山田 一郎 |\n| 見本商事株式会社 代表取締役 | 佐藤 花子 |\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', 'サンプル電機株式会社、見本商事株式会社'],
  ['a sender over its head set as a row', '2025年6月3日\nお取引先各位\nサンプル電機株式会社\n| 代表取締役社長 | 山田 一郎 |\n見本商事株式会社\n| 代表取締役 | 佐藤 花子 |\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', 'サンプル電機株式会社、見本商事株式会社'],
  ['a group\'s name over its head\'s title', '2025年6月3日\nお取引先各位\nサンプル創建グループ\n代表取締役社長 山田 一郎\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', 'サンプル創建グループ'],
  // A sender block under the title: a group's name over 「代表者」 and the head's name (pages-y doc).
  ['a group\'s name over 代表者, under the title', '## 弊社システム障害発生に関するご案内（第二報）\n\n2026年6月25日\n報道関係者各位\nサンプルグループ\n代表者 佐藤 花子\n\n平素より弊社サイトをご利用いただき、誠にありがとうございます。', 'サンプルグループ'],
  ['a group\'s name over a line opening with 代表者 that is no head (negative)', '## 弊社システム障害発生に関するご案内（第二報）\n\n2026年6月25日\n報道関係者各位\nサンプルグループ\n代表者様各位\n\n平素より弊社サイトをご利用いただき、誠にありがとうございます。', null],
  ['a group\'s name with no head below', '2025年6月3日\nお取引先各位\nサンプル創建グループ\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', null],
  // After the sender's head, a name with no head of its own is no co-sender.
  ['a sender, then another name with no head below', '2025年6月3日\nお取引先各位\nサンプル電機株式会社\n代表取締役社長 山田 一郎\n見本商事株式会社\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', 'サンプル電機株式会社'],
  // Names joined with no head under them: a list the text names (the parties of a notice), not its senders.
  ['names joined with no head below', '令和7年2月28日\nお客様各位\nサンプル生命保険株式会社、見本生命保険株式会社\n\n## 委託先における情報流出の可能性について\n\n当社は次のとおりご報告いたします。', null],
  ['a group\'s name with a word in parentheses that names no company', '2025年2月27日\nお客様各位\nサンプル創建グループ（お知らせ）\n代表取締役社長\n\n## 不正アクセス発生について\n\n当社は次のとおりご報告いたします。', null],
  ['a logo wrapped after its legal form is no issuer', '株式会社\nサンプル\n\n## 不正アクセスについて\n\n当社は次のとおりご報告いたします。', null],
  ['a director\'s title alone is no issuer', '令和7年2月10日\n患者様各位\n病院長 山本 健一\n\n## 不正アクセスについて（お知らせ）\n\n当院は次のとおりご報告いたします。', null],
  ['joint issuers named below the title, not atop it', '## 漏えいの可能性について\n\n株式会社Ａ、株式会社Ｂ\n\n当社は本日、次のとおりご報告いたします。', null],
  // A head set as two columns, the addressee left and the sender right, read as rows: the sender's cell.
  ['the sender beside the addressee in one row', '| お客様各位 | 2026年3月26日 |\n| お取引先各位 | サンプル工業株式会社 |\n代表取締役社長 山田 太郎\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', 'サンプル工業株式会社'],
  ['the sender beside the addressee, a hospital\'s corporation and its house', '| 患者様各位 | 令和８年３月６日 |\n| 関係者各位 | 医療法人社団見本会 見本病院 |\n理事長 山田 勝\n\n## 不正アクセスに関するお知らせ\n\n当院は次のとおりご報告いたします。', '医療法人社団見本会 見本病院'],
  // negative: an addressee's other cell that names no one; a row of addressees alone names no one.
  ['an addressee beside words that name no one (negative)', '2026年3月26日\n| お取引先各位 | 記者発表資料 |\n代表取締役社長 山田 太郎\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', null],
  ['a row of addressees alone (negative)', '2026年3月26日\n| お客様各位 | お取引先各位 |\n代表取締役社長 山田 太郎\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。', null],
])('splitHeader, organization: %s', (_label, text, expected) => {
  expect(splitHeader(text).organization).toBe(expected);
});

test.each([
  ['a title in body type right under the date line', '株式会社ジモティー\n\n公開日：2026/1/20 更新日：2026/1/26\n弊社利用システムへの不正アクセスに関する調査結果のご報告\n\n平素より「ジモティー」をご利用いただき、誠にありがとうございます。', '弊社利用システムへの不正アクセスに関する調査結果のご報告'],
  ['the title in large type', '2025年4月28日\n\n## 不正アクセスによる個人情報漏洩についてのお知らせ\n\n当社は本日、次のとおりご報告いたします。', '不正アクセスによる個人情報漏洩についてのお知らせ'],
  // The first paragraph, or a line that names no notice, is no title.
  ['a first paragraph under the date line', '2025年4月28日\n当社は本日、不正アクセスに関するお知らせをいたします。\n\n続けて、詳細をご報告いたします。', null],
  ['an addressee under the date line', '2025年4月28日\nお客様各位\n\n当社は本日、次のとおりご報告いたします。', null],
  ['a notice line two lines below the date line', '2025年4月28日\nお客様各位\n不正アクセスに関するお知らせ\n\n当社は本日、次のとおりご報告いたします。', null],
])('splitHeader, title: %s', (_label, text, expected) => {
  expect(splitHeader(text).title).toBe(expected);
});

const LETTER = 'お取引先各位\n2025年6月3日\n\nサンプル電機株式会社\n代表取締役社長 山田 一郎\n\n';
const OPENING = 'このたび、当社のサーバーが第三者による不正アクセスを受けました。';
test.each([
  // A letterhead in the title's type, or larger, over its address, the date line or the addressee: no title.
  ['a letterhead as large as the title, over its address', `## サンプル電機株式会社\n\n〒100-0005 東京都千代田区丸の内1-2-3 TEL 03-1234-5678\n\n${LETTER}## 当社サーバーへの不正アクセスに関するお知らせ\n\n${OPENING}`, { title: '当社サーバーへの不正アクセスに関するお知らせ', date: '2025-06-03', organization: 'サンプル電機株式会社' }],
  ['a letterhead over the addressee', `## サンプル電機株式会社\n\n${LETTER}## 当社サーバーへの不正アクセスに関するお知らせ\n\n${OPENING}`, { title: '当社サーバーへの不正アクセスに関するお知らせ', date: '2025-06-03', organization: 'サンプル電機株式会社' }],
  ['a group\'s letterhead larger than the title', `## サンプル創建グループ\n\n〒100-0005 東京都千代田区丸の内1-2-3\n\n${LETTER.replace('サンプル電機株式会社', 'サンプル創建グループ（サンプル創建株式会社）')}### 当社サーバーへの不正アクセスに関するお知らせ\n\n${OPENING}`, { title: '当社サーバーへの不正アクセスに関するお知らせ', date: '2025-06-03', organization: 'サンプル創建グループ（サンプル創建株式会社）' }],
  ['a school\'s letterhead in two parts, its head three lines above the title', `## 学校法人サンプル学園 サンプル大学\n\n〒100-0005 東京都千代田区丸の内1-2-3\n\nお取引先各位\n2025年6月3日\n\n学校法人サンプル学園\nサンプル大学\n学長 山田 一郎\n\n### 本学サーバーへの不正アクセスに関するお知らせ\n\n${OPENING}`, { title: '本学サーバーへの不正アクセスに関するお知らせ', date: '2025-06-03', organization: '学校法人サンプル学園 サンプル大学' }],
  // A large name over a menu is a site's banner (the page's head as before: the site's name above the title); a large line over the date that names no one is the title.
  ['a banner over the menu', `## サンプル電機株式会社\n\nHOME 会社案内 ニュース\n\n## 当社サーバーへの不正アクセスに関するお知らせ\n\n2025年6月3日\n\n${OPENING}`, { title: '当社サーバーへの不正アクセスに関するお知らせ', date: '2025-06-03', organization: 'サンプル電機株式会社' }],
  ['a title over the date line', `## 当社サーバーへの不正アクセスに関するお知らせ\n\n2025年6月3日\nサンプル電機株式会社\n代表取締役社長 山田 一郎\n\n${OPENING}`, { title: '当社サーバーへの不正アクセスに関するお知らせ', date: '2025-06-03', organization: 'サンプル電機株式会社' }],
])('splitHeader, a letterhead: %s', (_label, text, expected) => {
  const { title, date, organization } = splitHeader(text);
  expect({ title, date, organization }).toEqual(expected);
});

/** Lines of 10 pt type 16 pt apart from x = 40, each [text, right end]; full lines end at 500. */
const column = (rows: [string, number][]): PdfLine[] =>
  rows.map(([text, right], k) => ({ page: 1, items: [], x: 40, right, y: 700 - k * 16, size: 10, cells: [text], cellX: [40], position: k / 40, spaceBefore: false, spaceAfter: false }) as PdfLine);
const FULL = '当社は外部専門家の協力のもと、サイバー攻撃によるシステム障害の経緯について調査を進めてきま';

test.each([
  ['a line that stopped short where a number did not fit goes on', [[FULL, 500], [FULL, 500], ['►現在SFC-CNSを利用しているユーザー（学生、教員、職員、その他）と', 470], ['2025年9月卒業生、および計6,447件', 300]], 2],
  ['a wrapped Latin word of four letters', [[FULL, 500], [FULL, 500], ['当社のサービスの利用者はメールサービスの', 475], ['Gmail等に転送されていました。', 200]], 1],
  // A line that ends well short of the edge ends its paragraph.
  ['a short last line, then a line opening with a year', [[FULL, 500], [FULL, 500], ['した。', 70], ['2025年9月以降の利用者も対象です。', 300]], 2],
  // 10 pt type: the line stopped 45 pt short, where 「ル」、」 (3 em, 」 and 、 may not open a line) did not fit.
  ['a line that stopped short where closing brackets held to a character', [[FULL, 500], [FULL, 500], ['今後その情報を悪用した着信や「なりすましメー', 455], ['ル」、「フィッシングメール」等が送付される可能性がございます。', 300]], 1],
  ['a line that stopped short where an opening bracket held to a Latin word', [[FULL, 500], [FULL, 500], ['「フィッシングメール」、「ダイレクトメール', 450], ['（DM）」等が送付される可能性がございます。', 300]], 1],
  ['the same short line before a character that stands alone', [[FULL, 500], [FULL, 500], ['今後その情報を悪用した着信や「なりすましメー', 455], ['等が送付される可能性がございます。', 300]], 2],
  ['a sentence end that short before a bracketed line', [[FULL, 500], [FULL, 500], ['今後とも何卒よろしくお願い申し上げます。', 450], ['（DM）」等が送付される可能性がございます。', 300]], 2],
  ['a line short by more than the next word would take', [[FULL, 500], [FULL, 500], ['当社は次のとおり対応しました', 300], ['2025年9月卒業生を含みます。', 300]], 2],
  // A word opening with 第 (第三者, 第四報) goes on the paragraph; a numbered article or point (第1条, 第2　…) opens one.
  ['a wrap before 第四報', [[FULL, 500], [FULL, 500], ['2026年1月22日付けの第三報、同年2月13日付の', 500], ['第四報および同年3月12日付の第五報の内容はこちらです。', 300]], 1],
  ['a wrap before 第三者', [[FULL, 500], [FULL, 500], ['当社のサーバーに対し、外部の', 500], ['第三者による不正アクセスがありました。', 300]], 1],
  ['a line opening an article, 第2条', [[FULL, 500], [FULL, 500], ['第2条 当社は次のとおり対応しました。', 300]], 2],
  ['a line opening a numbered point, 第2　', [[FULL, 500], [FULL, 500], ['第2　本件の原因', 300]], 2],
] as [string, [string, number][], number][])('assemble, wrapped lines: %s', (_label, rows, paragraphs) => {
  const text = assemble(column(rows));
  // The two full lines open a paragraph; an item (►) opens another; what follows joins the last or not.
  expect(text.trim().split('\n').length).toBe(paragraphs);
});

/** Lines of 10 pt type 16 pt apart, each [text, x, right end]. */
const placed = (rows: [string, number, number][]): PdfLine[] =>
  rows.map(([text, x, right], k) => ({ page: 1, items: [], x, right, y: 700 - k * 16, size: 10, cells: [text], cellX: [x], position: k / 40, spaceBefore: false, spaceAfter: false }) as PdfLine);

test.each([
  ['a site banner further left above the article does not make its lines look right-aligned', [['株式会社サンプル', 40, 120], [FULL, 168, 560], [FULL, 168, 560], ['とが認められました。', 168, 260]], 2],
  // A line set well right of the lines around it (the issuer's name, a date) still stands alone.
  ['a right-aligned issuer line between paragraphs', [[FULL, 168, 560], ['とが認められました。', 168, 260], ['株式会社サンプル 代表取締役', 420, 560], ['当社は次のとおりご報告いたします。', 168, 330]], 3],
  // A long line set flush right from past a third of the column (a page's 公開日 and 更新日) over a line at the column's edge:
  // no paragraph wraps back left of where it started, so the date line stands alone (pages-x gdocs-x17's print).
  ['a long flush-right date line over a paragraph at the edge', [[FULL, 168, 560], ['とが認められました。', 168, 260], ['公開日：2025年4月21日　更新日：2025年5月15日', 300, 560], ['当社は次のとおりご報告いたします。', 168, 330]], 3],
  // Negative: a paragraph's first line indented an em is no flush-right line; its wrap at the edge runs on.
  ['a first line indented an em runs on at the edge (negative)', [['　当社が運営するサイトにおいて、第三者による不正アクセスを受けたことが判明いた', 178, 560], ['しました。', 168, 230]], 1],
  ['a list item indented by three sizes and more runs on over its lines', [[FULL, 168, 560], [FULL, 168, 560], ['今回漏えいしたのは申請者のメールアドレス１件と当該アドレスにより返信されたメール', 200, 552], ['本文・添付ファイル１件のみで、二次漏えいの可能性はありません。', 200, 420]], 2],
  // A menu's links set beside the article's first lines, read in its column, end where the menu ends, past where the
  // narrow text wraps: the text's edge is where its own lines end (each wrapped line goes on).
  ['a menu beside the article does not move the text\'s right edge', [['受験生の方へ', 223, 286], ['在学生の方へ', 223, 286], ['卒業生の方へ', 223, 286], ['企業・研究者の', 223, 297], ['株式会社サンプルエンジニアリング', 37, 205], ['サービス（2024 年 7 月 1 日付で株', 37, 200], ['式会社サンプルに吸収合併）が PC', 37, 200], ['キッティング作業を委託しておりま', 37, 205], ['した事業者が不正アクセスの被害を', 37, 205], ['受けました。', 37, 79]], 5],
  // The text's own lines that end short of that edge still end their paragraphs.
  ['the same menu, the text\'s lines ending short', [['受験生の方へ', 223, 286], ['在学生の方へ', 223, 286], ['卒業生の方へ', 223, 286], ['企業・研究者の', 223, 297], ['株式会社サンプルエンジニアリング', 37, 205], ['キッティング作業を委託しておりま', 37, 205], ['受けました。', 37, 79], ['当社は次のとおりご報告いたします。', 37, 150], ['記', 37, 48]], 7],
] as [string, [string, number, number][], number][])('assemble, the column\'s left edge: %s', (_label, rows, paragraphs) => {
  expect(assemble(placed(rows)).trim().split('\n').length).toBe(paragraphs);
});

/** A title in 14 pt type over lines of 10 pt text, each [text, right end], all starting at 40. */
const underTitle = (title: [string, number][], rows: [string, number][]): PdfLine[] =>
  [...title.map(([text, right]) => [text, right, 14] as const), ...rows.map(([text, right]) => [text, right, 10] as const)].map(([text, right, size], k) =>
    ({ page: 1, items: [], x: 40, right, y: 700 - k * 18, size, cells: [text], cellX: [40], position: k / 40, spaceBefore: false, spaceAfter: false }) as PdfLine);
const TITLE: [string, number][] = [['【重要なお知らせ】予約管理システムへの不正アクセスによる情報流出', 560], ['の可能性とフィッシングサイトに関するご案内', 520]];

test.each([
  // A title in larger type spans the page over a share box beside the text (read as a column of its own): the text read
  // after that box in the title's column wraps where its own lines end, short of the title's width.
  ['a note wrapped at the text\'s edge under a wider title', TITLE, [['日本時間2024年12月29日13時までにBooking.com社経由で弊社', 496], ['宿泊施設へ予約を行ったお客様', 180], ['※クレジットカード情報、金融機関口座情報などの決済関連', 488], ['情報は含まれておりません。', 170]], ['弊社宿泊施設へ', '決済関連情報は含まれておりません。']],
  // The text's own lines still end paragraphs where they stop short of its edge.
  ['a line of the text ending short of its edge', TITLE, [['日本時間2024年12月29日13時までにBooking.com社経由で弊社', 496], ['宿泊施設へ予約を行ったお客様', 180], ['対象のお客様への対応', 250], ['情報は含まれておりません。', 170]], ['対応\n']],
  // With no title above, the same lines read as before.
  ['the same lines without a title', [], [['日本時間2024年12月29日13時までにBooking.com社経由で弊社', 496], ['宿泊施設へ予約を行ったお客様', 180], ['※クレジットカード情報、金融機関口座情報などの決済関連', 488], ['情報は含まれておりません。', 170]], ['弊社宿泊施設へ', '決済関連情報は含まれておりません。']],
] as [string, [string, number][], [string, number][], string[]][])('assemble, the right edge is the text\'s type\'s: %s', (_label, title, rows, expected) => {
  const text = assemble(underTitle(title, rows));
  for (const e of expected) expect(text).toContain(e);
});

test.each([
  ['four heading sizes, four levels', [16, 13, 12, 11.5], ['## 見出し16', '### 見出し13', '#### 見出し12', '##### 見出し11.5']],
  ['six heading sizes: the smallest two share the deepest level', [18, 16, 14, 13, 12, 11.5], ['## 見出し18', '### 見出し16', '#### 見出し14', '##### 見出し13', '###### 見出し12', '###### 見出し11.5']],
] as [string, number[], string[]][])('assemble, heading levels by type size: %s', (_label, sizes, expected) => {
  const body = column([[FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], ['した。', 60]]);
  const heads = sizes.map((size, k) => ({ ...body[0]!, cells: [`見出し${size}`], size, right: 200, y: 300 - k * 40 }) as PdfLine);
  expect(assemble([...body.map((l) => ({ ...l, size: 10.5 })), ...heads]).split('\n').filter((l) => l.startsWith('#'))).toEqual(expected);
});

test.each([
  // A logo's placeholder alt text printed larger than the title (a broken image, 「ロゴ」 in 21 pt over an 18 pt title:
  // pages-ab weebly-ab07's print) ranks below the headings: the title keeps the top level, and splitHeader reads it and
  // the two-digit date under it.
  ['a logo placeholder larger than the title', [['ロゴ', 21], ['ランサムウェア被害による個人情報の流出懸念のご報告', 18], ['本文の小見出し', 14]], ['#### ロゴ', '## ランサムウェア被害による個人情報の流出懸念のご報告', '### 本文の小見出し']],
  // Not so: a logo whose alt text is a name ranks as any heading does; a placeholder in a heading's type shares its level.
  ['a logo named by its alt text larger than the title (negative)', [['株式会社サンプル', 21], ['ランサムウェア被害による個人情報の流出懸念のご報告', 18], ['本文の小見出し', 14]], ['## 株式会社サンプル', '### ランサムウェア被害による個人情報の流出懸念のご報告', '#### 本文の小見出し']],
  ['a logo placeholder in the title\'s type', [['ロゴ', 18], ['ランサムウェア被害による個人情報の流出懸念のご報告', 18], ['本文の小見出し', 14]], ['## ロゴ', '## ランサムウェア被害による個人情報の流出懸念のご報告', '### 本文の小見出し']],
] as [string, [string, number][], string[]][])('assemble, heading levels: %s', (_label, heads, expected) => {
  const body = column([[FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], ['した。', 60]]);
  const top = heads.map(([text, size], k) => ({ ...body[0]!, cells: [text], size, right: 300, y: 800 - k * 40 }) as PdfLine);
  expect(assemble([...top, ...body.map((l) => ({ ...l, size: 10.5, y: l.y - 100 }))]).split('\n').filter((l) => l.startsWith('#'))).toEqual(expected);
});

test('splitHeader: the title under a logo placeholder set larger, its two-digit date under it (pages-ab weebly-ab07)', () => {
  const body = column([[FULL, 500], [FULL, 500], ['した。', 60]]);
  const top = ([['ロゴ', 21], ['旅人が集う小さな宿', 12], ['ランサムウェア被害による個人情報の流出懸念のご報告', 18], ['25.01.09', 9.7]] as [string, number][]).map(([text, size], k) => ({ ...body[0]!, cells: [text], size, right: 300, y: 800 - k * 30 }) as PdfLine);
  const head = splitHeader(assemble([...top, ...body.map((l) => ({ ...l, size: 10.5, y: l.y - 100 }))]));
  expect([head.title, head.date]).toEqual(['ランサムウェア被害による個人情報の流出懸念のご報告', '2025-01-09']);
});

test.each([
  [
    'a hospital page: menus and a stacked side bar above, 掲載日 over the title',
    '株式会社さくらメディカル\n文字サイズ 小 中 大\n外来受付時間\n| 受付 | 午前 8:30〜11:00 |\n診療科のご案内\n- 総合内科\n- 外科\n- 眼科\n- 職員数 1,919名\n掲載日：2025年2月10日\n\n## 不正アクセスについて（お知らせ）\n\n当院のパソコンに不正アクセスがありました。',
    { title: '不正アクセスについて（お知らせ）', date: '2025-02-10', organization: '株式会社さくらメディカル', start: '当院のパソコン' },
  ],
  [
    'a university page: banners above, 公開日 beside the later 更新日 and the category',
    '学校法人青葉学園\nアクセス｜お問い合わせ\n| 大学紹介 | 文学部 | 入試情報 |\n### 入試情報 出願受付中｜募集人数 2,700名\n公開日 2026.02.18 更新日2026.03.08 お知らせ\n\n## 【第２報】不正アクセスに関する調査状況について\n\n本学は次のとおりご報告いたします。',
    { title: '【第２報】不正アクセスに関する調査状況について', date: '2026-02-18', organization: '学校法人青葉学園', start: '本学は' },
  ],
  [
    'the date line under the title',
    'サイトマップ\nホーム > お知らせ\n\n## 個人情報の漏えいについて\n\n2025.07.14 お知らせ\n\n当社は次のとおりご報告いたします。',
    { title: '個人情報の漏えいについて', date: '2025-07-14', organization: null, start: '当社は' },
  ],
  [
    'a short page head with the site\'s menu rows above the date line',
    '学校法人青葉学園\nアクセス｜お問い合わせ\n| 大学紹介 | 文学部 | 入試情報 |\n公開日 2026.03.06 更新日 2026.03.17\n\n## 迷惑メール発信に関するおわび\n\n本学は次のとおりご報告いたします。',
    { title: '迷惑メール発信に関するおわび', date: '2026-03-06', organization: '学校法人青葉学園', start: '本学は' },
  ],
  [
    'a letter\'s head (date, addressee, issuer) stays in the text',
    '2025年4月28日\nお客様各位\n株式会社サンプル\n\n## 不正アクセスに関するお知らせ\n\n当社は次のとおりご報告いたします。',
    { title: '不正アクセスに関するお知らせ', date: '2025-04-28', organization: '株式会社サンプル', start: 'お客様各位' },
  ],
  [
    'a logo beside the menu, read as a row\'s first cell',
    '当サイトではCookieを利用し、83社のパートナーと情報を共有します。\n「同意する」を押すとCookieの利用に同意したものとみなされます。 同意する 設定\n| 九州旅客鉄道株式会社 | サービス 会社情報 お知らせ サポート ログイン |\nお知らせ\nサービス\nサポート\nログイン\nお問い合わせ\n2026/01/19\n\n## 個人情報漏えいの可能性について\n\n当社は次のとおりご報告いたします。',
    { title: '個人情報漏えいの可能性について', date: '2026-01-19', organization: '九州旅客鉄道株式会社', start: '当社は' },
  ],
  [
    'a city page: 公開日 and 更新日 on lines of their own, the update nearer the title',
    '埼玉県草加市\nサイトマップ｜よくある質問\nホーム > 行政情報 > お知らせ\n公開日：令和7年4月23日\n更新日：令和7年5月4日\nページID：82738\n\n## 業務委託先への不正アクセスについて\n\n当市は次のとおりご報告いたします。',
    { title: '業務委託先への不正アクセスについて', date: '2025-04-23', organization: '埼玉県草加市', start: '当市は' },
  ],
  [
    'a blog\'s banner: the site\'s name with its section after it',
    '有限会社サンプル ニュースリリース\n\n## 不正アクセスに関するお知らせ\n\n2025年11月17日 10:00\n\n当社は次のとおりご報告いたします。',
    { title: '不正アクセスに関するお知らせ', date: '2025-11-17', organization: '有限会社サンプル', start: '当社は' },
  ],
  [
    'a city\'s banner with its section after it',
    '大分県サンプル市 お知らせ\nホーム > お知らせ\n\n## 業務委託先への不正アクセスについて\n\n2025年3月31日\n\n当市は次のとおりご報告いたします。',
    { title: '業務委託先への不正アクセスについて', date: '2025-03-31', organization: '大分県サンプル市', start: '当市は' },
  ],
  [
    'an update\'s line alone by the title still dates the page',
    'サイトマップ\nホーム > お知らせ\n更新日：令和7年5月4日\n\n## 業務委託先への不正アクセスについて\n\n当市は次のとおりご報告いたします。',
    { title: '業務委託先への不正アクセスについて', date: '2025-05-04', organization: null, start: '当市は' },
  ],
  [
    'a blog\'s byline under a title printed smaller than a side bar\'s tag cloud after it',
    '| ホーム | 会社情報 | ニュース |\n\n###### 社\n\n### ランサムウェア被害に関するお知らせ\n\n投稿日: 2025年4月18日2025年5月4日 投稿者: 広報担当 6件のコメント\n\n当社は次のとおりご報告いたします。\n\n## (26) アプリ (42) 採用\n\n#### セキュリティ',
    { title: 'ランサムウェア被害に関するお知らせ', date: '2025-04-18', organization: null, start: '当社は' },
  ],
  [
    'the logo in the title\'s type above it is passed over',
    '### 三重県\n\n2025.04.22\n\n### 委託事業者における個人情報の漏えいについて\n\n本県は次のとおりご報告いたします。\n\n## １ 概要',
    { title: '委託事業者における個人情報の漏えいについて', date: '2025-04-22', organization: '三重県', start: '本県は' },
  ],
  [
    'a side box\'s heading in the head is no title',
    '### 最新のお知らせ\n\n2025.04.22\n\n当社は次のとおりご報告いたします。\n\n## (26) アプリ (42) 採用',
    { title: null, date: '2025-04-22', organization: null, start: '### 最新のお知らせ' },
  ],
  [
    'a site builder\'s post: the logo twice (its image\'s alt text beside it), the meta row with the date and the reading time above the title',
    '株式会社サンプル株式会社サンプル\n\n株式会社サンプル · 2025年12月19日（金） · 3分で読めます\n\n## 委託先の不正アクセス被害について\n\n当社は次のとおりご報告いたします。',
    { title: '委託先の不正アクセス被害について', date: '2025-12-19', organization: '株式会社サンプル', start: '当社は' },
  ],
  [
    'the meta row above a title the site opens with its date: the meta row is the head\'s, not the text\'s',
    '株式会社サンプル\n\n### 株式会社サンプル\n\n株式会社サンプル · 2025/06/15 · 4分で読めます\n\n## 【2025/06/15】不正アクセス被害に関するお知らせ\n\n当社は次のとおりご報告いたします。',
    { title: '【2025/06/15】不正アクセス被害に関するお知らせ', date: '2025-06-15', organization: '株式会社サンプル', start: '当社は' },
  ],
  [
    'a date line in the title\'s type is the date, no title; the head stays',
    '株式会社サンプル\n\n### 株式会社サンプル\n\n株式会社サンプル · 2025/06/15 · 4分で読めます\n\n## 2025年6月15日 お知らせ\n\n当社は次のとおりご報告いたします。',
    { title: null, date: '2025-06-15', organization: null, start: '株式会社サンプル' },
  ],
  [
    'the post\'s category under the date line is no title: the large type below it is',
    '| 企業情報 | 事業紹介 | お問い合わせ |\n\n公開日 2025年07月08日 更新日 2025年07月29日\n\nお知らせ\n\n## 不正アクセスによる情報漏洩の可能性に関するお詫びとお知らせ\n\n当社は次のとおりご報告いたします。',
    { title: '不正アクセスによる情報漏洩の可能性に関するお詫びとお知らせ', date: '2025-07-08', organization: null, start: '当社は' },
  ],
  [
    'a blog\'s name set as large as the entry\'s title above it, the byline under the title',
    '## 株式会社サンプル\n\n株式会社サンプルからのお知らせブログ\n\n## 【重要】当社が利用するメールシステムについて\n\n投稿者：広報担当 (2025年04月17日 10:00)\nいつもご愛顧いただき、誠にありがとうございます。',
    { title: '【重要】当社が利用するメールシステムについて', date: '2025-04-17', organization: '株式会社サンプル', start: 'いつも' },
  ],
  [
    'a frames-era logo wrapped in the title\'s type, the date line under the title',
    '## サンプル支援事業事\n\n## 【重要なお知らせ】当方ドメインを騙る不審なメールについて\n\n掲載日：令和8年3月23日\n平素は格別のご高配を賜り、厚く御礼申し上げます。',
    { title: '【重要なお知らせ】当方ドメインを騙る不審なメールについて', date: '2026-03-23', organization: null, start: '平素は' },
  ],
  [
    'a city\'s name in the title\'s type above a title dated above it',
    '## 東京都サンプル市\n\nホーム > お知らせ\n\n掲載日：2025/5/15\n\n## 個人情報の漏えいのおそれについて\n\n本市は次のとおりご報告いたします。',
    { title: '個人情報の漏えいのおそれについて', date: '2025-05-15', organization: '東京都サンプル市', start: '本市は' },
  ],
  [
    'a blog\'s name set larger than the entry\'s title, the byline under the title',
    '## 株式会社サンプル\n\n株式会社サンプルからのお知らせブログ\n\n### 【重要】当社が利用するメールシステムについて\n\n投稿者：広報担当 (2025年04月17日 10:00)\nいつもご愛顧いただき、誠にありがとうございます。',
    { title: '【重要】当社が利用するメールシステムについて', date: '2025-04-17', organization: '株式会社サンプル', start: 'いつも' },
  ],
  [
    'a site\'s name alone in the largest type is no title',
    '## 株式会社サンプル\n\n### お知らせ一覧\n\n当社は次のとおりご報告いたします。',
    { title: null, date: null, organization: null, start: '## 株式会社サンプル' },
  ],
  // Without a date line by the title, or with two titles in the largest type, nothing above is dropped.
  [
    'a date line between two headings in the largest type: whose it is, is not told',
    '## 報道発表資料の一覧について\n\n2025年1月10日\n\n## 不正アクセスについて\n\n当社は次のとおりご報告いたします。',
    { title: null, date: null, organization: null, start: '## 報道発表資料' },
  ],
  [
    'a section\'s heading in the title\'s type under the date line is no title',
    '## 不正アクセスについて\n\n株式会社Ａ\n\n2025年1月10日\n\n## １．経緯について\n\n当社は次のとおりご報告いたします。',
    { title: null, date: null, organization: null, start: '## 不正アクセス' },
  ],
  [
    'a title whose date line stands a line away from it, in the largest type with another',
    '## 株式会社Ａ\n\n## 不正アクセスについて\n\n株式会社Ａ 広報部\n\n2025年1月10日\n\n当社は次のとおりご報告いたします。',
    { title: null, date: null, organization: null, start: '## 株式会社Ａ' },
  ],
  [
    'no date line near the title',
    'メニュー\nお客様各位\n株式会社Ａ\nサイトマップ\nアクセス\n会社情報\n採用\nIR情報\nサステナビリティ\n\n## 不正アクセスについて\n\n当社は次のとおりご報告いたします。',
    { title: null, date: null, organization: null, start: 'メニュー' },
  ],
  [
    'two headings in the largest type',
    'メニュー\nお客様各位\n株式会社Ａ\nサイトマップ\nアクセス\n会社情報\n採用\nIR情報\n2025年2月10日\n\n## 不正アクセスについて\n\n当社はご報告いたします。\n\n## 経緯\n\n当社は調査しました。',
    { title: null, date: null, organization: null, start: 'メニュー' },
  ],
  [
    'an old table layout: 更新日 over 掲載日 under the title, the publication\'s line wins',
    '| 株式会社Ａ | 文字サイズ 標準 拡大 |\n\n## 当社システムへの不正アクセスについてのお詫び\n\n更新日：令和7年9月12日\n\n掲載日：令和7年9月10日\n\n当社は次のとおりご報告いたします。',
    { title: '当社システムへの不正アクセスについてのお詫び', date: '2025-09-10', organization: '株式会社Ａ', start: '当社は' },
  ],
  [
    'an update\'s line alone under the title dates the page',
    '| 株式会社Ａ | 文字サイズ 標準 拡大 |\n\n## 当社システムへの不正アクセスについてのお詫び\n\n更新日：令和7年9月12日\n\n当社は次のとおりご報告いたします。',
    { title: '当社システムへの不正アクセスについてのお詫び', date: '2025-09-12', organization: '株式会社Ａ', start: '当社は' },
  ],
  [
    'an update\'s line, and a date in the text after the first sentence: the update\'s date',
    '| 株式会社Ａ | 文字サイズ 標準 拡大 |\n\n## 当社システムへの不正アクセスについてのお詫び\n\n更新日：令和7年9月12日\n\n当社は次のとおりご報告いたします。\n\n2025年9月10日',
    { title: '当社システムへの不正アクセスについてのお詫び', date: '2025-09-12', organization: '株式会社Ａ', start: '当社は' },
  ],
  // Section headings in the title's type under the first paragraph: the one line in it above the text is the title.
  [
    'section headings in the title\'s type below the text, the date line right under the title',
    '| 株式会社Ａ | HOME ABOUT NEWS |\n\n## 個人情報漏洩に関するお詫びとご報告\n\n2025.10.07\n\n当社は次のとおりご報告いたします。\n\n## 【漏洩の概要】\n\n当社は調査しました。',
    { title: '個人情報漏洩に関するお詫びとご報告', date: '2025-10-07', organization: '株式会社Ａ', start: '当社は' },
  ],
  [
    'section headings in the title\'s type below the text, the title opening with its date, no date line',
    '| 株式会社Ａ | HOME ABOUT NEWS |\n\n## 【2026/06/23】不正アクセス発生に関するお詫び\n\n当社は次のとおりご報告いたします。\n\n## パスワード変更時の注意事項\n\n当社は調査しました。',
    { title: '【2026/06/23】不正アクセス発生に関するお詫び', date: '2026-06-23', organization: '株式会社Ａ', start: '当社は' },
  ],
  [
    'section headings in the title\'s type below the text, a paragraph between the title and the date line',
    '| 株式会社Ａ | HOME ABOUT NEWS |\n\n## 個人情報漏洩に関するお詫びとご報告\n\n株式会社Ａ 広報部\n\n2025.10.07\n\n当社は次のとおりご報告いたします。\n\n## 【漏洩の概要】',
    { title: null, date: null, organization: null, start: '| 株式会社Ａ' },
  ],
  [
    'section headings in the title\'s type below the text, no date by the title',
    '| 株式会社Ａ | HOME ABOUT NEWS |\n\n## 個人情報漏洩に関するお詫びとご報告\n\n当社は次のとおりご報告いたします。\n\n## 【漏洩の概要】',
    { title: null, date: null, organization: null, start: '| 株式会社Ａ' },
  ],
  [
    'two lines in the title\'s type above the text, one opening with its date',
    '## 新着情報の一覧\n\n## 【2026/06/23】不正アクセス発生に関するお詫び\n\n当社は次のとおりご報告いたします。\n\n## 経緯',
    { title: null, date: null, organization: null, start: '## 新着情報' },
  ],
  [
    'the one line in the largest type opening with its date: the logo above it stays in the text',
    '#### 認定特定非営利活動法人びわ湖ト\n\nHOME ABOUT NEWS\n\n#### ラスト実行委員会\n\n## 【2026/05/01】当サイトへの不正アクセスについて\n\n当サイトは次のとおりご報告いたします。',
    { title: '【2026/05/01】当サイトへの不正アクセスについて', date: null, organization: null, start: '#### 認定特定非営利活動法人' },
  ],
  // A notice banner above the site's name, the date line under the title: the banner's date is no date line, the
  // banner goes with the site's header. A letter's date and addressee above its sender and title stay its head.
  [
    'a notice banner above the site\'s name, the date line under the title',
    '【休診のお知らせ】2025年1月23日（金）は眼科を休診いたします\n\n株式会社Ａ\n\n## 不正アクセスについて（最終報）\n\n更新日：令和7年2月10日 ／ 掲載日：令和7年1月7日\n\n当社は次のとおりご報告いたします。',
    { title: '不正アクセスについて（最終報）', date: '2025-01-07', organization: '株式会社Ａ', start: '当社は' },
  ],
  [
    'a letter: its date and addressee above its sender and title',
    '2025年1月7日\n\nお客様各位\n\n株式会社Ａ\n\n## 不正アクセスについて（最終報）\n\n当社は次のとおりご報告いたします。',
    { title: '不正アクセスについて（最終報）', date: '2025-01-07', organization: '株式会社Ａ', start: 'お客様各位' },
  ],
])('splitHeader, a printed page\'s head: %s', (_label, text, expected) => {
  const head = splitHeader(text);
  expect({ title: head.title, date: head.date, organization: head.organization }).toEqual({ title: expected.title, date: expected.date, organization: expected.organization });
  expect(head.text.startsWith(expected.start)).toBe(true);
});

test.each([
  ['配信日時：2025年12月3日 9時00分 ｜ カテゴリ：コーポレート', '2025-12-03'],
  ['［2025.07.14］', '2025-07-14'],
  ['お知らせ・2026年5月21日', '2026-05-21'],
  ['2025.04.15 お知らせ', '2025-04-15'],
  ['公開日 2026.02.18 更新日2026.03.08 お知らせ', '2026-02-18'],
  ['掲載日：2026年2月13日 最終更新日：2026年3月4', '2026-02-13'],
  // A sentence, another number beside the date, or a month without its day is no date line.
  ['2025年4月1日に不正アクセスを確認しました。', null],
  ['2025年4月1日 対象者 1,200名', null],
  ['2025年4月下旬', null],
  ['受付 2025年4月1日から2025年5月31日まで', null],
  // A period's bound (a banner's campaign) dates no page.
  ['定期預金キャンペーン 2026年7月18日まで', null],
  ['キャンペーン 2026年7月18日(土)まで', null],
  ['受付開始 2026年4月1日～', null],
  ['新サービス 2026.04.01より', null],
  ['発表日 2026年7月18日', '2026-07-18'],
  // A site's notice banner: what stands beside its date says what happens that day (a predicate) — no date line.
  ['【休診のお知らせ】2025年1月23日（金）は眼科を休診いたします', null],
  ['【お知らせ】2025年5月24日は臨時休業です', null],
  ['2025年5月24日 システムを停止しました', null],
  // A date line's label, category or weekday is no predicate.
  ['【お知らせ】2025年1月23日（金）', '2025-01-23'],
  ['掲載日：令和7年1月7日 お知らせ', '2025-01-07'],
  // A date in kanji numerals, a post's byline after it (pages-v wpschool-v09).
  ['二〇二五年十二月十一日発表 投稿者：教務担当', '2025-12-11'],
  ['二〇二五年十二月 対象者 千二百名', null],
])('looseDateLine: %s', (line, expected) => {
  expect(looseDateLine(line)).toBe(expected);
});

/** Lines of the given type size down one page, 18 pt apart, each its own paragraph. */
const sized = (rows: [string, number][]): PdfLine[] =>
  rows.map(([text, size], k) => ({ page: 1, items: [], x: 40, right: 200, y: 700 - k * 30, size, cells: [text], cellX: [40], position: k / 40, spaceBefore: false, spaceAfter: false }) as PdfLine);
const LIST_ROW: [string, number] = ['1 株式会社ウイズユニティ 2025/02 〜 2025/10 55', 10.5];

test.each([
  ['paragraphs in larger type than a long list below them stay paragraphs', [['当社のネットワークが不正アクセスを受けました。', 12], ['従業員情報が漏えいした可能性があります。', 12], ['深くお詫び申し上げます。', 12], ...new Array(12).fill(LIST_ROW)] as [string, number][], 0],
  // A heading above the sentences, in larger type still, stays a heading.
  ['a heading over them', [['■概要', 15], ['当社のネットワークが不正アクセスを受けました。', 12], ['従業員情報が漏えいした可能性があります。', 12], ['深くお詫び申し上げます。', 12], ...new Array(12).fill(LIST_ROW)] as [string, number][], 1],
])('assemble, the body size: %s', (_label, rows, headings) => {
  expect(assemble(sized(rows)).split('\n').filter((l) => l.startsWith('#')).length).toBe(headings);
});

test.each([
  ['有限会社サンプル ニュースリリース', '有限会社サンプル'],
  ['大分県サンプル市 お知らせ', '大分県サンプル市'],
  ['株式会社サンプル 公式サイト', '株式会社サンプル'],
  ['学校法人青葉学園 青葉短期大学', '学校法人青葉学園 青葉短期大学'],
  ['株式会社サンプル', '株式会社サンプル'],
  // A logo printed with its image's alt text beside it: the name once.
  ['株式会社サンプル株式会社サンプル', '株式会社サンプル'],
  // Or beside the start of the name, where the logo's text wrapped (run into the menu's first label).
  ['サンプル株式会社 サンプル', 'サンプル株式会社'],
  ['株式会社SAMPLE 株式会社', '株式会社SAMPLE'],
  ['サンプル株式会社 サンプル株式会企業情', 'サンプル株式会社'],
  // no site's name: a section alone, a name with a sentence's words, a title
  ['ニュースリリース', null],
  ['お知らせ 株式会社サンプル', null],
  ['サンプル病院 サンプル病院附属看護学校', 'サンプル病院 サンプル病院附属看護学校'],
  ['株式会社サンプル 不正アクセスに関するお知らせ 第2報', null],
  ['不正アクセスに関するお知らせ', null],
  // The menu's labels printed after the logo on its row.
  ['株式会社サンプル 会社案内 ニュース お問い合わせ', '株式会社サンプル'],
  ['株式会社サンプル ニュースリリース 会社案内', '株式会社サンプル'],
  // An addressee is no site name.
  ['株式会社サンプル 御中', null],
  ['サンプル市長 様', null],
  // A legal form or an ending alone: a logo wrapped after its form (「株式会社」 over 「研創」) names no one yet.
  ['株式会社', null],
  ['信用金庫', null],
  // The unit or house the name speaks for, in parentheses; a desk named for the body that runs it.
  ['京都大学（京都大学文学研究科図書館）', '京都大学（京都大学文学研究科図書館）'],
  ['サンプル観光株式会社（ホテル見本台）', 'サンプル観光株式会社（ホテル見本台）'],
  ['見本支援事業事務局（株式会社サンプル）', '見本支援事業事務局（株式会社サンプル）'],
  ['お問い合わせ窓口（株式会社サンプル）', null],
  ['不正アクセスについて（お知らせ）', null],
  ['見本支援事業事務局（お知らせ）', null],
  // A logo printed twice or wrapped beside the menu leaves pieces after the name: a company form after the name ends it.
  ['サンプル株式会社 サンプル株式会 企業情', 'サンプル株式会社'],
  ['株式会社SAMPLE 株式会社', '株式会社SAMPLE'],
  // …but a name that opens with its form goes on (a school's faculty, a hospital under its corporation).
  ['学校法人見本大学 文理学部', '学校法人見本大学 文理学部'],
  // The same legal form and the same start of the name, run into the menu's wrapped label.
  ['株式会社見本計画 株式会社見本企業情', '株式会社見本計画'],
  // Two names of their own stay (other names after the form).
  ['株式会社見本 株式会社標本', '株式会社見本 株式会社標本'],
  // An ending prose uses too freely to find names by (事業団) still names the body on a line of its own.
  ['見本振興・共済事業団 見本会館（ホテル見本）', '見本振興・共済事業団 見本会館（ホテル見本）'],
  ['見本弁護士会', '見本弁護士会'],
  ['事業団', null],
  ['事業団の見本について', null],
  // A digit or two run into a Latin word is a name's; a figure (a year, an address, a floor count in kanji) is not.
  ['株式会社メディア４ｕ', '株式会社メディア４ｕ'],
  ['株式会社Web3サンプル', '株式会社Web3サンプル'],
  ['株式会社サンプル 2025年', null],
  ['株式会社サンプル 3丁目', null],
  ['株式会社サンプル123ABC', null],
  // A company's name under its legal form with one digit in it is a name; a figure after the form is not.
  ['株式会社２りんかんサンプル', '株式会社２りんかんサンプル'],
  ['３Ｍサンプル株式会社', '３Ｍサンプル株式会社'],
  ['株式会社3丁目', null],
  ['株式会社サンプル第2期', null],
  ['株式会社サンプル22', null],
  // A menu's row with the logo (more words than a name has): the name, and names after it, up to the first label.
  ['国立大学法人見本大学 ご案内 部門紹介 採用情報 アクセス お問い合わせ', '国立大学法人見本大学'],
  ['学校法人見本学園 見本大学 ご案内 部門紹介 採用情報', '学校法人見本学園 見本大学'],
  ['株式会社見本 事業紹介 拠点一覧 採用情報 お問い合わせ', '株式会社見本'],
  // …not a name of three words with a section after it, nor a row whose first word names no one.
  ['見本県 見本部 見本課 お知らせ', '見本県 見本部 見本課'],
  ['ご案内 部門紹介 採用情報 アクセス', null],
  // A name of words set apart by the Latin letters they hold, its form ending the last, before the menu.
  ['三菱UFJ eスマート証券株式会社 HOME ABOUT SERVICE NEWS CONTACT', '三菱UFJ eスマート証券株式会社'],
  ['三菱UFJ eスマート証券株式会社', '三菱UFJ eスマート証券株式会社'],
  ['株式会社 PR TIMES ニュース 会社案内 採用情報 お問い合わせ', '株式会社 PR TIMES'],
  // A label before a name holds no Latin letter: no name of two words.
  ['委託先 見本株式会社', null],
  // Or in katakana, a foreign name's words written apart; a menu's, a section's or the menu button's word before a name is none.
  ['ユニバーサル ミュージック合同会社', 'ユニバーサル ミュージック合同会社'],
  ['ソニー・ミュージック エンタテインメント株式会社', 'ソニー・ミュージック エンタテインメント株式会社'],
  ['メニュー 日本セラミック株式会社', null],
  ['ニュース 見本株式会社', null],
  ['トピックス 見本株式会社', null],
  ['ホーム 見本株式会社', null],
  // The menu's 交通アクセス after the logo's name.
  ['公益財団法人 日本体操協会 交通アクセス', '公益財団法人 日本体操協会'],
  ['株式会社見本 交通アクセス', '株式会社見本'],
  // A Latin name with its legal form set apart after it; not a Japanese word before a form alone, nor a logo's form printed again.
  ['S-by-M 株式会社', 'S-by-M 株式会社'],
  ['AB&C 合同会社', 'AB&C 合同会社'],
  ['見本 株式会社', null],
  ['株式会社見本 株式会社', '株式会社見本'],
  // A foreign name's katakana words set apart, its form a word of its own after them (a copyright line's holder).
  ['サンプルバックス コーヒー ジャパン 株式会社', 'サンプルバックス コーヒー ジャパン 株式会社'],
  ['サンプルバックス コーヒー 株式会社', 'サンプルバックス コーヒー 株式会社'],
  ['メニュー ニュース ジャパン 株式会社', null],
  ['ホーム ニュース お知らせ 株式会社', null],
  // The site's word run into the name with no space (printfuzz: the logo's text 「…オフィシャルサイト」): the body's name before it.
  ['株式会社見本製作所オフィシャルサイト', '株式会社見本製作所'],
  ['見本省公式ホームページ', '見本省'],
  ['見本市公式サイト', '見本市'],
  // Not so: a word before it that names no body, a site word that is the name's own (no 公式/オフィシャル before it).
  ['観光公式サイト', null],
  ['株式会社見本サイト', '株式会社見本サイト'],
  // A print header's name beside the site's address (a print stylesheet's 「name　https://…」): the name.
  ['見本創建グループ（見本創建株式会社）　https://www.example.jp/', '見本創建グループ（見本創建株式会社）'],
  ['株式会社見本 www.example.co.jp', '株式会社見本'],
  // Not so: an address alone, or a label before it.
  ['https://www.example.jp/', null],
  ['お問い合わせ https://www.example.jp/contact', null],
])('siteNameOf: %s', (line, name) => {
  expect(siteNameOf(line)).toBe(name);
});

test.each([
  ['サンプル市長 鈴木 一郎', 'サンプル市'],
  ['サンプル県知事 山田 花子', 'サンプル県'],
  ['サンプル大学学長 山田 太郎', 'サンプル大学'],
  ['サンプル市立サンプル中学校長 小林 八郎', 'サンプル市立サンプル中学校'],
  ['公益財団法人サンプル財団理事長 伊藤 六郎', '公益財団法人サンプル財団'],
  // The head's title and name set apart after the name on the same line.
  ['サンプル精工株式会社 代表取締役社長 田中三郎', 'サンプル精工株式会社'],
  ['学校法人サンプル学園 理事長 山田 太郎', '学校法人サンプル学園'],
  ['株式会社 サンプル 代表取締役 山田 太郎', '株式会社 サンプル'],
  ['長野県 知事 山田 花子', '長野県'],
  // no signature: a title alone, a name without a head, a head with no name after, a sentence
  ['市長 鈴木 一郎', null],
  ['株式会社サンプル', null],
  ['サンプル市長', null],
  ['サンプル市長 鈴木 一郎は次のとおり発表しました', null],
  ['長野県 長野市', null],
  ['お知らせ 代表取締役 山田 太郎', null],
])('signedName: %s', (line, name) => {
  expect(signedName(line)).toBe(name);
});

describe('printedSiteName: the site named by a printed page\'s copyright footer', () => {
  const lines = (texts: string[]): PdfLine[] =>
    texts.map((text, k) => ({ page: 1, items: [], x: 40, right: 400, y: 700 - k * 16, size: 10, cells: [text], cellX: [40], position: k / 40, spaceBefore: false, spaceAfter: false }) as PdfLine);
  const RELEASE = '当社サーバーが第三者による不正アクセスを受けました。';
  test.each([
    ['a holder with a legal form', ['HOME | お問い合わせ', RELEASE, 'Copyright(C) 1965-2026 サンプル化学株式会社 All rights reserved.'], RELEASE, 'サンプル化学株式会社'],
    ['a holder with a body\'s ending', [RELEASE, '© 2026 サンプル市'], RELEASE, 'サンプル市'],
    ['a name written short that the release names', [RELEASE, 'Copyright(C) 1993-2025 サンプル生命保険株式会 All rights reserved.'], 'サンプル生命保険株式会社（代表取締役社長：山田 太郎）の委託先において…', 'サンプル生命保険株式会'],
    ['a joint release\'s footer naming each issuer, wrapped before "Reserved."', [RELEASE, '© 2025 サンプル生命保険相互会社、ニッセイ・サンプル生命保険株式会社 All Rights', 'Reserved.'], RELEASE, 'サンプル生命保険相互会社、ニッセイ・サンプル生命保険株式会社'],
    ['a desk with the company that runs it', [RELEASE, 'Copyright (C) 2026 見本支援事業事務局（株式会社サンプル） All rights reserved.'], RELEASE, '見本支援事業事務局（株式会社サンプル）'],
    ['a holder with a digit in its name, the logo wrapped in a header row', ['| 株式会社２りんかんサンプ | 個人のお客 |', RELEASE, '© 2026 株式会社２りんかんサンプル'], RELEASE, '株式会社２りんかんサンプル'],
    ['a name without a legal form that the logo line opens the page with', ['サンプルネット', 'HOME', RELEASE, '© 2026 サンプルネット'], RELEASE, 'サンプルネット'],
    // No copyright line that names the site: the logo's text the page opens with.
    ['an English copyright line, the logo\'s row above the menu', ['株式会社サンプル雑貨 会社案内 ニュース お問い合わせ', RELEASE, '© 2025 Sample Zakka Co., Ltd. All Rights Reserved.'], RELEASE, '株式会社サンプル雑貨'],
    ['no copyright line, the logo under a skip link', ['コンテンツへスキップ', '株式会社サンプル雑貨 会社案内', RELEASE], RELEASE, '株式会社サンプル雑貨'],
    ['no copyright line, the logo atop the page', ['サンプル市', 'くらし 観光', RELEASE], RELEASE, 'サンプル市'],
    // The header sets a figure beside the logo on its line (a count and the day it holds for): the name is before it.
    ['a figure beside the logo', ['株式会社２りんかんサンプル 加入者数 47,785人（令和8年1月15日現在）', RELEASE, '© 2026 All Rights Reserved.'], RELEASE, '株式会社２りんかんサンプル'],
    ['a member count beside the logo', ['サンプル健康保険組合 会員数 1,234名', RELEASE], RELEASE, 'サンプル健康保険組合'],
    ['a figure beside no name (negative)', ['ご案内 加入者数 47,785人（令和8年1月15日現在）', RELEASE], RELEASE, null],
    ['a date beside the logo is no figure (negative)', ['株式会社２りんかんサンプル 更新 2026年1月15日', RELEASE], RELEASE, null],
    // The logo's name wrapped inside its brackets: the next line's first cell up to the bracket it closes.
    ['a logo wrapped inside its brackets', ['社会福祉法人 見本福祉会（からたち', 'こどもえん）', RELEASE], RELEASE, '社会福祉法人 見本福祉会（からたちこどもえん）'],
    ['a logo wrapped inside its brackets, the menu on the next row', ['株式会社見本（ホテル', '見本）', 'HOME ABOUT', RELEASE], RELEASE, '株式会社見本（ホテル見本）'],
    // …not a next line that closes no bracket, nor one of a bracket the name already closed.
    ['a logo cut inside its brackets, the menu below', ['社会福祉法人 見本福祉会（からたち', 'くらし 観光', RELEASE], RELEASE, '社会福祉法人 見本福祉会（からたち'],
    ['a logo whose brackets close, a bracketed line below', ['株式会社見本（ホテル見本）', '注記）', RELEASE], RELEASE, '株式会社見本（ホテル見本）'],
    // not a site name
    ['a letter that opens with its date and has no copyright line', ['2025年3月10日', 'お客様各位', RELEASE], RELEASE, null],
    ['a letter that opens with its addressee', ['株式会社サンプル 御中', RELEASE], RELEASE, null],
    ['a brand the page names nowhere else', ['HOME', RELEASE, 'Copyright © 2026 SAMPLE All Rights Reserved.'], RELEASE, null],
    ['no copyright line', ['HOME', RELEASE, 'サンプル化学株式会社'], RELEASE, null],
    // The footer's company block (the name over its 〒 and TEL lines) names the site, or gives the holder's name whole.
    ['a company block, the copyright line cut off', ['お電話でのお問い合わせ TEL 022-2404-4589', RELEASE, '株式会社サンプルコンサルティング', '〒404-6702 宮城県仙台市青葉区本町3丁目1番19号', 'TEL 022-2404-4589 / FAX 022-4162-1092', '設立：1948年 資本金：7,482百万円'], RELEASE, '株式会社サンプルコンサルティング'],
    ['a joint name wrapped in the footer\'s column', [RELEASE, 'サンプル生命保険株式会社、', '見本生命保険株式会社', '〒404-6702 宮城県仙台市青葉区本町3丁目1番19号', 'TEL 022-2404-4589'], RELEASE, 'サンプル生命保険株式会社、見本生命保険株式会社'],
    ['a company\'s name wrapped inside a word', [RELEASE, '株式会社サンプルコンサ', 'ルティング', '〒404-6702 宮城県仙台市青葉区本町3丁目1番19号'], RELEASE, '株式会社サンプルコンサルティング'],
    ['a label over the name is no piece of it', [RELEASE, 'お問い合わせ', 'サンプル株式会社', '〒404-6702 宮城県仙台市青葉区本町3丁目1番19号'], RELEASE, 'サンプル株式会社'],
    ['a contact block naming its desk after the body', [RELEASE, '学校法人サンプル学園（サンプル大学） 総務課', '〒134-6024 東京都千代田区神田錦町3丁目9番14号', '電話：03-7102-7343'], RELEASE, '学校法人サンプル学園（サンプル大学）'],
    ['a block giving the holder\'s name whole', [RELEASE, 'サンプル創建グループ（サンプル創建株式会社）', '〒681-1953 北海道札幌市中央区北一条西3丁目12番22号', '© 2026 サンプル創建グループ'], RELEASE, 'サンプル創建グループ（サンプル創建株式会社）'],
    // A name alone over a copyright line that names no one (a bulletin board's footer, its counter above).
    ['a name over a holderless copyright line', [RELEASE, '累計 205681 ／ 本日 109 ／ 昨日 782', 'サンプルフードサービス株式会社', 'Copyright © All Rights Reserved.', '- JOYFUL NOTE -'], RELEASE, 'サンプルフードサービス株式会社'],
    ['a label over a holderless copyright line (negative)', [RELEASE, 'お問い合わせ', 'Copyright © All Rights Reserved.'], RELEASE, null],
    // …the footer's row of links between them, or opening with the name (pages-aa notecom, goope): the name before the links.
    ['a name over the link row over a holderless copyright line', [RELEASE, '有限会社サンプルアトリエ', '個人情報保護方針 サイトマップ', 'Copyright © All Rights Reserved.', '© sample inc.'], RELEASE, '有限会社サンプルアトリエ'],
    ['a link row opening with the name', [RELEASE, 'サンプル株式会社 個人情報保護方針 サイトマップ', 'Copyright © All Rights Reserved.', 'Powered by Sample'], RELEASE, 'サンプル株式会社'],
    ['a link row of labels alone under the release (negative)', [RELEASE, '個人情報保護方針 サイトマップ', 'Copyright © All Rights Reserved.'], RELEASE, null],
    ['a link row opening with a label (negative)', [RELEASE, 'お知らせ 個人情報保護方針 サイトマップ', 'Copyright © All Rights Reserved.'], RELEASE, null],
    // …a Latin name of two words before its legal form (pages-z joomla), not menu labels before one
    ['a two-word Latin name and its form over a holderless copyright line', [RELEASE, 'フッターロゴ', 'SAMPLE Holdings 株式会社', 'Copyright © All Rights Reserved.'], RELEASE, 'SAMPLE Holdings 株式会社'],
    ['menu labels before a legal form (negative)', [RELEASE, 'NEWS CONTACT 株式会社', 'Copyright © All Rights Reserved.'], RELEASE, null],
    // …or the joint issuers each so named, the site's cookie notice printed at its foot (pages-w jimdo)
    ['joint issuers over a holderless copyright line', [RELEASE, '株式会社サンプル、株式会社サンプルインダストリー', 'Copyright © All Rights Reserved.', 'このウェブサイトはクッキーを使用しています。利用を続けることで、クッキーの使用に同意したものとみなされます。'], RELEASE, '株式会社サンプル、株式会社サンプルインダストリー'],
    // The footer's line that names the publisher by its label (pages-w rainier: a desk's line above it names no one).
    ['a 発行 line under a holderless copyright line', [RELEASE, '事務局 電話：034-0000-0000', 'Copyright © All Rights Reserved.', '発行：サンプル産業株式会社', 'Powered by Movable Type'], RELEASE, 'サンプル産業株式会社'],
    ['a 発行 line of the release\'s own text (negative)', [RELEASE, '発行：サンプル産業株式会社'], `${RELEASE}\n発行：サンプル産業株式会社`, null],
    ['a 発行 line followed by sentences (negative)', [RELEASE, '発行：サンプル産業株式会社', RELEASE], RELEASE, null],
    ['a name over a holderless copyright line, sentences after it (negative)', [RELEASE, 'サンプルフードサービス株式会社', 'Copyright © All Rights Reserved.', RELEASE], RELEASE, null],
    // A cookie notice the print sets after the footer (a box fixed to the window's bottom), wrapped or not, is no sentence of the page's.
    ['a name over a holderless copyright line, a cookie notice printed after the footer', [RELEASE, '概要 | プライバシーポリシー | サイトマップ', '株式会社サンプルのタネ', 'Copyright © All Rights Reserved.', 'サンプル で無料ホームページを作成しましょう！', 'このウェブサイトはクッキーを使用しています。利用を続けることで、クッキーの使用に同意したものとみなされます。 OK'], RELEASE, '株式会社サンプルのタネ'],
    ['…the notice wrapped over two lines', [RELEASE, 'サンプル電業株式会社', 'Copyright © All Rights Reserved.', 'このウェブサイトはクッキーを使用しています。利用を続けることで、クッキーの使用に同意したものとみなされま', 'す。 OK'], RELEASE, 'サンプル電業株式会社'],
    ['joint issuers over a holderless copyright line', [RELEASE, '株式会社サンプル、株式会社サンプルインダストリー', 'Copyright © All Rights Reserved.'], RELEASE, '株式会社サンプル、株式会社サンプルインダストリー'],
    ['a sentence after the footer that is no cookie notice (negative)', [RELEASE, 'サンプル電業株式会社', 'Copyright © All Rights Reserved.', RELEASE], RELEASE, null],
    // A publisher's line by its label at the footer's foot (「発行：Ａ株式会社」), left out of the release's text.
    ['a publisher\'s labelled line under the copyright line', [RELEASE, '事務局 電話：034-8658-3291', 'Copyright © All Rights Reserved.', '発行：サンプル産業株式会社', 'Powered by Movable Type'], RELEASE, 'サンプル産業株式会社'],
    ['a 運営会社 line', [RELEASE, '運営会社：株式会社サンプル', '© 2026'], RELEASE, '株式会社サンプル'],
    ['a labelled line of the release\'s own text (negative)', [RELEASE, '発行：サンプル産業株式会社'], `${RELEASE}\n発行：サンプル産業株式会社`, null],
    ['a labelled line followed by the release\'s sentences (negative)', ['発行：サンプル産業株式会社', RELEASE], RELEASE, null],
    ['a label over no name (negative)', [RELEASE, '発行：2025年12月3日'], RELEASE, null],
    // A publisher's labelled line atop the page (the header's top bar, pages-y basercms): a name with no legal form too.
    ['a 運営 line atop the page', ['運営：サンプルグループ', 'ホーム お知らせ', RELEASE], RELEASE, 'サンプルグループ'],
    ['a 運営 line atop the page naming a kind alone (negative)', ['運営：株式会社', 'ホーム お知らせ', RELEASE], RELEASE, null],
    ['a 運営 line atop the page giving a sentence (negative)', ['運営：当社が行っております', 'ホーム お知らせ', RELEASE], RELEASE, null],
    ['a block naming another company than the holder', [RELEASE, '株式会社見本', '〒681-1953 北海道札幌市中央区北一条西3丁目12番22号', '© 2026 サンプル化学株式会社'], RELEASE, 'サンプル化学株式会社'],
    // The name opening the address's own line, the two run together by the print (「見本市〒750-7328 …」).
    ['a name run into its postcode on the footer\'s line', [RELEASE, 'サンプル県見本市〒750-7328新潟県新潟市中央区万代一丁目2-28 TEL 047-7476-8406', '（受付時間平日9:00〜17:30） © 2025 All Rights Reserved.'], RELEASE, 'サンプル県見本市'],
    ['a name and its telephone number on the footer\'s line', [RELEASE, '株式会社サンプルコンサルティング TEL 022-2404-4589'], RELEASE, '株式会社サンプルコンサルティング'],
    ['a label before the postcode on the footer\'s line (negative)', [RELEASE, '所在地〒750-7328新潟県新潟市中央区万代一丁目2-28'], RELEASE, null],
    ['a name before its address followed by the release\'s sentences (negative)', ['株式会社サンプルコンサルティング 〒404-6702 宮城県仙台市', RELEASE], RELEASE, null],
    // Not a footer: the block is followed by the release's sentences, or its name line holds no name.
    ['a block followed by sentences', [RELEASE, '株式会社サンプルコンサルティング', '〒404-6702 宮城県仙台市青葉区本町3丁目1番19号', RELEASE], RELEASE, null],
    ['a label over the address', [RELEASE, 'お問い合わせ先', '〒404-6702 宮城県仙台市青葉区本町3丁目1番19号', 'TEL 022-2404-4589'], RELEASE, null],
    // The release's own contact block (kept in its text) may name a contractor's desk: no site's footer.
    ['a contact block in the release text', [RELEASE, 'お問い合わせ先', '株式会社見本', 'TEL 0120-000-000'], `${RELEASE}\nお問い合わせ先\n株式会社見本\nTEL 0120-000-000`, null],
  ])('%s', (_, texts, text, name) => {
    expect(printedSiteName(lines(texts), text)).toBe(name);
  });

  // A copyright line set beside the footer's name, wrapped under its own cell (not under the row's start).
  test.each([
    ['the rest under the copyright\'s cell', 300, '株式会社サンプルコンサルティング'],
    ['a line starting elsewhere (negative)', 120, '株式会社サンプルコンサルティン'],
  ])('a copyright beside the footer\'s name, wrapped: %s', (_, x, name) => {
    const [release, row, rest] = lines([RELEASE, '株式会社サンプルコンサルティング', 'グ All Rights Reserved.']);
    const footer = { ...row!, cells: ['株式会社サンプルコンサルティング', '© 2026 株式会社サンプルコンサルティン'], cellX: [40, 300] };
    expect(printedSiteName([release!, footer, { ...rest!, x, cellX: [x], y: footer.y - 12 }], RELEASE)).toBe(name);
  });

  // The copyright line's closing words wrapped after 「All」 (printfuzz s4 p034), the line short of the column's right edge.
  test.each([
    ['the rest of All Rights Reserved.', 'Rights Reserved.', 'サンプル緑化株式会社'],
    ['a line below that is no such rest (negative)', 'Rights Management', 'サンプル緑化株式会社 All'],
  ])('a copyright line wrapped after All: %s', (_, below, name) => {
    const [release, line, rest] = lines([RELEASE, '© 2025 サンプル緑化株式会社 All', below]);
    expect(printedSiteName([release!, { ...line!, right: 282 }, { ...rest!, right: 200 }], RELEASE)).toBe(name);
  });

  // The page opens with a cookie notice or a bare skip link before the logo; a sticky header (a bar fixed to the
  // window's top, dropped from every page's text) opens it before its lines: its row's first cell is the logo.
  const ENGLISH = 'Copyright © 2017-2025 Official Site All Rights Reserved.';
  const row = (cells: string[]): PdfLine => ({ ...lines([''])[0]!, cells, cellX: cells.map((_, k) => 40 + k * 120) });
  test.each<[string, string[], PdfLine[], string | null]>([
    ['a cookie notice above the logo', ['当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。', 'サンプル株式会社 ニュース 製品 会社情報 同意する', RELEASE, ENGLISH], [], 'サンプル株式会社'],
    ['a bare skip link 「本文へ」 above the logo', ['本文へ', '株式会社見本（ホテル', '見本）', RELEASE, ENGLISH], [], '株式会社見本（ホテル見本）'],
    ['a sticky header: the cookie notice, then the logo beside the menu', [RELEASE, ENGLISH], [row(['当サイトではCookieを使用しています。']), row(['サンプル株式会社', 'ニュース・製品・会社情報・採用'])], 'サンプル株式会社'],
    ['a sticky header: the logo a city\'s, the menu run together after it', [RELEASE, ENGLISH], [row(['サンプル県見本市', 'ニュース・製品・会社情報・採用'])], 'サンプル県見本市'],
    // not a site name
    ['a cookie notice alone, the release after it (negative)', ['当サイトではCookieを使用しています。', RELEASE, ENGLISH], [], null],
    ['a sticky header of menu labels only (negative)', [RELEASE, ENGLISH], [row(['ニュース・製品・会社情報・採用'])], null],
  ])('%s', (_, texts, header, name) => {
    expect(printedSiteName(lines(texts), RELEASE, '', header)).toBe(name);
  });
});

test.each([
  // The logo wrapped in a narrow header: the name's rest opens the next row.
  ['a logo wrapped inside its name', '株式会社サンプル', '株式会社サンプル経営', '| 株式会社サンプル | 企業情報 ニュース |\n| 経営 | お問い合わせ |\n\n## 不正アクセスについて', '株式会社サンプル経営'],
  ['a logo wrapped, set as lines', '株式会社ロジッ', '株式会社ロジックサンプル', '株式会社ロジッ\nクサンプル\n\n## 不正アクセスについて', '株式会社ロジックサンプル'],
  // The site's name that only starts alike (a holding company's copyright over its company's logo): the issuer.
  ['a holding company\'s footer', '株式会社サンプル', '株式会社サンプルホールディングス', '| 株式会社サンプル | 企業情報 ニュース |\n| お問い合わせ |\n\n## 不正アクセスについて', '株式会社サンプル'],
  ['another name', '株式会社サンプル', '見本株式会社', '株式会社サンプル\n\n## 不正アクセスについて', '株式会社サンプル'],
  // The menu beside the logo, its line set between the logo's two lines.
  ['the menu between the logo\'s lines', '見本共済事業団 京', '見本共済事業団 京都会館（ホテル見本）', '見本共済事業団 京\nHOME ABOUT NEWS\n都会館（ホテル見本）\n\n## 不正アクセスについて', '見本共済事業団 京都会館（ホテル見本）'],
  ['the rest further down, in the text', '見本共済事業団 京', '見本共済事業団 京都会館（ホテル見本）', '見本共済事業団 京\nHOME ABOUT NEWS\n\n## 不正アクセスについて\n都会館（ホテル見本）', '見本共済事業団 京'],
  // A long name wrapped over three lines, the menu beside its last: each middle line a piece of the rest.
  ['a logo wrapped over three lines', '独立行政法人見本機', '独立行政法人見本機構 文化遺産国際協力コンソーシアム事務局', '独立行政法人見本機\n構 文化遺産国際協力コンソー\n| シアム事務局 | HOME ABOUT NEWS |\n\n## 不正アクセスについて', '独立行政法人見本機構 文化遺産国際協力コンソーシアム事務局'],
  ['pieces of the name whose end never comes', '独立行政法人見本機', '独立行政法人見本機構 文化遺産国際協力コンソーシアム事務局', '独立行政法人見本機\n構 文化遺産\nHOME ABOUT NEWS\n\n## 不正アクセスについて\nシアム事務局', '独立行政法人見本機'],
  ['no site name', '株式会社サンプル', null, '株式会社サンプル', '株式会社サンプル'],
])('wrappedLogoName: %s', (_label, issuer, site, page, expected) => {
  expect(wrappedLogoName(issuer, site, page)).toBe(expected);
});

test.each([
  // The logo's name wrapped in a narrow header, the menu beside its first line; the text names it whole.
  ['a logo\'s end under its start and the menu', '都実行委員会', '高専カンファレンス in 首 受験生の方へ 在学生の方へ お知らせ\n都実行委員会\n\n高専カンファレンスin首都実行委員会(以下、当団体)における情報漏えいについて、深くお詫び申し上げます。', '高専カンファレンス in 首都実行委員会'],
  ['in a header row\'s cells', '研究会', '| 見本情報 | ホーム お知らせ |\n| 研究会 |\n\n見本情報研究会は、不正アクセスを受けました。', '見本情報研究会'],
  // Not so: the text names the issuer alone, or after words that do not open the line above; no line above; a one-letter start.
  ['the issuer alone in the text', '株式会社サンプル', 'ホーム 企業情報 ニュース\n株式会社サンプル\n\n株式会社サンプルは、不正アクセスを受けました。', '株式会社サンプル'],
  ['other words before it', '株式会社サンプル', 'ホーム 企業情報 ニュース\n株式会社サンプル\n\n当社（株式会社サンプル）は、不正アクセスを受けました。', '株式会社サンプル'],
  ['the issuer opening the page', '株式会社サンプル', '株式会社サンプル\n\n株式会社サンプルは、不正アクセスを受けました。', '株式会社サンプル'],
  ['one letter before it', '会社サンプル', '株 ホーム\n会社サンプル\n\n株会社サンプルは、不正アクセスを受けました。', '会社サンプル'],
  ['a heading above, the text\'s heading over the name', '株式会社サンプル', '## 株式会社サンプルからのお知らせ\n株式会社サンプル\n\n## 株式会社サンプル\n株式会社サンプルは、不正アクセスを受けました。', '株式会社サンプル'],
  ['no issuer', null, '株式会社サンプル', null],
] as [string, string | null, string, string | null][])('logoHeadAbove: %s', (_label, issuer, page, expected) => {
  expect(logoHeadAbove(issuer, page)).toBe(expected);
});

describe('assemble: a list item printed with a drawn bullet, in larger type than the paragraphs', () => {
  const row = (text: string, size: number, y: number, bullet = false, x = 40, right = 500): PdfLine =>
    ({ page: 1, items: [], x, right, y, size, cells: [text], cellX: [x], position: (800 - y) / 800, spaceBefore: false, spaceAfter: false, bullet }) as PdfLine;
  const SENTENCES = [
    row('削除されたファイルには下記の情報が含まれていたことが確認されております。', 10, 700),
    row('現時点において個人情報が外部に漏洩された事実は確認されておりません。', 10, 600),
    row('今後も引き続き調査を行う予定です。', 10, 500),
  ];
  test.each([
    ['a bulleted line in larger type is an item', [row('お取引様の口座情報（銀行名、支店名、口座番号）', 12, 680, true), row('お取引様の施設情報（施設名、設備名）', 12, 664, true)], ['- お取引様の口座情報（銀行名、支店名、口座番号）', '- お取引様の施設情報（施設名、設備名）']],
    ['its wrapped line goes on in the item', [row('お取引様の企業情報（企業名、代表者名、住所、電話番号、担当者名、役職、', 12, 680, true, 40, 500), row('メールアドレス）', 12, 665, false, 40, 140)], ['- お取引様の企業情報（企業名、代表者名、住所、電話番号、担当者名、役職、メールアドレス）']],
    // not an item
    ['a line in larger type without a bullet is a heading', [row('■ 個人情報の漏洩について', 12, 680)], ['## ■ 個人情報の漏洩について']],
  ])('%s', (_, rows, expected) => {
    const text = assemble([SENTENCES[0]!, ...rows, SENTENCES[1]!, SENTENCES[2]!]);
    for (const line of expected) expect(text.split('\n')).toContain(line);
  });
});

describe('assemble: a heading set in bold at body size or smaller', () => {
  const row = (text: string, y: number, { bold = false, size = 10, right = 500, table = false } = {}): PdfLine =>
    ({ page: 1, items: [], x: 40, right, y, size, cells: table ? text.split('|') : [text], cellX: table ? [40, 200] : [40], position: (800 - y) / 800, spaceBefore: false, spaceAfter: false, bold, table }) as PdfLine;
  const BODY = [
    row('弊社サーバが第三者による不正アクセスを受けたことを確認いたしました。', 760, { right: 380 }),
    row('現時点において個人情報が外部に漏洩された事実は確認されておりません。', 740, { right: 380 }),
    row('今後も引き続き調査を行う予定です。', 720, { right: 240 }),
  ];
  const AFTER = [row('調査は現在も継続しております。', 500, { right: 220 })];
  test.each([
    ['a bold line at body size over text', [row('漏洩のおそれがある個人情報', 700, { bold: true, right: 200 }), row('氏名、住所、電話番号', 680, { right: 160 })], ['## 漏洩のおそれがある個人情報']],
    ['a bold line in smaller type over a table', [row('①お取引先さま：74名', 700, { bold: true, size: 9, right: 160 }), row('氏名|〇', 680, { table: true })], ['## ①お取引先さま：74名']],
    ['a bold heading over a bold subheading in its own type ranks above it', [row('漏洩のおそれがある個人情報', 700, { bold: true, right: 200 }), row('①お取引先さま：74名', 680, { bold: true, right: 160 }), row('氏名、住所', 660, { right: 120 })], ['## 漏洩のおそれがある個人情報', '### ①お取引先さま：74名']],
    // A numbered section's heading may end with a colon.
    ['a numbered bold heading ending with a colon', [row('4．漏洩した可能性のある情報：', 700, { bold: true, right: 200 }), row('ご利用者のメールアドレス：9,760件', 680, { right: 200 })], ['## 4．漏洩した可能性のある情報：']],
    // not a heading
    ['a bold label ending with a colon', [row('お問い合わせ先：', 700, { bold: true, right: 140 }), row('株式会社サンプル 総務部', 680, { right: 160 })], ['お問い合わせ先：']],
    ['a bold phrase inside a paragraph', [row('弊社は、', 700, { right: 80 }), row('当社サーバの停止', 680, { bold: true, right: 140 }), row('を行いました。', 660, { right: 120 })].map((l, k) => (k === 0 ? { ...l, right: 500 } : l)), []],
    ['a bold sentence', [row('現在、二次被害は確認されておりません。', 700, { bold: true, right: 300 }), row('氏名、住所', 680, { right: 120 })], ['現在、二次被害は確認されておりません。']],
    ['a bold table cell', [row('氏名|〇', 700, { bold: true, table: true }), row('住所|〇', 680, { table: true })], ['| 氏名 | 〇 |']],
    ['a bold block of three lines', [row('個人情報', 700, { bold: true, right: 120 }), row('取引情報', 680, { bold: true, right: 120 }), row('社員情報', 660, { bold: true, right: 120 }), row('以上です。', 640, { right: 100 })], ['取引情報']],
    ['a bold line that runs to the edge (a wrapped bold paragraph)', [row('弊社ではお客様への連絡を順次進めており、お問い合わせ窓口を設置', 700, { bold: true, right: 500 }), row('しました', 680, { right: 80 })], []],
  ])('%s', (_, rows, expected) => {
    const text = assemble([...BODY, ...rows, ...AFTER]);
    const out = text.split('\n');
    for (const line of expected) expect(out).toContain(line);
    const bolds = rows.filter((r) => r.bold && !r.table).map((r) => r.cells[0]!);
    if (!expected.some((l) => l.startsWith('#'))) for (const b of bolds) expect(out.some((l) => l.startsWith('#') && l.includes(b))).toBe(false);
  });
});

test.each([
  // A web page's title at a line height of 1.8 and more: 18 pt type 33 pt apart.
  ['a title wrapped at a web page\'s line height', 33, ['## 【重要なお知らせ】個人情報漏えいの可能性について']],
  ['a title wrapped at a printed letter\'s line height', 24, ['## 【重要なお知らせ】個人情報漏えいの可能性について']],
  // A site builder's line height of 2, rounded to whole pixels: 18 pt type 37 pt apart.
  ['a title wrapped at a line height of 2, rounded up', 37, ['## 【重要なお知らせ】個人情報漏えいの可能性について']],
  // Two headings of that size set further apart (a section's margin between them) stay two.
  ['two headings a section\'s margin apart', 45, ['## 【重要なお知らせ】個人情報漏えいの可能性に', '## ついて']],
] as [string, number, string[]][])('assemble, a title over two lines: %s', (_label, gap, expected) => {
  const body = column([[FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], ['した。', 60]]).map((l) => ({ ...l, y: l.y - 200 }));
  const title = (text: string, y: number) => ({ ...body[0]!, cells: [text], size: 18, right: 400, y }) as PdfLine;
  const lines = [title('【重要なお知らせ】個人情報漏えいの可能性に', 700), title('ついて', 700 - gap), ...body];
  expect(assemble(lines).split('\n').filter((l) => l.startsWith('#'))).toEqual(expected);
});

/** Lines of an unruled table, each [cells, their x, y]; 10.5 pt type, columns at 50, 300, 450. */
const tableLines = (rows: [string[], number[], number][]): PdfLine[] =>
  rows.map(([cells, cellX, y]) => ({ page: 1, column: 1, items: [], x: cellX[0]!, right: cellX[cellX.length - 1]! + 100, y, size: 10.5, cells, cellX, position: 0.5, spaceBefore: false, spaceAfter: false }) as PdfLine);

test.each([
  [
    'cells wrapped over lines one wrap apart, rows set further apart',
    [[['対象者', '内容', '件数'], [50, 300, 450], 576], [['過去にご利用の', '氏名、住所、メー', '120,929件'], [50, 300, 450], 544], [['オーナー様', 'ルアドレス', '※内、口座情報を含むものが66,013'], [50, 300, 450], 524], [['・2021年2月から', '件、含まないものが54,916件'], [50, 450], 504], [['弊社パートナー様', '氏名', '1,282件'], [50, 300, 450], 471]],
    [['対象者', '内容', '件数'], ['過去にご利用のオーナー様・2021年2月から', '氏名、住所、メールアドレス', '120,929件※内、口座情報を含むものが66,013件、含まないものが54,916件'], ['弊社パートナー様', '氏名', '1,282件']],
  ],
  // Rows set evenly apart are each a row.
  [
    'rows evenly apart',
    [[['氏名', '1,200件'], [50, 450], 576], [['住所', '300件'], [50, 450], 556], [['電話番号', '20件'], [50, 450], 536]],
    [['氏名', '1,200件'], ['住所', '300件'], ['電話番号', '20件']],
  ],
  // One row of cells with paragraphs under it is no table.
  [
    'one row of cells, then paragraphs',
    [[['発生日', '2025年1月'], [50, 450], 576], [['当社は調査を'], [50], 556], [['進めました。'], [50], 536], [['次に、'], [50], 500]],
    [['発生日', '2025年1月'], ['当社は調査を'], ['進めました。'], ['次に、']],
  ],
  // One row wrapped in narrow cells, the line just below completing the dates its cells cut: one row.
  [
    'a date line wrapped in narrow cells',
    [[['投稿日：2024年12月31', '最終更新日：2025年', 'お知'], [50, 300, 450], 576], [['日（火）', '1月6日', 'らせ'], [50, 300, 450], 560], [['平素より格別のご高配を賜り、誠にありがとうございます。'], [50], 500]],
    [['投稿日：2024年12月31日（火）', '最終更新日：2025年1月6日', 'お知らせ'], ['平素より格別のご高配を賜り、誠にありがとうございます。']],
  ],
  // negative: a row under a row that completes no date (each is whole); a date completed a paragraph's gap below.
  [
    'two rows whose cells complete no date',
    [[['発生日', '2025年1月5日'], [50, 450], 576], [['公表日', '2025年1月9日'], [50, 450], 560]],
    [['発生日', '2025年1月5日'], ['公表日', '2025年1月9日']],
  ],
  [
    'the line below a paragraph\'s gap away',
    [[['投稿日：2024年12月31', 'お知'], [50, 450], 576], [['日（火）', 'らせ'], [50, 450], 540]],
    [['投稿日：2024年12月31', 'お知'], ['日（火）', 'らせ']],
  ],
  // A byline's row wrapped twice in a narrow print (the third line holding the last cell's figure alone): one row.
  [
    'a byline row wrapped twice, one wrap apart each',
    [[['2024年12月', 'カテゴリ:', 'ヒット'], [50, 300, 450], 576], [['18日(水)掲', 'お知らせ', '数:'], [50, 300, 450], 558], [['載', '34,742'], [50, 450], 540], [['このたび，本学の事務局内データサーバが不正アクセスを受けました。'], [50], 500]],
    [['2024年12月18日(水)掲載', 'カテゴリ:お知らせ', 'ヒット数:34,742'], ['このたび，本学の事務局内データサーバが不正アクセスを受けました。']],
  ],
  // negative: three rows one wrap apart that complete no date (a table set tight) stay rows; a third line a row's
  // padding below the two that complete the date is the next row.
  [
    'three tight rows completing no date',
    [[['2024年12月', '氏名'], [50, 450], 576], [['2025年1月', '住所'], [50, 450], 558], [['2025年2月', '電話番号'], [50, 450], 540]],
    [['2024年12月', '氏名'], ['2025年1月', '住所'], ['2025年2月', '電話番号']],
  ],
  [
    'a third line a row\'s padding below',
    [[['投稿日：2024年12月31', 'お知'], [50, 450], 576], [['日（火）', 'らせ'], [50, 450], 560], [['閲覧数', '120'], [50, 450], 530]],
    [['投稿日：2024年12月31日（火）', 'お知らせ'], ['閲覧数', '120']],
  ],
] as [string, [string[], number[], number][], string[][]][])('joinWrappedCells: %s', (_label, rows, expected) => {
  expect(joinWrappedCells(tableLines(rows)).map((l) => l.cells)).toEqual(expected);
});

test.each([
  // A line stopping short of the edge between two Latin words broke at the space between them.
  ['Latin words at a wrap short of the edge', [[FULL, 500], ['2026年1月5日「Academic Support', 470], ['Navi」サービスの一時停止に関するお知らせです。', 300]], '「Academic Support Navi」'],
  // At the edge, a word broken anywhere (Japanese layout) is joined without a space.
  ['a Latin word broken at the edge', [[FULL, 500], ['当社のサービスはメールサービスのAcademicSupp', 500], ['ortNavi」を利用しています。', 300]], 'AcademicSupportNavi'],
  // At the edge, between two words the page prints elsewhere with a space (the logo's name): the space comes back.
  ['words the page prints apart elsewhere', [['吉田クラブ Green Field', 200], [FULL, 500], ['この度、弊社が運営しております「吉田クラブ Green', 500], ['Field」のウェブサーバーに対して不正アクセスがありました。', 300]], '「吉田クラブ Green Field」'],
  // Words printed apart elsewhere but not these two (negative): joined as written.
  ['other words printed apart elsewhere (negative)', [['吉田クラブ Green Park', 200], [FULL, 500], ['この度、弊社が運営しております「吉田クラブ Green', 500], ['Field」のウェブサーバーに対して不正アクセスがありました。', 300]], '「吉田クラブ GreenField」'],
] as [string, [string, number][], string][])('assemble, a wrap between Latin words: %s', (_label, rows, expected) => {
  expect(assemble(column(rows))).toContain(expected);
});

test.each([
  // A URL running past the column's edge (over a side bar's) does not move the edge: the lines wrapped at 300 still join.
  ['one line far past the rest', [[FULL, 300], [FULL, 300], ['（https://example.jp/extent/common/awards/golden-', 380], ['racers/）', 90], [FULL, 300], ['した。', 60]], true],
  // Two lines that far out are the column's real width: the lines ending at 300 ended short.
  ['two lines far past the rest', [[FULL, 300], [FULL, 300], [FULL, 380], [FULL, 380], [FULL, 300], ['した。', 60]], false],
] as [string, [string, number][], boolean][])('assemble, the right edge past a lone overflowing line: %s', (_label, rows, joined) => {
  const text = assemble(column(rows));
  expect(text.split('\n')[0]!.startsWith(`${FULL}${FULL}`)).toBe(joined);
});

test.each([
  // A date, wide spaces, then what happened: the line runs to the edge and wraps back under the date.
  ['wrapped back under the first cell', 500, 40, 16, '令和6年5月 ・当社が運営するウェブ入稿システム「ＸＸ」のシステム管理会社'],
  // Wrapped under the second cell: a cell's text goes on in the row.
  ['wrapped under the second cell', 500, 140, 16, '| 令和6年5月 | ・当社が運営するウェブ入稿システム「ＸＸ」のシステム管理会社 |'],
  // A row that stops short of the edge, then a line under its first cell: a row, then a paragraph.
  ['a row short of the edge', 300, 40, 16, '| 令和6年5月 | ・当社が運営するウェブ入稿システム「ＸＸ」の |'],
  // The next line a paragraph's gap below: a row, then a paragraph.
  ['the next line a gap below', 500, 40, 40, '| 令和6年5月 | ・当社が運営するウェブ入稿システム「ＸＸ」の |'],
] as [string, number, number, number, string][])('assemble, a line set with wide spaces that wraps: %s', (_label, right, nextX, gap, expected) => {
  const body = column([[FULL, 500], [FULL, 500], ['した。', 60]]);
  const row = { ...body[0]!, cells: ['令和6年5月', '・当社が運営するウェブ入稿システム「ＸＸ」の'], cellX: [40, 140], right, y: 600 } as PdfLine;
  const wrapped = { ...body[0]!, cells: ['システム管理会社'], cellX: [nextX], x: nextX, right: nextX + 100, y: 600 - gap } as PdfLine;
  const text = assemble([...body, row, wrapped]);
  expect(text.split('\n')).toContain(expected);
});

test.each([
  // A logo's two lines, the parent body over the hospital it runs: written apart.
  ['a parent body over the hospital it runs', '地方独立行政法人広島市立病院機構', '北部医療センター安佐市民病院', 0.05, '地方独立行政法人広島市立病院機構 北部医療センター安佐市民病院'],
  // The same lines further down the page are prose wrapped, joined as written.
  ['the same lines in the body', '地方独立行政法人広島市立病院機構', '北部医療センター安佐市民病院', 0.6, '地方独立行政法人広島市立病院機構北部医療センター安佐市民病院'],
  // A name wrapped into a sentence: the second line is no body's name.
  ['a name wrapped into a sentence', '地方独立行政法人広島市立病院機構', '北部医療センター安佐市民病院のパソコン一台', 0.05, '地方独立行政法人広島市立病院機構北部医療センター安佐市民病院のパソコン一台'],
] as [string, string, string, number, string][])('assemble, a name over two lines at the page top: %s', (_label, first, second, position, expected) => {
  const body = column([[FULL, 500], [FULL, 500], ['した。', 60]]).map((l) => ({ ...l, y: l.y - 300, position: 0.7 }));
  const line = (text: string, y: number, x: number, right: number) => ({ ...body[0]!, cells: [text], cellX: [x], x, right, y, position }) as PdfLine;
  const text = assemble([line(first, 760, 40, 500), line(second, 744, 40, 300), ...body]);
  expect(text.split('\n')).toContain(expected);
});

test.each([
  // A product's name broken between its words: the space the PDF does not draw comes back.
  ['between two Latin words', '「Academic Support', 'Navi」への不正アクセスについて', '## 「Academic Support Navi」への不正アクセスについて'],
  // A URL's run broke inside itself: no space.
  ['inside a URL', '「https://example.jp/golden-', 'racers」への不正アクセスについて', '## 「https://example.jp/golden-racers」への不正アクセスについて'],
  // Japanese on one side: joined as written.
  ['Japanese before the break', '「学習支援システム', 'Navi」への不正アクセスについて', '## 「学習支援システムNavi」への不正アクセスについて'],
] as [string, string, string, string][])('assemble, a title over two lines that breaks at Latin: %s', (_label, first, second, expected) => {
  const body = column([[FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], ['した。', 60]]).map((l) => ({ ...l, y: l.y - 200 }));
  const title = (text: string, y: number) => ({ ...body[0]!, cells: [text], size: 18, right: 400, y }) as PdfLine;
  expect(assemble([title(first, 700), title(second, 676), ...body]).split('\n')).toContain(expected);
});

/** A line of two cells (a number, then a title a wide space to its right) in `size` type among 10 pt sentences. */
const cellsLine = (cells: [string, string], size: number, y: number): PdfLine =>
  ({ page: 1, items: [], x: 40, right: 300, y, size, cells, cellX: [40, 80], position: (700 - y) / 700, spaceBefore: false, spaceAfter: false }) as PdfLine;
const SENTENCE = '当社のサーバが第三者による不正アクセスを受けたことを確認しました。';

test.each([
  // A section's number set apart from its title by a wide space: one heading in larger type, one line in body type.
  ['a numbered section heading', ['●第1', '本件の概要'], 12, [], '## ●第1　本件の概要'],
  ['a katakana point in body type', ['ア', '個人データの項目'], 10, [], 'ア　個人データの項目'],
  ['a numbered point', ['（2）', '再発防止策'], 12, [], '## （2）　再発防止策'],
  // A table's row (a row above or below it), or a first cell that is no number, stays a row.
  ['a row of a table of numbered rows', ['1', '氏名'], 10, [['2', '住所']], '| 1 | 氏名 |'],
  // A word processor's multi-level number: the chapter's, then the point's.
  ['a point numbered under its chapter', ['7．①', 'サービス復旧済み'], 12, [], '## 7．①　サービス復旧済み'],
  ['a subsection numbered 1.2', ['1.2', '再発防止策'], 12, [], '## 1.2　再発防止策'],
  ['a first cell that is a word', ['氏名', '山田太郎'], 10, [], '| 氏名 | 山田太郎 |'],
  ['a first cell that is a figure with its unit', ['7．5', '倍'], 10, [['8．0', '倍']], '| 7．5 | 倍 |'],
  ['a second cell ending a clause', ['ア', '氏名、'], 10, [], '| ア | 氏名、 |'],
] as [string, [string, string], number, [string, string][], string][])('assemble, a heading whose number stands apart: %s', (_label, cells, size, rowsBelow, expected) => {
  const lines = [
    ...column([[SENTENCE, 400], [SENTENCE, 400], [SENTENCE, 400]]),
    cellsLine(cells, size, 600),
    ...rowsBelow.map((r, k) => cellsLine(r, size, 584 - k * 16)),
    ...column([[SENTENCE, 400]]).map((l) => ({ ...l, y: 500 })),
  ];
  expect(assemble(lines).split('\n')).toContain(expected);
});

/** A bold heading's line in 22.5 pt type at x 65, one cell or two (a wide space inside it), ending at `right`. */
const boldLine = (cells: string[], y: number, right: number, { bold = true, x = 65 } = {}): PdfLine =>
  ({ page: 2, items: [], x, right, y, size: 22.5, bold, cells, cellX: cells.map((_, k) => x + k * 112), position: (800 - y) / 800, spaceBefore: false, spaceAfter: false }) as PdfLine;

test.each([
  // A bold heading wrapped in a narrow column, a wide space inside one of its lines: the line is the heading's, not a row.
  ['a wide space inside a wrapped heading\'s line', [boldLine(['２ 情報漏洩の可能性の'], 640, 312), boldLine(['ある福島県の公立学校及'], 607, 312), boldLine(['び幼稚園', '170校園（別'], 574, 314), boldLine(['紙参照）'], 541, 155)], '## ２ 情報漏洩の可能性のある福島県の公立学校及び幼稚園　170校園（別紙参照）'],
  // not the heading's line: the line above short (it ended, no wrap), not bold, or starting elsewhere
  ['the line above ended short (negative)', [boldLine(['２ 情報漏洩の可能性'], 640, 200), boldLine(['び幼稚園', '170校園（別'], 607, 314)], '| び幼稚園 | 170校園（別 |'],
  ['the line above in plain type (negative)', [boldLine(['２ 情報漏洩の可能性の'], 640, 312, { bold: false }), boldLine(['び幼稚園', '170校園（別'], 607, 314)], '| び幼稚園 | 170校園（別 |'],
  ['the line above starting elsewhere (negative)', [boldLine(['２ 情報漏洩の可能性の'], 640, 312, { x: 120 }), boldLine(['び幼稚園', '170校園（別'], 607, 314)], '| び幼稚園 | 170校園（別 |'],
] as [string, PdfLine[], string][])('assemble, a bold heading wrapped over lines: %s', (_label, heading, expected) => {
  const body = column([[SENTENCE, 400], [SENTENCE, 400], [SENTENCE, 400]]).map((l) => ({ ...l, page: 2, y: l.y + 100 }));
  const after = column([[SENTENCE, 400]]).map((l) => ({ ...l, page: 2, y: 480 }));
  expect(assemble([...body, ...heading, ...after]).split('\n')).toContain(expected);
});

/** A numbered heading spaced with a full-width space (「1．概　要」), read in two cells `gap` points apart (12 pt type). */
const spacedLine = (cells: [string, string], gap: number, y: number): PdfLine => {
  const width = [...cells[0]].length * 12;
  const second = 40 + width + gap;
  return ({ page: 1, items: [{ str: cells[0], x: 40, y, width, size: 12 }, { str: cells[1], x: second, y, width: [...cells[1]].length * 12, size: 12 }], x: 40, right: second + [...cells[1]].length * 12, y, size: 12, cells, cellX: [40, second], position: (700 - y) / 700, spaceBefore: false, spaceAfter: false }) as PdfLine;
};

test.each([
  // One full-width space apart: one heading, the space kept.
  ['a two-character heading spaced out', ['1．概', '要'], 12, [], '## 1．概　要'],
  ['a heading numbered in parentheses', ['（3）状', '況'], 12, [], '## （3）状　況'],
  // Cells far apart, a first cell with no number, or a row below: a table's row.
  ['cells far apart', ['1．日時', '2025年4月'], 80, [], '| 1．日時 | 2025年4月 |'],
  ['a first cell with no number', ['概', '要'], 12, [], '| 概 | 要 |'],
  ['a row of a table below', ['1．氏', '名'], 12, [['2．住', '所']], '| 1．氏 | 名 |'],
] as [string, [string, string], number, [string, string][], string][])('assemble, a numbered heading spaced out: %s', (_label, cells, gap, rowsBelow, expected) => {
  const lines = [
    ...column([[SENTENCE, 400], [SENTENCE, 400], [SENTENCE, 400]]),
    spacedLine(cells, gap, 600),
    ...rowsBelow.map((r, k) => spacedLine(r, gap, 584 - k * 16)),
    ...column([[SENTENCE, 400]]).map((l) => ({ ...l, y: 500 })),
  ];
  expect(assemble(lines).split('\n')).toContain(expected);
});

const TYPED_PAGE = '## 不正アクセスに関するお知らせ\n\n当社は第三者による不正アクセスを受けました。\n\n### 1．経緯\n\n当社は次のとおりご報告いたします。';
const BANNER_PAGE = '2025年5月7日から電子申請の受付時間が変わります\n\nトップページへ\n\n## 卒業アルバムに掲載された情報の漏えいについて\n\n当市は次のとおりご報告いたします。\n\n### 1 概要\n\n印刷会社がランサムウェア攻撃を受けました。';
const CARD_PAGE = '【メンテナンス】2026年5月26日（火） 2:00〜5:00 にシステムメンテナンスを実施します。 ×\n\n### 重要 お知らせ\n\n## 当社ウェブサイトにおける表示不具合について（第一報）\n\n日頃より当社ウェブサイトをご利用いただき、誠にありがとうございます。\n\n## 1．事象の概要\n\n当社は次のとおりご報告いたします。';
test.each([
  ['the trail\'s last link names the title: the banner and badge above it go', CARD_PAGE, 'ホーム / お知らせ / 当社ウェブサイトにおける表示不具合について（第一報）', { title: '当社ウェブサイトにおける表示不具合について（第一報）', date: null, start: '日頃より' }],
  ['a trail wrapped in its boxes: spaces fall anywhere', CARD_PAGE, 'ホーム / お知らせ / 当社ウェブサイトにおける表示 不具合について（第一報）', { title: '当社ウェブサイトにおける表示不具合について（第一報）', date: null, start: '日頃より' }],
  ['a trail cut short names the heading it opens', CARD_PAGE, 'ホーム > お知らせ > 当社ウェブサイトにおける表示…', { title: '当社ウェブサイトにおける表示不具合について（第一報）', date: null, start: '日頃より' }],
  ['a date among the trail\'s links dates the page', CARD_PAGE, 'ホーム / お知らせ / 2026年4月16日 / 当社ウェブサイトにおける表示不具合について（第一報）', { title: '当社ウェブサイトにおける表示不具合について（第一報）', date: '2026-04-16', start: '日頃より' }],
  // The trail ending at the section, or naming another page, or no trail: no title is told, nothing goes.
  ['a trail ending at the section', CARD_PAGE, 'ホーム > お知らせ', { title: null, date: null, start: '【メンテナンス】' }],
  ['a trail naming no heading of the page', CARD_PAGE, 'ホーム > お知らせ > 年末年始休業のお知らせ', { title: null, date: null, start: '【メンテナンス】' }],
  ['no trail', CARD_PAGE, null, { title: null, date: null, start: '【メンテナンス】' }],
  // The title told by its type with no date line: a date among the trail's links dates the page.
  ['a title in the largest type, the date only in the trail', TYPED_PAGE, 'ホーム > 新着情報 > 2026年6月17日 > 不正アクセスに関するお知らせ', { title: '不正アクセスに関するお知らせ', date: '2026-06-17', start: '当社は' }],
  // The trail printed and naming the title in the largest type (no date line): what stands above the title is the
  // site's header (a notice banner, the logo's alt text) — and stays where the trail names another page or there is none.
  ['a notice banner and the logo above the title the trail names', BANNER_PAGE, 'ホーム > お知らせ > 卒業アルバムに掲載された情報の漏えいについて', { title: '卒業アルバムに掲載された情報の漏えいについて', date: null, start: '当市は' }],
  ['a notice banner, a trail naming another page', BANNER_PAGE, 'ホーム > お知らせ > 年末年始休業のお知らせ', { title: '卒業アルバムに掲載された情報の漏えいについて', date: null, start: '2025年5月7日から' }],
  ['a notice banner, no trail', BANNER_PAGE, null, { title: '卒業アルバムに掲載された情報の漏えいについて', date: null, start: '2025年5月7日から' }],
  ['a title in the largest type, a trail without a date', TYPED_PAGE, 'ホーム > 新着情報 > 不正アクセスに関するお知らせ', { title: '不正アクセスに関するお知らせ', date: null, start: '当社は' }],
])('splitHeader with the breadcrumb trail: %s', (_label, text, trail, expected) => {
  const head = splitHeader(text, trail);
  expect({ title: head.title, date: head.date }).toEqual({ title: expected.title, date: expected.date });
  expect(head.text.startsWith(expected.start)).toBe(true);
});

/** A narrow page's title in 24 pt type, 7 characters a line: its lines on page 1 from y 206 down, the rest atop page 2, then the text. */
const brokenTitle = (onFirst: [string, number][], onSecond: [string, number][], { lastPosition = 0.8, x2 = 46 } = {}): PdfLine[] => {
  const title = (page: number, [text, right]: [string, number], y: number, position: number, x = 46) =>
    ({ page, column: page * 10, items: [], x, right, y, size: 24, cells: [text], cellX: [x], position, spaceBefore: false, spaceAfter: false }) as PdfLine;
  const first = onFirst.map((l, k) => title(1, l, 206 - k * 43, lastPosition - (onFirst.length - 1 - k) * 0.06));
  const second = onSecond.map((l, k) => title(2, l, 644 - k * 43, 0.05 + k * 0.06, x2));
  const body = column([[FULL, 500], [FULL, 500], ['した。', 60]]).map((l) => ({ ...l, page: 2, column: 21, y: l.y - 200, position: 0.4 + l.position }));
  return [...first, ...second, ...body];
};

test.each([
  // The title's last line on page 1 ran to its column's edge, low on the page: the line atop page 2 goes on with it.
  ['a title broken by the page break', brokenTitle([['当社グループ情', 214], ['報システムへの', 214], ['不正アクセス発', 214]], [['生に関するお詫', 214], ['びとご報告', 166]]), ['## 当社グループ情報システムへの不正アクセス発生に関するお詫びとご報告']],
  // Not so: the heading ended short of the edge, stood high on its page, or the next page opens a numbered section or elsewhere.
  ['a heading that ended short of the edge', brokenTitle([['当社グループ情', 214], ['報システムへの', 214], ['お知らせ', 142]], [['経緯について', 190]]), ['## 当社グループ情報システムへのお知らせ', '## 経緯について']],
  ['a heading high on its page', brokenTitle([['当社グループ情', 214], ['報システムへの', 214], ['不正アクセス発', 214]], [['生に関するお詫', 214]], { lastPosition: 0.4 }), ['## 当社グループ情報システムへの不正アクセス発', '## 生に関するお詫']],
  ['a numbered section atop the next page', brokenTitle([['当社グループ情', 214], ['報システムへの', 214], ['不正アクセス発', 214]], [['1. 概要と経緯', 214]]), ['## 当社グループ情報システムへの不正アクセス発', '## 1. 概要と経緯']],
  ['a line atop the next page further right', brokenTitle([['当社グループ情', 214], ['報システムへの', 214], ['不正アクセス発', 214]], [['生に関するお詫', 300]], { x2: 120 }), ['## 当社グループ情報システムへの不正アクセス発', '## 生に関するお詫']],
] as [string, PdfLine[], string[]][])('assemble, a heading over a page break: %s', (_label, lines, expected) => {
  expect(assemble(lines).split('\n').filter((l) => l.startsWith('#'))).toEqual(expected);
});

/** Headings in 12 pt type 21 pt apart over body text in 9.7 pt (an old table layout's heading bars, pages-aa sjisgyokyo), full lines ending at 494. */
const headingBars = (headings: [string, number][], { textAbove = true } = {}): PdfLine[] => {
  const line = (text: string, right: number, y: number, size: number) => ({ page: 1, items: [], x: 37, right, y, size, cells: [text], cellX: [37], position: (842 - y) / 842, spaceBefore: false, spaceAfter: false }) as PdfLine;
  const body = (y: number) => [line('当社が運営するカートシステムを運営する委託先ベンダに対する第三者の不正アクセ', 494, y), line('スにより、不正アクセスが行われたことが原因と考えております。', 300, y - 15, 9.7)].map((l) => ({ ...l, size: 9.7 }));
  return [...(textAbove ? body(420) : []), ...headings.map(([text, right], k) => line(text, right, 360 - k * 21, 12)), ...body(300)];
};

test.each([
  // Two heading bars over each other, the upper stopped well short of the edge, the lower opening with its mark: two headings.
  ['a section\'s heading over its subsection\'s (■ marks)', headingBars([['■2.個人情報の漏えいの可能性の状況', 240], ['■(1)原因', 89]]), ['## ■2.個人情報の漏えいの可能性の状況', '## ■(1)原因']],
  ['a subsection numbered in brackets', headingBars([['2.個人情報の漏えいの可能性の状況', 230], ['(1)原因', 80]]), ['## 2.個人情報の漏えいの可能性の状況', '## (1)原因']],
  // Negatives: a heading that ran to the edge wraps onto the next line whatever it opens with; a title's bracket goes on it.
  ['a heading that ran to the edge', headingBars([['■2.個人情報の漏えいの可能性の状況に関する調査結果と今後の対応につ', 490], ['■いて', 60]]), ['## ■2.個人情報の漏えいの可能性の状況に関する調査結果と今後の対応につ■いて']],
  ['a bracket after a short line (a balanced title\'s 【第2報】)', headingBars([['不正アクセスに関するお知らせ', 200], ['【第2報】', 100]]), ['## 不正アクセスに関するお知らせ【第2報】']],
  // Above the text the head's lines are read as they stand (a title's lines: the page's head, not the release's sections).
  ['a title above the text', headingBars([['■2.個人情報の漏えいの可能性の状況', 240], ['■(1)原因', 89]], { textAbove: false }), ['## ■2.個人情報の漏えいの可能性の状況■(1)原因']],
  ['no mark on the lower line', headingBars([['個人情報の漏えいの可能性の', 200], ['状況について', 110]]), ['## 個人情報の漏えいの可能性の状況について']],
] as [string, PdfLine[], string[]][])('assemble, headings over each other: %s', (_label, lines, expected) => {
  expect(assemble(lines).split('\n').filter((l) => l.startsWith('#'))).toEqual(expected);
});

describe('printedSiteName: a copyright line wrapped in a narrow footer', () => {
  /** Lines in 10 pt type, each as wide as its text (10 pt a character) in a column 360 pt wide, 18 pt apart — the last `lastGap` below the one before it. */
  const lines = (texts: string[], lastGap: number): PdfLine[] =>
    texts.map((text, k) => ({ page: 1, items: [], x: 40, right: 40 + Math.min(360, [...text].length * 10), y: 700 - k * 18 - (k === texts.length - 1 ? lastGap - 18 : 0), size: 10, cells: [text], cellX: [40], position: k / 40, spaceBefore: false, spaceAfter: false }) as PdfLine);
  const RELEASE = '当社サーバーが第三者による不正アクセスを受けました。';
  test.each([
    // The rest opens with a character held to the line before (a long vowel), or the line ran to the column's edge.
    ['a joint holder wrapped before its long vowel', [RELEASE, '© 2025 株式会社サンプル、株式会社ジーユ', 'ー.'], 18, '株式会社サンプル、株式会社ジーユー'],
    ['a name wrapped at the column\'s edge', [RELEASE, 'Copyright © 2025 サンプル生命保険株式会社、見本生命保険株式会社、見本損害保', '険株式会社'], 18, 'サンプル生命保険株式会社、見本生命保険株式会社、見本損害保険株式会社'],
    // The line's closing words wrapped with the name's rest: the rest before them counts.
    ['a name wrapped at the column\'s edge with the closing words', [RELEASE, '福岡県福岡市博多区博多駅前1丁目3番9号 ／ 従業員数 3,176名 ／ © 2025 株式会社 日本管財', '環境サービス All Rights Reserved.'], 18, '株式会社 日本管財環境サービス'],
    ['a short line over the closing words alone', [RELEASE, '© 2025 サンプル化学株式会社', 'All Rights Reserved.'], 18, 'サンプル化学株式会社'],
    ['a long line under the copyright, closing words after it', [RELEASE, '© 2025 サンプル化学株式会社', '当サイトの掲載内容の無断転載を禁じます All Rights Reserved.'], 18, 'サンプル化学株式会社'],
    // Not a wrap: a short copyright line over the footer's links; a line set further below.
    ['a short line over a link', [RELEASE, '© 2025 サンプル化学株式会社', 'プライバシーポリシー'], 18, 'サンプル化学株式会社'],
    ['a line set two lines below', [RELEASE, '© 2025 サンプル化学株式会社', 'ー'], 36, 'サンプル化学株式会社'],
  ] as [string, string[], number, string][])('%s', (_, texts, lastGap, name) => {
    expect(printedSiteName(lines(texts, lastGap), RELEASE)).toBe(name);
  });
});

test.each([
  // A title (or a logo of joint issuers) wrapped after a 、 in its large type: the 、 kept it from reading as a heading alone.
  ['a title wrapped after a comma', 18, 33, ['## 弊社サーバへの不正アクセス、および個人情報漏えいについて']],
  // Not so: the comma's line in body type (a paragraph's), or set a section's margin above.
  ['a body-size line ending with a comma', 10, 33, ['## および個人情報漏えいについて']],
  ['a comma\'s line a section\'s margin above', 18, 60, ['## および個人情報漏えいについて']],
] as [string, number, number, string[]][])('assemble, a heading wrapped after a comma: %s', (_label, size, gap, expected) => {
  const body = column([[FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], ['した。', 60]]).map((l) => ({ ...l, y: l.y - 200 }));
  const line = (text: string, y: number, lineSize: number) => ({ ...body[0]!, cells: [text], size: lineSize, right: 400, y }) as PdfLine;
  const lines = [line('弊社サーバへの不正アクセス、', 700, size), line('および個人情報漏えいについて', 700 - gap, 18), ...body];
  expect(assemble(lines).split('\n').filter((l) => l.startsWith('#'))).toEqual(expected);
});

describe('a ruled table broken by a page break, its header reprinted at the next page\'s top (wpcocoon-i07)', () => {
  const tableRow = (cells: string[], page: number, y: number, extra: Partial<PdfLine> = {}): PdfLine =>
    ({ page, items: [], x: 40, right: 500, y, size: 10, cells, cellX: [40, 200, 320], position: (800 - y) / 800, spaceBefore: false, spaceAfter: false, table: true, ...extra }) as PdfLine;
  const HEAD = ['情報', '対象期間', '対象数'];
  const before = [tableRow(HEAD, 1, 200), tableRow(['認証ログ', '2019年3月5日〜2026年4月30日', '7,446件'], 1, 150)];
  test.each([
    ['the header goes, the cut row joins its rest', [tableRow(['契約者がアップロードした', '2026年4月19日〜', '4,463件'], 1, 60, { openBottom: true }), tableRow(HEAD, 2, 760), tableRow(['電子ファイル', '2026年4月30日', ''], 2, 740)],
      ['| 契約者がアップロードした電子ファイル | 2026年4月19日〜2026年4月30日 | 4,463件 |']],
    ['the header goes, a whole row (ruled under it) stays a row of its own', [tableRow(['契約数', '-', '1,510契約'], 1, 60), tableRow(HEAD, 2, 760), tableRow(['電子ファイル', '2026年4月30日', '4,463件'], 2, 740)],
      ['| 契約数 | - | 1,510契約 |', '| 電子ファイル | 2026年4月30日 | 4,463件 |']],
    // Negative cases: a row like the header on the same page, or a different row at the next page's top, stays.
    ['a row repeating the header on the same page stays', [tableRow(HEAD, 1, 60)], ['| 情報 | 対象期間 | 対象数 |']],
    ['another row opening the next page is no header', [tableRow(['契約者', '2026年4月19日〜', '4,463件'], 1, 60, { openBottom: true }), tableRow(['情報', '期間', '件数'], 2, 760)],
      ['| 契約者 | 2026年4月19日〜 | 4,463件 |', '| 情報 | 期間 | 件数 |']],
  ])('%s', (_label, rows, expected) => {
    const out = assemble([...before, ...rows]).split('\n').filter((l) => l.startsWith('|'));
    expect(out.slice(2)).toEqual(expected);
  });
});

test('a table\'s header reprinted at the next page\'s top, a row under it whose first cell spans from the previous page: two rows (pages-b b10)', () => {
  const tableRow = (cells: string[], page: number, y: number): PdfLine =>
    ({ page, items: [], x: 40, right: 500, y, size: 10, cells, cellX: [40, 200, 320], position: (800 - y) / 800, spaceBefore: false, spaceAfter: false, table: true }) as PdfLine;
  const HEAD = ['区分', '個人情報の項目', '件数'];
  const out = assemble([tableRow(HEAD, 1, 200), tableRow(['生徒様', '氏名、住所', '約1万6千件'], 1, 60), tableRow(HEAD, 2, 760), tableRow(['', '塾コード、生徒ID', '約1万6千件'], 2, 740)]).trimEnd().split('\n');
  expect(out).toEqual(['| 区分 | 個人情報の項目 | 件数 |', '| 生徒様 | 氏名、住所 | 約1万6千件 |', '|  | 塾コード、生徒ID | 約1万6千件 |']);
});

test.each([
  // A title that is a sentence, wrapped in its large type: its last line ends with 。 and is the title's own.
  ['a title ending with 。', 24, 34, ['## 当社のお客さま口座での不正取引が判明しました。']],
  // Not so: the 。 line in body type (the text's first sentence), or a section's margin below the title.
  ['a body-size sentence under the title', 10, 34, ['## 当社のお客さま口座での不正']],
  ['a large sentence a margin below', 24, 80, ['## 当社のお客さま口座での不正']],
] as [string, number, number, string[]][])('assemble, a title ending its sentence: %s', (_label, size, gap, expected) => {
  const body = column([[FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], ['した。', 60]]).map((l) => ({ ...l, y: l.y - 200 }));
  const line = (text: string, y: number, lineSize: number) => ({ ...body[0]!, cells: [text], size: lineSize, right: 400, y }) as PdfLine;
  const lines = [line('当社のお客さま口座での不正', 700, 24), line('取引が判明しました。', 700 - gap, size), ...body];
  expect(assemble(lines).split('\n').filter((l) => l.startsWith('#'))).toEqual(expected);
});


describe('wrappedRow: a header row whose every cell wrapped in a narrow header', () => {
  const row = (cells: string[], xs: number[], y: number, size = 12): PdfLine => ({ page: 1, items: [], x: xs[0]!, right: 500, y, size, cells, cellX: xs, position: 0, spaceBefore: false, spaceAfter: false }) as PdfLine;
  const XS = [64, 177, 228, 279];
  test.each<[string, PdfLine, PdfLine, string | null]>([
    ['each cell and its piece below', row(['サンプル建機株式会', '企業情', '事業紹', 'サステナビリテ'], XS, 653), row(['社', '報', '介', 'ィ'], XS, 631), 'サンプル建機株式会社 企業情報 事業紹介 サステナビリティ'],
    ['the logo an em off its piece (an icon before it)', row(['サンプル建機株式会', '企業情', '事業紹'], [64, 177, 228], 653), row(['社', '報', '介'], [52, 177, 228], 631), 'サンプル建機株式会社 企業情報 事業紹介'],
    // negative: a row of its own below (long cells), cells that do not line up, a row far below, one cell only
    ['a row of its own below (negative)', row(['サンプル株式会社', 'ニュース'], [64, 177], 653), row(['ホーム ＞ ニュース ＞ 不正アクセス', '最新のお知らせ'], [64, 177], 631), null],
    ['menu cells that do not line up (negative)', row(['サンプル建機株式会', '企業情', '事業紹'], [64, 177, 228], 653), row(['社', '報', '介'], [64, 190, 240], 631), null],
    ['a row far below (negative)', row(['サンプル建機株式会', '企業情'], [64, 177], 653), row(['社', '報'], [64, 177], 600), null],
    ['one cell (negative)', row(['サンプル建機株式会'], [64], 653), row(['社'], [64], 631), null],
  ])('%s', (_, line, next, joined) => {
    expect(wrappedRow(line, next)).toBe(joined);
  });

  test('the logo the page opens with, wrapped: the site\'s name whole', () => {
    const release = { page: 1, items: [], x: 40, right: 500, y: 500, size: 10, cells: ['当社サーバーが第三者による不正アクセスを受けました。'], cellX: [40], position: 0.3, spaceBefore: false, spaceAfter: false } as PdfLine;
    const lines = [row(['サンプル建機株式会', '企業情', '事業紹', 'サステナビリテ'], XS, 653), row(['社', '報', '介', 'ィ'], XS, 631), release];
    expect(printedSiteName(lines, '当社サーバーが第三者による不正アクセスを受けました。')).toBe('サンプル建機株式会社');
  });
});

describe('logoWrappedBelow: a logo\'s name wrapped onto the next line in its own type', () => {
  const item = (size: number) => ({ str: '', x: 0, y: 0, width: 10, size });
  const row = (cells: string[], xs: number[], y: number, sizes: number[]): PdfLine => ({ page: 1, items: sizes.map(item), x: xs[0]!, right: 400, y, size: sizes[0]!, cells, cellX: xs, position: 0, spaceBefore: false, spaceAfter: false }) as PdfLine;
  /** A line of 12-point cells, each [text, x, width], its items where the cells stand. */
  const laid = (cells: [string, number, number][], y: number): PdfLine => ({ page: 1, items: cells.map(([str, x, width]) => ({ str, x, y, width, size: 12 })), x: cells[0]![1], right: 560, y, size: 12, cells: cells.map((c) => c[0]), cellX: cells.map((c) => c[1]), position: 0, spaceBefore: false, spaceAfter: false }) as PdfLine;
  test.each<[string, PdfLine, PdfLine, string | null]>([
    ['the name\'s end below, the menu beside in another type', row(['株式会社サンプルバス', '企業情報 事業紹介'], [41, 176], 786, [11.25, 9.75]), row(['ターズ', 'サステナビリティ 採用情報'], [29, 176], 766, [11.25, 9.75]), '株式会社サンプルバスターズ 企業情報 事業紹介'],
    ['the logo alone on its line, its end two ems left (an icon beside its first line)', row(['株式会社 サン'], [48], 650, [11.25]), row(['プル銀行'], [18], 629, [11.25]), '株式会社 サンプル銀行'],
    // negative: the line below in another type (the menu), a menu label, a row far below, starting right of the logo, a long line, no name above
    ['the line below in the menu\'s type (negative)', row(['株式会社サンプル'], [48], 650, [11.25]), row(['採用情報'], [48], 632, [9.75]), null],
    ['a menu label in the logo\'s type (negative)', row(['株式会社サンプル'], [48], 650, [11.25]), row(['企業情報'], [48], 630, [11.25]), null],
    ['a row far below (negative)', row(['株式会社サン'], [48], 650, [11.25]), row(['プル銀行'], [48], 600, [11.25]), null],
    ['a line starting right of the logo (negative)', row(['株式会社サン'], [48], 650, [11.25]), row(['プル銀行'], [120], 630, [11.25]), null],
    ['a sentence below (negative)', row(['株式会社サンプル'], [48], 650, [11.25]), row(['当社サーバーが不正アクセスを受けました'], [48], 630, [11.25]), null],
    // The name cut before its legal form reads as a name once whole; a piece that makes no name stays apart.
    ['the name cut before its legal form', row(['サンプルトラベルサービ'], [58], 788, [12]), row(['ス株式会社'], [46], 770, [12]), 'サンプルトラベルサービス株式会社'],
    ['a word below that makes no name (negative)', row(['サンプルトラベルサービ'], [58], 788, [12]), row(['ご予約'], [46], 770, [12]), null],
    ['no name above (negative)', row(['ニュース一覧'], [48], 650, [11.25]), row(['お知らせ'], [48], 630, [11.25]), null],
    // An alt text wrapped in its box, the menu in the same type: the piece below ends where the logo's first cell ends.
    ['the name\'s end below ending where the logo\'s cell ends, the menu in the same type', laid([['株式会社ひだ', 102.7, 84], ['事業内容 ニュース', 292.3, 110]], 360), laid([['まりテクノセンタ', 90.7, 95.3]], 342), '株式会社ひだまりテクノセンタ 事業内容 ニュース'],
    ['the piece below ending elsewhere, the menu in the same type (negative)', laid([['株式会社ひだ', 102.7, 84], ['事業内容 ニュース', 292.3, 110]], 360), laid([['まりテクノ', 90.7, 60]], 342), null],
    ['a row all in one type, no logo beside a menu (negative)', row(['株式会社サンプル', 'ニュース'], [48, 176], 650, [11.25, 11.25]), row(['本社', '採用'], [48, 176], 630, [11.25, 11.25]), null],
  ])('%s', (_, line, next, joined) => {
    expect(logoWrappedBelow(line, next)).toBe(joined);
  });

  const RELEASE = '当社サーバーが第三者による不正アクセスを受けました。';
  const release = row([RELEASE], [40], 500, [10]);
  test.each<[string, PdfLine[], string | null]>([
    ['the logo wrapped: the site\'s name whole', [row(['株式会社 サン'], [48], 650, [11.25]), row(['プル銀行'], [18], 629, [11.25]), release], '株式会社 サンプル銀行'],
    // The browser's header and a row of links opening with the skip link stand above the logo.
    ['the browser\'s header above the logo', [row(['12/6/26, 5:42 AM'], [24], 819, [8]), row(['株式会社サンプル'], [40], 776, [11]), release], '株式会社サンプル'],
    ['a skip link opening a row of links above the logo', [row(['本文へ ｜ 文字の大きさ・色合いの変更 ｜ English'], [27], 801, [7]), row(['サンプル酪農協同株式会社'], [40], 776, [12]), release], 'サンプル酪農協同株式会社'],
    // negative: a line opening with a date that is no print's time is the page's own
    ['a dated line opening the page (negative)', [row(['2025年10月1日 お知らせ'], [24], 819, [8]), row(['株式会社サンプル'], [40], 776, [11]), release], null],
  ])('printedSiteName: %s', (_, lines, name) => {
    expect(printedSiteName(lines, RELEASE)).toBe(name);
  });
});

describe('groupLogo: a group\'s logo beside the menu, without a legal form', () => {
  const row = (cells: string[]): PdfLine => ({ page: 1, items: [], x: 54, right: 422, y: 564, size: 11, cells, cellX: cells.map((_, k) => 54 + k * 200), position: 0, spaceBefore: false, spaceAfter: false }) as PdfLine;
  test.each<[string, string[], string | null]>([
    ['the logo beside a menu of labels set apart by ｜', ['サンプルグループ', 'ホーム｜サービス｜アクセス｜お知らせ'], 'サンプルグループ'],
    ['a holding company beside a menu in cells', ['サンプルホールディングス', '会社情報', '採用情報'], 'サンプルホールディングス'],
    // negative: the group the text speaks of, no group's ending, a row of other words, the logo alone
    ['the company\'s own group (negative)', ['当社グループ', 'ホーム｜サービス'], null],
    ['no group\'s name (negative)', ['オフィシャルサイト', 'ホーム｜サービス｜アクセス'], null],
    ['a row of other words beside it (negative)', ['サンプルグループ', '2026/2/28 窓口受付時間の変更について'], null],
    ['one label beside it (negative)', ['サンプルグループ', 'ホーム'], null],
    ['the logo alone on its row (negative)', ['サンプルグループ'], null],
  ])('%s', (_, cells, name) => {
    expect(groupLogo(row(cells))).toBe(name);
  });
});

describe('menuLogo: a logo\'s name of any ending beside the menu it heads', () => {
  const row = (cells: string[]): PdfLine => ({ page: 1, items: [], x: 54, right: 422, y: 564, size: 11, cells, cellX: cells.map((_, k) => 54 + k * 200), position: 0, spaceBefore: false, spaceAfter: false }) as PdfLine;
  test.each<[string, string[], string | null]>([
    ['a club beside a menu in Latin capitals', ['吉田フットサルクラブ Green Field', 'HOME ABOUT SERVICE NEWS CONTACT'], '吉田フットサルクラブ Green Field'],
    ['a name beside the menu\'s Japanese labels', ['みどり会館', '会社概要 お知らせ よくある質問 お問い合わせ'], 'みどり会館'],
    // negative: the image's placeholder, a label, a name cut where the header wrapped, figures, too few labels, other words
    ['the logo image\'s placeholder (negative)', ['ロゴ', 'サービス 会社情報 ニュース お問い合わせ'], null],
    ['a label in the logo\'s place (negative)', ['企業情報', '事業紹介 IR情報 採用情報'], null],
    ['a name cut in its legal form (negative)', ['旭精機工業株式', '企業情報 事業紹介 サービス IR情報'], null],
    ['figures (negative)', ['株価 5,043', '企業情報 事業紹介 IR情報'], null],
    ['two labels beside it (negative)', ['吉田フットサルクラブ', 'HOME NEWS'], null],
    ['other words beside it (negative)', ['吉田フットサルクラブ', '2026/2/28 窓口受付時間の変更について'], null],
  ])('%s', (_, cells, name) => {
    expect(menuLogo(row(cells))).toBe(name);
  });
});

describe('spacedByGaps: a line\'s runs a space\'s width apart read with a space', () => {
  // Runs of 8.25pt type, each starting where the one before ends plus the given gap.
  const line = (runs: [string, number][], cells = 1): PdfLine => {
    let x = 37;
    const items = runs.map(([str, gap]) => {
      x += gap;
      const it = { str, x, y: 38, width: str.length * 8.25, size: 8.25 };
      x += it.width;
      return it;
    });
    const text = runs.map(([str]) => str).join('');
    return { page: 2, items, x: 37, right: x, y: 38, size: 8.25, cells: cells === 1 ? [text] : [text, '採用'], cellX: [37], position: 1, spaceBefore: false, spaceAfter: false } as PdfLine;
  };
  test.each<[string, PdfLine, string]>([
    ['a legal form a space apart from the name', line([['© 2025', 0], ['株式会社', 1.9], ['日本管財', 1.8]]), '© 2025 株式会社 日本管財'],
    ['a name run on without gaps', line([['© 2025', 0], ['株式会社', 1.9], ['日本', 0], ['管財', 0.3]]), '© 2025 株式会社日本管財'],
    // negative: letter-spaced type (most gaps a space's width), a line of cells
    ['letter-spaced type (negative)', line([['株', 0], ['式', 1.9], ['会', 1.9], ['社', 1.9], ['Ａ', 0]]), '株式会社Ａ'],
    ['a line of cells (negative)', line([['株式会社', 0], ['日本管財', 1.9]], 2), '株式会社日本管財 採用'],
  ])('%s', (_, l, text) => {
    expect(spacedByGaps(l)).toBe(text);
  });
});

describe('lineBelowLogo: the line under a logo, past those set beside it', () => {
  const line = (text: string, x: number, right: number, y: number, page = 1): PdfLine => ({ page, items: [], x, right, y, size: 9.75, cells: [text], cellX: [x], position: 0, spaceBefore: false, spaceAfter: false }) as PdfLine;
  const logo = line('株式会社サンプルサービ', 55, 173, 674);
  test.each<[string, PdfLine[], string | undefined]>([
    ['the menu\'s row right of the logo between its two lines', [line('製品 ソリューション ニュース', 193, 384, 665), line('ス', 43, 53, 659)], 'ス'],
    ['a counter in the header\'s corner', [line('会員数 14,663人', 387, 568, 671), line('ス', 43, 53, 659)], 'ス'],
    ['the next line under the logo itself', [line('ス', 43, 53, 659), line('製品', 193, 230, 650)], 'ス'],
    // negative: a line starting under the logo is the line below, even when a line further down would be the name's end
    ['a line under the logo comes first (negative)', [line('ニュース一覧', 120, 200, 660), line('ス', 43, 53, 650)], 'ニュース一覧'],
    ['lines beside it far below: the first of them (negative)', [line('製品', 193, 230, 620), line('ス', 43, 53, 610)], '製品'],
    ['the next page (negative)', [line('ス', 43, 53, 659, 2)], 'ス'],
  ])('%s', (_, after, below) => {
    expect(lineBelowLogo(logo, after)?.cells[0]).toBe(below);
  });
});

describe('printedIssuerBox: a company box the print stacks after the article names the issuer', () => {
  const lines = (texts: string[]): PdfLine[] => texts.map((t, k) => ({ page: 2, items: [], x: 54, right: 422, y: 700 - k * 14, size: 11, cells: [t], cellX: [54], position: 0, spaceBefore: false, spaceAfter: false }) as PdfLine);
  const TEXT = '当社サーバーが不正アクセスを受けました。\n\n以上';
  test.each<[string, string[], string, string | null]>([
    ['a distribution site\'s 企業情報 box, labels over values', ['いいね 195', '企業情報', '株式会社インテリックス', '代表者名', '中村 由美', '所在地', '宮城県仙台市青葉区本町三丁目26-2', '資本金', '76,728万円'], TEXT, '株式会社インテリックス'],
    ['a blog\'s プロフィール: the account\'s name, its followers and rank', ['プロフィール', ' 南幌町教育委員会', '事務局', 'フォロワー 15,846人', 'ランキング 総合 3,645位 ／ ジャンル 35位'], TEXT, '南幌町教育委員会'],
    ['a press-release site\'s 会社概要: the name as its field\'s value', ['会社概要', '会社名         学悠出版株式会社', '代表者         代表取締役社長 渡辺 孝', '設立          1998年2月2日', '資本金         8,886百万円'], TEXT, '学悠出版株式会社'],
    // negatives: a field's line under the heading, one field only, a person's name, the release's own box
    ['a field line under the heading (negative)', ['会社概要', '所在地：東京都', '資本金：1億円', '設立：1990年'], TEXT, null],
    ['a field\'s value under the heading (negative)', ['会社概要', '代表者 株式会社委託先', '所在地 東京都', '資本金 1億円'], TEXT, null],
    ['one field (negative)', ['企業情報', '株式会社インテリックス', '所在地', '宮城県仙台市'], TEXT, null],
    ['an author\'s profile (negative)', ['プロフィール', '山田 太郎', 'フォロワー 120人', 'ランキング 総合 3,645位'], TEXT, null],
    ['the release\'s own 会社概要 (negative)', ['会社概要', '株式会社委託先', '代表者 山田 太郎', '設立 1990年'], `${TEXT}\n\n## 会社概要\n株式会社委託先\n代表者 山田 太郎\n設立 1990年`, null],
  ])('%s', (_, texts, text, name) => {
    expect(printedIssuerBox(lines(texts), text)).toBe(name);
  });
});

describe('homeItemName: a printed menu\'s first item names the site with the word for home', () => {
  test.each<[string, string | null]>([
    ['[日本私立学校振興・共済事業団 トップ] [お知らせ一覧] [ワード検索] [過去ログ]', '日本私立学校振興・共済事業団'],
    ['株式会社ソーゴー HOME | ニュース | 会社概要', '株式会社ソーゴー'],
    // negatives: the item says only home; a sentence; an item naming no body
    ['[トップに戻る] [お知らせ一覧] [ワード検索]', null],
    ['当社のトップページをご覧ください。', null],
    ['[掲示板 トップ] [お知らせ一覧]', null],
    // A trail whose links the print sets apart by gaps alone: the home link, then a section (pages-y wpthor).
    ['サンプル工業株式会社 トップ お知らせ', 'サンプル工業株式会社'],
    ['サンプル工業株式会社トップ ニュースリリース 不正アクセスについて', 'サンプル工業株式会社'],
    // negatives: no section after the word for home; no name before it
    ['サンプル工業株式会社 トップ 不正アクセスについて', null],
    ['お知らせ トップ ニュース', null],
  ])('%s', (line, name) => {
    expect(homeItemName([line])).toBe(name);
  });
});

// A news list stacked above the article (a side bar the print set over it, the mobile layout): a date alone over a
// headline, twice at least. Its dates are its entries', neither the page's date line nor a title's.
const STACKED_NEWS = 'トピックス\n\n2025年10月22日\n不審なメールにご注意ください\n2025年8月8日\n抽選で５１３９５名様にプレゼント！春のキャンペーン\n2026年2月14日\nシステムメンテナンスのお知らせ\n\n今なら９０３７６名様にギフト券プレゼント\n\n## 「バンダイチャンネル」会員情報の漏えい等のおそれに関するお詫びとお知らせ\n\n謹啓 この度、不正アクセスにより障害が発生いたしました。';
test.each([
  ['three entries', STACKED_NEWS.split('\n'), 2, 6],
  ['dotted dates, a weekday', ['2025.06.02(月)', '不審なメールにご注意ください', '2025.06.06(金)', '夏季休業のお知らせ'], 0, 4],
  // Negative cases: one entry (a page's date line over its title); a date beside its label; a sentence after the date.
  ['a date line over the title', ['2025年10月22日', '不正アクセスに関するお知らせ', '当社は次のとおりご報告いたします。'], 0, 0],
  ['labelled dates', ['公開日：2025年10月22日', '不正アクセスに関するお知らせ', '更新日：2025年11月2日', 'お知らせ'], 0, 0],
  ['a sentence under each date', ['2025年10月22日', '不正アクセスを検知しました。', '2025年10月23日', 'サーバを停止しました。'], 0, 0],
] as [string, string[], number, number][])('datedListLines: %s', (_label, lines, at, expected) => {
  expect(datedListLines(lines, at)).toBe(expected);
});

test.each([
  ['a news list stacked above the title', STACKED_NEWS, { title: '「バンダイチャンネル」会員情報の漏えい等のおそれに関するお詫びとお知らせ', date: null, start: '謹啓' }],
  // Negative case: the page's own date line over its title dates it.
  ['a date line over the title', '2025年11月19日\n\n## 「バンダイチャンネル」会員情報の漏えい等のおそれに関するお詫びとお知らせ\n\n謹啓 この度、不正アクセスにより障害が発生いたしました。', { title: '「バンダイチャンネル」会員情報の漏えい等のおそれに関するお詫びとお知らせ', date: '2025-11-19', start: '謹啓' }],
] as [string, string, { title: string; date: string | null; start: string }][])('splitHeader, a news list over the article: %s', (_label, text, expected) => {
  const head = splitHeader(text);
  expect({ title: head.title, date: head.date, start: head.text.slice(0, 2) }).toEqual(expected);
});
