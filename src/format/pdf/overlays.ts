import type { Item } from './types.js';

/**
 * A box a web page positions over its own text — a cookie-consent dialog, a pop-up — prints over whatever of the
 * page's flow stands under it, on that page alone (unlike a bar fixed to the window, it does not recur to be told by:
 * fixedBars.ts). The browser paints it after the flow, so its text is drawn after text it covers, and some of its
 * lines lie on top of the flow's lines (「すべて許可 設定」 over the title's first line, 「Cookieの使用について」 over the
 * breadcrumb). Its lines, run in with the page's, split the title and bring the notice's dates into the release.
 *
 * An overlay here: a run of items consecutive in drawing order, each near the run (a few lines apart), holding an
 * item whose glyphs lie on those of an item drawn before it on another baseline, drawn after text that stands well
 * below it on the page (the flow had gone past it: the box is painted out of order), and small beside the page's
 * text. Its items go. Text that merely touches (a superscript beside its word, tight lines, a bold face drawn twice
 * on one baseline) overlaps too little or on the same baseline; so does a box set edge to edge with another in a
 * builder's absolute layout, a corner of one glyph on another's (a title's last 「漏」 on a banner's first 「休」): a box
 * painted over text covers more than a character of it.
 */

/** Glyph boxes overlap when they share this much of the smaller type's size up and down … */
const OVERLAP_HEIGHT = 0.4;
/** … and this much across. */
const OVERLAP_WIDTH = 0.5;
/** Two items on baselines closer than this (of the smaller size) are one line. */
const SAME_BASELINE = 0.3;
/** The next item in drawing order belongs to the run when within this many of its type sizes above or below it. */
const RUN_REACH = 2.5;
/** The flow had passed the box: text drawn before it stands this many type sizes below its bottom. */
const OUT_OF_FLOW = 3;
/** An overlay's glyphs cover this many characters of the text under it at least (their overlaps' widths, in the smaller type's size). */
const MIN_COVER = 1.5;
/** An overlay holds at most this share of the page's characters. */
const MAX_SHARE = 0.3;
/** Pages with more items than this are left as they are (the check looks at item pairs in a band). */
const MAX_ITEMS = 20_000;
/** Height of the bands items are filed under, in points. */
const BAND = 8;

interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

const boxOf = (i: Item): Box => ({ left: i.x, right: i.x + i.width, bottom: i.y - i.size * 0.15, top: i.y + i.size * 0.85 });
const chars = (i: Item) => i.str.replace(/\s+/g, '').length;

/** The later item lies on the earlier one: their glyph boxes overlap, on different baselines. */
export function liesOn(later: Item, earlier: Item): boolean {
  return cover(later, earlier) > 0;
}

/** How many characters (of the smaller type's size) of one item the later covers where it lies on it; 0 where it does not. */
function cover(later: Item, earlier: Item): number {
  const size = Math.min(later.size, earlier.size);
  if (Math.abs(later.y - earlier.y) <= size * SAME_BASELINE) return 0;
  const a = boxOf(later);
  const b = boxOf(earlier);
  const height = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  return height >= size * OVERLAP_HEIGHT && width >= size * OVERLAP_WIDTH ? width / Math.max(size, 1e-6) : 0;
}

/** The page's items (in drawing order) without the boxes painted over its text. */
export function dropOverlays(items: Item[]): Item[] {
  const drawn = items.filter((i) => chars(i) > 0);
  if (drawn.length < 2 || drawn.length > MAX_ITEMS) return items;
  // Each item drawn on one drawn before it: filed by band, checked against the items in its bands.
  const bands = new Map<number, number[]>();
  const over: number[] = [];
  // What each item lying on earlier text covers of it.
  const covers = new Map<number, number>();
  drawn.forEach((item, k) => {
    const { bottom, top } = boxOf(item);
    const from = Math.floor(bottom / BAND);
    const to = Math.floor(top / BAND);
    // (Summed over the items under it, each once: the same however the runs of text are split into items.)
    let covered = 0;
    const under = new Set<number>();
    for (let b = from; b <= to; b++) for (const j of bands.get(b) ?? []) if (!under.has(j)) { under.add(j); covered += cover(item, drawn[j]!); }
    if (covered > 0) {
      over.push(k);
      covers.set(k, covered);
    }
    for (let b = from; b <= to; b++) {
      let list = bands.get(b);
      if (!list) bands.set(b, (list = []));
      list.push(k);
    }
  });
  if (over.length === 0) return items;
  const total = drawn.reduce((n, i) => n + chars(i), 0);
  const dropped = new Set<Item>();
  let done = -1;
  for (const k of over) {
    if (k <= done) continue;
    const run = runAround(drawn, k);
    done = run.end;
    const runItems = drawn.slice(run.start, run.end + 1);
    const bottom = Math.min(...runItems.map((i) => i.y));
    const size = Math.max(...runItems.map((i) => i.size));
    // Painted out of order: the flow drawn before it had gone well below it.
    const outOfFlow = drawn.slice(0, run.start).some((i) => i.y < bottom - size * OUT_OF_FLOW);
    const share = runItems.reduce((n, i) => n + chars(i), 0) / Math.max(1, total);
    let covered = 0;
    for (let j = run.start; j <= run.end; j++) covered += covers.get(j) ?? 0;
    if (outOfFlow && share <= MAX_SHARE && covered >= MIN_COVER) for (const i of runItems) dropped.add(i);
  }
  return dropped.size === 0 ? items : items.filter((i) => !dropped.has(i));
}

/** The run of items around the k-th in drawing order, each near the run so far (within a few lines above or below it). */
function runAround(drawn: Item[], k: number): { start: number; end: number } {
  let low = drawn[k]!.y;
  let high = drawn[k]!.y;
  const near = (i: Item) => i.y >= low - i.size * RUN_REACH && i.y <= high + i.size * RUN_REACH;
  let start = k;
  while (start > 0 && near(drawn[start - 1]!)) {
    start--;
    low = Math.min(low, drawn[start]!.y);
    high = Math.max(high, drawn[start]!.y);
  }
  let end = k;
  while (end < drawn.length - 1 && near(drawn[end + 1]!)) {
    end++;
    low = Math.min(low, drawn[end]!.y);
    high = Math.max(high, drawn[end]!.y);
  }
  return { start, end };
}
