import { expect, test } from 'vitest';
import { groupLines } from '../../../src/format/pdf/lines.js';
import type { Item } from '../../../src/format/pdf/types.js';

/** One baseline's pieces: [text, x], in 10 pt type, each 10 pt a character wide. */
const line = (pieces: [string, number][]): Item[] => pieces.map(([str, x]) => ({ str, x, y: 700, width: [...str].length * 10, size: 10 }));
const cellsOf = (pieces: [string, number][]) => groupLines(line(pieces)).map((l) => l.cells);

test.each([
  ['a section number set apart from its heading', [['2.', 50], ['情報漏えいが発生またはそのおそれがある個人情報', 100]], [['2. 情報漏えいが発生またはそのおそれがある個人情報']]],
  ['a full-width number and a short heading', [['１', 50], ['概要', 90]], [['１ 概要']]],
  ['a number in brackets', [['（３）', 50], ['再発防止策', 110]], [['（３） 再発防止策']]],
  // Cells that stay cells.
  ['a label and its figure', [['対象件数', 50], ['1,234件', 150]], [['対象件数', '1,234件']]],
  ['two numbers', [['1', 50], ['250', 100]], [['1', '250']]],
  ['a number, then three cells', [['1', 50], ['氏名', 100], ['住所', 200]], [['1', '氏名', '住所']]],
  ['a number before a single character', [['1', 50], ['名', 100]], [['1', '名']]],
] as [string, [string, number][], string[][]][])('groupLines: %s', (_label, pieces, expected) => {
  expect(cellsOf(pieces)).toEqual(expected);
});

/** Pieces with the widths they were drawn at: [text, x, width]. */
const drawn = (pieces: [string, number, number][]): Item[] => pieces.map(([str, x, width]) => ({ str, x, y: 700, width, size: 10 }));

test.each([
  // A space the page wrote between Japanese characters is kept from a fifth of the type size: 「ドメイン名 ：」.
  ['a written space before a full-width colon', [['ドメイン名', 50, 50], [' ', 100, 2.5], ['：', 102.5, 10], [' 892 件', 112.5, 40]], 'ドメイン名 ： 892 件'],
  // Letter-spacing (均等割り付け) with no space written stays one word; so does a space set too tight to show.
  ['letter-spaced characters, no space written', [['概', 50, 10], ['要', 65, 10]], '概要'],
  ['a space item narrower than a fifth of the size', [['氏', 50, 10], [' ', 60, 1], ['名', 61, 10]], '氏名'],
] as [string, [string, number, number][], string][])('groupLines, spaces between Japanese characters: %s', (_label, pieces, expected) => {
  expect(groupLines(drawn(pieces)).map((l) => l.cells.join(' | '))).toEqual([expected]);
});

test.each([
  // A letterhead set with letter-spacing: items of one letter or of letters a space apart; a word's space is a wider gap.
  ['a letter-spaced name', [['株', 50, 10], ['式', 62, 10], ['会', 74, 10], ['社', 86, 10], ['プ レ ジ デ ン ト', 98, 70], ['（', 170, 10], ['H O T E L', 182, 40], ['L A', 228, 16]], '株式会社プレジデント（HOTEL LA'],
  ['a letter-spaced line that wrapped', [['F O R E S T A', 50, 66], ['）', 118, 10]], 'FORESTA）'],
  ['a letter-spaced banner', [['N E W S', 50, 34], ['R E L E A S E', 90, 62]], 'NEWS RELEASE'],
  // Not letter-spacing: digits a space apart (a calendar's row), a word among the items, signs between letters.
  ['a calendar row', [['1 2 3 4 5', 50, 45]], '1 2 3 4 5'],
  ['a word beside spaced letters', [['お問い合わせ', 50, 60], ['A B C', 120, 30]], 'お問い合わせ A B C'],
  ['letters around a sign', [['Q & A', 50, 30]], 'Q & A'],
] as [string, [string, number, number][], string][])('groupLines, letter-spaced type: %s', (_label, pieces, expected) => {
  expect(groupLines(drawn(pieces)).map((l) => l.cells.join(' | '))).toEqual([expected]);
});

/** Pieces at their own baselines and sizes: [text, x, y, size]. */
const sized = (pieces: [string, number, number, number][]): Item[] => pieces.map(([str, x, y, size]) => ({ str, x, y, width: [...str].length * size, size }));

test.each([
  // A title's first line in large type beside a breadcrumb's wrapped second line in small type, a few points apart: two lines.
  ['large type beside small, 7.5 pt apart', [['プ', 46, 649.5, 9], ['弊社サーバーへの', 379, 642, 22.5]], [['プ'], ['弊社サーバーへの']]],
  // A superscript note mark, a little smaller and raised, stays on its line; so does large type on the same baseline.
  ['a raised note mark', [['対象件数', 50, 700, 10], ['※1', 90, 703, 7], ['1,234件', 150, 700, 10]], [['対象件数※1', '1,234件']]],
  ['a large figure on the small text\'s baseline', [['累計', 50, 700, 9], ['1,234件', 70, 700, 22.5]], [['累計1,234件']]],
  // A side menu's link in 9 pt and the article's title in 16.6 pt on one baseline, a wide gap between: two blocks' lines.
  ['a menu link beside the title', [['■子育て・教育', 31, 670, 9], ['メール情報漏えいの可能性に関するお知らせ', 150, 670, 16.6]], [['■子育て・教育'], ['メール情報漏えいの可能性に関するお知らせ']]],
  // Not so: cells in one type (a table's row), a small part right after the heading, a gap of type not that far apart.
  ['a row of cells in one type', [['対象件数', 50, 700, 10], ['1,234件', 150, 700, 10]], [['対象件数', '1,234件']]],
  ['a heading\'s small part after it', [['不正アクセスについて', 50, 700, 16], ['（第2報）', 210, 700, 9]], [['不正アクセスについて（第2報）']]],
  ['a gap between type a little apart', [['対象件数', 50, 700, 10], ['1,234件', 150, 700, 13]], [['対象件数', '1,234件']]],
] as [string, [string, number, number, number][], string[][]][])('groupLines, type of two sizes: %s', (_label, pieces, expected) => {
  expect(groupLines(sized(pieces)).map((l) => l.cells)).toEqual(expected);
});

/** Pieces with their baseline and type: [text, x, width, y, size]. */
const laid = (pieces: [string, number, number, number, number][]): Item[] => pieces.map(([str, x, width, y, size]) => ({ str, x, y, width, size }));

test.each([
  // A cookie notice fixed to the window, printed over the logo a little higher and in smaller type: two lines, not
  // letters of both interleaved (「当サイト三喜ではトラベルサービCookieを…」).
  ['a notice laid over the logo', [['当', 40, 9, 788.7, 9], ['サイト', 49, 27, 788.7, 9], ['では', 76, 18, 788.7, 9], ['Cookieを使用しています。', 94, 120, 788.7, 9], ['三', 58, 12, 787.9, 12], ['喜', 70, 12, 787.9, 12], ['トラベルサービ', 82, 84, 787.9, 12]], ['当サイトではCookieを使用しています。', '三喜トラベルサービ']],
  ['a phone number set over a figure beside it', [['患者数 延べ37848人', 300, 110, 700, 10], ['052-474-6734', 290, 100, 696, 14]], ['患者数 延べ37848人', '052-474-6734']],
  // negative: pieces side by side on nearby baselines (a larger word in the line, a bold run drawn twice) stay one line
  ['a larger figure within the line', [['導入企業', 50, 40, 700, 10], ['264', 92, 30, 699.2, 14], ['社突破', 124, 30, 700, 10]], ['導入企業264社突破']],
  ['a bold run drawn twice, a hair apart', [['重要', 50, 20, 700, 10], ['重要', 50.3, 20, 700, 10], ['なお知らせ', 71, 50, 700, 10]], ['重要重要なお知らせ']],
] as [string, [string, number, number, number, number][], string[]][])('groupLines, text laid over text: %s', (_label, pieces, expected) => {
  expect(groupLines(laid(pieces)).map((l) => l.cells.join(' | '))).toEqual(expected);
});

/** A title squeezed to a glyph or two a line in 22.7 pt at x 6, 33 pt a line, beside a side column's text in 9.9 pt. */
const squeezed = (glyphs: string[], top: number, x = 6, size = 22.7): [string, number, number, number, number][] =>
  glyphs.map((g, k) => [g, x, size * [...g].length, top - k * 33, size]);

test.each([
  // printfuzz s3 p029: a statistics widget's second line on a baseline 0.6 pt from the title's glyph 「ら」 just left of it.
  ['a squeezed title\'s glyph beside a widget\'s line', [...squeezed(['お', '知', 'ら', 'せ', '（続'], 815), ['円 本日の来場者 7750人', 30, 120, 749.7, 9.9]], ['お', '知', '円 本日の来場者 7750人', 'ら', 'せ', '（続']],
  // Not so: a large figure within a line of small type (no stack), a body's lines each opening with a glyph of its own type,
  // three glyphs alone (no run of four), glyphs too far apart to be one column's lines.
  ['a large figure within the line', [['導入企業', 50, 40, 700, 10], ['264', 92, 30, 699.2, 14], ['社突破', 124, 30, 700, 10]], ['導入企業264社突破']],
  ['three glyphs alone', [...squeezed(['お', '知', 'ら'], 815), ['円 本日の来場者 7750人', 30, 120, 749.7, 9.9]], ['お', '知', 'ら円 本日の来場者 7750人']],
  ['glyphs a page apart', [['お', 6, 22.7, 815, 22.7], ['知', 6, 22.7, 700, 22.7], ['ら', 6, 22.7, 600, 22.7], ['せ', 6, 22.7, 500, 22.7], ['円 本日の来場者 7750人', 30, 120, 600.6, 9.9]], ['お', '知', 'ら円 本日の来場者 7750人', 'せ']],
] as [string, [string, number, number, number, number][], string[]][])('groupLines, a column squeezed to a glyph a line: %s', (_label, pieces, expected) => {
  expect(groupLines(laid(pieces)).map((l) => l.cells.join(' | '))).toEqual(expected);
});

test('groupLines: a body\'s lines in glyph items, each opening at one left edge, are no squeezed column', () => {
  const body = ['このたび', '当社サー', 'バーにて', '不正アク', 'セスが判'].flatMap((t, k) => [...t].map((ch, c) => ({ str: ch, x: 50 + c * 10, y: 700 - k * 15, width: 10, size: 10 }) as Item));
  const note = { str: '※', x: 40, y: 699.5, width: 6, size: 6 } as Item;
  expect(groupLines([...body, note]).map((l) => l.cells.join(' | '))[0]).toBe('※ このたび');
});
