import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { isLinkColumn } from '../../../src/format/pdf/chrome.js';
import { linkedItems, linkedShare, pageLinks, pdfjsLinks } from '../../../src/format/pdf/links.js';
import { PdfFile } from '../../../src/format/pdf/objects.js';
import type { Item } from '../../../src/format/pdf/types.js';
import { itemAtom } from '../../../src/format/pdf/xycut.js';

const item = (str: string, x: number, y: number, width = 60, size = 10): Item => ({ str, x, y, width, size });

test.each([
  ['an item under a link', item('キャンペーン', 400, 700), true],
  ['an item beside it', item('キャンペーン', 300, 700), false],
  ['an item a line below', item('キャンペーン', 400, 680), false],
])('linkedItems: %s', (_label, it, expected) => {
  const links = pdfjsLinks([{ subtype: 'Link', rect: [395, 697, 470, 712] }, { subtype: 'Widget', rect: [0, 0, 600, 800] }]);
  expect(linkedItems([it], links).has(it)).toBe(expected);
});

test('linkedShare counts characters', () => {
  const a = item('キャンペーン', 400, 700);
  const b = item('のお知らせ', 470, 700);
  expect(linkedShare([a, b], new Set([a]))).toBeCloseTo(6 / 11);
});

test('a printed page\'s Link annotations are read from its pages (pages-c c04)', () => {
  const file = new PdfFile(new Uint8Array(readFileSync('fixtures/pages-c/pdf/movabletype-c04.pdf')), 64 * 1024 * 1024, () => new Error('bomb'));
  const pages = file.pages(10, () => new Error('pages'));
  const links = pageLinks(file, pages[0]!);
  expect(links.length).toBeGreaterThan(5);
  expect(links.every((r) => r.right > r.left && r.top > r.bottom)).toBe(true);
});

const column = (texts: string[], x: number, width: number) => texts.map((t, k) => item(t, x, 700 - k * 16, width));
const article = column(['当社は、第三者による不正アクセスを受けました。', 'お客様のクレジットカード情報が漏洩した可能性があります。', '深くお詫び申し上げます。', '再発防止に努めてまいります。'], 50, 300);

test.each([
  ['a side bar of category links and a banner', column(['キャンペーン', 'セキュリティ', '店舗', 'メンテナンス', '説明会を2025年11月28日に開催します（定員210名）。'], 400, 80), [0, 1, 2, 3], true],
  ['a side of sentences with one link', column(['お問い合わせ窓口', '電話でのお問い合わせは平日のみ受け付けます。', 'メールでも受け付けます。'], 400, 80), [0], false],
  ['no links on the page', column(['キャンペーン', 'セキュリティ', '店舗'], 400, 80), [], false],
])('isLinkColumn: %s', (_label, side, linkedAt, expected) => {
  const linked = new Set(linkedAt.map((k) => side[k]!));
  expect(isLinkColumn(side.map(itemAtom), article.map(itemAtom), linked)).toBe(expected);
});
