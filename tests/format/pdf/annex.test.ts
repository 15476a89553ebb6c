import { expect, test } from 'vitest';
import { annexPlaced } from '../../../src/format/pdf/annex.js';
import type { PdfLine } from '../../../src/format/pdf/types.js';

/** A line of a Word-style document: [text, page, y, column?, bullet?, table?, x?, right?]. */
type Row = [string, number, number, number?, boolean?, boolean?, number?, number?];
const doc = (rows: Row[]): PdfLine[] =>
  rows.map(([text, page, y, column, bullet, table, x, right]) => ({ page, items: [], x: x ?? 80, right: right ?? 500, y, size: 10.5, cells: [text], cellX: [x ?? 80], position: 0, spaceBefore: false, spaceAfter: false, column: column ?? page * 10, bullet, table }) as PdfLine);
const texts = (lines: PdfLine[]) => annexPlaced(lines).map((l) => l.cells[0]);

const BODY: Row[] = [
  ['平素より「スマートクラブ」をご利用いただき、誠にありがとうございます。', 1, 700],
  ['2．現在の対応状況', 1, 670],
  ['（別紙のとおり）', 1, 652],
  ['3．お客さまへのお願い', 1, 622],
  ['（別紙のとおり）', 1, 604],
  ['お客さまにはご心配をおかけしておりますこと、深くお詫び申し上げます。', 1, 574],
  ['以上', 1, 556],
];
const LABEL: Row[] = [['別紙', 2, 757], ['【重要なお知らせ】不正アクセスの検知について（別紙）', 2, 726]];
const FIRST: Row[] = [['当該IPアドレスを特定し、ブロックを実施済みです。', 2, 696, 20, true], ['サーバへの影響はございません。', 2, 678, 20, true]];

test.each<[string, Row[], string[]]>([
  // One list after another, a list's margin apart: each under its pointer.
  ['two lists set one after another', [...BODY, ...LABEL, ...FIRST, ['他サービスと同一のパスワードは変更をお願いいたし', 2, 648, 20, true], ['ます。', 2, 630, 20]],
    ['平素より「スマートクラブ」をご利用いただき、誠にありがとうございます。', '2．現在の対応状況', '（別紙のとおり）', '当該IPアドレスを特定し、ブロックを実施済みです。', 'サーバへの影響はございません。', '3．お客さまへのお願い', '（別紙のとおり）', '他サービスと同一のパスワードは変更をお願いいたし', 'ます。', 'お客さまにはご心配をおかけしておりますこと、深くお詫び申し上げます。', '以上', '別紙', '【重要なお知らせ】不正アクセスの検知について（別紙）']],
  // The annex in two columns: the second list opens the next column, as high as the first.
  ['two lists in two columns', [...BODY, ...LABEL, ...FIRST, ['他サービスと同一のパスワードは変更をお願いいたします。', 2, 696, 21, true]],
    ['平素より「スマートクラブ」をご利用いただき、誠にありがとうございます。', '2．現在の対応状況', '（別紙のとおり）', '当該IPアドレスを特定し、ブロックを実施済みです。', 'サーバへの影響はございません。', '3．お客さまへのお願い', '（別紙のとおり）', '他サービスと同一のパスワードは変更をお願いいたします。', 'お客さまにはご心配をおかけしておりますこと、深くお詫び申し上げます。', '以上', '別紙', '【重要なお知らせ】不正アクセスの検知について（別紙）']],
  // Two lists side by side that no tagged tree told apart, read by height (pages-y doc y01): each side a column, left first.
  ['two lists side by side, their lines interleaved by height', [...BODY, ...LABEL,
    ['WEB を使用した受発注', 2, 700, 20, true, false, 343, 450], ['弊社システムとのオンライン受注', 2, 692, 20, true, false, 106, 256],
    ['FAX、e-mail による受発注', 2, 685, 20, true, false, 343, 480], ['HP は通常通り閲覧可能', 2, 670, 20, true, false, 343, 460]],
    ['平素より「スマートクラブ」をご利用いただき、誠にありがとうございます。', '2．現在の対応状況', '（別紙のとおり）', '弊社システムとのオンライン受注', '3．お客さまへのお願い', '（別紙のとおり）', 'WEB を使用した受発注', 'FAX、e-mail による受発注', 'HP は通常通り閲覧可能', 'お客さまにはご心配をおかけしておりますこと、深くお詫び申し上げます。', '以上', '別紙', '【重要なお知らせ】不正アクセスの検知について（別紙）']],
])('annexPlaced: %s', (_, rows, expected) => {
  expect(texts(doc(rows))).toEqual(expected);
});

const asPrinted = (rows: Row[]) => rows.map((r) => r[0]);
test.each<[string, Row[]]>([
  // As many blocks as pointers, or the lines as they print.
  ['two pointers, one list', [...BODY, ...LABEL, ...FIRST]],
  ['two pointers, three lists', [...BODY, ...LABEL, ...FIRST, ['他サービスと同一のパスワードは変更を', 2, 648, 20, true], ['不審なメールにご注意ください。', 2, 612, 20, true]]],
  // A sentence that mentions the annex points to nothing in its place.
  ['a sentence naming the annex', [['対象の会社は別紙のとおりです。', 1, 700], ['以上', 1, 680], ...LABEL, ['| 株式会社Ａ | 120名 |', 2, 696, 20, false, true]]],
  // An annex label that does not open its page is a line of the text (the pointer's section, a heading).
  ['a label that does not open its page', [...BODY.slice(0, 3), ['別紙', 1, 540], ['当該IPアドレスを特定しました。', 1, 520, 10, true]]],
  // The annex's content is no list or table (a letter's page): nothing moves.
  ['an annex of prose', [...BODY.slice(0, 3), ...LABEL, ['対象となるお客様には個別にご連絡いたします。', 2, 696]]],
  // An item indented under another starts within its line: one list, no columns (two pointers, one block).
  ['one list with an indented item', [...BODY, ...LABEL, ['当該IPアドレスを特定しました。', 2, 696, 20, true, false, 80, 400], ['ブロックを実施済みです。', 2, 680, 20, true, false, 100, 300], ['サーバへの影響はございません。', 2, 664, 20, true, false, 80, 380]]],
])('annexPlaced leaves the lines: %s', (_, rows) => {
  expect(texts(doc(rows))).toEqual(asPrinted(rows));
});
