import { inflateSync } from 'node:zlib';
import type { OperatorList } from './rules.js';

/**
 * The drawing operators of each page, read from the PDF's own content streams rather than through
 * pdf.js's getOperatorList. The latter also ships every font to the main thread — Chromium embeds
 * Japanese text as Type 3 fonts, whose glyph programs are all compiled and copied — which cost a
 * printed page a third of its time, only to find the table rules. Here only what rulingSegments
 * reads is produced (save/restore/transform, paths, paint operators), in pdf.js's shape.
 *
 * Only plain files are read: unencrypted, Flate or unfiltered content streams, no form XObjects
 * (their rules would need their own resources), no inline images. Anything else returns null and
 * the caller asks pdf.js.
 */

interface PdfObject {
  dict: string;
  /** Raw (still encoded) stream bytes, when the object is a stream. */
  stream?: Uint8Array;
}

const OBJ = /(\d+)\s+\d+\s+obj\b/g;

/** Every object of the file by number (later definitions win), object streams unpacked. */
function readObjects(bytes: Uint8Array, latin: string): Map<number, PdfObject> | null {
  const objects = new Map<number, PdfObject>();
  const objectStreams: PdfObject[] = [];
  OBJ.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OBJ.exec(latin))) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endobj', start);
    if (end < 0) break;
    const streamAt = latin.indexOf('stream', start);
    let object: PdfObject;
    if (streamAt >= 0 && streamAt < end && latin.slice(start, streamAt).includes('>>')) {
      let dataStart = streamAt + 6;
      if (latin[dataStart] === '\r') dataStart++;
      if (latin[dataStart] === '\n') dataStart++;
      const dataEnd = latin.lastIndexOf('endstream', end);
      if (dataEnd < dataStart) return null;
      const dict = latin.slice(start, streamAt);
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
      const stop = length ? Math.min(dataStart + Number(length[1]), dataEnd) : dataEnd;
      object = { dict, stream: bytes.subarray(dataStart, stop) };
      if (/\/Type\s*\/ObjStm\b/.test(dict)) objectStreams.push(object);
    } else object = { dict: latin.slice(start, end) };
    objects.set(Number(m[1]), object);
    OBJ.lastIndex = end + 6;
  }
  for (const stream of objectStreams) {
    const data = decode(stream);
    const first = /\/First\s+(\d+)/.exec(stream.dict);
    const count = /\/N\s+(\d+)/.exec(stream.dict);
    if (!data || !first || !count) return null;
    const text = Buffer.from(data).toString('latin1');
    const header = text.slice(0, Number(first[1])).trim().split(/\s+/).map(Number);
    for (let i = 0; i < Number(count[1]); i++) {
      const num = header[2 * i]!;
      const offset = Number(first[1]) + header[2 * i + 1]!;
      const next = i + 1 < Number(count[1]) ? Number(first[1]) + header[2 * i + 3]! : text.length;
      if (!Number.isFinite(num) || !Number.isFinite(offset)) return null;
      // A top-level definition later in the file (an incremental update) is not known here: keep the first seen.
      if (!objects.has(num)) objects.set(num, { dict: text.slice(offset, next) });
    }
  }
  return objects;
}

/** A stream's bytes decoded: unfiltered or Flate without predictors, else null. */
function decode(object: PdfObject): Uint8Array | null {
  if (!object.stream) return null;
  if (/\/DecodeParms/.test(object.dict)) return null;
  const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(object.dict);
  if (!filter) return object.stream;
  const names = filter[1]!.match(/\/\w+/g) ?? [];
  if (names.length !== 1 || names[0] !== '/FlateDecode') return null;
  try {
    return inflateSync(object.stream);
  } catch {
    return null;
  }
}

const refs = (s: string) => [...s.matchAll(/(\d+)\s+\d+\s+R/g)].map((r) => Number(r[1]));

/** Each page's content, in page order, or null when the file is not one this reader handles. */
export function pageContents(bytes: Uint8Array, numPages: number): Uint8Array[] | null {
  const latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (latin.includes('/Encrypt')) return null;
  const objects = readObjects(bytes, latin);
  if (!objects) return null;
  for (const o of objects.values()) if (/\/Subtype\s*\/Form\b/.test(o.dict)) return null;
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  const root = catalog && /\/Pages\s+(\d+)\s+\d+\s+R/.exec(catalog.dict);
  if (!root) return null;
  const pages: PdfObject[] = [];
  const seen = new Set<number>();
  const walk = (num: number, depth: number): boolean => {
    const node = objects.get(num);
    if (!node || seen.has(num) || depth > 64 || pages.length > numPages) return false;
    seen.add(num);
    if (/\/Type\s*\/Page\b/.test(node.dict)) {
      pages.push(node);
      return true;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict);
    return kids !== null && refs(kids[1]!).every((k) => walk(k, depth + 1));
  };
  if (!walk(Number(root[1]), 0) || pages.length !== numPages) return null;
  const out: Uint8Array[] = [];
  for (const page of pages) {
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page.dict);
    const parts: Uint8Array[] = [];
    for (const num of contents ? refs(contents[1]!) : []) {
      const stream = objects.get(num);
      const data = stream && decode(stream);
      if (!data) return null;
      parts.push(data, new Uint8Array([10]));
    }
    out.push(Buffer.concat(parts));
  }
  return out;
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
