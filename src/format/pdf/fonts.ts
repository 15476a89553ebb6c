import { parseCMap, type CMap } from './cmap.js';
import { PdfName, PdfStream, Unsupported, type PdfDict, type PdfFile, type PdfValue } from './objects.js';

/**
 * What the text layer needs of a font — each code's Unicode text and advance width — read from the
 * font dictionary alone, never the font program: a Type 3 font's glyph procedures are not run
 * (pdf.js compiles every one of them before it reads a page's text, which was most of a printed
 * page's time). Supported: Type0 fonts with Identity-H or an embedded horizontal CMap and /W
 * widths; simple TrueType and Type1 fonts with a descriptor and /Widths; Type 3 fonts with
 * /FontMatrix /Widths and a real /FontBBox. Every code drawn must have a ToUnicode entry. Anything
 * else — vertical writing, predefined CMaps, a missing ToUnicode — throws Unsupported and the whole
 * file is read by pdf.js.
 */
export interface Glyph {
  unicode: string;
  /** In glyph space (thousandths of the size for all but Type 3 fonts). */
  width: number;
  whitespace: boolean;
  diacritic: boolean;
  invisible: boolean;
}

export interface Font {
  type3: boolean;
  /** Type 3: the font's own matrix; else pdf.js's identity (widths are in thousandths). */
  fontMatrix: number[];
  /** Type 3: the normalized /FontBBox. */
  bbox: number[];
  /** The glyphs a string operand draws. */
  glyphs(chars: string): Glyph[];
  /** Set in a bold face, as the face's name says (isBoldFont). */
  bold: boolean;
}

/** A face name that says bold: 「NotoSansCJKjp-Bold」「Arial,Bold」「HiraginoSans-W6」「MS-PGothic-Heavy」. */
export const BOLD_NAME = /(?:[Bb]old|BOLD|[Hh]eavy|HEAVY|[Bb]lack|BLACK)(?![a-z])|[-,+_ ]W[6-9](?![0-9])/;

/**
 * Whether a font is set bold, by its face's name: /BaseFont, else the descriptor's /FontName (a Type 3 font has
 * only that; Chromium names its Noto CJK subsets …-Bold). The name, not /FontWeight, so that pdf.js (which gives
 * only the name) reads the same.
 */
export function isBoldFont(file: PdfFile, dict: PdfDict, descriptor: PdfDict | null): boolean {
  const name = nameOf(file.lookup(dict, 'BaseFont')) ?? nameOf(file.lookup(descriptor, 'FontName'));
  return name !== null && BOLD_NAME.test(name);
}

export const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

/** pdf.js's categories (getCharUnicodeCategory): leading white space, a combining mark, a trailing format mark. */
const SPECIAL = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

/** Each text's category once (as pdf.js caches them): the regular expression is costly to run cold. */
const CATEGORIES = new Map<string, { whitespace: boolean; diacritic: boolean; invisible: boolean }>();

function glyphOf(unicode: string, width: number): Glyph {
  let category = CATEGORIES.get(unicode);
  if (!category) {
    const groups = SPECIAL.exec(unicode);
    category = { whitespace: !!groups?.[1], diacritic: !!groups?.[2], invisible: !!groups?.[3] };
    if (CATEGORIES.size < 100_000) CATEGORIES.set(unicode, category);
  }
  return { unicode, width, ...category };
}

const numberArray = (file: PdfFile, v: PdfValue): number[] | null => {
  const a = file.resolve(v);
  if (!Array.isArray(a)) return null;
  const out = a.map((x) => file.resolve(x));
  return out.every((x) => typeof x === 'number') ? (out as number[]) : null;
};

const nameOf = (v: PdfValue): string | null => (v instanceof PdfName ? v.name : null);

/** How a composite font's string is cut into codes (pdf.js's CMap.readCharCode). */
type CodeReader = (chars: string, at: number) => { code: number; length: number };

function codespaceReader(codespace: CMap['codespace']): CodeReader {
  const byLength: [number, number][][] = [[], [], [], []];
  for (const r of codespace) byLength[r.bytes - 1]!.push([r.low, r.high]);
  return (chars, at) => {
    let c = 0;
    for (let n = 0; n < 4; n++) {
      c = ((c << 8) | chars.charCodeAt(at + n)) >>> 0;
      for (const [low, high] of byLength[n]!) if (c >= low && c <= high) return { code: c, length: n + 1 };
    }
    return { code: 0, length: 1 };
  };
}

const IDENTITY_READER = codespaceReader([{ bytes: 2, low: 0, high: 0xffff }]);

export function loadFont(file: PdfFile, dict: PdfDict): Font {
  const subtype = nameOf(file.lookup(dict, 'Subtype'));
  const toUnicodeStream = file.lookup(dict, 'ToUnicode');
  if (!(toUnicodeStream instanceof PdfStream)) throw new Unsupported('a font without a ToUnicode map');
  const toUnicode = parseCMap(file.decode(toUnicodeStream)).unicode;
  if (toUnicode.size === 0) throw new Unsupported('an empty ToUnicode map');

  if (subtype === 'Type0') {
    const encoding = file.lookup(dict, 'Encoding');
    let reader: CodeReader;
    let cidOf: (code: number) => number = (code) => code;
    if (encoding instanceof PdfName && encoding.name === 'Identity-H') reader = IDENTITY_READER;
    else if (encoding instanceof PdfStream) {
      const cmap = parseCMap(file.decode(encoding));
      if (cmap.vertical || cmap.codespace.length === 0) throw new Unsupported('a vertical or empty encoding CMap');
      reader = codespaceReader(cmap.codespace);
      cidOf = (code) => cmap.cid.get(code) ?? code;
    } else throw new Unsupported('a predefined CMap');
    const descendants = file.lookup(dict, 'DescendantFonts');
    const descendant = Array.isArray(descendants) && descendants.length > 0 ? file.resolve(descendants[0]!) : null;
    if (!(descendant instanceof Map)) throw new Unsupported('a Type0 font without a descendant');
    const dw = file.lookup(descendant, 'DW');
    const defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000;
    const widths = cidWidths(file, file.lookup(descendant, 'W'));
    const cache = new Map<number, Glyph>();
    const singles = new Map<number, Glyph[]>();
    const stringCache = new Map<string, Glyph[]>();
    const bold = isBoldFont(file, dict, file.dictAt(descendant, 'FontDescriptor'));
    return {
      bold,
      type3: false,
      fontMatrix: FONT_IDENTITY_MATRIX,
      bbox: [0, 0, 0, 0],
      glyphs(chars) {
        // One two-byte code, the common case with Identity-H: its list made once.
        const single = chars.length === 2 && reader === IDENTITY_READER ? (chars.charCodeAt(0) << 8) | chars.charCodeAt(1) : -1;
        let out = single >= 0 ? singles.get(single) : stringCache.get(chars);
        if (out) return out;
        out = [];
        for (let i = 0; i < chars.length; ) {
          const { code, length } = reader(chars, i);
          i += length;
          let glyph = cache.get(code);
          if (!glyph) {
            // Code 0 unmapped: a glyph drawn from no character (Chromium's list bullet); pdf.js reads it as U+0000.
            const unicode = toUnicode.get(code) ?? (code === 0 ? '\u0000' : undefined);
            if (unicode === undefined) throw new Unsupported('a code without a ToUnicode entry');
            glyph = glyphOf(unicode, widths.get(cidOf(code)) ?? defaultWidth);
            cache.set(code, glyph);
          }
          out.push(glyph);
        }
        if (single >= 0) singles.set(single, out);
        else stringCache.set(chars, out);
        return out;
      },
    };
  }

  const type3 = subtype === 'Type3';
  if (!type3 && subtype !== 'TrueType' && subtype !== 'Type1' && subtype !== 'MMType1') throw new Unsupported(`a ${subtype} font`);
  const descriptor = file.dictAt(dict, 'FontDescriptor');
  // pdf.js takes a simple font without a descriptor from its standard metrics; so do not we.
  if (!descriptor && !type3) throw new Unsupported('a simple font without a descriptor');
  const widthList = numberArray(file, dict.get('Widths') ?? null);
  if (!widthList) throw new Unsupported('a simple font without /Widths');
  const first = file.lookup(dict, 'FirstChar');
  const firstChar = typeof first === 'number' ? first : 0;
  const missing = file.lookup(descriptor, 'MissingWidth');
  const defaultWidth = typeof missing === 'number' ? missing : 0;
  let fontMatrix = FONT_IDENTITY_MATRIX;
  let bbox = [0, 0, 0, 0];
  // pdf.js would scale a simple font by a /FontMatrix in its dictionary (only Type 3 fonts should have one).
  if (!type3 && dict.has('FontMatrix')) throw new Unsupported('a FontMatrix on a simple font');
  if (type3) {
    const matrix = numberArray(file, dict.get('FontMatrix') ?? null);
    if (matrix && matrix.length === 6) fontMatrix = matrix;
    const box = numberArray(file, descriptor?.get('FontBBox') ?? null) ?? numberArray(file, dict.get('FontBBox') ?? null);
    if (!box || box.length !== 4) throw new Unsupported('a Type 3 font without a bounding box');
    bbox = [Math.min(box[0]!, box[2]!), Math.min(box[1]!, box[3]!), Math.max(box[0]!, box[2]!), Math.max(box[1]!, box[3]!)];
    // With an empty box pdf.js sizes the text by the glyphs' own boxes (isCharBBox), which are not read here.
    if (bbox[2]! - bbox[0]! <= 0 || bbox[3]! - bbox[1]! <= 0) throw new Unsupported('a Type 3 font with an empty bounding box');
  }
  const glyphs: (Glyph | undefined)[] = new Array(256);
  // One glyph a string is the common case (Chromium draws glyph by glyph): its list made once.
  const singles: (Glyph[] | undefined)[] = new Array(256);
  const stringCache = new Map<string, Glyph[]>();
  return {
    bold: isBoldFont(file, dict, descriptor ?? null),
    type3,
    fontMatrix,
    bbox,
    glyphs(chars) {
      if (chars.length === 1) {
        const single = singles[chars.charCodeAt(0)];
        if (single) return single;
      }
      let out = stringCache.get(chars);
      if (out) return out;
      out = new Array(chars.length);
      for (let i = 0; i < chars.length; i++) {
        const code = chars.charCodeAt(i);
        let glyph = glyphs[code];
        if (!glyph) {
          // Code 0 unmapped: a glyph drawn from no character (Chromium's list bullet); pdf.js reads it as U+0000.
          const unicode = toUnicode.get(code) ?? (code === 0 ? '\u0000' : undefined);
          if (unicode === undefined) throw new Unsupported('a code without a ToUnicode entry');
          const w = widthList[code - firstChar];
          glyph = glyphs[code] = glyphOf(unicode, typeof w === 'number' ? w : defaultWidth);
        }
        out[i] = glyph;
      }
      if (chars.length === 1) singles[chars.charCodeAt(0)] = out;
      else stringCache.set(chars, out);
      return out;
    },
  };
}

/** A CID font's /W array: `c [w1 w2 …]` and `c_first c_last w` entries (pdf.js's extractWidths). */
export function cidWidths(file: PdfFile, w: PdfValue): Map<number, number> {
  const widths = new Map<number, number>();
  if (!Array.isArray(w)) return widths;
  for (let i = 0; i < w.length; i++) {
    let start = file.resolve(w[i++]!);
    if (typeof start !== 'number' || !Number.isInteger(start)) break;
    const code = file.resolve(w[i] ?? null);
    if (Array.isArray(code)) {
      for (const c of code) {
        const width = file.resolve(c);
        if (typeof width === 'number') widths.set(start, width);
        start++;
      }
    } else if (typeof code === 'number' && Number.isInteger(code)) {
      const width = file.resolve(w[++i] ?? null);
      if (typeof width !== 'number') continue;
      if (code - start > 0x10000) throw new Unsupported('a /W range too large');
      for (let j = start; j <= code; j++) widths.set(j, width);
    } else break;
  }
  return widths;
}
