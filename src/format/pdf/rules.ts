/**
 * Ruling lines of a page, read from pdf.js's operator list: table borders drawn as thin filled
 * rectangles (Chromium, Word), stroked rectangles, or stroked lines. Coordinates are in page space
 * (the current transformation matrix is followed through save/restore/transform).
 */
export interface Segment {
  /** Horizontal: y is fixed, x0..x1; vertical: x is fixed, y0..y1. */
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A line thinner than this (points) is a rule; a filled rectangle thicker is a background. */
const THIN = 2.5;
/** Rules shorter than this are glyph parts (underlines of one character, bullets), not borders. */
const SHORT = 4;

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

/** A form's drawing begins (as pdf.js's canvas does it): the state saved, the form's /Matrix applied. */
function formBegin(stack: Matrix[], ctm: Matrix, args: unknown[] | null): Matrix {
  stack.push(ctm);
  const m = args?.[0];
  return Array.isArray(m) && m.length === 6 ? multiply(ctm, m as Matrix) : ctm;
}

/**
 * Walks a page's operator list (up to maxOps) following the current transformation matrix through
 * save/restore, transform and form XObjects, and hands every other operator to `visit` with the
 * matrix in force; `visit` returns false to stop the walk.
 */
function walkOperators(list: OperatorList, ops: Record<string, number>, maxOps: number, visit: (fn: number, args: unknown[] | null, ctm: Matrix) => boolean | void): void {
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const n = Math.min(list.fnArray.length, maxOps);
  for (let i = 0; i < n; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) ctm = formBegin(stack, ctm, args);
    else if (visit(fn, args, ctm) === false) return;
  }
}

export function rulingSegments(list: OperatorList, ops: Record<string, number>, maxOps = 200_000): Segment[] {
  const out: Segment[] = [];
  // Paths waiting for the paint operator that follows them: rectangles and polylines.
  let pendingRects: [number, number, number, number][] = [];
  let pendingLines: [number, number, number, number][] = [];
  const addRect = (ctm: Matrix, x: number, y: number, w: number, h: number, stroked: boolean) => {
    const [ax, ay] = apply(ctm, x, y);
    const [bx, by] = apply(ctm, x + w, y + h);
    const x0 = Math.min(ax, bx);
    const x1 = Math.max(ax, bx);
    const y0 = Math.min(ay, by);
    const y1 = Math.max(ay, by);
    if (y1 - y0 <= THIN && x1 - x0 >= SHORT) out.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (x1 - x0 <= THIN && y1 - y0 >= SHORT) out.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
    else if (stroked && x1 - x0 >= SHORT && y1 - y0 >= SHORT) {
      out.push({ horizontal: true, at: y0, from: x0, to: x1 }, { horizontal: true, at: y1, from: x0, to: x1 });
      out.push({ horizontal: false, at: x0, from: y0, to: y1 }, { horizontal: false, at: x1, from: y0, to: y1 });
    }
  };
  const addLine = (ctm: Matrix, x0: number, y0: number, x1: number, y1: number) => {
    const [ax, ay] = apply(ctm, x0, y0);
    const [bx, by] = apply(ctm, x1, y1);
    if (Math.abs(ay - by) <= 0.5 && Math.abs(ax - bx) >= SHORT) out.push({ horizontal: true, at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) <= 0.5 && Math.abs(ay - by) >= SHORT) out.push({ horizontal: false, at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  };
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  walkOperators(list, ops, maxOps, (fn, args, ctm) => {
    if (fn === ops.constructPath && args) {
      const [pathOps, coords] = args as [number[], number[]];
      let k = 0;
      let cx = 0;
      let cy = 0;
      for (const op of pathOps) {
        if (op === ops.rectangle) {
          pendingRects.push([coords[k]!, coords[k + 1]!, coords[k + 2]!, coords[k + 3]!]);
          k += 4;
        } else if (op === ops.moveTo) {
          cx = coords[k]!;
          cy = coords[k + 1]!;
          k += 2;
        } else if (op === ops.lineTo) {
          pendingLines.push([cx, cy, coords[k]!, coords[k + 1]!]);
          cx = coords[k]!;
          cy = coords[k + 1]!;
          k += 2;
        } else if (op === ops.curveTo) k += 6;
        else if (op === ops.curveTo2 || op === ops.curveTo3) k += 4;
        // closePath takes no coordinates
      }
    } else if (fills.has(fn) || strokes.has(fn)) {
      const stroked = strokes.has(fn);
      for (const [x, y, w, h] of pendingRects) addRect(ctm, x, y, w, h, stroked);
      if (stroked) for (const [x0, y0, x1, y1] of pendingLines) addLine(ctm, x0, y0, x1, y1);
      pendingRects = [];
      pendingLines = [];
    } else if (fn === ops.endPath) {
      pendingRects = [];
      pendingLines = [];
    }
  });
  return out;
}

/** A list bullet: a small round mark drawn as a path (Chromium draws ● and ○ of a list so, not as text). */
export interface BulletMark {
  x: number;
  y: number;
  size: number;
}

/** Largest side (points) of a path that is a list bullet rather than a drawing. */
const BULLET_MAX = 8;
/**
 * More round marks than this on a page are a drawing (a chart's dots, a pattern), not list
 * bullets: none are taken, which also bounds the lines × marks search that follows.
 */
export const MAX_BULLETS = 500;

/**
 * The page's list bullets: paths of curves only (a circle), small and about as wide as high,
 * filled or stroked. Their centres, in page space.
 */
export function bulletMarks(list: OperatorList, ops: Record<string, number>, maxOps = 200_000): BulletMark[] {
  let out: BulletMark[] = [];
  let pending: number[] | null = null;
  const paints = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke, ops.stroke, ops.closeStroke]);
  walkOperators(list, ops, maxOps, (fn, args, ctm) => {
    if (fn === ops.constructPath && args) {
      const [pathOps, coords] = args as [number[], number[]];
      const round = pathOps.length >= 3 && pathOps[0] === ops.moveTo && pathOps.slice(1).every((op) => op === ops.curveTo || op === ops.closePath);
      pending = round ? coords : null;
    } else if (paints.has(fn) && pending) {
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (let k = 0; k + 1 < pending.length; k += 2) {
        const [x, y] = apply(ctm, pending[k]!, pending[k + 1]!);
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
      const w = x1 - x0;
      const h = y1 - y0;
      if (w > 0.5 && h > 0.5 && w <= BULLET_MAX && h <= BULLET_MAX && w / h > 0.7 && w / h < 1.4) out.push({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, size: Math.max(w, h) });
      pending = null;
      if (out.length > MAX_BULLETS) {
        out = [];
        return false;
      }
    } else if (fn === ops.endPath) pending = null;
  });
  return out;
}
