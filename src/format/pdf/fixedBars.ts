import type { Segment } from './rules.js';
import type { Item } from './types.js';

/**
 * Bars fixed to the browser's window — a sticky header, a cookie notice — print at the same place
 * on every page of a printed web page, over whatever of the page's own flow stands there. Their
 * text is the same at the same spot on every page, in the top or bottom quarter: it goes on each
 * page, and what it covered (a side bar's entry, half a paragraph) is read with its own column,
 * no longer run into the bar's line. Page 1 keeps a top bar below the margin: there the header
 * opens the page in its own place (the logo, the site's name). The bar's borders (a navbar's
 * bottom rule across the page) recur with it: they are no table's rules, and left in, one would
 * join an article's framed box to a side bar's panels into one grid.
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
      const position = (y1 - item.y) / height;
      if (position > EDGE && position < 1 - EDGE) continue;
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
  for (const atTop of [true, false]) {
    const repeated = [...seen.values()].filter((e) => e.pages === withText.length && ((y1 - e.item.y) / height <= EDGE) === atTop).map((e) => e.item);
    // A bar says something: a lone repeated mark (a bullet, a rule's glyph) is no bar.
    if (repeated.reduce((n, i) => n + i.str.trim().length, 0) < 4) continue;
    bands.push({ atTop, keys: new Set(repeated.map(keyOf)) });
  }
  return bands;
}

/** Each page's items without a fixed bar's own (page 1 keeps its top bar). */
export function dropFixedBars(pages: { items: Item[]; view: readonly number[] }[], bars: FixedBar[] = fixedBars(pages)): Item[][] {
  if (bars.length === 0) return pages.map((p) => p.items);
  return pages.map((p, k) => {
    const [, y0, , y1] = p.view as [number, number, number, number];
    // Page 1 keeps a top bar below the margin (the site's header in its place), not the running head in it.
    const inMargin = (i: Item) => (y1 - i.y) / Math.max(1, y1 - y0) < MARGIN;
    return p.items.filter((i) => !bars.some((b) => (k > 0 || !b.atTop || inMargin(i)) && b.keys.has(keyOf(i))));
  });
}

const ruleKey = (s: Segment) => `${s.horizontal ? 'h' : 'v'}:${Math.round(s.at)}:${Math.round(s.from)}:${Math.round(s.to)}`;

/**
 * Each page's rules without a fixed bar's: a rule at the same spot on every page, in the half of
 * the page the bar stands in, when the pages have such a bar (text recurring there). A table's
 * rules are not the same on every page: its rows go on down the pages.
 */
export function dropFixedBarRules(pages: { segments: Segment[]; view: readonly number[] }[], bars: FixedBar[]): Segment[][] {
  if (bars.length === 0 || pages.length < 2) return pages.map((p) => p.segments);
  const onPages = new Map<string, number>();
  for (const p of pages) for (const key of new Set(p.segments.map(ruleKey))) onPages.set(key, (onPages.get(key) ?? 0) + 1);
  return pages.map((p) => {
    const [, y0, , y1] = p.view as [number, number, number, number];
    const half = (y0 + y1) / 2;
    return p.segments.filter((s) => {
      if (onPages.get(ruleKey(s)) !== pages.length) return true;
      // Where the rule stands: its height, or a vertical rule's middle.
      const y = s.horizontal ? s.at : (s.from + s.to) / 2;
      return !bars.some((b) => (b.atTop ? y > half : y < half));
    });
  });
}
