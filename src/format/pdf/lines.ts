import type { Item, PdfLine } from './types.js';
import { isWide, maxOf } from './types.js';

/** Gap (in font sizes) between two items that makes them separate table cells. */
const CELL_GAP = 2;
/** Gap that is a space between words. */
const SPACE_GAP = 0.25;

/** A heading's number alone: 2. / １ / (3) / ④ / 第2 / 三、 */
const SECTION_NUMBER = /^(?:[0-9０-９]{1,2}[.．]?|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[①-⑳]|第[0-9０-９一二三四五六七八九十]{1,3}[章節条項]?|[一二三四五六七八九十]{1,2}[、.．])$/;

/** How many lines of a page start a piece of text after a gap at each x (in 2-point steps). */
export type ColumnStarts = Map<number, number>;
const columnKey = (x: number) => Math.round(x / 2);

/**
 * How far apart two items' baselines may stand on one line: a third of the larger type — of the
 * smaller where one is twice the other or more (a title's first line in 22.5 pt beside a breadcrumb's
 * wrapped second line in 9 pt, 7.5 pt higher, is no line with it; a superscript is not that small).
 */
function baselineReach(a: number, b: number): number {
  const [small, large] = a < b ? [a, b] : [b, a];
  return (large >= small * 2 ? small : large) * 0.35;
}

/** A column squeezed to a glyph or two a line stacks this many such lines at least. */
const STACK_LINES = 4;
/** Its glyphs stand at most this many characters on their line. */
const STACK_GLYPHS = 3;
/** The most items looked at each way along a baseline for one beside a glyph (glyphStacks). */
const BESIDE_SCAN = 64;
/** Its lines step down by this many type sizes (its line height), from and to. */
const STACK_STEP_MIN = 1;
const STACK_STEP_MAX = 2.2;

/**
 * The items of a column squeezed to a glyph or two a line (a title in a grid's track a few characters wide: 「ュ」 over
 * 「リ」 over 「テ」 over 「ィ」, each on its own line in 22.7 pt): an item of at most a few glyphs with nothing of its type
 * beside it on its baseline, in a run of four such at least, one type, one left edge, each a line height below the last.
 * Its glyphs are one block's lines; the side column's text in other type beside them on a baseline close by (「ら円 本日の
 * 来場者 7750人」) is another block's. A body's lines, each opening at one left edge, have their type beside them.
 */
export function glyphStacks(items: readonly Item[]): Set<Item> {
  const visible = items.filter((i) => i.str.trim() !== '').sort((p, q) => p.y - q.y);
  // Nothing of its type beside it on its baseline (a body's first glyph has its line's next beside it).
  const lone: Item[] = [];
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    if ([...i.str.trim()].length > STACK_GLYPHS || i.width > i.size * (STACK_GLYPHS + 0.5)) continue;
    const reach = i.size * 0.35;
    let beside = false;
    for (const dir of [-1, 1]) {
      // (At most BESIDE_SCAN items each way: a line's next glyph comes within a few in the content's order, and a hostile
      // page of thousands of items on one baseline stays linear.)
      for (let j = k + dir, seen = 0; !beside && seen < BESIDE_SCAN && j >= 0 && j < visible.length && Math.abs(visible[j]!.y - i.y) < reach; j += dir, seen++) {
        const o = visible[j]!;
        beside = Math.abs(o.size - i.size) < 0.25 && o.x < i.x + i.width + i.size && o.x + o.width > i.x - i.size;
      }
    }
    if (!beside) lone.push(i);
  }
  // Columns: one type, left edges chained within half a size; runs down each a line height a step.
  const out = new Set<Item>();
  lone.sort((p, q) => p.size - q.size || p.x - q.x);
  for (let k = 0; k < lone.length; ) {
    let end = k + 1;
    while (end < lone.length && Math.abs(lone[end]!.size - lone[k]!.size) < 0.25 && lone[end]!.x - lone[end - 1]!.x <= lone[k]!.size * 0.5) end++;
    const column = lone.slice(k, end).sort((p, q) => q.y - p.y);
    k = end;
    let run: Item[] = [];
    const close = () => {
      if (run.length >= STACK_LINES) for (const r of run) out.add(r);
      run = [];
    };
    for (const item of column) {
      const prev = run[run.length - 1];
      const step = prev ? (prev.y - item.y) / item.size : 0;
      if (prev && (step < STACK_STEP_MIN || step > STACK_STEP_MAX)) close();
      run.push(item);
    }
    close();
  }
  return out;
}

/** Items on one baseline, left to right, each with its gap (in type sizes) to the text before it. */
function gappedLines(items: Item[], stacked: ReadonlySet<Item> = glyphStacks(items)): { item: Item; gap: number }[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  const near = (group: Item[] | undefined, item: Item) => group !== undefined && Math.abs(group[0]!.y - item.y) <= baselineReach(group[0]!.size, item.size);
  // A squeezed column's glyph and text in another type share no line (see glyphStacks).
  const otherType = (a: Item, b: Item) => a.str.trim() !== '' && b.str.trim() !== '' && Math.abs(a.size - b.size) >= 1;
  const apart = (group: Item[], item: Item) => group.some((g) => (stacked.has(item) || stacked.has(g)) && otherType(g, item));
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (!near(last, item)) groups.push([item]);
    else if (!overlapsOnOtherBaseline(last!, item) && !(stacked.size > 0 && apart(last!, item))) last!.push(item);
    else {
      // Text laid over text on a baseline close by (a box fixed to the window printed over the header, a phone number
      // set over a figure beside it): another line, not letters to interleave with these. It joins a line just above
      // that it does not overlap, or opens one.
      const other = groups.slice(-4, -1).reverse().find((g) => near(g, item) && !overlapsOnOtherBaseline(g, item) && !(stacked.size > 0 && apart(g, item)));
      if (other) other.push(item);
      else groups.push([item]);
    }
  }
  return groups.flatMap(apartByType).map((group) => {
    let prevEnd: number | null = null;
    let prevSize = group[0]!.size;
    return group.map((item) => {
      const gap = prevEnd === null ? 0 : (item.x - prevEnd) / Math.max(prevSize, item.size);
      // pdfjs fills gaps with space items as wide as the gap: they do not move the text's end.
      if (item.str.trim().length > 0) {
        prevSize = item.size;
        prevEnd = Math.max(prevEnd ?? item.x, item.x + item.width);
      }
      return { item, gap };
    });
  });
}

/** Type this many times larger than the type beside it on one baseline is another block's (a title beside a menu's link). */
const APART_TYPE = 1.5;

/**
 * One baseline's items, left to right, parted where a wide gap (a cell's, CELL_GAP) stands between type sizes far apart
 * (APART_TYPE): a side menu's link in 9 pt left of the article's title in 16.6 pt on the same baseline
 * (「■子育て・教育」 … 「メール情報漏えいの可能性に関するお知らせ」) are two blocks' lines, no table row of two cells —
 * a table's cells share their type, and a heading's small part (「<small>（第2報）</small>」) follows it without a gap.
 */
function apartByType(group: Item[]): Item[][] {
  group.sort((p, q) => p.x - q.x);
  const out: Item[][] = [[]];
  let prev: Item | null = null;
  for (const item of group) {
    if (item.str.trim().length === 0) {
      out[out.length - 1]!.push(item);
      continue;
    }
    if (prev !== null) {
      const [small, large] = prev.size < item.size ? [prev.size, item.size] : [item.size, prev.size];
      if (large >= small * APART_TYPE && (item.x - (prev.x + prev.width)) / large > CELL_GAP) out.push([]);
    }
    out[out.length - 1]!.push(item);
    prev = item;
  }
  return out.filter((g) => g.some((i) => i.str.trim().length > 0));
}

/** Lines longer than this are not checked for text laid over them (the check is per item of the line). */
const OVERLAY_CHECK_ITEMS = 200;

/**
 * An item drawn over one of the group's on another baseline (half a point or more apart) or in another type: the two cover
 * the same stretch of the line over half the narrower's width. Spaces, and items of the group's own baseline and type (a
 * bold run drawn twice), do not count.
 */
function overlapsOnOtherBaseline(group: readonly Item[], item: Item): boolean {
  if (group.length > OVERLAY_CHECK_ITEMS || item.str.trim() === '' || item.width <= 0) return false;
  return group.some((g) => (Math.abs(g.y - item.y) >= 0.5 || Math.abs(g.size - item.size) >= 1) && g.str.trim() !== '' && g.width > 0
    && Math.min(g.x + g.width, item.x + item.width) - Math.max(g.x, item.x) > Math.min(g.width, item.width) * 0.5);
}

/** Where the page's lines start cells: counted over the whole page, as a table's columns span its rows. */
export function columnStarts(items: Item[]): ColumnStarts {
  const starts: ColumnStarts = new Map();
  for (const line of gappedLines(items)) {
    for (const { item, gap } of line) if (gap >= 0.5 && item.str.trim()) starts.set(columnKey(item.x), (starts.get(columnKey(item.x)) ?? 0) + 1);
  }
  return starts;
}

/**
 * Items on one baseline (within a third of the type size) form a line, read left to right. A line
 * splits into table cells at a gap of two type sizes, or at a smaller gap (half a size, more than
 * cell padding) where another line of the page also starts a piece of text: table columns line up.
 */
export function groupLines(items: Item[], starts: ColumnStarts = columnStarts(items), stacked?: ReadonlySet<Item>): Omit<PdfLine, 'page' | 'position'>[] {
  // (A page's squeezed columns, glyphStacks, are found over its whole page: a block may hold a few of a stack's glyphs.)
  const gapped = gappedLines(items, stacked ?? glyphStacks(items));
  const isColumn = (x: number) => (starts.get(columnKey(x)) ?? 0) + (starts.get(columnKey(x) - 1) ?? 0) + (starts.get(columnKey(x) + 1) ?? 0) >= 2;
  const out: Omit<PdfLine, 'page' | 'position'>[] = [];
  for (const line of gapped) {
    const made = lineOf(line, isColumn);
    if (made) out.push(made);
  }
  return out;
}

/** Letters a space apart: 「プ レ ジ デ ン ト」「H O T E L」「L A」 (not digits: a calendar's 「1 2 3」). */
const SPACED_LETTERS = /^\p{L}(?: \p{L})+$/u;

/** The gap (in type sizes) between items of letter-spaced type that is a word's space: up to 0.25 em of spacing and a space. */
const SPACED_WORD_GAP = 0.45;

/** Every item one character or letters a space apart, three in a run somewhere: the line's type is letter-spaced. */
function isLetterSpaced(items: Item[]): boolean {
  let spacedRun = false;
  for (const item of items) {
    const str = item.str.trim();
    if (SPACED_LETTERS.test(str)) spacedRun ||= str.length >= 5;
    else if ([...str].length !== 1) return false;
  }
  return spacedRun;
}

/**
 * A line's type size: its cells' largest, each cell's the largest size that carries at least a third
 * of its characters. A figure set large inside a phrase of body type (a banner's 「導入企業 **264**
 * 社突破！資料請求は無料」) does not make the line a heading; a title with a smaller suffix (「…のお知らせ
 * <small>（第2報）</small>」) keeps its size, and so does a logo's name beside a header's small links.
 */
export function lineSize(cells: readonly (readonly Pick<Item, 'str' | 'size'>[])[]): number {
  return maxOf(cells.map(cellSize), 0);
}

function cellSize(items: readonly Pick<Item, 'str' | 'size'>[]): number {
  const chars = (i: Pick<Item, 'str'>) => i.str.replace(/\s+/g, '').length;
  const total = items.reduce((n, i) => n + chars(i), 0);
  const sizes = [...new Set(items.map((i) => i.size))].sort((a, b) => b - a);
  for (const size of sizes) {
    const at = items.reduce((n, i) => n + (Math.abs(i.size - size) < 0.25 ? chars(i) : 0), 0);
    if (at * 3 >= total) return size;
  }
  return sizes[0] ?? 0;
}

/**
 * Two runs that are each a date, printed one against the other (a post's date and its update's, the icons between
 * them not printed: 「R8.2.9」「2025.12.31」): a space parts them, so neither reads as the other's digits.
 */
const DATE_ENDS = /(?:^|[^0-9.])(?:[RH][0-9]{1,2}|(?:19|20)[0-9]{2})[./][0-9]{1,2}[./][0-9]{1,2}$/;
const DATE_OPENS = /^(?:[RH][0-9]{1,2}|(?:19|20)[0-9]{2})[./][0-9]{1,2}[./][0-9]{1,2}(?![0-9])/;

/** One baseline's items as a line, cut into cells (see groupLines); null when it shows nothing. */
function lineOf(line: { item: Item; gap: number }[], isColumn: (x: number) => boolean): Omit<PdfLine, 'page' | 'position'> | null {
  const visible = line.map((g) => g.item).filter((i) => i.str.trim().length > 0);
  if (visible.length === 0) return null;
  // A line set with letter-spacing (a letterhead's 「株式会社Ａ（HOTEL Ｂ）」 at 0.2em) comes as items of one
  // letter or of letters a space apart (「プ レ ジ デ ン ト」): the spaces are the spacing's, not words' —
  // the words' spaces are the wider gaps between the items.
  const spaced = isLetterSpaced(visible);
  const cells: string[] = [];
  const cellX: number[] = [];
  const cellItems: Item[][] = [[]];
  let cell = '';
  let cellStart = line[0]!.item.x;
  let pendingSpace = false;
  for (const { item, gap } of line) {
    if (item.str.trim().length === 0) {
      pendingSpace = cell.length > 0;
      continue;
    }
    if (cell.trim() && (gap > CELL_GAP || (gap >= 0.5 && isColumn(item.x)))) {
      cells.push(cell.trim());
      cellX.push(cellStart);
      cellItems.push([]);
      cell = '';
    } else if (cell && !cell.endsWith(' ') && (pendingSpace || gap > SPACE_GAP || (DATE_ENDS.test(cell) && DATE_OPENS.test(item.str)))) {
      // Between two Japanese characters a small gap is letter-spacing (均等割り付け), not a space:
      // a space the PDF wrote counts from a fifth of a size (「ドメイン名 ：」 as the page wrote it), a bare gap from 1.5.
      const cjk = isWide(cell[cell.length - 1]) && isWide(item.str.trimStart()[0]);
      // In letter-spaced type a word's space is the spacing and a space more.
      if (spaced ? gap > SPACED_WORD_GAP : !cjk || (pendingSpace ? gap >= 0.2 : gap > 1.5)) cell += ' ';
    }
    pendingSpace = false;
    cellItems[cellItems.length - 1]!.push(item);
    if (!cell) cellStart = item.x;
    cell += spaced ? item.str.replace(/ /g, '') : item.str;
  }
  if (cell.trim()) {
    cells.push(cell.trim());
    cellX.push(cellStart);
  }
  // A cell that is only a colon or a dot leader sits between a label and its value.
  const keep = cells.map((c) => !/^[:：…・.]+$/.test(c));
  let kept = keep.some(Boolean) ? cells.filter((_, i) => keep[i]) : cells;
  let keptX = keep.some(Boolean) ? cellX.filter((_, i) => keep[i]) : cellX;
  // A section number set apart from its heading by a wide space (「2.　情報漏えい…」「１　概要」) is no table row.
  if (kept.length === 2 && SECTION_NUMBER.test(kept[0]!) && /^[^0-9０-９\s]/.test(kept[1]!) && kept[1]!.length >= 2) {
    kept = [`${kept[0]} ${kept[1]}`];
    keptX = [keptX[0]!];
  }
  const first = line[0]!.item;
  const last = line[line.length - 1]!.item;
  return {
    spaceBefore: first.str.trim().length === 0 || /^\s/.test(first.str),
    spaceAfter: last.str.trim().length === 0 || /\s$/.test(last.str),
    items: visible,
    x: visible[0]!.x,
    right: maxOf(visible.map((i) => i.x + i.width)),
    y: visible[0]!.y,
    size: lineSize(cellItems),
    ...(visible.every((i) => i.bold || i.str.trim() === '') ? { bold: true } : {}),
    cells: kept,
    cellX: keptX,
  };
}
