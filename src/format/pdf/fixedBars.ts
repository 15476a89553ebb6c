import { CONSENT_BUTTON, CONSENT_CHOICE } from '../../words/pageChrome.js';
import type { Segment } from './rules.js';
import { columnStarts, groupLines } from './lines.js';
import type { Item, PdfLine } from './types.js';
import { maxOf, minOf } from './types.js';

/**
 * Bars fixed to the browser's window — a sticky header, a cookie notice — print at the same place
 * on every page of a printed web page, over whatever of the page's own flow stands there. Their
 * text is the same at the same spot on every page, in the top or bottom quarter: it goes on each
 * page, and what it covered (a side bar's entry, half a paragraph) is read with its own column,
 * no longer run into the bar's line. Page 1 keeps a top bar below the margin: there the header
 * opens the page in its own place (the logo, the site's name). The frame the bar draws around its
 * text (a toast's border) goes with it: with a page-long rule beside it, it read as a ruled table
 * swallowing half the page's lines. So do the bar's borders (a navbar's bottom rule across the
 * page), which recur with it on every page in its half: left in, one would join an article's framed
 * box to a side bar's panels into one grid. The two are kept apart (dropFixedBars' frame, near the
 * bar's text on every page with text, page 1 keeping a top bar's; dropFixedBarRules, anywhere in the
 * bar's half on every page): neither set holds the other's.
 */

/** A repeated item counts when this far up or down the page (a share of its height). */
const EDGE = 0.25;

/** The top margin of a page, where a running head stands (as dropRunningLines in chrome.ts reads it). */
const MARGIN = 0.125;

/** A fixed bar: at the page's top or bottom, and its own items. */
export interface FixedBar {
  atTop: boolean;
  /** The bar's own items. */
  keys: Set<string>;
  /** Where its text stands: [left, bottom, right, top]. */
  box: [number, number, number, number];
  /** Its type size (the largest of its items). */
  size: number;
}

const keyOf = (item: Item) => `${Math.round(item.x)}:${Math.round(item.y)}:${item.str}`;

/** The fixed bars of pages of the same height (each page's items and its view [x0, y0, x1, y1]). */
export function fixedBars(pages: { items: Item[]; view: readonly number[] }[]): FixedBar[] {
  const withText = pages.filter((p) => p.items.some((i) => i.str.trim() !== ''));
  if (withText.length < 2) return [];
  const [, y0, , y1] = withText[0]!.view as [number, number, number, number];
  if (withText.some((p) => p.view[1] !== y0 || p.view[3] !== y1)) return [];
  const height = Math.max(1, y1 - y0);
  // On how many pages each (spot, text) stands: counted once a page.
  const seen = new Map<string, { pages: number; last: number; item: Item }>();
  withText.forEach((p, k) => {
    for (const item of p.items) {
      if (item.str.trim() === '') continue;
      const key = keyOf(item);
      const entry = seen.get(key);
      if (!entry) seen.set(key, { pages: 1, last: k, item });
      else if (entry.last !== k) {
        entry.pages++;
        entry.last = k;
      }
    }
  });
  const bands: FixedBar[] = [];
  const everywhere = [...seen.values()].filter((e) => e.pages === withText.length).map((e) => e.item);
  for (const atTop of [true, false]) {
    const band = everywhere.filter((i) => (atTop ? (y1 - i.y) / height <= EDGE : (y1 - i.y) / height >= 1 - EDGE));
    // A bar says something: a lone repeated mark (a bullet, a rule's glyph) is no bar.
    if (band.reduce((n, i) => n + i.str.trim().length, 0) < 4) continue;
    const repeated = grownBar(band, everywhere, atTop);
    const box: FixedBar['box'] = [minOf(repeated.map((i) => i.x)), minOf(repeated.map((i) => i.y - i.size * 0.3)), maxOf(repeated.map((i) => i.x + i.width)), maxOf(repeated.map((i) => i.y + i.size))];
    bands.push({ atTop, keys: new Set(repeated.map(keyOf)), box, size: maxOf(repeated.map((i) => i.size)) });
  }
  return bands;
}

/**
 * A tall fixed header (a menu set as a column of links, an alert under it: 「ニュース」「採用情報」「お問い合わせ」 …
 * 「緊急情報 2024.09.30 大雨による臨時休業（23店舗）について」) reaches past the page's top quarter: the bar goes on
 * down (a bottom bar up) through the lines that stand at the same spot on every page too, each within a few of its
 * type sizes of the bar's last line (a search box's empty field between). A line recurring alone further off (a
 * table's row that happens to stand at one spot on each page) is no part of it.
 */
function grownBar(band: Item[], everywhere: Item[], atTop: boolean): Item[] {
  const inBand = new Set(band);
  const out = [...band];
  let edge = atTop ? minOf(band.map((i) => i.y)) : maxOf(band.map((i) => i.y + i.size));
  const rest = everywhere.filter((i) => !inBand.has(i) && (atTop ? i.y < edge : i.y + i.size > edge)).sort((a, b) => (atTop ? b.y - a.y : a.y - b.y));
  for (const item of rest) {
    const gap = atTop ? edge - (item.y + item.size) : item.y - edge;
    if (gap > item.size * BAR_GROW_GAP) break;
    out.push(item);
    edge = atTop ? Math.min(edge, item.y) : Math.max(edge, item.y + item.size);
  }
  return out;
}
/** How far below a fixed bar's last line (in type sizes) a line recurring on every page still belongs to it. */
const BAR_GROW_GAP = 4;

/** A box fixed in the window's middle holds this many lines at least, … */
const BOX_LINES = 2;
/** … this many characters, … */
const BOX_CHARS = 12;
/** … its lines at most this many type sizes apart (a heading over its text, a margin between). */
const BOX_LINE_GAP = 3;
/** The flow had passed the box: text drawn before it stands this many type sizes below its bottom (as overlays.ts reads a pop-up). */
const BOX_OUT_OF_FLOW = 3;

/**
 * The items of a box fixed in the middle of the browser's window — a cookie-consent dialog, a modal — that the print
 * repeats on every page over the page's own flow (「Cookieの利用について 当ウェブサイトでは…「すべて許可」を選択すると59社の
 * パートナーと情報を共有します。 すべて許可 設定」): the same text at the same spot on every page, in the page's middle
 * (bars stand at its top or bottom: fixedBars), a box of lines stacked close, painted after the flow had gone below it
 * (drawn out of order where the flow goes on below it). Run in with the page's lines, it split them character by character. A line
 * recurring alone (a table's row that happens to stand at one spot on each page), or drawn in the flow's order, stays.
 */
export function fixedBoxes(pages: readonly { items: Item[]; view: readonly number[] }[]): Set<Item> {
  const dropped = new Set<Item>();
  const withText = pages.filter((p) => p.items.some((i) => i.str.trim() !== ''));
  if (withText.length < 2) return dropped;
  const [, y0, , y1] = withText[0]!.view as [number, number, number, number];
  if (withText.some((p) => p.view[1] !== y0 || p.view[3] !== y1)) return dropped;
  const height = Math.max(1, y1 - y0);
  const middle = (i: Item) => {
    const position = (y1 - i.y) / height;
    return i.str.trim() !== '' && position > EDGE && position < 1 - EDGE;
  };
  // On how many pages each (spot, text) stands in the middle: counted once a page.
  const onPages = new Map<string, number>();
  for (const p of withText) for (const key of new Set(p.items.filter(middle).map(keyOf))) onPages.set(key, (onPages.get(key) ?? 0) + 1);
  const recurs = (i: Item) => middle(i) && onPages.get(keyOf(i)) === withText.length;
  // The recurring items of the first page, by line, top down; lines close together make a box.
  const lines = groupLines(withText[0]!.items.filter(recurs)).sort((a, b) => b.y - a.y);
  const boxes: (typeof lines)[] = [];
  for (const line of lines) {
    const box = boxes[boxes.length - 1];
    const last = box?.[box.length - 1];
    if (box && last && last.y - line.y <= Math.max(last.size, line.size) * BOX_LINE_GAP) box.push(line);
    else boxes.push([line]);
  }
  for (const box of boxes) {
    const chars = box.reduce((n, l) => n + l.items.reduce((m, i) => m + i.str.replace(/\s+/g, '').length, 0), 0);
    if (box.length < BOX_LINES || chars < BOX_CHARS) continue;
    const keys = new Set(box.flatMap((l) => l.items.map(keyOf)));
    const bottom = Math.min(...box.map((l) => l.y));
    const size = Math.max(...box.map((l) => l.size));
    // Painted out of order: before its first item, the flow had drawn text well below it (on a page it goes on past the box).
    const outOfFlow = withText.some((p) => {
      const first = p.items.findIndex((i) => keys.has(keyOf(i)));
      return first > 0 && p.items.slice(0, first).some((i) => i.str.trim() !== '' && i.y < bottom - size * BOX_OUT_OF_FLOW);
    });
    if (!outOfFlow) continue;
    for (const p of pages) for (const i of p.items) if (keys.has(keyOf(i))) dropped.add(i);
  }
  return dropped;
}

/** A page as read: its text items, view [x0, y0, x1, y1] and the rules it draws. */
interface PrintedPage {
  items: Item[];
  view: readonly number[];
  segments?: Segment[];
}

/** How far (in the bar's type sizes) the bar's frame may stand from its text: the box's padding. */
const FRAME_PADDING = 2.5;

const segmentKey = (s: Segment) => `${s.horizontal ? 'h' : 'v'}:${Math.round(s.at)}:${Math.round(s.from)}:${Math.round(s.to)}`;

/**
 * Each page's items (and rules) without a fixed bar's own: its text, its consent button, and the
 * rules drawn around it that stand at the same spot on every page within a few type sizes of its
 * text (page 1 keeps its top bar below the margin, frame and all).
 */
export function dropFixedBars(pages: PrintedPage[], bars?: FixedBar[]): Item[][];
export function dropFixedBars(pages: PrintedPage[], bars: FixedBar[], withSegments: true): { items: Item[]; segments: Segment[] }[];
export function dropFixedBars(pages: PrintedPage[], bars: FixedBar[] = fixedBars(pages), withSegments = false): Item[][] | { items: Item[]; segments: Segment[] }[] {
  const kept = pages.map((p, k) => {
    if (bars.length === 0) return { items: p.items, segments: p.segments ?? [] };
    const [, y0, , y1] = p.view as [number, number, number, number];
    // Page 1 keeps a top bar below the margin (the site's header in its place), not the running head in it.
    const inMargin = (i: Item) => (y1 - i.y) / Math.max(1, y1 - y0) < MARGIN;
    const dropsHere = (b: FixedBar) => k > 0 || !b.atTop;
    const buttons = new Set(bars.filter(dropsHere).flatMap((b) => consentButton(b, p.items)));
    const items = p.items.filter((i) => !buttons.has(i) && !bars.some((b) => (dropsHere(b) || inMargin(i)) && b.keys.has(keyOf(i))));
    const frames = bars.filter(dropsHere).map((b) => barFrame(b, pages));
    const segments = frames.length === 0 ? p.segments ?? [] : (p.segments ?? []).filter((s) => !frames.some((f) => f.has(segmentKey(s))));
    return { items, segments };
  });
  return withSegments ? kept : kept.map((p) => p.items);
}

/**
 * The bar's consent button (「同意する」「OK」) where the print left it on one page only: the
 * items of a line near the bar's text (starting within its padding) that read as one.
 */
function consentButton(bar: FixedBar, items: Item[]): Item[] {
  const pad = bar.size * FRAME_PADDING;
  const [left, bottom, right, top] = bar.box;
  // (A button set inline after the bar's text starts within the padding of its end, however wide it prints: its
  // line is read from there on, each of its pieces however far right.)
  const own = (i: Item) => !bar.keys.has(keyOf(i)) && i.y >= bottom - pad && i.y <= top + pad;
  const byLine = new Map<number, Item[]>();
  for (const start of items) {
    if (!own(start) || start.x < left - pad || start.x > right + pad) continue;
    // (Keyed by the start's own height: a line of the page's a point lower, 「しています。」 at 46.5 beside the bar's 47.3, is another line.)
    const y = Math.round(start.y * 10);
    const from = byLine.get(y)?.[0]?.x ?? Infinity;
    if (start.x < from) byLine.set(y, items.filter((i) => own(i) && Math.abs(i.y - start.y) < 0.5 && i.x >= start.x).sort((a, b) => a.x - b.x));
  }
  return [...byLine.values()].filter(isButtonRow).flat();
}

/**
 * A line that reads as a notice's buttons: one consent button (「同意する」), maybe beside the notice's other
 * choices (「同意する 設定」「Accept all Reject all」), the buttons parted by a space or a gap of a character's width.
 */
function isButtonRow(line: Item[]): boolean {
  let text = '';
  line.forEach((item, k) => {
    const previous = line[k - 1];
    if (previous && item.x - (previous.x + previous.width) > Math.min(item.size, previous.size) * 0.5) text += ' ';
    text += item.str;
  });
  return isConsentButtons(text);
}

/** A row's text that is a notice's buttons: a consent button, maybe beside the notice's other choices (「同意する 設定」). */
export function isConsentButtons(text: string): boolean {
  const row = text.trim().replace(/\s+/g, ' ');
  if (CONSENT_BUTTON.test(row.replace(/ /g, ''))) return true;
  return BUTTON_ROW.test(row) && !CHOICE_ROW.test(row);
}

/** Buttons side by side, a space between: each a consent button or one of the notice's other choices. */
const button = `(?:${CONSENT_BUTTON.source.slice(1, -1)}|${CONSENT_CHOICE.source.slice(1, -1)})`;
const BUTTON_ROW = new RegExp(`^${button}(?: ${button}){0,3}$`, 'i');
/** A row of the other choices alone (「設定 詳細」): no consent button, no notice's row. */
const choice = `(?:${CONSENT_CHOICE.source.slice(1, -1)})`;
const CHOICE_ROW = new RegExp(`^${choice}(?: ${choice}){0,3}$`, 'i');

/**
 * The rules a bar draws around its text (a border; a button below it the print may leave out):
 * rules in the bar's quarter of the page, reaching within a few type sizes of its text, at the
 * same spot on every page that has text. A rule running down the page (a column's border) is not
 * the bar's.
 */
function barFrame(bar: FixedBar, pages: PrintedPage[]): Set<string> {
  const pad = bar.size * FRAME_PADDING;
  const [left, bottom, right, top] = bar.box;
  const [, y0, , y1] = pages[0]!.view as [number, number, number, number];
  const height = Math.max(1, y1 - y0);
  // The bar's quarter of the page, in page space.
  const [low, high] = bar.atTop ? [y1 - height * EDGE, Infinity] : [-Infinity, y0 + height * EDGE];
  const near = (s: Segment) => {
    const [x0, x1, ya, yb] = s.horizontal ? [s.from, s.to, s.at, s.at] : [s.at, s.at, s.from, s.to];
    return ya >= low && yb <= high && x1 >= left - pad && x0 <= right + pad && yb >= bottom - pad && ya <= top + pad;
  };
  const withText = pages.filter((p) => p.items.some((i) => i.str.trim() !== ''));
  const counts = new Map<string, number>();
  for (const p of withText) {
    for (const key of new Set((p.segments ?? []).filter(near).map(segmentKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n === withText.length).map(([key]) => key));
}

/**
 * Each page's rules without a fixed bar's: a rule at the same spot on every page, in the half of
 * the page the bar stands in, when the pages have such a bar (text recurring there). A table's
 * rules are not the same on every page: its rows go on down the pages.
 */
export function dropFixedBarRules(pages: { segments: Segment[]; view: readonly number[] }[], bars: FixedBar[]): Segment[][] {
  if (bars.length === 0 || pages.length < 2) return pages.map((p) => p.segments);
  const onPages = new Map<string, number>();
  for (const p of pages) for (const key of new Set(p.segments.map(segmentKey))) onPages.set(key, (onPages.get(key) ?? 0) + 1);
  return pages.map((p) => {
    const [, y0, , y1] = p.view as [number, number, number, number];
    const half = (y0 + y1) / 2;
    return p.segments.filter((s) => {
      if (onPages.get(segmentKey(s)) !== pages.length) return true;
      // Where the rule stands: its height, or a vertical rule's middle.
      const y = s.horizontal ? s.at : (s.from + s.to) / 2;
      return !bars.some((b) => (b.atTop ? y > half : y < half));
    });
  });
}

/**
 * The lines of a bar fixed to the bottom of the window, as the last page with text prints them: a site's footer
 * (「〒… TEL … © 2018-2025 Ｘ株式会社 All Rights Reserved.」) the print repeats on every page, dropped from the text,
 * may be where the page names its site.
 */
export function bottomBarLines(pages: readonly { items: Item[] }[], bars: readonly FixedBar[]): PdfLine[] {
  const bottom = bars.filter((b) => !b.atTop);
  const k = pages.findLastIndex((p) => p.items.length > 0);
  if (bottom.length === 0 || k < 0) return [];
  const items = pages[k]!.items.filter((i) => bottom.some((b) => b.keys.has(keyOf(i))));
  return groupLines(items).map((line) => ({ ...line, page: k + 1, position: 1 }));
}

/**
 * The lines of a bar fixed to the top of the window, as the first page with text prints them: a sticky header
 * (「Ａ株式会社 ニュース ・ 製品 ・ 会社情報」) the print repeats on every page, dropped from the text where it stands
 * in the page's top margin, is where the page shows its logo's name.
 */
export function topBarLines(pages: readonly { items: Item[] }[], bars: readonly FixedBar[]): PdfLine[] {
  const top = bars.filter((b) => b.atTop);
  const k = pages.findIndex((p) => p.items.length > 0);
  if (top.length === 0 || k < 0) return [];
  const items = pages[k]!.items.filter((i) => top.some((b) => b.keys.has(keyOf(i))));
  // A bar's row is the logo and its menu's labels set an em or so apart (「Ａ株式会社　ニュース　製品」): each gap of
  // half a size opens a cell, as a column another line also starts at would on the page.
  const starts = new Map([...columnStarts(items)].map(([x, n]) => [x, n * 2]));
  return groupLines(items, starts).map((line) => ({ ...line, page: k + 1, position: 0 }));
}
