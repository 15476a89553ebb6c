import { expect, test } from 'vitest';
import type { Item } from '../../../src/format/pdf/types.js';
import { interleavedColumns, itemAtom, xyCut } from '../../../src/format/pdf/xycut.js';

const item = (str: string, x: number, y: number, width = 200, size = 10): Item => ({ str, x, y, width, size });
const read = (items: Item[], isChrome?: (side: unknown[]) => boolean) =>
  xyCut(items.map(itemAtom), { em: 10, isChrome: isChrome as never }).map((b) => b.atoms.map((a) => a.item!.str).join('/'));

test('two columns with their own line rhythm are read one after the other, not line by line across', () => {
  const main = [700, 684, 668, 652, 636].map((y, i) => item(`本文${i}`, 50, y));
  const side = [695, 675, 655, 635].map((y, i) => item(`側${i}`, 300, y, 100));
  const blocks = read([...main, ...side]);
  expect(blocks.join('|').indexOf('本文4')).toBeLessThan(blocks.join('|').indexOf('側0'));
});

test('a side judged chrome is dropped whole', () => {
  const main = [700, 684, 668, 652, 636].map((y, i) => item(`本文${i}`, 50, y));
  const side = [695, 675, 655, 635].map((y, i) => item(`側${i}`, 300, y, 100));
  const chrome = (atoms: unknown[]) => (atoms as { item: Item }[]).some((a) => a.item.str.startsWith('側'));
  expect(read([...main, ...side], chrome).join('|')).not.toContain('側');
});

test('columns whose baselines line up are a table: read row by row', () => {
  const rows = [700, 684, 668, 652].flatMap((y, i) => [item(`項目${i}`, 50, y, 100), item(`${i}件`, 300, y, 40)]);
  expect(read(rows)).toEqual(['項目0/0件', '項目1/1件', '項目2/2件', '項目3/3件']);
});

test.each([
  // Breadcrumbs across the page over both columns; a paragraph's gap meets a gap in the side bar, and below it the side bar's last line.
  ['a side bar\'s last line below a gap, under breadcrumbs across the page', true, false],
  // Without the side bar's line below the gap, nothing is moved and the body reads in order.
  ['no side bar below the gap', false, false],
])('the columns below a line across the page go on past a gap across both: %s', (_label, sideBelow, sideKept) => {
  const crumbs = item('ホーム > お知らせ > 不正アクセスについて', 50, 760, 400);
  const main = [730, 714, 698, 682, 666].map((y, i) => item(`本文${i}`, 50, y));
  const side = [725, 709, 693, 677].map((y, i) => item(`側${i}`, 300, y, 100));
  const lower = [620, 604].map((y, i) => item(`続き${i}`, 50, y));
  const chrome = (atoms: unknown[]) => (atoms as { item: Item }[]).some((a) => a.item.str.startsWith('側'));
  const text = read([crumbs, ...main, ...side, ...lower, ...(sideBelow ? [item('側4', 300, 621, 100)] : [])], chrome).join('|');
  expect(text.includes('側')).toBe(sideKept);
  expect(text.indexOf('本文4')).toBeLessThan(text.indexOf('続き0'));
});

test.each([
  // A long URL in the article overflows its column over the side bar's edge, between two of the side bar's lines.
  ['a URL overflowing beside the side bar', 50, 330, 683, true],
  // The same line starting well right of the column's edge: a centred title, not a run of the column's text.
  ['a centred line', 150, 330, 683, false],
  // Running past the side bar's right end: a band across the page.
  ['a line across the whole page', 50, 420, 683, false],
])('a single line running into the gutter does not merge the columns: %s', (_label, x, right, y, cut) => {
  const main = [730, 714, 698, 666, 650].map((yy, i) => item(`本文${i}`, 50, yy));
  const side = [725, 700, 675, 655].map((yy, i) => item(`側${i}`, 300, yy, 100));
  const long = item('https://example.jp/very/long/path', x, y, right - x);
  const chrome = (atoms: unknown[]) => (atoms as { item: Item }[]).every((a) => a.item.str.startsWith('側'));
  const text = read([...main, ...side, long], chrome).join('|');
  expect(!text.includes('側')).toBe(cut);
  if (cut) expect(text.indexOf('https')).toBeLessThan(text.indexOf('本文3'));
});

test.each([
  // A title in large type wrapped over two lines, the date lines right-aligned under it beside the first paragraph's short line.
  ['a wrapped title in heading type', 14, 20, true],
  // The same two lines far apart: a banner across the page over columns, whose lower part may start them.
  ['a banner line well above the columns', 14, 40, false],
  // Two rows in body type one line apart (a footer's address over the figures beside it): they may start columns.
  ['rows in body type', 10, 16, false],
])('a gap between a wrapped title\'s lines does not start columns below it: %s', (_label, size, pitch, whole) => {
  const title = item('【注意喚起】弊社ドメインを装った不審メールにご注意', 50, 720, 330, size);
  const wrapped = item('ください', 50, 720 - pitch, 56, size);
  const top = 720 - pitch;
  const dates = [item('公開日：2026年4月17日', 300, top - 22, 100, 8), item('更新日：2026年5月9日', 303, top - 32, 97, 8)];
  const first = item('平素は格別のご愛顧を賜り、厚く御礼申し上げます。', 50, top - 48, 200);
  const text = [top - 70, top - 86, top - 102, top - 118].map((y, i) => item(`本文${i}`, 50, y, 350));
  const read_ = read([title, wrapped, ...dates, first, ...text]).join('|');
  expect(read_.indexOf('公開日') < read_.indexOf('平素')).toBe(whole);
  expect(read_.indexOf('本文0')).toBeGreaterThan(read_.indexOf('平素'));
});

test.each([
  // The side bar's line on the URL's baseline starts under the URL, drawn over by it (the print lets the URL run over the side bar): no two cells of a row overlap.
  ['a side bar line starting under the URL', 320, true],
  // Starting past the URL's end: a row's next cell.
  ['a side bar line starting past the URL\'s end', 340, false],
])('a URL overflowing its column over a side bar line on its own baseline: %s', (_label, sideX, cut) => {
  const main = [730, 714, 698, 666, 650].map((yy, i) => item(`本文${i}`, 50, yy));
  const side = [725, 700, 655].map((yy, i) => item(`側${i}`, 300, yy, 100));
  const under = item('側の続き', sideX, 683, 60);
  const long = item('https://example.jp/very/long/path', 50, 683, 280);
  const chrome = (atoms: unknown[]) => (atoms as { item: Item }[]).every((a) => a.item.str.startsWith('側'));
  const text = read([...main, ...side, under, long], chrome).join('|');
  expect(!text.includes('側')).toBe(cut);
});

test('a side bar narrower than half the region: the gutter past the middle parts the sides of an overflowing URL', () => {
  // The article's lines run from 130 past the region's middle (to 340), the side bar's from 377 to 473.
  const main = [730, 714, 698, 666, 650].map((yy, i) => item(`本文${i}`, 130, yy, 210));
  const side = [725, 700, 675, 655].map((yy, i) => item(`側${i}`, 377, yy, 96));
  const long = item('https://example.jp/very/long/path.pdf', 130, 683, 287);
  const chrome = (atoms: unknown[]) => (atoms as { item: Item }[]).every((a) => a.item.str.startsWith('側'));
  expect(read([...main, ...side, long], chrome).join('|')).not.toContain('側');
});

test.each([
  // A side bar's last entry printed on alone at the top of the next page, beside the article's first line.
  ['a leftover line beside the article', (side: unknown[]) => (side as { item: Item }[]).every((a) => a.item.str.startsWith('側')), false],
  // Not judged a leftover: the line stays, read after the article's line it stands beside (one band, left to right).
  ['a line not judged a leftover', () => false, true],
])('one line alone across a gutter from the article: %s', (_label, isLeftover, kept) => {
  const main = [730, 714, 698, 682, 666].map((y, i) => item(`本文${i}`, 50, y));
  const lone = item('側 2024年8月 (9)', 300, 730, 100);
  const blocks = xyCut([...main, lone].map(itemAtom), { em: 10, isChrome: isLeftover as never, isLeftover: isLeftover as never }).map((b) => b.atoms.map((a) => a.item!.str).join('/'));
  const text = blocks.join('|');
  expect(text.includes('側')).toBe(kept);
  expect(text).toContain('本文4');
});

test.each([
  // The rest of a side bar carried over to the next page: one line at the top, beside the article's first line.
  ['a one-line side in a side bar\'s strip', true, false],
  // With no side bar carried over, a line beside the article's first line is read with it (a row).
  ['no side bar carried over', false, true],
])('a side bar\'s rest at the page\'s top is a column of its own: %s', (_label, carried, merged) => {
  const main = [700, 684, 668, 652, 636].map((y, i) => item(`本文${i}`, 50, y));
  const rest = item('開催日：2025年8月22日', 300, 700, 100);
  const continuesSideBar = (side: unknown[]) => carried && (side as { item?: Item }[]).every((a) => a.item?.str.startsWith('開催日'));
  const chrome = (atoms: unknown[]) => (atoms as { item: Item }[]).every((a) => a.item.str.startsWith('開催日'));
  const blocks = xyCut([...main, rest].map(itemAtom), { em: 10, isChrome: chrome as never, continuesSideBar: continuesSideBar as never }).map((b) => b.atoms.map((a) => a.item!.str).join('/'));
  expect(blocks.join('|').includes('開催日')).toBe(merged);
});

test.each([
  // Two lines on each side at one line pitch line up like a table's rows; in a side bar's strip they are columns all the same.
  ['lined up, in a side bar\'s strip', true, '本文0/本文1/本文2/側0/側1/側2'],
  ['lined up, no side bar carried over', false, '本文0/側0/本文1/側1/本文2/側2'],
])('lines of a side bar\'s rest lined up with the article\'s: %s', (_label, carried, expected) => {
  const lines = [700, 684, 668].flatMap((y, i) => [item(`本文${i}`, 50, y, 200), item(`側${i}`, 300, y, 100)]);
  const continuesSideBar = (side: unknown[]) => carried && (side as { item?: Item }[]).every((a) => a.item?.str.startsWith('側'));
  const blocks = xyCut(lines.map(itemAtom), { em: 10, continuesSideBar: continuesSideBar as never }).map((b) => b.atoms.map((a) => a.item!.str).join('/'));
  expect(blocks.join('/')).toBe(expected);
});

test.each([
  // An old site's trail across the page wraps its last characters onto the line below, over the left menu.
  ['a trail wrapped at the right edge onto a piece under its start', 'トップページ > お知らせ > 不正アクセスについて（2026年4月3', 30, 510, 30, true],
  // A short trail (it did not wrap) over a menu's first line: that line is the menu's.
  ['a short line over the menu', 'トップページ > お知らせ', 30, 120, 30, false],
  ['a piece not under the line\'s start', 'トップページ > お知らせ > 不正アクセスについて（2026年4月3', 30, 510, 60, false],
  ['a sentence ended: the piece starts the next line\'s own text', 'ご不便をおかけしますことをお詫び申し上げます。', 30, 510, 30, false],
])('a line across the page wrapped onto a side bar\'s top: %s', (_label, line, x, width, tailX, carried) => {
  const trail = item(line, x, 700, width);
  const tail = item('日掲載）', tailX, 686, 40);
  const side = [674, 660, 646, 632].map((y, i) => item(`・メニュー${i}`, 30, y, 100));
  const article = [671, 659, 647, 635].map((y, i) => item(`本文${i}`, 190, y, 350));
  const chrome = (atoms: unknown[]) => (atoms as { item: Item }[]).some((a) => a.item.str.startsWith('・'));
  const blocks = read([trail, tail, ...side, ...article], chrome);
  expect(blocks.join('|').includes('日掲載）')).toBe(carried);
  expect(blocks.join('|')).not.toContain('メニュー');
});

test.each([
  // A document's pointer set flush right on a row of its own under each section's lines (pages-v doc v18): read in its place.
  ['pointers on rows of their own between the section\'s lines', 698, 606, ['1 該当校', 'P1', '2 漏えい', '令和5年度', '（内容）', 'P2', '3 問い合わせ先']],
  // The same notes level with the lines beside them (their baselines apart): a column of their own, read after it.
  ['notes level with the lines beside them', 716, 644, ['1 該当校', '2 漏えい', '令和5年度', '（内容）', '3 問い合わせ先', 'P1', 'P2']],
])('a few lines beside the text, each on a row of its own, are rows of the one column: %s', (_label, y1, y2, expected) => {
  const text = [
    item('1 該当校', 50, 720, 60),
    item('2 漏えい', 50, 666, 200),
    item('令和5年度', 60, 648, 250),
    item('（内容）', 60, 630, 40),
    item('3 問い合わせ先', 50, 576, 100),
    item('P1', 440, y1, 80),
    item('P2', 440, y2, 80),
  ];
  expect(read(text).join('/').split('/')).toEqual(expected);
});

/** A region read with a side bar's strip known (x 30–80), and its leftover judged as the tracker does: no sentence in it. */
const readWithStrip = (items: Item[], strips: { left: number; right: number }[]) => {
  const noSentence = (side: { item?: Item }[]) => side.every((a) => !a.item || !a.item.str.includes('。'));
  const inStrip = (side: { item?: Item; right: number }[]) => strips.length > 0 && side.every((a) => a.right <= 85) && noSentence(side);
  return xyCut(items.map(itemAtom), { em: 10, isChrome: inStrip as never, isLeftover: inStrip as never, sideStrips: () => strips }).map((b) => b.atoms.map((a) => a.item!.str).join('/'));
};

test.each([
  // An old table layout's left column goes on at the next page's top beside the release's last two lines, a few points apart,
  // in its own smaller type: cut at the strip's edge and dropped, though the two lines make no region three lines high.
  ['the side bar\'s strip known: its part beside the release goes', [{ left: 30, right: 80 }], 9, false],
  ['no strip known: the lines are read across (negative)', [], 9, true],
  // A label column in the type of the cells beside it, on their baselines: a table's rows, read across.
  ['a label column in the release\'s type on its baselines (negative)', [{ left: 30, right: 80 }], 10, true],
])('a region partly in a dropped side bar\'s strip: %s', (_label, strips, size, kept) => {
  const items = [item('客室数 41', 31, 700, 45, size), item('この度は、関係者の皆様には多大なるご心配をお掛けいたしましたこ', 90, 700, 300), item('室', 31, 687, 10, size), item('とを深くお詫び申し上げます。', 90, 687, 150)];
  const text = readWithStrip(items, strips).join('|');
  expect(text.includes('客室数')).toBe(kept);
  expect(text).toContain('とを深くお詫び申し上げます。');
});

test.each([
  // A document's annex of lists in two columns at one line pitch: each list read whole, the left column first.
  ['the tree shows separate lists: columns', true, '左0|左1|左2|左3|右0|右1|右2|右3'],
  ['no tree: rows of a table (negative)', false, '左0/右0|左1/右1|左2/右2|左3/右3'],
])('two lists whose lines line up: %s', (_label, separate, blocks) => {
  const items = [700, 684, 668, 652].flatMap((y, i) => [item(`左${i}`, 50, y, 180), item(`右${i}`, 300, y, 180)]);
  const read = xyCut(items.map(itemAtom), { em: 10, ...(separate ? { separateLists: () => true } : {}) }).map((b) => b.atoms.map((a) => a.item!.str).join('/'));
  expect(read.join('|')).toBe(blocks);
});

/**
 * A side column set against the article (printfuzz: a side bar whose box ends 0.4 pt before the article's text, its lines'
 * last glyph clipped a little past that edge): its lines at 9 pt pitch in 6.3 pt type between the article's at 10.5 pt in
 * 7.2 pt. `sideRight` is where the side's longest line ends, `pitch`/`size` the side's rhythm and type.
 */
const interleaved = (sideRight: number, pitch: number, size: number, articleLeft = 139.6) => {
  const side = [...Array(10).keys()].map((k) => item(`${k + 1}/9 地域清掃活動に${1633 + k}人が参加し`, 34.3, 330 - k * pitch, (k % 3 === 0 ? sideRight : 130) - 34.3, size));
  const article = [...Array(9).keys()].map((k) => item(`本文${k}の行、不正に送信されたメールについて調査しました。`, articleLeft, 331 - k * 10.5, 270, 7.2));
  return xyCut([...side, ...article].map(itemAtom), { em: 7.2 }).map((b) => b.atoms.map((a) => a.item!.str.slice(0, 4)).join('/'));
};

test.each([
  // The side's last glyph runs 2 pt past the article's edge, no gutter at all: parted at the article's left edge.
  ['a side bar\'s lines clipped 2 pt into the article\'s margin', 141.7, 9, 6.3, true],
  // A hair of white (0.4 pt) between them, less than half a type size: parted too.
  ['a hair of white between them', 139.2, 9, 6.3, true],
  // The side in the article's type at another pitch: parted by the pitch alone.
  ['the same type at another pitch', 139.2, 13, 7.2, true],
  // Negative: the side at the article's own pitch and type — its lines level with the article's, a table's rows.
  ['the same pitch and type: rows (negative)', 139.2, 10.5, 7.2, false],
  // Negative: a line runs well past the edge (two glyphs and more): no column edge there.
  ['a line well past the edge (negative)', 160, 9, 6.3, false],
])('a side column set against the article, its lines between the article\'s: %s', (_label, sideRight, pitch, size, parted) => {
  const blocks = interleaved(sideRight, pitch, size);
  const mixed = blocks.some((b) => b.includes('本文') && /[0-9]\/9/.test(b));
  expect(!mixed).toBe(parted);
});

test('interleavedColumns: a few lines each side, or lines level with each other, are no two columns', () => {
  const side = (n: number, pitch: number) => [...Array(n).keys()].map((k) => itemAtom(item(`側${k}`, 30, 330 - k * pitch, 100, 6.3)));
  const article = [...Array(9).keys()].map((k) => itemAtom(item(`本文${k}`, 140, 331 - k * 10.5, 270, 7.2)));
  expect(interleavedColumns(side(10, 9), article)).toBe(true);
  expect(interleavedColumns(side(4, 9), article)).toBe(false);
  expect(interleavedColumns(side(9, 10.5).map((a) => ({ ...a, item: { ...a.item!, y: a.item!.y + 1 } })), article)).toBe(false);
});

test.each([
  // A bar's line across both columns set glyph by glyph (「…大雨による臨時休業（１２店舗）」): its glyph 「時」 starts just left of
  // the article's edge and 「休」 follows it a glyph past the edge on the very baseline — one line, no edge to part at.
  ['a line set glyph by glyph across the edge (negative)', true, false],
  ['without it: the side column is parted', false, true],
])('a line that goes on across the article\'s edge: %s', (_label, across, parted) => {
  const side = [...Array(10).keys()].map((k) => item(`${k + 1}/9 お知らせ${k}`, 34.3, 330 - k * 9, (k % 3 === 0 ? 141.7 : 130) - 34.3, 6.3));
  const article = [...Array(9).keys()].map((k) => item(`本文${k}の行、不正に送信されたメールについて調査しました。`, 139.6, 331 - k * 10.5, 270, 7.2));
  const bar = across ? ['緊', '急', '情', '報', '臨', '時', '休', '業'].map((g, k) => item(g, 91 + k * 9.6, 338, 9.6, 9.6)) : [];
  const blocks = xyCut([...side, ...article, ...bar].map(itemAtom), { em: 7.2 }).map((b) => b.atoms.map((a) => a.item!.str).join('/'));
  const mixed = blocks.some((b) => b.includes('本文') && /[0-9]\/9/.test(b));
  expect(!mixed).toBe(parted);
});
