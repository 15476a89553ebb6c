import type { Item } from './types.js';
import { maxOf, minOf } from './types.js';
import type { RuledTable } from './tables.js';

/**
 * Reading order by recursive XY-cut: a page's text is split at white space into blocks — columns
 * side by side are read one after the other, not line by line across both. At each step a region
 * is cut at a vertical gutter when one runs its full height and the two sides are columns (their
 * baselines do not line up, as a table's cells do), else across at its widest horizontal gaps.
 * Ruled tables take part as solid boxes. A side cut off as a side bar or navigation column
 * (`isChrome`) is dropped whole.
 */
export interface Atom {
  left: number;
  right: number;
  bottom: number;
  top: number;
  item?: Item;
  table?: RuledTable;
}

export function itemAtom(item: Item): Atom {
  return { left: item.x, right: item.x + Math.max(item.width, 0.1), bottom: item.y - item.size * 0.2, top: item.y + item.size * 0.8, item };
}

export function tableAtom(table: RuledTable): Atom {
  return { left: table.left, right: table.right, bottom: table.bottom, top: table.top, table };
}

/**
 * Uncovered stretches between the atoms' projections on one axis (x: left..right, y: bottom..top),
 * widest first, equal widths in position order. The starts and the ends are sorted apart (numeric
 * typed-array sorts, no comparator): a stretch opens where every interval started so far has
 * ended before the next one starts — the largest end so far is then the last end taken.
 */
function gaps(atoms: Atom[], axis: 'x' | 'y'): { from: number; to: number }[] {
  const n = atoms.length;
  const los = new Float64Array(n);
  const his = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = atoms[k]!;
    los[k] = axis === 'x' ? a.left : a.bottom;
    his[k] = axis === 'x' ? a.right : a.top;
  }
  los.sort();
  his.sort();
  const out: { from: number; to: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (his[j]! < los[i]!) {
      j++;
      if (i === j) out.push({ from: his[j - 1]!, to: los[i]! });
    } else i++;
  }
  return out.sort((a, b) => b.to - b.from - (a.to - a.from));
}

/** Share of the smaller side's baselines that the other side also has: a table's rows line up, columns of text do not. */
function baselineAlignment(a: Atom[], b: Atom[]): number {
  const baselines = (atoms: Atom[]) => [...new Set(atoms.filter((x) => x.item).map((x) => Math.round(x.item!.y)))];
  const ya = baselines(a);
  const yb = baselines(b);
  const [small, large] = ya.length <= yb.length ? [ya, new Set(yb)] : [yb, new Set(ya)];
  if (small.length === 0) return 1;
  const matched = small.filter((y) => large.has(y) || large.has(y - 1) || large.has(y + 1)).length;
  return matched / small.length;
}

export interface CutOptions {
  /** The body type size: gutters and gaps are measured in it. */
  em: number;
  /** Whether a side cut off by a gutter is chrome (a side bar, a navigation column) to drop. */
  isChrome?: (side: Atom[], other: Atom[]) => boolean;
  /**
   * Whether a side on one line is a side bar's leftover (its last entry printed on over a page
   * break): a gutter with it on one side is cut though one line makes no column, so that it goes.
   */
  isLeftover?: (side: Atom[], other: Atom[]) => boolean;
  /**
   * Whether a side is a headed news box (「■新着情報」): cut off even when its lines happen to
   * line up with the article's, as in an old table layout's side column.
   */
  isNewsBox?: (side: Atom[]) => boolean;
  /**
   * Whether a side stands where a side bar dropped before stood (its last lines carried over to the
   * next page): cut off though it is one line, or its lines happen to line up with the article's.
   */
  continuesSideBar?: (side: Atom[]) => boolean;
  /**
   * Whether the two sides' text stands in separate lists (a tagged PDF's tree: each side's items in list items, no
   * list holding items of both, no table around them): lists set side by side are columns though their lines happen
   * to line up (a document's annex of lists in two columns at one line pitch), as a table's rows do not.
   */
  separateLists?: (left: Atom[], right: Atom[]) => boolean;
  /**
   * The strips of the side bars dropped so far (on this page or before): a region whose text stands partly in one
   * and partly beside it is cut at the strip's edge, however narrow the gutter or short the region, when the part
   * in the strip is that side bar printed on (`isLeftover`).
   */
  sideStrips?: () => readonly { left: number; right: number }[];
}

const MAX_DEPTH = 200;
/** Regions larger than this are not re-joined across bands (each try costs a sort of the region). */
const MAX_MERGE_ATOMS = 5000;

/**
 * The two sides of a region's widest vertical gap when it is a gutter between columns: at least
 * half a type size wide, through the region's whole height (three lines or more), with two lines
 * or more on each side whose baselines do not line up as a table's rows do.
 */
function columnCut(region: Atom[], em: number, options: Pick<CutOptions, 'isNewsBox' | 'continuesSideBar' | 'isLeftover' | 'separateLists' | 'sideStrips'> = {}): [Atom[], Atom[]] | null {
  if (region.length < 2) return null;
  return gutterCut(region, em, options) ?? stripCut(region, em, options);
}

function gutterCut(region: Atom[], em: number, options: Pick<CutOptions, 'isNewsBox' | 'continuesSideBar' | 'isLeftover' | 'separateLists'>): [Atom[], Atom[]] | null {
  let top = -Infinity;
  let bottom = Infinity;
  for (const a of region) {
    if (a.top > top) top = a.top;
    if (a.bottom < bottom) bottom = a.bottom;
  }
  if (top - bottom < em * 3) return null;
  const vertical = gaps(region, 'x')[0];
  if (!vertical || vertical.to - vertical.from < em * 0.5) return interleavedCut(region, em) ?? overflowCut(region, em, options);
  const left = region.filter((a) => a.right <= vertical.from + 0.01);
  const right = region.filter((a) => a.left >= vertical.to - 0.01);
  if (sidesAreColumns(left, right, options)) return [left, right];
  return options.isLeftover && loneLineCut(left, right, options.isLeftover) ? [left, right] : null;
}

/** Lines each side has at least for interleavedCut to part them. */
const INTERLEAVED_LINES = 6;
/** Share of the sparser side's baselines the other side may share, at most, for interleavedCut. */
const INTERLEAVED_ALIGNMENT = 0.6;
/** How far apart two sides' line pitches (or type sizes) stand, as a share of the larger, to be two columns' type. */
const PITCH_APART = 0.08;
/** How far (in its own type sizes) a left column's line may run past the right column's edge: one glyph, clipped at its box. */
const EDGE_OVERHANG = 1;
/** How many of a region's most shared left edges interleavedCut tries. */
const EDGE_TRIES = 3;

/**
 * Two columns set all but against each other, no gutter of half a type size between them: a side bar whose text runs to
 * its box's edge and a little past it (its last glyph clipped under the article's first: 「…日経平均43016円」 ending 2 pt
 * into the article's margin), its lines falling between the article's. The right column is what starts at one left
 * edge or right of it — an edge six lines or more start at, half the right side's lines starting there —, the left
 * column what ends by that edge (one glyph past it at most); no line goes on across the edge (the same baseline and type
 * carried on by the next glyph: a heading or a menu row set glyph by glyph, whose glyphs also start at that x); the two
 * are columns when interleavedColumns says so. Null when no edge parts the region so.
 */
export function interleavedCut(region: Atom[], em: number): [Atom[], Atom[]] | null {
  let minLeft = Infinity;
  const starts = new Map<number, number>();
  for (const a of region) {
    if (a.left < minLeft) minLeft = a.left;
    if (!a.item || a.item.str.trim() === '') continue;
    const key = Math.round(a.left * 4) / 4;
    starts.set(key, (starts.get(key) ?? 0) + 1);
  }
  const edges = [...starts].filter(([x, n]) => n >= INTERLEAVED_LINES && x > minLeft + em).sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, EDGE_TRIES);
  for (const [x] of edges) {
    const edge = x - 0.15;
    const left: Atom[] = [];
    const right: Atom[] = [];
    let parts = true;
    for (const a of region) {
      if (a.left >= edge) right.push(a);
      else if (a.right <= edge + (a.item?.size ?? em) * EDGE_OVERHANG || (a.item !== undefined && a.item.str.trim() === '')) left.push(a);
      else {
        parts = false;
        break;
      }
    }
    if (parts && startsAtEdge(right, x) && !goesOnAcross(left, right, x, em) && interleavedColumns(left, right)) return [left, right];
  }
  return null;
}

/** Share of a column's lines that must start at its left edge (the rest indented: list items, a heading's number). */
const EDGE_STARTS = 0.5;

/** Whether half the side's lines or more start at x (their first glyph within a point of it). */
function startsAtEdge(side: Atom[], x: number): boolean {
  const first = new Map<number, number>();
  for (const a of side) {
    if (!a.item || a.item.str.trim() === '') continue;
    const y = Math.round(a.item.y);
    if (a.left < (first.get(y) ?? Infinity)) first.set(y, a.left);
  }
  let at = 0;
  for (const left of first.values()) if (Math.abs(left - x) <= 1) at++;
  return first.size > 0 && at >= first.size * EDGE_STARTS;
}

/** The widest gap (in type sizes) between two glyphs of one line that goes on across an edge: a word's space. */
const ACROSS_GAP = 0.6;

/**
 * Whether a line of the left side goes on across x into the right side: a glyph ending near x and the next on its very
 * baseline, in its type, starting where it ends (a space's width after it at most) — one line, not two columns' lines.
 */
function goesOnAcross(left: Atom[], right: Atom[], x: number, em: number): boolean {
  const heads = new Map<number, Item[]>();
  for (const a of right) {
    if (!a.item || a.item.str.trim() === '' || a.left > x + em * 2) continue;
    const y = Math.round(a.item.y);
    heads.set(y, [...(heads.get(y) ?? []), a.item]);
  }
  for (const a of left) {
    const it = a.item;
    if (!it || it.str.trim() === '' || a.right < x - em) continue;
    const y = Math.round(it.y);
    for (const k of [y - 1, y, y + 1]) {
      for (const r of heads.get(k) ?? []) {
        const gap = r.x - a.right;
        if (Math.abs(r.y - it.y) < 0.5 && Math.abs(r.size - it.size) < 0.25 && gap >= -0.5 && gap <= it.size * ACROSS_GAP) return true;
      }
    }
  }
  return false;
}

/**
 * Whether two sides of a region are two columns though nearly touching: each stands on lines of its own — six or
 * more —, few baselines shared (the sparser side's lines fall between the other's), and the two are set in different
 * type or at different pitches (a side bar's 6.3 pt at 9 pt beside the article's 7.2 pt at 10 pt). A table's columns
 * share their rows' baselines, and a list's markers stand on their items' baselines.
 */
export function interleavedColumns(left: Atom[], right: Atom[]): boolean {
  const lb = baselinesOf(left);
  const rb = baselinesOf(right);
  if (lb.length < INTERLEAVED_LINES || rb.length < INTERLEAVED_LINES) return false;
  if (baselineAlignment(left, right) >= INTERLEAVED_ALIGNMENT) return false;
  const apart = (a: number, b: number) => Math.abs(a - b) > Math.max(a, b) * PITCH_APART;
  return apart(linePitch(lb), linePitch(rb)) || apart(middleSize(left), middleSize(right));
}

/** The distinct rounded baselines of a side's text, top first. */
function baselinesOf(atoms: Atom[]): number[] {
  return [...new Set(atoms.flatMap((a) => (a.item && a.item.str.trim() !== '' ? [Math.round(a.item.y)] : [])))].sort((a, b) => b - a);
}

/** The most common step between a side's successive baselines (its line pitch; the smaller of two as common). */
function linePitch(baselines: number[]): number {
  const steps = new Map<number, number>();
  for (let k = 1; k < baselines.length; k++) {
    const step = baselines[k - 1]! - baselines[k]!;
    steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  let best = 0;
  let count = 0;
  for (const [step, n] of steps) if (n > count || (n === count && step < best)) [best, count] = [step, n];
  return best;
}

/** A side's middle type size. */
function middleSize(atoms: Atom[]): number {
  const sizes = atoms.flatMap((x) => (x.item ? [x.item.size] : [])).sort((p, q) => p - q);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/** The white space between a side bar's strip and the text beside it: this many type sizes at least. */
const STRIP_GUTTER = 0.25;

/**
 * A region cut at the edge of a dropped side bar's strip (`sideStrips`): its text runs in the strip on one side and
 * all the rest beside it, a little apart (STRIP_GUTTER), and the strip's part is that side bar printed on (no
 * sentence: `isLeftover`). An old table layout prints its left column beside the release a few points apart, its
 * short lines on the same rows as the release's (two lines at a page's top, 「客室数 41」 beside 「この度は、…」), where no
 * gutter of half a type size runs through three lines. Not a table's rows: a label column set in the type of the
 * cells beside it, on their baselines, stays.
 */
function stripCut(region: Atom[], em: number, options: Pick<CutOptions, 'isLeftover' | 'sideStrips'>): [Atom[], Atom[]] | null {
  const strips = recentStrips(options.sideStrips?.() ?? []);
  if (strips.length === 0 || !options.isLeftover) return null;
  for (const strip of strips) {
    const inside: Atom[] = [];
    const outside: Atom[] = [];
    let insideLeft = Infinity;
    let insideRight = -Infinity;
    let outsideLeft = Infinity;
    let outsideRight = -Infinity;
    for (const a of region) {
      const reach = Math.max(3, a.item?.size ?? 0);
      if (a.item && a.left >= strip.left - reach && a.right <= strip.right + reach) {
        inside.push(a);
        insideLeft = Math.min(insideLeft, a.left);
        insideRight = Math.max(insideRight, a.right);
      } else {
        outside.push(a);
        outsideLeft = Math.min(outsideLeft, a.left);
        outsideRight = Math.max(outsideRight, a.right);
      }
    }
    if (inside.length === 0 || outside.length === 0) continue;
    const cut: [Atom[], Atom[]] | null = outsideLeft >= insideRight + em * STRIP_GUTTER ? [inside, outside] : outsideRight <= insideLeft - em * STRIP_GUTTER ? [outside, inside] : null;
    if (!cut || (baselineAlignment(inside, outside) >= 0.6 && sameType(inside, outside))) continue;
    if (options.isLeftover(inside, outside)) return cut;
  }
  return null;
}

/** At most this many strips are tried (the latest, each once): a long document's side bar dropped on every page repeats its strip. */
const MAX_STRIPS = 8;

/** The distinct strips (to the point), MAX_STRIPS at most of the latest, in the order they were dropped. */
function recentStrips(strips: readonly { left: number; right: number }[]): { left: number; right: number }[] {
  const seen = new Set<string>();
  const out: { left: number; right: number }[] = [];
  for (let k = strips.length - 1; k >= 0 && out.length < MAX_STRIPS; k--) {
    const key = `${Math.round(strips[k]!.left)}:${Math.round(strips[k]!.right)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(strips[k]!);
  }
  return out.reverse();
}

/** Whether two sides' text is set in one type size (their middle sizes within half a point). */
function sameType(a: Atom[], b: Atom[]): boolean {
  const middle = (xs: Atom[]) => {
    const sizes = xs.flatMap((x) => (x.item ? [x.item.size] : [])).sort((p, q) => p - q);
    return sizes[Math.floor(sizes.length / 2)] ?? 0;
  };
  return Math.abs(middle(a) - middle(b)) < 0.5;
}

/** Whether one side of a gutter stands on one line and the other on more, and the one line is a leftover. */
function loneLineCut(left: Atom[], right: Atom[], isLeftover: (side: Atom[], other: Atom[]) => boolean): boolean {
  const leftLines = twoLines(left);
  if (leftLines === twoLines(right)) return false;
  return leftLines ? isLeftover(right, left) : isLeftover(left, right);
}

function sidesAreColumns(left: Atom[], right: Atom[], { isNewsBox, continuesSideBar, separateLists }: Pick<CutOptions, 'isNewsBox' | 'continuesSideBar' | 'separateLists'>): boolean {
  if (left.length === 0 || right.length === 0) return false;
  if (continuesSideBar && (continuesSideBar(left) || continuesSideBar(right))) return true;
  if (!twoLines(left) || !twoLines(right)) return false;
  if (rowsBetween(left, right) && !isNewsBox?.(left) && !isNewsBox?.(right)) return false;
  return !(baselineAlignment(left, right) >= 0.6 && !isNewsBox?.(left) && !isNewsBox?.(right) && !separateLists?.(left, right));
}

/** The most atoms the sparser side may hold for rowsBetween to look at it (a few lines set apart, not a column). */
const ROWS_BETWEEN_ATOMS = 24;

/**
 * Whether the sparser side's lines each stand on a row of their own between the other side's lines: no atom of it is
 * level with any of the other's (their heights do not overlap). A document's lines set flush right on rows of their own
 * (「（別紙のとおり）」 under 「1 該当校」, under 「（内容）」) leave a gutter beside the lines above and below them, but
 * stand beside nothing: they are rows of the one column, read in their place — in the column's own type. Columns side by
 * side — an article and its side bar — stand level with each other, line beside line.
 */
function rowsBetween(left: Atom[], right: Atom[]): boolean {
  const [small, large] = left.length <= right.length ? [left, right] : [right, left];
  if (small.length > ROWS_BETWEEN_ATOMS) return false;
  // (Rows of the one column are set in its type: a side box's smaller lines stay a column of their own.)
  const sizes = large.flatMap((b) => (b.item ? [b.item.size] : []));
  return small.every((a) => a.item !== undefined && sizes.some((s) => Math.abs(s - a.item!.size) < 0.5) && large.every((b) => b.top <= a.bottom || b.bottom >= a.top));
}

/**
 * The gutter a single line of the left column runs into: a printed page lets an unbreakable run
 * (a long URL, a file name) overflow its column over the side bar's edge. The line's atoms are
 * set aside and the gutter sought among the rest in one pass (no sort): the left side is what
 * starts left of the region's middle — or, where the column's own lines run past the middle (a
 * side bar narrower than half the region), that grown to the column's right edge. The
 * line must end inside the right side's reach — a line across the whole page is a band over the
 * columns, cut across instead.
 */
function overflowCut(region: Atom[], em: number, options: Pick<CutOptions, 'isNewsBox' | 'continuesSideBar' | 'separateLists'>): [Atom[], Atom[]] | null {
  let minLeft = Infinity;
  let maxRight = -Infinity;
  for (const a of region) {
    if (a.left < minLeft) minLeft = a.left;
    if (a.right > maxRight) maxRight = a.right;
  }
  const middle = (minLeft + maxRight) / 2;
  let reach: Atom | null = null;
  for (const a of region) if (a.item && a.left < middle && (!reach || a.right > reach.right)) reach = a;
  if (!reach || reach.right <= middle || reach.right >= maxRight - em) return null;
  const baseline = Math.round(reach.item!.y);
  const overflowing = (a: Atom) => a.item !== undefined && a.left < middle && Math.abs(Math.round(a.item.y) - baseline) <= 1;
  const byMiddle = (a: Atom) => a.left < middle;
  const cut = sidesBeside(region, overflowing, byMiddle, baseline, reach.right, em) ?? sidesBeside(region, overflowing, grownLeft(region, overflowing, middle, em), baseline, reach.right, em);
  if (!cut) return null;
  const [left, right] = cut;
  const rest = left.filter((a) => !overflowing(a));
  return sidesAreColumns(rest, right, options) ? [left, right] : null;
}

/**
 * The left side's test when the column's own lines run past the region's middle (a side bar
 * narrower than half the region): the left column grown from what starts left of the middle by
 * whatever starts within half a type size of its right edge, a few passes (no sort), the rest
 * right of it. Null when it does not settle.
 */
function grownLeft(region: Atom[], overflowing: (a: Atom) => boolean, middle: number, em: number): ((a: Atom) => boolean) | null {
  let edge = -Infinity;
  for (const a of region) if (!overflowing(a) && a.left < middle && a.right > edge) edge = a.right;
  for (let pass = 0; pass < GROW_PASSES; pass++) {
    let next = edge;
    for (const a of region) if (!overflowing(a) && a.left < edge + em * 0.5 && a.right > next) next = a.right;
    if (next === edge) return (a: Atom) => a.left < edge + em * 0.5;
    edge = next;
  }
  return null;
}

/** How many passes grownLeft takes to settle at most (each reaches one atom further right). */
const GROW_PASSES = 4;

/**
 * The region's two sides parted by isLeft, the overflowing line's atoms on the left, when they
 * stand apart (half a type size or more) with the line running over the gap: the right side goes
 * on above and below the line, never on its baseline past its end (a table's next cell) — though
 * it may from under the line, drawn over the side's text there (no two cells of a row overlap) —
 * and the line starts at the column's edge, as a run of the column's text does (not centred, as a
 * title). Null otherwise.
 */
function sidesBeside(region: Atom[], overflowing: (a: Atom) => boolean, isLeft: ((a: Atom) => boolean) | null, baseline: number, lineEnd: number, em: number): [Atom[], Atom[]] | null {
  if (!isLeft) return null;
  let leftEnd = -Infinity;
  let leftStart = Infinity;
  let lineStart = Infinity;
  let rightStart = Infinity;
  let above = false;
  let below = false;
  let onBaseline = Infinity;
  for (const a of region) {
    if (overflowing(a)) {
      if (a.left < lineStart) lineStart = a.left;
      continue;
    }
    if (isLeft(a)) {
      if (a.right > leftEnd) leftEnd = a.right;
      if (a.left < leftStart) leftStart = a.left;
      continue;
    }
    if (a.left < rightStart) rightStart = a.left;
    const y = Math.round(a.item ? a.item.y : a.top);
    if (Math.abs(y - baseline) <= 1) {
      if (a.left < onBaseline) onBaseline = a.left;
      continue;
    }
    if (y > baseline) above = true;
    else below = true;
  }
  if (rightStart - leftEnd < em * 0.5 || !above || !below || (onBaseline < Infinity && onBaseline >= lineEnd)) return null;
  if (lineStart > leftStart + em * 0.5) return null;
  const left: Atom[] = [];
  const right: Atom[] = [];
  for (const a of region) (overflowing(a) || isLeft(a) ? left : right).push(a);
  return [left, right];
}

/** Whether the atoms stand on two lines or more (two rounded baselines). */
function twoLines(xs: Atom[]): boolean {
  if (xs.length === 0) return false;
  const line = (x: Atom) => Math.round(x.item ? x.item.y : x.top);
  const first = line(xs[0]!);
  return xs.some((x) => line(x) !== first);
}

export interface Block {
  atoms: Atom[];
  /** Which side of the gutters above it the block lies on (0: the page has none). */
  column: number;
}

/** A region cut across at the given heights (highest first): the bands top to bottom. */
function bands(region: Atom[], cuts: number[]): Atom[][] {
  const out: Atom[][] = cuts.map(() => []);
  out.push([]);
  for (const a of region) {
    let k = 0;
    while (k < cuts.length && a.bottom < cuts[k]! + 0.01) k++;
    out[k]!.push(a);
  }
  return out;
}

/**
 * Bands that a gutter runs through are one region again: a gap between a paragraph and the next
 * that happens to meet a gap in the side bar does not end the columns.
 */
function joinColumns(bandList: Atom[][], regionSize: number, options: CutOptions, carryTails: boolean): Atom[][] {
  const regions: Atom[][] = [];
  for (const band of bandList) {
    const last = regions[regions.length - 1];
    if (last && regionSize <= MAX_MERGE_ATOMS && band.length > 0) {
      if (columnCut([...last, ...band], options.em, options)) {
        last.push(...band);
        continue;
      }
      // The gutter may start below the top of the band above: a line across the page (breadcrumbs,
      // a banner) over the columns. The columns' part of it goes on with this band.
      const lower = columnsBelowHead(last, band, options);
      if (lower) {
        const moved = new Set(lower);
        regions[regions.length - 1] = last.filter((a) => !moved.has(a));
        regions.push([...lower, ...band]);
        continue;
      }
    }
    regions.push([...band]);
  }
  // Only a line across the page wraps so (a breadcrumb, a banner): the page's own bands, not a column's (and
  // the pass over every pair of bands at every depth was a fifth of a printed page's parse).
  if (carryTails) for (let k = 1; k < regions.length; k++) carryWrappedTail(regions[k - 1]!, regions[k]!);
  return regions;
}

/**
 * A line across the page wrapped at its right edge onto one short piece just under its start (a
 * breadcrumb trail's 「…（2026年4月3」 over 「日掲載）」), which a gap below it left at the top of the
 * band below — over a side bar, to be dropped with it: the piece goes back up to its line.
 */
function carryWrappedTail(upper: Atom[], lower: Atom[]): void {
  let lowest: Item | null = null;
  for (const a of upper) if (a.item && (!lowest || a.item.y < lowest.y)) lowest = a.item;
  let highest: Item | null = null;
  for (const a of lower) if (a.item && (!highest || a.item.y > highest.y)) highest = a.item;
  if (!lowest || !highest) return;
  // Most band pairs stand further apart than a line's pitch: nothing to carry (the test below, done cheaply first).
  if (lowest.y - highest.y > lowest.size * 1.8 + 1) return;
  const line = upper.filter((a) => a.item && Math.abs(a.item.y - lowest.y) <= 1);
  const heads = lower.filter((a) => a.item && Math.abs(a.item.y - highest.y) <= 1).sort((a, b) => a.left - b.left);
  const size = lowest.size;
  // The piece: the lower band's top line, its pieces following each other with no gap.
  const tail = heads.slice(0, 1);
  while (tail.length < heads.length && heads[tail.length]!.left - tail[tail.length - 1]!.right <= size * 0.5) tail.push(heads[tail.length]!);
  // Alone on its line: pieces apart from it beside (「ム | らせ | への遷移…」) are boxes wrapped each on its own.
  if (tail.length < heads.length) return;
  const first = tail[0]!;
  const lineLeft = minOf(line.map((a) => a.left));
  const lineRight = maxOf(line.map((a) => a.right));
  if (tail.some((a) => Math.abs(a.item!.size - size) > 0.5) || lowest.y - first.item!.y > size * 1.8 || Math.abs(first.left - lineLeft) > size * 0.5) return;
  // The line ran to the band's right edge (its next character would not fit), the piece is short, and no sentence ended before it.
  if (lineRight < maxOf(lower.map((a) => a.right)) - size || tail[tail.length - 1]!.right - first.left > (lineRight - lineLeft) * 0.25) return;
  if (/。\s*$/.test(line.sort((a, b) => a.left - b.left).map((a) => a.item!.str).join(''))) return;
  const moved = new Set(tail);
  const rest = lower.filter((a) => !moved.has(a));
  lower.length = 0;
  lower.push(...rest);
  upper.push(...tail);
}

/** How many of a region's top lines across the page (breadcrumbs, banners) are looked past for a gutter below them. */
const HEAD_LINES = 3;

/**
 * The lower part of `region`, below one of its first few gaps across, that with `band` below it
 * is cut into columns; null when none is.
 */
function columnsBelowHead(region: Atom[], band: Atom[], options: CutOptions): Atom[] | null {
  const across = gaps(region, 'y').sort((a, b) => b.to - a.to).slice(0, HEAD_LINES);
  for (const gap of across) {
    const lower = region.filter((a) => a.top <= gap.from + 0.01);
    if (lower.length === 0 || lower.length === region.length) continue;
    // A gap between a wrapped title's lines is no line across the page over columns: its last line
    // would head a column (「…にご注意」「ください」 with the first paragraph under it, the date lines beside).
    if (wrapsAcross(region, lower, options.em)) continue;
    if (columnCut([...lower, ...band], options.em, options)) return lower;
  }
  return null;
}

/** Baselines this close, in the lines' type size, are one heading's lines (a wrapped title), not a band over columns. */
const WRAPPED_LINE_PITCH = 1.8;

/**
 * Whether the lowest line of the region above `lower` and the top line of `lower` are two lines of
 * one wrapped heading: the same type size, larger than the body's, one line's pitch apart (a
 * footer's rows in body type, its address over the figures beside it, do start columns).
 */
function wrapsAcross(region: Atom[], lower: Atom[], em: number): boolean {
  const moved = new Set(lower);
  let above: Item | null = null;
  let below: Item | null = null;
  for (const a of region) {
    if (!a.item) continue;
    if (moved.has(a)) {
      if (!below || a.item.y > below.y) below = a.item;
    } else if (!above || a.item.y < above.y) above = a.item;
  }
  if (!above || !below) return false;
  const size = Math.max(above.size, below.size);
  return Math.min(above.size, below.size) >= em * 1.15 && Math.abs(above.size - below.size) <= size * 0.1 && above.y - below.y <= size * WRAPPED_LINE_PITCH;
}

export function xyCut(atoms: Atom[], options: CutOptions): Block[] {
  const out: Block[] = [];
  let columns_ = 0;
  const visit = (region: Atom[], depth: number, column: number) => {
    if (region.length <= 1 || depth > MAX_DEPTH) {
      if (region.length) out.push({ atoms: region, column });
      return;
    }
    const columns = columnCut(region, options.em, options);
    if (columns) {
      const [left, right] = columns;
      for (const [side, other] of [[left, right], [right, left]] as const) {
        if (!options.isChrome?.(side, other)) visit(side, depth + 1, ++columns_);
      }
      return;
    }
    const across = gaps(region, 'y');
    const widest = across[0];
    if (!widest || widest.to - widest.from < options.em * 0.05) {
      out.push({ atoms: region, column });
      return;
    }
    const cuts = across.filter((g) => g.to - g.from >= (widest.to - widest.from) * 0.8).map((g) => g.from).sort((a, b) => b - a);
    for (const band of joinColumns(bands(region, cuts), region.length, options, depth === 0)) visit(band, depth + 1, column);
  };
  visit(atoms, 0, 0);
  return out;
}
