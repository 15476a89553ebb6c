import { PdfFile, Unsupported } from './objects.js';
import type { OperatorList } from './rules.js';

/**
 * The drawing operators of each page, read from the PDF's own content streams rather than through
 * pdf.js's getOperatorList. The latter also ships every font to the main thread — Chromium embeds
 * Japanese text as Type 3 fonts, whose glyph programs are all compiled and copied — which cost a
 * printed page a third of its time, only to find the table rules. Here only what rulingSegments
 * reads is produced (save/restore/transform, paths, paint operators), in pdf.js's shape.
 *
 * Only plain files are read: unencrypted, Flate or unfiltered content streams, no form XObjects
 * (their operators would need their own resources: textContent.ts reads those), no inline images. Anything else returns null and
 * the caller asks pdf.js.
 */

/** Each page's content, in page order, or null when the file is not one this reader handles. */
export function pageContents(bytes: Uint8Array, numPages: number): Uint8Array[] | null {
  try {
    const file = new PdfFile(bytes, Infinity, () => new Unsupported('too large'));
    if (/\/Subtype\s*\/Form\b/.test(file.latin)) return null;
    const pages = file.pages(numPages, () => new Unsupported('another page count'));
    if (pages.length !== numPages) return null;
    return pages.map((page) => Buffer.from(file.contents(page), 'latin1'));
  } catch {
    return null;
  }
}

/** pdf.js's numbers for the operators rulingSegments reads (OPS in pdf.js's util.js), for lists made without it. */
export const PDF_OPS: Record<string, number> = {
  save: 10,
  restore: 11,
  transform: 12,
  moveTo: 13,
  lineTo: 14,
  curveTo: 15,
  curveTo2: 16,
  curveTo3: 17,
  closePath: 18,
  rectangle: 19,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  clip: 29,
  eoClip: 30,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginGroup: 76,
  endGroup: 77,
};

const PATH_OPS: Record<string, [string, number]> = {
  m: ['moveTo', 2],
  l: ['lineTo', 2],
  c: ['curveTo', 6],
  v: ['curveTo2', 4],
  y: ['curveTo3', 4],
  h: ['closePath', 0],
  re: ['rectangle', 4],
};
const PAINT_OPS: Record<string, string> = {
  S: 'stroke',
  s: 'closeStroke',
  f: 'fill',
  F: 'fill',
  'f*': 'eoFill',
  B: 'fillStroke',
  'B*': 'eoFillStroke',
  b: 'closeFillStroke',
  'b*': 'closeEOFillStroke',
  n: 'endPath',
  W: 'clip',
  'W*': 'eoClip',
};

/**
 * Operators into pdf.js's OperatorList shape, as far as rulingSegments reads it: path operators
 * grouped into constructPath as pdf.js does, paint operators, save/restore/transform; any other
 * operator is kept as a marker so that a page with only text still has a non-empty list.
 */
export class RuleOperators {
  readonly list: OperatorList = { fnArray: [], argsArray: [] };
  private pathOps: number[] | null = null;
  private pathCoords: number[] = [];
  constructor(private readonly ops: Record<string, number>) {}

  /** One operator with its operands (numbers; anything else as NaN). */
  operator(op: string, operands: number[]): void {
    const { fnArray, argsArray } = this.list;
    const ops = this.ops;
    const path = PATH_OPS[op];
    if (path) {
      const args = operands.slice(-path[1]);
      while (args.length < path[1]) args.unshift(0);
      if (!this.pathOps) {
        this.pathOps = [];
        this.pathCoords = [];
        fnArray.push(ops.constructPath!);
        argsArray.push([this.pathOps, this.pathCoords]);
      }
      this.pathOps.push(ops[path[0]]!);
      this.pathCoords.push(...args);
      return;
    }
    this.pathOps = null;
    const paint = PAINT_OPS[op];
    if (paint) {
      fnArray.push(ops[paint]!);
      argsArray.push([]);
    } else if (op === 'q') {
      fnArray.push(ops.save!);
      argsArray.push([]);
    } else if (op === 'Q') {
      fnArray.push(ops.restore!);
      argsArray.push([]);
    } else if (op === 'cm' && operands.length >= 6) {
      fnArray.push(ops.transform!);
      argsArray.push(operands.slice(-6));
    } else this.other();
  }

  /**
   * A form XObject drawn (pdf.js's buildFormXObject): its operators follow, up to formEnd. pdf.js
   * passes the bbox only for a form without a transparency group, and wraps a group's form in
   * beginGroup/endGroup.
   */
  formBegin(matrix: number[] | null, bbox: number[] | null, group: boolean): void {
    this.pathOps = null;
    const { fnArray, argsArray } = this.list;
    if (group) {
      fnArray.push(this.ops.beginGroup!);
      argsArray.push([{ matrix, bbox }]);
    }
    fnArray.push(this.ops.paintFormXObjectBegin!);
    argsArray.push([matrix, bbox]);
  }

  formEnd(group: boolean): void {
    this.pathOps = null;
    const { fnArray, argsArray } = this.list;
    fnArray.push(this.ops.paintFormXObjectEnd!);
    argsArray.push([]);
    if (group) {
      fnArray.push(this.ops.endGroup!);
      argsArray.push([]);
    }
  }

  /** Any operator that is neither a path, a paint nor a state operator: one marker for a run of them. */
  other(): void {
    this.pathOps = null;
    const { fnArray, argsArray } = this.list;
    if (fnArray[fnArray.length - 1] === -1) return;
    fnArray.push(-1);
    argsArray.push([]);
  }
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
const isDelimiter = (c: number) => c === 40 || c === 41 || c === 60 || c === 62 || c === 91 || c === 93 || c === 123 || c === 125 || c === 47 || c === 37;

/**
 * The operators of one content stream in pdf.js's OperatorList shape (path operators grouped into
 * constructPath as pdf.js does), or null on an inline image (its binary data cannot be tokenized).
 */
export function contentOperators(data: Uint8Array, ops: Record<string, number>): OperatorList | null {
  const rules = new RuleOperators(ops);
  let operands: number[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === 37) {
      // % comment to end of line
      while (i < n && data[i] !== 10 && data[i] !== 13) i++;
    } else if (c === 40) {
      // (string): balanced parentheses, backslash escapes
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const d = data[i]!;
        if (d === 92) i++;
        else if (d === 40) depth++;
        else if (d === 41) depth--;
        i++;
      }
      operands.push(NaN);
    } else if (c === 60 && data[i + 1] !== 60) {
      while (i < n && data[i] !== 62) i++;
      i++;
      operands.push(NaN);
    } else if (c === 60 || c === 62 || c === 91 || c === 93 || c === 123 || c === 125) {
      i += c === 60 || c === 62 ? 2 : 1;
      operands.push(NaN);
    } else if (c === 47) {
      i++;
      while (i < n && !isSpace(data[i]!) && !isDelimiter(data[i]!)) i++;
      operands.push(NaN);
    } else if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
      const start = i;
      i++;
      while (i < n && ((data[i]! >= 48 && data[i]! <= 57) || data[i] === 46)) i++;
      operands.push(Number(Buffer.from(data.subarray(start, i)).toString('latin1')) || 0);
    } else {
      const start = i;
      while (i < n && !isSpace(data[i]!) && !isDelimiter(data[i]!)) i++;
      if (i === start) {
        i++;
        continue;
      }
      const op = Buffer.from(data.subarray(start, i)).toString('latin1');
      if (op === 'BI') return null;
      if (op === 'true' || op === 'false' || op === 'null') {
        operands.push(NaN);
        continue;
      }
      rules.operator(op, operands);
      operands = [];
    }
  }
  return rules.list;
}
