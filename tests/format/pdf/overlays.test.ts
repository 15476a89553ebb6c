import { expect, test } from 'vitest';
import { dropOverlays, liesOn } from '../../../src/format/pdf/overlays.js';
import type { Item } from '../../../src/format/pdf/types.js';

const item = (str: string, x: number, y: number, size = 10): Item => ({ str, x, y, width: str.length * size, size });

/** A page's flow: a breadcrumb, a title in large type over two lines, body lines, and the footer at the bottom. */
const FLOW: Item[] = [
  item('Home / News', 50, 580, 12),
  item('メールソリューションにお', 50, 531, 24),
  item('ける不正アクセスについて', 50, 497, 24),
  ...Array.from({ length: 12 }, (_, k) => item('当社サーバーが不正アクセスを受け、情報が漏洩した可能性があります', 50, 460 - k * 18)),
  item('〒060-0001 北海道札幌市中央区北5丁目10番17号 © 2025 株式会社サンプル', 40, 45, 8),
];
/** A cookie dialog painted after the flow over the title: its heading, its notice, its buttons over the title's first line. */
const DIALOG: Item[] = [item('Cookieの使用について', 72, 587, 9), item('当サイトではCookieを使用します。（2025年8月17日改定）', 72, 565, 9), item('をご覧ください。', 72, 552, 9), item('すべて許可 設定', 78, 527, 10)];

const strs = (items: Item[]) => items.map((i) => i.str);

test.each([
  ['a dialog painted after the flow over the title goes whole', [...FLOW, ...DIALOG], strs(FLOW)],
  // Nothing lies on earlier text, or the box is drawn in the flow's order: kept.
  ['the same dialog set beside the flow, over no text', [...FLOW, ...DIALOG.map((i) => ({ ...i, x: i.x + 400 }))], [...strs(FLOW), ...strs(DIALOG)]],
  ['a box drawn before the text under it (the flow painted over it)', [...DIALOG, ...FLOW], [...strs(DIALOG), ...strs(FLOW)]],
  ['a superscript beside its word', [item('漏洩件数', 50, 600), item('※1', 90, 603, 6), item('件です', 96, 600)], ['漏洩件数', '※1', '件です']],
  ['a bold face drawn twice on one baseline', [item('お知らせ', 50, 600), item('お知らせ', 50.3, 600)], ['お知らせ', 'お知らせ']],
  // A builder's absolutely placed boxes set edge to edge: the title, drawn after a side panel below it, touches a banner's
  // first glyph with its last (a corner of one glyph, less than a character covered): the title stays.
  ['a title whose last glyph touches a banner\'s first', [item('休診のお知らせ', 379, 725, 6.5), ...FLOW.slice(3, 8), item('当社における不正アクセスによる個人情報漏', 36, 720.4, 17.4)].map((i, k) => (k === 0 ? { ...i, width: 45.5 } : k === 6 ? { ...i, width: 346.8 } : i)), ['休診のお知らせ', ...strs(FLOW.slice(3, 8)), '当社における不正アクセスによる個人情報漏']],
  // negative: the dialog's buttons in one-glyph items over the title's glyphs cover more than a character: they go
  ['a dialog glyph by glyph over the title', [...FLOW, item('Cookieの使用について', 72, 587, 9), ...[...'すべて許可'].map((c, k) => item(c, 78 + k * 10, 527, 10))], strs(FLOW)],
])('dropOverlays: %s', (_label, items, expected) => {
  expect(strs(dropOverlays(items))).toEqual(expected);
});

test.each([
  ['buttons over a title\'s line', item('すべて許可', 78, 527, 10), item('メールソリューション', 50, 531, 24), true],
  ['the next line, tight', item('次の行', 50, 588, 10), item('前の行', 50, 600, 10), false],
  ['the same baseline', item('重ね', 50, 600, 10), item('重ね', 51, 600.5, 10), false],
  ['beside, not on', item('右', 200, 600, 10), item('左', 50, 602, 10), false],
])('liesOn: %s', (_label, later, earlier, expected) => {
  expect(liesOn(later, earlier)).toBe(expected);
});
