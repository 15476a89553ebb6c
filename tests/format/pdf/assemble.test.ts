import { expect, test } from 'vitest';
import { assemble, isJointIssuers, splitHeader } from '../../../src/format/pdf/assemble.js';
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
])('splitHeader: %s', (_label, text, expected) => {
  const head = splitHeader(text);
  expect(head.date).toBe(expected.date);
  expect(head.text.startsWith(expected.start)).toBe(true);
});

test.each([
  ['a joint release\'s banner', '日本ゼオン株式会社、株式会社トウペ\n会社概要 ニュースリリース\n\n## 当社グループ企業における不正アクセスについて\n\n当社は本日、次のとおりご報告いたします。', '日本ゼオン株式会社、株式会社トウペ'],
  ['a joint letterhead in large type', '### 株式会社トキハ、株式会社トキハインダストリー\n\nお客様各位\n\n## サイバー攻撃被害に関するお知らせ\n\n当社は本日、次のとおりご報告いたします。', '株式会社トキハ、株式会社トキハインダストリー'],
  // One issuer is read from the text as before; a list of other words is no banner.
  ['one organization\'s banner', '三重県\n\n## 漏えいの可能性について\n\n本県は本日、次のとおりご報告いたします。', null],
  ['data kinds joined by 、', '氏名、住所、電話番号\n\n## 漏えいの可能性について\n\n当社は本日、次のとおりご報告いたします。', null],
  ['joint issuers named below the title, not atop it', '## 漏えいの可能性について\n\n株式会社Ａ、株式会社Ｂ\n\n当社は本日、次のとおりご報告いたします。', null],
])('splitHeader, organization: %s', (_label, text, expected) => {
  expect(splitHeader(text).organization).toBe(expected);
});

test.each([
  ['株式会社トキハ、株式会社トキハインダストリー', true],
  ['日本ゼオン株式会社・株式会社トウペ', true],
  ['東京都・千葉市', true],
  ['株式会社トキハ', false],
  ['株式会社トキハ、お客様各位', false],
  ['当社、株式会社トウペ（子会社）', false],
])('isJointIssuers: %s', (line, expected) => {
  expect(isJointIssuers(line)).toBe(expected);
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

/** Lines of 10 pt type 16 pt apart from x = 40, each [text, right end]; full lines end at 500. */
const column = (rows: [string, number][]): PdfLine[] =>
  rows.map(([text, right], k) => ({ page: 1, items: [], x: 40, right, y: 700 - k * 16, size: 10, cells: [text], cellX: [40], position: k / 40, spaceBefore: false, spaceAfter: false }) as PdfLine);
const FULL = '当社は外部専門家の協力のもと、サイバー攻撃によるシステム障害の経緯について調査を進めてきま';

test.each([
  ['a line that stopped short where a number did not fit goes on', [[FULL, 500], [FULL, 500], ['►現在SFC-CNSを利用しているユーザー（学生、教員、職員、その他）と', 470], ['2025年9月卒業生、および計6,447件', 300]], 2],
  ['a wrapped Latin word of four letters', [[FULL, 500], [FULL, 500], ['当社のサービスの利用者はメールサービスの', 475], ['Gmail等に転送されていました。', 200]], 1],
  // A line that ends well short of the edge ends its paragraph.
  ['a short last line, then a line opening with a year', [[FULL, 500], [FULL, 500], ['した。', 70], ['2025年9月以降の利用者も対象です。', 300]], 2],
  ['a line short by more than the next word would take', [[FULL, 500], [FULL, 500], ['当社は次のとおり対応しました', 300], ['2025年9月卒業生を含みます。', 300]], 2],
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
  ['a list item indented by three sizes and more runs on over its lines', [[FULL, 168, 560], [FULL, 168, 560], ['今回漏えいしたのは申請者のメールアドレス１件と当該アドレスにより返信されたメール', 200, 552], ['本文・添付ファイル１件のみで、二次漏えいの可能性はありません。', 200, 420]], 2],
] as [string, [string, number, number][], number][])('assemble, the column\'s left edge: %s', (_label, rows, paragraphs) => {
  expect(assemble(placed(rows)).trim().split('\n').length).toBe(paragraphs);
});

test.each([
  ['four heading sizes, four levels', [16, 13, 12, 11.5], ['## 見出し16', '### 見出し13', '#### 見出し12', '##### 見出し11.5']],
  ['six heading sizes: the smallest two share the deepest level', [18, 16, 14, 13, 12, 11.5], ['## 見出し18', '### 見出し16', '#### 見出し14', '##### 見出し13', '###### 見出し12', '###### 見出し11.5']],
] as [string, number[], string[]][])('assemble, heading levels by type size: %s', (_label, sizes, expected) => {
  const body = column([[FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], [FULL, 500], ['した。', 60]]);
  const heads = sizes.map((size, k) => ({ ...body[0]!, cells: [`見出し${size}`], size, right: 200, y: 300 - k * 40 }) as PdfLine);
  expect(assemble([...body.map((l) => ({ ...l, size: 10.5 })), ...heads]).split('\n').filter((l) => l.startsWith('#'))).toEqual(expected);
});
