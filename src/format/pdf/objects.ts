import { kMaxLength } from 'node:buffer';
import { inflateSync } from 'node:zlib';

/**
 * A PDF file's objects, read without pdf.js: enough of the syntax (ISO 32000 §7.3) for the page
 * tree, fonts and content streams of ordinary files. Objects are found by scanning for `N G obj`
 * (no xref needed, so a file with a damaged xref is still read) and parsed when first asked for;
 * object streams are unpacked. Streams are decoded only when unfiltered or Flate without
 * predictors, counted against a budget of inflated bytes (the --pdf-max-inflated cap).
 */

export class PdfName {
  constructor(readonly name: string) {}
}
/** A string operand or value: its bytes, one char per byte. */
export class PdfString {
  constructor(readonly bytes: string) {}
}
export class PdfRef {
  constructor(readonly num: number) {}
}
export type PdfDict = Map<string, PdfValue>;
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The raw (still encoded) bytes. */
    readonly raw: Uint8Array,
  ) {}
}
/** A keyword that is not a value: an operator in a content stream, `R`, `obj`, `stream`. */
export class PdfKeyword {
  constructor(readonly word: string) {}
}
export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict | PdfStream;

/** A file this reader does not handle; the caller asks pdf.js instead. */
export class Unsupported extends Error {}

export const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
export const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;
const hexValue = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

/**
 * Dictionary entries never read for text, skipped rather than built: a Type 3 font's 256 glyph
 * names and its glyph procedures (Chromium writes a hundred such fonts per printed page).
 */
const UNREAD = new Set(['Differences', 'CharProcs']);

/**
 * Operators and short names recur thousands of times in a page: one object each, keyed by their
 * characters (up to five bytes, none of them zero: a base-256 number below 2^40, exact).
 */
const KEYWORDS = new Map<number, PdfKeyword | boolean | null>();
const NAMES = new Map<number, PdfName>();

/** One token or value at a time from a string of bytes (one char per byte). */
export class Lexer {
  pos = 0;
  constructor(readonly s: string) {}

  /** The number starting at i, read as pdf.js reads it: digits accumulated, then divided (the same doubles). */
  number(i: number): number {
    const s = this.s;
    const n = s.length;
    const c = s.charCodeAt(i);
    let sign = 1;
    if (c === 45) sign = -1;
    if (c === 43 || c === 45) i++;
    // Several signs in a row ("--5"), as pdf.js reads them.
    while (i < n && (s.charCodeAt(i) === 45 || s.charCodeAt(i) === 43)) i++;
    let value = 0;
    let divide = 0;
    let digits = 0;
    for (; i < n; i++) {
      const d = s.charCodeAt(i);
      if (d >= 48 && d <= 57) {
        value = value * 10 + (d - 48);
        if (divide !== 0) divide *= 10;
        digits++;
      } else if (d === 46 && divide === 0) divide = 1;
      else break;
    }
    this.pos = i;
    if (divide !== 0) value /= divide;
    return digits === 0 ? 0 : sign * value;
  }

  /** The next value or keyword; undefined at the end. Arrays and dictionaries are read whole. */
  next(): PdfValue | PdfKeyword | undefined {
    const s = this.s;
    const n = s.length;
    let i = this.pos;
    for (;;) {
      while (i < n && WHITE[s.charCodeAt(i)]) i++;
      if (i < n && s.charCodeAt(i) === 37) {
        while (i < n && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
        continue;
      }
      break;
    }
    if (i >= n) {
      this.pos = i;
      return undefined;
    }
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return this.number(i);
    if (c === 47) {
      let j = i + 1;
      let key = 0;
      while (j < n && !WHITE[s.charCodeAt(j)] && !DELIMITER[s.charCodeAt(j)]) key = key * 256 + s.charCodeAt(j++);
      this.pos = j;
      // Short names (font and state resources: /F12 /G3 /g0) are made once.
      const short = j - i <= 5;
      if (short) {
        const known = NAMES.get(key);
        if (known) return known;
      }
      let name = s.slice(i + 1, j);
      if (name.includes('#')) name = name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      const made = new PdfName(name);
      if (short && !name.includes('#') && NAMES.size < 10_000) NAMES.set(key, made);
      return made;
    }
    if (c === 40) return this.literalString(i + 1);
    if (c === 60) {
      if (s.charCodeAt(i + 1) === 60) {
        this.pos = i + 2;
        return this.dictionary();
      }
      return this.hexString(i + 1);
    }
    if (c === 91) {
      this.pos = i + 1;
      const items: PdfValue[] = [];
      for (;;) {
        const v = this.next();
        if (v === undefined) throw new Unsupported('unterminated array');
        if (v instanceof PdfKeyword) {
          if (v.word === ']') return items;
          if (v.word === 'R' && items.length >= 2) {
            items.splice(items.length - 2, 2, new PdfRef(items[items.length - 2] as number));
            continue;
          }
          throw new Unsupported(`unexpected ${v.word} in an array`);
        }
        items.push(v);
      }
    }
    if (c === 93 || c === 62 || c === 123 || c === 125 || c === 41) {
      // ']' ends an array; '>>' a dictionary; braces (PostScript functions) are not read.
      if (c === 62 && s.charCodeAt(i + 1) === 62) {
        this.pos = i + 2;
        return new PdfKeyword('>>');
      }
      this.pos = i + 1;
      return new PdfKeyword(s[i]!);
    }
    return this.word(i);
  }

  /** The keyword (an operator, true, false, null) starting at i. */
  word(i: number): PdfKeyword | boolean | null {
    const s = this.s;
    const n = s.length;
    let j = i;
    let key = 0;
    while (j < n && !WHITE[s.charCodeAt(j)] && !DELIMITER[s.charCodeAt(j)]) key = key * 256 + s.charCodeAt(j++);
    this.pos = j;
    // Operators are looked up by their characters, without cutting a string for each.
    const short = j - i <= 5;
    if (short) {
      const known = KEYWORDS.get(key);
      if (known !== undefined) return known;
    }
    const word = s.slice(i, j);
    const value = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : new PdfKeyword(word);
    if (short && KEYWORDS.size < 1000) KEYWORDS.set(key, value);
    return value;
  }

  private dictionary(): PdfDict {
    const dict: PdfDict = new Map();
    for (;;) {
      const key = this.next();
      if (key instanceof PdfKeyword && key.word === '>>') return dict;
      if (!(key instanceof PdfName)) throw new Unsupported('a dictionary key that is not a name');
      if (UNREAD.has(key.name)) {
        this.skipValue();
        continue;
      }
      let value = this.next();
      if (value === undefined) throw new Unsupported('unterminated dictionary');
      if (value instanceof PdfKeyword) {
        if (value.word === '>>') {
          dict.set(key.name, null);
          return dict;
        }
        throw new Unsupported(`unexpected ${value.word} in a dictionary`);
      }
      // `N G R`: a reference.
      if (typeof value === 'number') {
        const save = this.pos;
        const gen = this.next();
        if (typeof gen === 'number') {
          const r = this.next();
          if (r instanceof PdfKeyword && r.word === 'R') value = new PdfRef(value);
          else this.pos = save;
        } else this.pos = save;
      }
      dict.set(key.name, value);
    }
  }

  /** Past one value without building it (an array or dictionary with everything inside). */
  private skipValue(): void {
    const s = this.s;
    let depth = 0;
    do {
      let i = this.pos;
      while (i < s.length && WHITE[s.charCodeAt(i)]) i++;
      const c = s.charCodeAt(i);
      if (c === 91 || (c === 60 && s.charCodeAt(i + 1) === 60)) {
        depth++;
        this.pos = i + (c === 91 ? 1 : 2);
      } else if (c === 93 || (c === 62 && s.charCodeAt(i + 1) === 62)) {
        depth--;
        this.pos = i + (c === 93 ? 1 : 2);
      } else if (c === 47) {
        let j = i + 1;
        while (j < s.length && !WHITE[s.charCodeAt(j)] && !DELIMITER[s.charCodeAt(j)]) j++;
        this.pos = j;
      } else if (this.next() === undefined) throw new Unsupported('unterminated value');
    } while (depth > 0);
  }

  private literalString(start: number): PdfString {
    const s = this.s;
    const n = s.length;
    let out = '';
    let depth = 1;
    let runStart = start;
    let i = start;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 92) {
        out += s.slice(runStart, i);
        i++;
        const e = s.charCodeAt(i);
        if (e >= 48 && e <= 55) {
          let v = e - 48;
          let k = 1;
          while (k < 3 && i + k < n && s.charCodeAt(i + k) >= 48 && s.charCodeAt(i + k) <= 55) v = v * 8 + (s.charCodeAt(i + k++) - 48);
          out += String.fromCharCode(v & 0xff);
          i += k;
        } else if (e === 13) {
          i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
        } else if (e === 10) i++;
        else {
          const escaped = e === 110 ? '\n' : e === 114 ? '\r' : e === 116 ? '\t' : e === 98 ? '\b' : e === 102 ? '\f' : s[i] ?? '';
          out += escaped;
          i++;
        }
        runStart = i;
        continue;
      }
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) {
        out += s.slice(runStart, i);
        this.pos = i + 1;
        return new PdfString(out);
      }
      i++;
    }
    throw new Unsupported('unterminated string');
  }

  private hexString(start: number): PdfString {
    const s = this.s;
    const end = s.indexOf('>', start);
    if (end < 0) throw new Unsupported('unterminated hex string');
    let out = '';
    let high = -1;
    for (let i = start; i < end; i++) {
      const v = hexValue(s.charCodeAt(i));
      if (v < 0) {
        if (WHITE[s.charCodeAt(i)]) continue;
        throw new Unsupported('a hex string with a non-hex digit');
      }
      if (high < 0) high = v;
      else {
        out += String.fromCharCode((high << 4) | v);
        high = -1;
      }
    }
    if (high >= 0) out += String.fromCharCode(high << 4);
    this.pos = end + 1;
    return new PdfString(out);
  }
}

const OBJ = /(\d+)\s+\d+\s+obj\b/g;

/** Where an object's body starts: in the file, or in an object stream's decoded text. */
interface Location {
  text: string;
  at: number;
  /** The file's bytes, for a stream's data (objects in object streams are never streams). */
  inFile: boolean;
}

export class PdfFile {
  readonly latin: string;
  private readonly where = new Map<number, Location>();
  private readonly cache = new Map<number, PdfValue>();
  /** Inflated bytes still allowed. */
  budget: number;

  constructor(
    readonly bytes: Uint8Array,
    maxInflatedBytes: number,
    /** What to throw when a stream inflates past the budget. */
    private readonly tooLarge: () => Error,
  ) {
    this.budget = maxInflatedBytes;
    this.latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (this.latin.includes('/Encrypt')) throw new Unsupported('encrypted');
    // Scanning and unpacking are methods of their own: a loop this long gets its function compiled
    // while it runs, and a small function compiles quickly.
    for (const num of this.scan()) this.unpack(num);
  }

  /** Every `N G obj` of the file recorded; the numbers of the object streams among them. */
  private scan(): number[] {
    const latin = this.latin;
    const objectStreams: number[] = [];
    OBJ.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OBJ.exec(latin))) {
      const start = m.index + m[0].length;
      const end = latin.indexOf('endobj', start);
      if (end < 0) break;
      const num = Number(m[1]);
      // Later definitions win (an incremental update rewrites objects further down).
      this.where.set(num, { text: latin, at: start, inFile: true });
      this.cache.delete(num);
      const head = latin.slice(start, Math.min(end, start + 200));
      if (/\/Type\s*\/ObjStm\b/.test(head)) objectStreams.push(num);
      OBJ.lastIndex = end + 6;
    }
    return objectStreams;
  }

  /** The objects an object stream holds, recorded where they start in its decoded text. */
  private unpack(num: number): void {
    const stream = this.get(num);
    if (!(stream instanceof PdfStream)) throw new Unsupported('an object stream that is not a stream');
    const text = this.decode(stream);
    const first = stream.dict.get('First');
    const count = stream.dict.get('N');
    if (typeof first !== 'number' || typeof count !== 'number') throw new Unsupported('an object stream without /First or /N');
    const header = text.slice(0, first).trim().split(/\s+/).map(Number);
    for (let i = 0; i < count; i++) {
      const objNum = header[2 * i]!;
      const offset = first + header[2 * i + 1]!;
      if (!Number.isInteger(objNum) || !Number.isFinite(offset)) throw new Unsupported('a broken object stream header');
      // A top-level definition (an incremental update) wins over the object stream's.
      if (!this.where.has(objNum)) this.where.set(objNum, { text, at: offset, inFile: false });
    }
  }

  /** An object by number (null when absent, as the spec reads a missing object). */
  get(num: number): PdfValue {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    const location = this.where.get(num);
    if (!location) return null;
    this.cache.set(num, null); // a reference cycle through /Length reads null, not forever
    const lexer = new Lexer(location.text);
    lexer.pos = location.at;
    let value = lexer.next();
    if (value instanceof PdfKeyword || value === undefined) throw new Unsupported(`object ${num} is not a value`);
    if (value instanceof Map && location.inFile) {
      const save = lexer.pos;
      const keyword = lexer.next();
      if (keyword instanceof PdfKeyword && keyword.word === 'stream') value = this.streamAt(value, lexer.pos);
      else lexer.pos = save;
    }
    this.cache.set(num, value);
    return value;
  }

  private streamAt(dict: PdfDict, afterKeyword: number): PdfStream {
    const latin = this.latin;
    let start = afterKeyword;
    if (latin.charCodeAt(start) === 13) start++;
    if (latin.charCodeAt(start) === 10) start++;
    const length = this.resolve(dict.get('Length') ?? null);
    let end = -1;
    if (typeof length === 'number' && length >= 0 && start + length <= latin.length) {
      // The length is right when `endstream` follows it (after an end of line).
      const after = latin.slice(start + length, start + length + 12);
      if (/^\s*endstream/.test(after)) end = start + length;
    }
    if (end < 0) {
      const found = latin.indexOf('endstream', start);
      if (found < 0) throw new Unsupported('a stream without endstream');
      end = found;
      if (latin.charCodeAt(end - 1) === 10) end--;
      if (latin.charCodeAt(end - 1) === 13) end--;
    }
    return new PdfStream(dict, this.bytes.subarray(start, end));
  }

  resolve(value: PdfValue): PdfValue {
    return value instanceof PdfRef ? this.get(value.num) : value;
  }

  /** A dictionary entry, through a reference. */
  lookup(dict: PdfDict | null | undefined, key: string): PdfValue {
    return dict ? this.resolve(dict.get(key) ?? null) : null;
  }

  dictAt(dict: PdfDict | null | undefined, key: string): PdfDict | null {
    const v = this.lookup(dict, key);
    return v instanceof Map ? v : v instanceof PdfStream ? v.dict : null;
  }

  /** A stream's decoded bytes as a string (one char per byte): unfiltered or Flate, else Unsupported. */
  decode(stream: PdfStream): string {
    const filter = this.resolve(stream.dict.get('Filter') ?? null);
    const names = Array.isArray(filter) ? filter.map((f) => this.resolve(f)) : filter === null ? [] : [filter];
    if (names.length === 0) return Buffer.from(stream.raw.buffer, stream.raw.byteOffset, stream.raw.byteLength).toString('latin1');
    const parms = this.resolve(stream.dict.get('DecodeParms') ?? null);
    if (names.length !== 1 || !(names[0] instanceof PdfName) || (names[0].name !== 'FlateDecode' && names[0].name !== 'Fl')) throw new Unsupported('a stream filter other than Flate');
    if (parms !== null && !(parms instanceof Map && parms.size === 0)) {
      const predictor = parms instanceof Map ? this.resolve(parms.get('Predictor') ?? null) : null;
      if (!(parms instanceof Map) || (predictor !== null && predictor !== 1)) throw new Unsupported('a Flate predictor');
    }
    // An empty Flate stream (/Length 0: Chromium writes one for a form that draws nothing) holds nothing, as pdf.js reads it.
    if (stream.raw.byteLength === 0) return '';
    let data: Buffer;
    try {
      data = inflateSync(stream.raw, { maxOutputLength: Math.max(1, Math.min(this.budget + 1, kMaxLength)) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw this.tooLarge();
      throw new Unsupported('a stream that does not inflate');
    }
    this.budget -= data.length;
    if (this.budget < 0) throw this.tooLarge();
    return data.toString('latin1');
  }

  /** The document catalog's page tree, in page order; Unsupported when it cannot be walked plainly. */
  pages(maxPages: number, tooMany: (count: number) => Error): PdfPage[] {
    const trailerRoot = this.catalog();
    const root = this.dictAt(trailerRoot, 'Pages');
    if (!root) throw new Unsupported('no page tree');
    const count = this.lookup(root, 'Count');
    if (typeof count === 'number' && count > maxPages) throw tooMany(count);
    const pages: PdfPage[] = [];
    const seen = new Set<PdfDict>();
    const walk = (node: PdfDict, inherited: Inherited, depth: number) => {
      if (seen.has(node) || depth > 64) throw new Unsupported('a page tree pdf.js should judge');
      seen.add(node);
      const here: Inherited = {
        resources: this.dictAt(node, 'Resources') ?? inherited.resources,
        mediaBox: this.lookup(node, 'MediaBox') ?? inherited.mediaBox,
        cropBox: this.lookup(node, 'CropBox') ?? inherited.cropBox,
      };
      const type = this.lookup(node, 'Type');
      const kids = this.lookup(node, 'Kids');
      if (type instanceof PdfName && type.name === 'Page' && !Array.isArray(kids)) {
        if (pages.length >= maxPages) throw tooMany(pages.length + 1);
        pages.push({ dict: node, resources: here.resources, view: pageView(here.mediaBox, here.cropBox) });
        return;
      }
      if (!Array.isArray(kids)) throw new Unsupported('a page tree node without kids');
      for (const kid of kids) {
        const k = this.resolve(kid);
        if (!(k instanceof Map)) throw new Unsupported('a page tree kid that is not a dictionary');
        walk(k, here, depth + 1);
      }
    };
    walk(root, { resources: null, mediaBox: null, cropBox: null }, 0);
    if (pages.length === 0) throw new Unsupported('no pages');
    return pages;
  }

  /** The document catalog (Unsupported when there is none, or two). */
  catalog(): PdfDict {
    // The last /Root (the trailer's, or the xref stream's in an updated file), else the one catalog object.
    const at = this.latin.lastIndexOf('/Root');
    const root = at >= 0 ? /^\/Root\s+(\d+)\s+\d+\s+R/.exec(this.latin.slice(at, at + 40)) : null;
    if (root) {
      const catalog = this.get(Number(root[1]));
      if (catalog instanceof Map) return catalog;
    }
    let found: PdfDict | null = null;
    for (const num of this.where.keys()) {
      const location = this.where.get(num)!;
      if (!/^\s*<<[^]{0,400}?\/Type\s*\/Catalog\b/.test(location.text.slice(location.at, location.at + 420))) continue;
      const v = this.get(num);
      if (v instanceof Map && v.get('Type') instanceof PdfName && (v.get('Type') as PdfName).name === 'Catalog') {
        if (found) throw new Unsupported('two catalogs');
        found = v;
      }
    }
    if (!found) throw new Unsupported('no catalog');
    return found;
  }

  /** The document information dictionary (/Title, /Author …) the trailer names last, or null. */
  info(): PdfDict | null {
    const at = this.latin.lastIndexOf('/Info');
    const ref = at >= 0 ? /^\/Info\s+(\d+)\s+\d+\s+R/.exec(this.latin.slice(at, at + 40)) : null;
    const info = ref ? this.get(Number(ref[1])) : null;
    return info instanceof Map ? info : null;
  }

  /** A page's content: its streams decoded and joined. */
  contents(page: PdfPage): string {
    const contents = this.lookup(page.dict, 'Contents');
    const streams = Array.isArray(contents) ? contents.map((c) => this.resolve(c)) : contents === null ? [] : [contents];
    const parts: string[] = [];
    for (const s of streams) {
      if (!(s instanceof PdfStream)) throw new Unsupported('page contents that are not a stream');
      parts.push(this.decode(s));
    }
    return parts.join('\n');
  }
}

interface Inherited {
  resources: PdfDict | null;
  mediaBox: PdfValue;
  cropBox: PdfValue;
}

export interface PdfPage {
  dict: PdfDict;
  resources: PdfDict | null;
  /** pdf.js's page.view: the crop box within the media box, [x0, y0, x1, y1]. */
  view: [number, number, number, number];
}

function normalRect(v: PdfValue): [number, number, number, number] | null {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === 'number')) return null;
  const [a, b, c, d] = v as number[];
  const r: [number, number, number, number] = [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
  return r[2] - r[0] > 0 && r[3] - r[1] > 0 ? r : null;
}

/** As pdf.js: the media box (US Letter when missing), cut to the crop box when they overlap. */
function pageView(mediaBox: PdfValue, cropBox: PdfValue): [number, number, number, number] {
  const media = normalRect(mediaBox) ?? [0, 0, 612, 792];
  const crop = normalRect(cropBox) ?? media;
  const box: [number, number, number, number] = [Math.max(crop[0], media[0]), Math.max(crop[1], media[1]), Math.min(crop[2], media[2]), Math.min(crop[3], media[3])];
  return box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : media;
}
