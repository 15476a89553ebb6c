import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { extractPdf } from '../../../src/format/pdf.js';
import { bottomBarLines, dropFixedBarRules, dropFixedBars, fixedBars, fixedBoxes } from '../../../src/format/pdf/fixedBars.js';
import type { Segment } from '../../../src/format/pdf/rules.js';
import type { Item } from '../../../src/format/pdf/types.js';

const VIEW = [0, 0, 500, 700];
const item = (str: string, x: number, y: number, width = 100, size = 10): Item => ({ str, x, y, width, size });
/** A page's body lines, different on each page, down its middle. */
const body = (page: number) => [560, 480, 400, 300, 200].map((y, i) => item(`本文${page}-${i}`, 50, y, 300));
const strings = (pages: Item[][]) => pages.map((p) => p.map((i) => i.str));

const cookie = [item('当サイトではCookieを使用しています。', 40, 40, 300), item('同意する', 380, 40, 40)];
const header = [item('株式会社サンプル', 40, 675, 90, 12), item('会社案内 お知らせ', 300, 675, 120)];
const headerBelowMargin = header.map((i) => ({ ...i, y: 600 }));

test.each([
  ['a cookie notice at the bottom of every page goes from every page, the side bar entry under it stays', [[...body(1), ...cookie], [...body(2), ...cookie, item('新着情報（3件）', 300, 41, 100)]], [body(1).map((i) => i.str), [...body(2).map((i) => i.str), '新着情報（3件）']]],
  ['a sticky header below the margin stays on page 1 only', [[...headerBelowMargin, ...body(1)], [...headerBelowMargin, ...body(2)]], [[...headerBelowMargin.map((i) => i.str), ...body(1).map((i) => i.str)], body(2).map((i) => i.str)]],
  ['a running head in the top margin goes from page 1 too', [[...header, ...body(1)], [...header, ...body(2)]], [body(1).map((i) => i.str), body(2).map((i) => i.str)]],
  // Negative cases: what does not recur on every page, or recurs in the page's middle, stays.
  ['a bar on only some pages stays', [[...body(1), ...cookie], [...body(2), ...cookie], body(3)], [[...body(1), ...cookie].map((i) => i.str), [...body(2), ...cookie].map((i) => i.str), body(3).map((i) => i.str)]],
  ['the same line in the middle of every page stays', [[...body(1), item('対象件数 1,204件', 50, 350)], [...body(2), item('対象件数 1,204件', 50, 350)]], [[...body(1).map((i) => i.str), '対象件数 1,204件'], [...body(2).map((i) => i.str), '対象件数 1,204件']]],
  ['a lone repeated mark is no bar', [[...body(1), item('・', 40, 40, 10)], [...body(2), item('・', 40, 40, 10)]], [[...body(1).map((i) => i.str), '・'], [...body(2).map((i) => i.str), '・']]],
  ['one page: nothing recurs', [[...body(1), ...cookie]], [[...body(1), ...cookie].map((i) => i.str)]],
])('dropFixedBars: %s', (_label, pages, expected) => {
  expect(strings(dropFixedBars(pages.map((items) => ({ items, view: VIEW }))))).toEqual(expected);
});

// A tall fixed header (its menu a column of links, an alert under it) reaches past the page's top quarter: its lines that
// stand at the same spot on every page, each within a few type sizes of the one above, go with it from page 2 on.
const tallHeader = [
  item('トップページへ戻る', 40, 670, 90, 12), item('ホーム', 60, 640), item('私たちについて', 60, 620), item('事業紹介', 60, 600),
  item('ニュース', 60, 580), item('採用情報', 60, 560), item('お問い合わせ', 60, 540),
  item('緊急情報 2024.09.30 大雨による臨時休業（23店舗）について', 30, 500, 330),
];
/** (Page 1 keeps its top bar but for the lines in the top margin: 「トップページへ戻る」「ホーム」「私たちについて」.) */
const belowMargin = (items: Item[]) => items.slice(3).map((i) => i.str);
const under = (page: number) => [item(`本文${page}-a`, 50, 380, 300), item(`本文${page}-b`, 50, 250, 300)];
test.each([
  ['the menu and the alert under the top quarter go from page 2', [[...tallHeader, ...under(1)], [...tallHeader, ...under(2)]], [[...belowMargin(tallHeader), ...strings([under(1)])[0]!], strings([under(2)])[0]!]],
  // Negative cases: a recurring line far below the bar (a gap of more than a few lines), or on one page only, stays.
  ['a line recurring far below the bar stays', [[...tallHeader.slice(0, 4), item('対象件数 1,204件', 50, 350), ...under(1)], [...tallHeader.slice(0, 4), item('対象件数 1,204件', 50, 350), ...under(2)]], [[...belowMargin(tallHeader.slice(0, 4)), '対象件数 1,204件', ...strings([under(1)])[0]!], ['対象件数 1,204件', ...strings([under(2)])[0]!]]],
  ['the alert on page 2 only stays', [[...tallHeader.slice(0, 7), ...under(1)], [...tallHeader, ...under(2)]], [[...belowMargin(tallHeader.slice(0, 7)), ...strings([under(1)])[0]!], [tallHeader[7]!.str, ...strings([under(2)])[0]!]]],
] as [string, Item[][], string[][]][])('dropFixedBars, a tall fixed header: %s', (_label, pages, expected) => {
  expect(strings(dropFixedBars(pages.map((items) => ({ items, view: VIEW }))))).toEqual(expected);
});

test('a printed page whose fixed header covered a side bar entry on page 2: the entry is read with the side bar, not into the paragraph (pages-c c02)', async () => {
  const { text } = await extractPdf(new Uint8Array(readFileSync('fixtures/pages-c/pdf/bootstrap-c02.pdf')));
  expect(text).toContain('本件と同時期に、当社グループが運営する一部ホテルにおいて、宿泊予約者に対するフィッシングメッセージの送信事案も確認されております。');
  expect(text).not.toContain('79名');
});

/** A toast's border around the cookie notice: four rules, the lower one below a button the print may leave out. */
const toastFrame: Segment[] = [
  { horizontal: true, at: 20, from: 30, to: 440 },
  { horizontal: true, at: 62, from: 30, to: 440 },
  { horizontal: false, at: 30, from: 20, to: 62 },
  { horizontal: false, at: 440, from: 20, to: 62 },
];
/** A column's border running down the whole page, beside the toast. */
const columnRule: Segment = { horizontal: false, at: 445, from: 10, to: 690 };
/** A rule of the release's own table, in the bottom quarter of page 1 only. */
const tableRule: Segment = { horizontal: true, at: 120, from: 50, to: 350 };
const keys = (segments: Segment[]) => segments.map((s) => `${s.horizontal ? 'h' : 'v'}${s.at}`).sort();

test.each([
  ['a toast\'s border goes with its text on every page; a page-long column rule stays', [[...toastFrame, columnRule], [...toastFrame, columnRule]], [['v445'], ['v445']]],
  ['a table\'s rule near the bar on one page only stays', [[...toastFrame, tableRule], toastFrame], [['h120'], []]],
  // Negative cases: no bar, no frame dropped.
  ['the same rules with no bar on a page stay', [[...toastFrame], [...toastFrame]], [keys(toastFrame), keys(toastFrame)]],
])('dropFixedBars with rules: %s', (label, segments, expected) => {
  const withBar = !label.startsWith('the same rules with no bar');
  const pages = segments.map((s, k) => ({ items: [...body(k + 1), ...(withBar ? cookie : [])], view: VIEW, segments: s }));
  expect(dropFixedBars(pages, fixedBars(pages), true).map((p) => keys(p.segments))).toEqual(expected);
});

test('a printed page whose cookie notice has its buttons on page 1 only, one glyph each, on the level of a sentence\'s end: the sentence reads whole (pages-j j06)', async () => {
  const { text } = await extractPdf(new Uint8Array(readFileSync('fixtures/pages-j/pdf/wp-j06.pdf')));
  expect(text).toContain('機密情報の外部流出は確認されておりません。');
  expect(text).not.toMatch(/同意する|設定$/m);
});

test('a printed page whose cookie toast is framed over the body on every page: its border and a column rule make no table of half the page (pages-e e17)', async () => {
  const { text } = await extractPdf(new Uint8Array(readFileSync('fixtures/pages-e/pdf/bs5-e17.pdf')));
  expect(text).toContain('| 従業員（退職者を含む） | ・氏名、性別、生年月日、住所、メールアドレス、電話番号、人事情報など |');
  expect(text).toContain('なお、当社は、本事象につきまして、個人情報保護委員会に報告し、また、警察にも被害申告しており、今後の捜査等にも全面的に協力してまいります。');
});

test.each([
  ['a consent button the print left on page 1 only goes with the bar', item('同意する', 200, 22, 40), []],
  ['an OK button on the bar\'s line', item('OK', 350, 40, 14), []],
  // A button inline after the bar's text, printed in pieces that run past the padding: the whole button goes.
  ['a button in two pieces right after the bar\'s text', [item('同意', 345, 40, 20), item('する', 370, 40, 20)], []],
  // A row of buttons, the consent one beside the notice's other choices (wp-j06's 「同意する 設定」), in glyphs.
  ['a consent button beside a settings button, glyph by glyph', [...'同意する'].map((c, k) => item(c, 50 + k * 10, 22, 10)).concat([item(' ', 90, 22, 16), item('設', 106, 22, 10), item('定', 116, 22, 10)]), []],
  // The buttons inline after the bar's last line, a line of the page's a point lower starting further left (wp-j17).
  ['buttons after the bar\'s text beside a lower line of the page', [item('しています。', 40, 39.2, 66), item('同意する', 345, 40, 40), item('設定', 397, 40, 20)], ['しています。']],
  ['two buttons parted by a gap, no space', [item('Accept all', 50, 22, 50), item('Reject all', 120, 22, 50)], []],
  // The release's line in the bar's band, starting within it, is no button: it stays.
  ['a row of the other choices alone, no consent button', [item('設定', 50, 22, 20), item('詳細', 90, 22, 20)], ['設定', '詳細']],
  ['a consent word opening a sentence of the release', [item('同意する 旨の書面を提出しました。', 50, 22, 200)], ['同意する 旨の書面を提出しました。']],
  ['a line of the release in the bar\'s band', [item('第三者の侵入を受けたとい', 40, 44, 320)], ['第三者の侵入を受けたとい']],
  // Negative cases: the release's own short line near the bar, or a button far from it, stays.
  ['a short line of the release near the bar', item('以上', 200, 22, 20), ['以上']],
  ['a button far above the bar', item('閉じる', 200, 300, 30), ['閉じる']],
])('dropFixedBars, a bar\'s button on one page: %s', (_label, extra, expected) => {
  const bar = [item('当サイトではCookieを使用しています。', 40, 40, 300)];
  const pages = [[...body(1), ...bar, ...[extra].flat()], [...body(2), ...bar]];
  const first = dropFixedBars(pages.map((items) => ({ items, view: VIEW })))[0]!.map((i) => i.str);
  expect(first.filter((s) => !s.startsWith('本文'))).toEqual(expected);
});

const h = (at: number, from: number, to: number): Segment => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ horizontal: false, at, from, to });
/** A navbar's bottom rule across the page, under the sticky header. */
const navRule = h(580, 20, 480);

test.each([
  ['a sticky header\'s border, at the same spot on every page, goes with the header', [[navRule, v(50, 100, 500)], [navRule, v(50, 40, 690)]], [header, header], [[v(50, 100, 500)], [v(50, 40, 690)]]],
  // Negative cases: no bar on the pages, a rule not on every page, a rule in the other half of the page.
  ['no fixed bar: every rule stays', [[navRule], [navRule]], [[], []], [[navRule], [navRule]]],
  ['a rule on one page only stays', [[navRule, h(300, 20, 480)], [navRule]], [header, header], [[h(300, 20, 480)], []]],
  ['a rule on every page in the other half than the bar stays (a footer\'s)', [[h(60, 20, 480)], [h(60, 20, 480)]], [header, header], [[h(60, 20, 480)], [h(60, 20, 480)]]],
])('dropFixedBarRules: %s', (_label, segments, texts, expected) => {
  const pages = segments.map((segs, k) => ({ segments: segs, items: [...texts[k]!, ...body(k + 1)], view: VIEW }));
  expect(dropFixedBarRules(pages, fixedBars(pages))).toEqual(expected);
});

test('a printed Bootstrap page whose navbar\'s rule crossed the article\'s panel and the side bar\'s: no grid of the two, no side bar dates (pages-d d03)', async () => {
  const { text } = await extractPdf(new Uint8Array(readFileSync('fixtures/pages-d/pdf/bs3cms-d03.pdf')));
  expect(text).toContain('LOHACO（ロハコ） 2026 年 1 月中の再開を予定しております。');
  expect(text).not.toContain('2025/10/24');
  expect(text).not.toContain('開催日：2026年1月12日');
});

const siteFooter = [item('〒221-3347 TEL 077-4837-9000', 40, 30, 150, 8), item('© 2018-2025 ＨＡホールディングス株式会社 All Rights Reserved.', 200, 30, 250, 8)];

test.each([
  // A footer fixed to the window's bottom, printed on every page: its lines as the last page prints them.
  ['a site footer on every page', [[...body(1), ...siteFooter], [...body(2), ...siteFooter]], ['〒221-3347 TEL 077-4837-9000 © 2018-2025 ＨＡホールディングス株式会社 All Rights Reserved.']],
  // Not a bar: a footer on the last page only, a bar fixed to the top, a one-page print.
  ['a footer on the last page only', [body(1), [...body(2), ...siteFooter]], []],
  ['a bar at the top of every page', [[...header, ...body(1)], [...header, ...body(2)]], []],
  ['one page', [[...body(1), ...siteFooter]], []],
])('bottomBarLines: %s', (_label, pages, expected) => {
  const printed = pages.map((items) => ({ items, view: VIEW }));
  expect(bottomBarLines(printed, fixedBars(printed)).map((l) => l.cells.join(' '))).toEqual(expected);
});

/** A cookie dialog fixed in the window's middle: a heading over two lines, drawn after the page's flow. */
const dialog = [item('Cookieの利用について', 60, 390, 120, 12), item('当ウェブサイトでは、利便性向上のためCookieを使用します。', 60, 360, 330, 12), item('すべて許可 設定', 60, 342, 90, 12)];
/** The same lines drawn in the flow's order: before the page's text below them. */
const inFlow = (page: number) => { const b = body(page); return [...b.slice(0, 3), ...dialog, ...b.slice(3)]; };

test.each([
  ['a dialog over the middle of every page, painted after the flow, goes from every page', [[...body(1), ...dialog], [...body(2), ...dialog]], [body(1).map((i) => i.str), body(2).map((i) => i.str)]],
  ['so it does when the last page\'s flow ends above it', [[...body(1), ...dialog], [...body(2).slice(0, 2), ...dialog]], [body(1).map((i) => i.str), body(2).slice(0, 2).map((i) => i.str)]],
  // Negative cases: one line recurring, a dialog on one page only (overlays.ts's), lines drawn in the flow's order, one page.
  ['one line recurring in the middle stays', [[...body(1), dialog[1]!], [...body(2), dialog[1]!]], [[...body(1), dialog[1]!].map((i) => i.str), [...body(2), dialog[1]!].map((i) => i.str)]],
  ['a dialog on one page of two stays', [[...body(1), ...dialog], body(2)], [[...body(1), ...dialog].map((i) => i.str), body(2).map((i) => i.str)]],
  ['the same lines drawn in the flow\'s order stay', [inFlow(1), inFlow(2)], [inFlow(1).map((i) => i.str), inFlow(2).map((i) => i.str)]],
  ['one page: nothing recurs', [[...body(1), ...dialog]], [[...body(1), ...dialog].map((i) => i.str)]],
])('fixedBoxes: %s', (_label, pages, expected) => {
  const printed = pages.map((items) => ({ items, view: VIEW }));
  const boxed = fixedBoxes(printed);
  expect(printed.map((p) => p.items.filter((i) => !boxed.has(i)).map((i) => i.str))).toEqual(expected);
});

test.each([
  // pages-o (made blind to the tool): a Next.js page's cookie dialog repeated mid-page on every page of the print.
  ['fixtures/pages-o/pdf/nextjs-o06.pdf', '下記に記載の個別ホームページにて不正アクセスが発見されたことから、公開を停止しております。現在、調査を行っており、', '59社'],
  ['fixtures/pages-o/pdf/nextjs-o11.pdf', 'ご自身が対象かご不明な場合やご心配な点がございましたら、下記窓口までお気軽にお問い合わせください。', '26社'],
])('a cookie dialog fixed mid-page, printed on every page, leaves the release\'s lines whole: %s', async (path, sentence, decoy) => {
  const { text } = await extractPdf(new Uint8Array(readFileSync(path)));
  expect(text).toContain(sentence);
  expect(text).not.toContain(decoy);
  expect(text).not.toContain('Cookie');
});
