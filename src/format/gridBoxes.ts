import type { AnyNode, Element } from 'domhandler';
import { isElement, type Weight } from './dom.js';

/**
 * A page builder's grid (Wix and its kind): every box of the page — header, badge, the release's paragraphs, the side
 * bar's news and figure boxes, the title block, the footer — is a child of one CSS grid container, placed by its own
 * inline `grid-row` / `grid-column` (or `grid-area`). The source order then says nothing: a side box may sit between
 * two paragraphs of the release, the title block last. The placement says what the page shows: read in its rows'
 * order, the article is the column track that holds most of the text; a box placed only in other tracks is the side
 * bar's (the site's, on any site, whatever it holds), and a box across the tracks above the article's first row is
 * the site's header band (logo, menu, a badge) — unless it holds the title or the page's date line.
 */

/** `grid-row` / `grid-column` / `grid-area` in a text: a cheap test before the tree is walked. */
export const MENTIONS_GRID = /grid-(?:row|column|area)\s*:/i;

/** The fewest placed boxes that make a container a builder's grid (a two-cell layout is not one). */
const GRID_BOXES = 6;
/** The share of a container's element children that must be placed. */
const PLACED_SHARE = 0.8;
/** The least text (non-space characters) the article's track holds, and how many times any other track's it is. */
const MAIN_TEXT = 200;
const MAIN_RATIO = 2;

/** Where a box stands: its first row, and the column lines it spans [col, colEnd) (colEnd Infinity: to the last line). */
export interface Placement {
  row: number;
  col: number;
  colEnd: number;
}

/** A line number or `span N` of a grid-row / grid-column value; null for anything else (a named line, `auto`). */
function lineOf(part: string): { line: number } | { span: number } | null {
  const p = part.trim().toLowerCase();
  if (/^-?[0-9]{1,4}$/.test(p)) return { line: Number(p) };
  const span = /^span[ ]+([0-9]{1,4})$/.exec(p);
  return span ? { span: Number(span[1]) } : null;
}

/** A track's start and end line from its start and end values (end: a line, `span N`, or none: one track). */
function track(start: string | undefined, end: string | undefined): { from: number; to: number } | null {
  const a = start === undefined ? null : lineOf(start);
  if (!a || !('line' in a) || a.line <= 0) return null;
  if (end === undefined || end.trim() === '') return { from: a.line, to: a.line + 1 };
  const b = lineOf(end);
  if (!b) return null;
  if ('span' in b) return { from: a.line, to: a.line + Math.max(1, b.span) };
  // A negative line counts from the last: 「1 / -1」 spans the whole grid.
  return { from: a.line, to: b.line < 0 ? Infinity : Math.max(a.line + 1, b.line) };
}

/** A box's placement from its inline style; null when it places no row and column by line numbers. */
export function placementOf(style: string | undefined): Placement | null {
  if (!style || !MENTIONS_GRID.test(style)) return null;
  const decl = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) decl.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim());
  }
  let rows: { from: number; to: number } | null = null;
  let cols: { from: number; to: number } | null = null;
  const area = decl.get('grid-area');
  if (area !== undefined) {
    const [r, c, re, ce] = area.split('/');
    rows = track(r, re);
    cols = track(c, ce);
  }
  const row = decl.get('grid-row');
  if (row !== undefined) {
    const [a, b] = row.split('/');
    rows = track(a, b);
  }
  const column = decl.get('grid-column');
  if (column !== undefined) {
    const [a, b] = column.split('/');
    cols = track(a, b);
  }
  return rows && cols ? { row: rows.from, col: cols.from, colEnd: cols.to } : null;
}

export interface GridLayout {
  /** The container's children in the order the grid shows them: by row, then column; boxes it does not place last. */
  order: AnyNode[];
  /** Boxes placed only beside the article's track. */
  side: Element[];
  /** Boxes across the article's track and others, above its first row (and not kept). */
  band: Element[];
}

/** The grid containers of a page: elements most of whose element children (at least GRID_BOXES) are placed inline. */
export function gridContainers(root: AnyNode): Element[] {
  const placed = new Map<Element, number>();
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node.parent && isElement(node.parent) && placementOf(node.attribs.style) !== null) {
      placed.set(node.parent, (placed.get(node.parent) ?? 0) + 1);
    }
    for (const c of (node as { children?: AnyNode[] }).children ?? []) if (c.type === 'tag') stack.push(c);
  }
  const found: Element[] = [];
  for (const [container, n] of placed) {
    const elements = container.children.filter((c) => c.type === 'tag').length;
    if (n >= GRID_BOXES && n >= elements * PLACED_SHARE) found.push(container);
  }
  return found;
}

/**
 * A grid container's layout (see the module's note); null when no track holds the article (two tracks of like text,
 * or too little text to tell).
 */
export function readGrid(container: Element, weights: Map<AnyNode, Weight>, keep: (box: Element) => boolean): GridLayout | null {
  const boxes: { el: Element; at: Placement; index: number }[] = [];
  container.children.forEach((c, index) => {
    if (!isElement(c)) return;
    const at = placementOf(c.attribs.style);
    if (at) boxes.push({ el: c, at, index });
  });
  // The text of each track, from the boxes placed in that one track.
  const text = new Map<number, number>();
  for (const b of boxes) if (b.at.colEnd === b.at.col + 1) text.set(b.at.col, (text.get(b.at.col) ?? 0) + (weights.get(b.el)?.all ?? 0));
  let main = -1;
  let most = 0;
  let others = 0;
  for (const [col, n] of text) {
    if (n > most) [main, most] = [col, n];
  }
  for (const [col, n] of text) if (col !== main) others = Math.max(others, n);
  if (main < 0 || most < MAIN_TEXT || most < others * MAIN_RATIO) return null;
  const inMain = (at: Placement) => at.col <= main && main < at.colEnd;
  const firstRow = Math.min(...boxes.filter((b) => b.at.col === main && b.at.colEnd === main + 1).map((b) => b.at.row));
  const side = boxes.filter((b) => !inMain(b.at)).map((b) => b.el);
  const band = boxes.filter((b) => inMain(b.at) && b.at.colEnd - b.at.col > 1 && b.at.row < firstRow && !keep(b.el)).map((b) => b.el);
  const sorted = [...boxes].sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col || a.index - b.index).map((b) => b.el as AnyNode);
  const placed = new Set(sorted);
  const order = [...sorted, ...container.children.filter((c) => !placed.has(c))];
  return { order, side, band };
}

/** Sets a container's children in the given order (their sibling links too). */
export function reorderChildren(container: Element, order: AnyNode[]): void {
  order.forEach((c, i) => {
    c.prev = order[i - 1] ?? null;
    c.next = order[i + 1] ?? null;
  });
  container.children = order;
}
