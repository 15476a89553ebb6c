import type { Item, PdfLine } from './types.js';
import type { Segment } from './rules.js';
import { isWide, maxOf, minOf } from './types.js';

/**
 * Ruled tables: where horizontal and vertical rules cross into a grid, each cell's text is read
 * as one piece however many lines it wraps over, and each row becomes one `| a | b |` line. A cell
 * spanning columns (no rule between them at that row) is one cell.
 */
export interface RuledTable {
  left: number;
  right: number;
  top: number;
  bottom: number;
  rows: Omit<PdfLine, 'page' | 'position'>[];
}

const NEAR = 2;

/**
 * Rules on one line (within NEAR points of its first) joined where they touch, each line's rules taken in order
 * along it: a browser draws a table's cell borders one by one, at positions that differ in the last fractions of a
 * point (431.6249 and 431.6251), and taken by position alone they interleave with another table's rules on that line,
 * so a rule below would be swallowed into one above without reaching down (the lower table losing its border).
 */
export function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.at - sorted[i]!.at <= NEAR) j++;
    let last: Segment | null = null;
    for (const s of sorted.slice(i, j).sort((a, b) => a.from - b.from)) {
      if (last && s.from <= last.to + NEAR) last.to = Math.max(last.to, s.to);
      else out.push((last = { ...s }));
    }
    i = j;
  }
  return out;
}

/** Distinct positions, those within NEAR points taken as one. */
function positions(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out[out.length - 1]! > NEAR) out.push(v);
  return out;
}

export function findRuledTables(segments: Segment[], items: Item[]): { tables: RuledTable[]; rest: Item[] } {
  const h = mergeSegments(segments.filter((s) => s.horizontal));
  const v = mergeSegments(segments.filter((s) => !s.horizontal));
  if (h.length === 0 || v.length < 2 || h.length * v.length > 250_000) return { tables: [], rest: items };
  // Rules that cross or touch belong to one grid (union-find over the crossings).
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  h.forEach((hs, i) => {
    v.forEach((vs, j) => {
      if (vs.at >= hs.from - NEAR && vs.at <= hs.to + NEAR && hs.at >= vs.from - NEAR && hs.at <= vs.to + NEAR) parent[find(i)] = find(h.length + j);
    });
  });
  const groups = new Map<number, number[]>();
  all.forEach((_, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  });
  const tables: RuledTable[] = [];
  const used = new Set<Item>();
  for (const members of groups.values()) {
    const hs = members.filter((i) => i < h.length).map((i) => h[i]!);
    const vs = members.filter((i) => i >= h.length).map((i) => v[i - h.length]!);
    // A row broken by a page break has no closing rule on this page: its column rules still end where it does.
    const ys = positions([...hs.map((s) => s.at), minOf(vs.map((s) => s.from)), maxOf(vs.map((s) => s.to))]).reverse();
    const xs = positions(vs.map((s) => s.at));
    // One column of rules is a framed box (a side bar's 会社概要, a notice's border), not a table:
    // its lines are read as lines, and the box takes part in the page's columns like any text.
    if (ys.length < 2 || xs.length < 3) continue;
    const table = { left: xs[0]!, right: xs[xs.length - 1]!, top: ys[0]!, bottom: ys[ys.length - 1]! };
    const cells = gridCells(items, used, table, xs, ys);
    if (cells.size === 0) continue;
    joinSpannedRows(cells, hs, xs, ys);
    const rows = tableRows(cells, hs, vs, xs, ys, table);
    tables.push({ ...table, rows });
  }
  return { tables, rest: used.size === 0 ? items : items.filter((i) => !used.has(i)) };
}

/**
 * Which grid cell each item's middle falls in (items already in a table are left). Loops over all of
 * a page's items live in functions of their own: a small function compiles quickly while it runs.
 */
function gridCells(items: Item[], used: Set<Item>, table: { left: number; right: number; top: number; bottom: number }, xs: number[], ys: number[]): Map<string, Item[]> {
  const cells = new Map<string, Item[]>();
  for (const item of items) {
    if (used.has(item)) continue;
    const cx = item.x + item.width / 2;
    const cy = item.y + item.size * 0.3;
    if (cx < table.left || cx > table.right || cy > table.top || cy < table.bottom) continue;
    const r = ys.findIndex((y, k) => k < ys.length - 1 && cy <= y && cy >= ys[k + 1]!);
    const c = xs.findIndex((x, k) => k < xs.length - 1 && cx >= x && cx <= xs[k + 1]!);
    if (r < 0 || c < 0) continue;
    used.add(item);
    const key = `${r},${c}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key)!.push(item);
  }
  return cells;
}

/**
 * A cell spanning rows (a date beside its day's events, each event ruled off from the next in its
 * own column only): where a row's rule stops short of a column, that column's cell goes on below it, and
 * its lines (「10 月 20」 over 「日」, set in the middle of the rows it spans) are read as one cell in
 * the first of those rows that holds any of them. A boundary ruled in no column at all (the ends of the
 * column rules) is left as it is.
 */
function joinSpannedRows(cells: Map<string, Item[]>, hs: Segment[], xs: number[], ys: number[]): void {
  // Each row boundary's rules, found once for all columns.
  const boundaryRules = ys.slice(0, -1).map((y) => hs.filter((s) => Math.abs(s.at - y) <= NEAR));
  for (let c = 0; c < xs.length - 1; c++) {
    const mid = (xs[c]! + xs[c + 1]!) / 2;
    let anchor: Item[] | undefined;
    for (let r = 0; r < ys.length - 1; r++) {
      const own = cells.get(`${r},${c}`);
      const rules = boundaryRules[r]!;
      const ruledAbove = r === 0 || rules.length === 0 || rules.some((s) => s.from <= mid && s.to >= mid);
      if (ruledAbove) anchor = own;
      else if (anchor && own) {
        anchor.push(...own);
        cells.delete(`${r},${c}`);
      } else if (own) anchor = own;
    }
  }
}

/** The table's rows, each cell's items as one text; a column rule missing at a row's height joins two cells. */
function tableRows(cells: Map<string, Item[]>, hs: Segment[], vs: Segment[], xs: number[], ys: number[], table: { left: number; right: number }): RuledTable['rows'] {
  const rows: RuledTable['rows'] = [];
  // No rule along the top: the first row goes on from the previous page (a row broken by a page break).
  const openTop = !hs.some((s) => Math.abs(s.at - ys[0]!) <= NEAR);
  // No rule along the bottom: the last row goes on at the next page's top.
  const openBottom = !hs.some((s) => Math.abs(s.at - ys[ys.length - 1]!) <= NEAR);
  for (let r = 0; r < ys.length - 1; r++) {
    const mid = (ys[r]! + ys[r + 1]!) / 2;
    // The column boundaries ruled at this row's height; a missing one joins two cells.
    const bounds = xs.filter((x, k) => k === 0 || k === xs.length - 1 || vs.some((s) => Math.abs(s.at - x) <= NEAR && s.from <= mid && s.to >= mid));
    const texts: string[] = [];
    const cellX: number[] = [];
    const rowItems: Item[] = [];
    for (let b = 0; b < bounds.length - 1; b++) {
      const inCell: Item[] = [];
      xs.forEach((x, c) => {
        if (c < xs.length - 1 && x >= bounds[b]! - NEAR && xs[c + 1]! <= bounds[b + 1]! + NEAR) inCell.push(...(cells.get(`${r},${c}`) ?? []));
      });
      texts.push(cellText(inCell));
      cellX.push(bounds[b]!);
      rowItems.push(...inCell);
    }
    if (rowItems.length === 0) continue;
    const top = maxOf(rowItems.map((i) => i.y));
    rows.push({
      items: rowItems,
      x: table.left,
      right: table.right,
      y: top,
      size: maxOf(rowItems.map((i) => i.size)),
      cells: texts,
      cellX,
      spaceBefore: false,
      spaceAfter: false,
      table: true,
      ...(openTop && rows.length === 0 ? { continued: true } : {}),
      ...(openBottom && r === ys.length - 2 ? { openBottom: true } : {}),
    });
  }
  return rows;
}

/** A cell's items as one text: lines top to bottom, joined without a break (a wrap is not a space in Japanese). */
export function cellText(items: Item[]): string {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  let out = '';
  let lineY: number | null = null;
  let lineSize = 0;
  let prevEnd = 0;
  // A space the PDF wrote: kept within a line; at a line's end (「メールアド 」 over 「レス」) it is the wrap's, read as a wrap.
  let pendingSpace = false;
  for (const item of sorted) {
    const str = item.str;
    if (!str.trim()) {
      pendingSpace = out !== '' && !out.endsWith(' ');
      continue;
    }
    const newLine = lineY === null || Math.abs(item.y - lineY) > Math.max(lineSize, item.size) * 0.35;
    if (pendingSpace && !(newLine && (isWide(out[out.length - 1]) || isWide(str.trimStart()[0])))) out += ' ';
    pendingSpace = false;
    if (newLine) {
      // A wrap joins without a space unless both sides are Latin words.
      if (out && !out.endsWith(' ') && !isWide(out[out.length - 1]) && !isWide(str.trimStart()[0]) && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z]/.test(str.trimStart())) out += ' ';
      lineY = item.y;
      lineSize = item.size;
    } else {
      const gap = (item.x - prevEnd) / Math.max(lineSize, item.size);
      if (gap > 0.25 && out && !out.endsWith(' ') && !(isWide(out[out.length - 1]) && isWide(str.trimStart()[0]) && gap <= 1.5)) out += ' ';
    }
    out += str;
    prevEnd = item.x + item.width;
  }
  return out.replace(/\s+/g, ' ').trim();
}
