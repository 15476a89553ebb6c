import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
/**
 * Width and form folding with an offset map back to the source.
 *
 * Extractors match on the normalized text (ASCII digits and Latin letters, "~" for every wave dash,
 * ":" for the full-width colon) and report evidence in source offsets through `toSource`.
 * Each source character is folded on its own (NFKC), so every normalized character knows which
 * source character it came from; a combining sound mark (half-width ﾞ/ﾟ) is composed into the
 * character before it.
 */

/** Whether a Uint16Array's bytes are UTF-16LE on this machine. */
const LITTLE_ENDIAN = endianness() === 'LE';

/** Characters NFKC would change in ways that lose meaning here (①→1, ㈱ keeps its sense anyway). */
const KEEP_AS_IS = /[\u2460-\u24ff\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]/;

/** Folds beyond NFKC: wave dashes and dashes that separate ranges, odd spaces. */
const EXTRA_FOLDS: Record<string, string> = {
  '\u301c': '~', // 〜 WAVE DASH
  '\uff5e': '~', // ～ FULLWIDTH TILDE (NFKC gives ~ already; kept for clarity)
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-',
  '\u00a0': ' ', '\u3000': ' ', '\t': ' ',
};

export interface NormalizedText {
  /** The folded text extractors match on. */
  readonly text: string;
  /** The decoded source text, unchanged. */
  readonly source: string;
  /** Source span of the normalized span [start, end). */
  toSource(start: number, end: number): { start: number; end: number };
}

export function normalizeText(source: string): NormalizedText {
  // Folded UTF-16 units, built in a typed array (one string per character would cost a garbage
  // collection per release).
  let units: Uint16Array = new Uint16Array(source.length + 16);
  // srcStart[i] / srcEnd[i]: the source span of normalized UTF-16 unit i (typed arrays: a 50 MB
  // input must not cost gigabytes).
  let srcStart: Uint32Array = new Uint32Array(source.length + 16);
  let srcEnd: Uint32Array = new Uint32Array(source.length + 16);
  let n = 0;
  let i = 0;
  const length = source.length;
  while (i < length) {
    const c = source.charCodeAt(i);
    // ASCII folds to itself except CR and tab: the fast path, most of any text.
    if (c < 0x80 && c !== 0x0d && c !== 0x09) {
      if (n >= units.length) [units, srcStart, srcEnd] = grow(units, srcStart, srcEnd);
      units[n] = c;
      srcStart[n] = i;
      srcEnd[n] = i + 1;
      n++;
      i++;
      continue;
    }
    // A BMP character that folds to one unit (most Japanese text): one table read, no string.
    const unit = c < 0xd800 || c > 0xdfff ? foldedUnit(c) : -1;
    if (unit >= 0 && unit !== 0x3099 && unit !== 0x309a) {
      if (n >= units.length) [units, srcStart, srcEnd] = grow(units, srcStart, srcEnd);
      units[n] = unit;
      srcStart[n] = i;
      srcEnd[n] = i + 1;
      n++;
      i++;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    let folded: string;
    // CRLF is one line break (the CR folds away); a lone CR (old Mac files) is a line break of its own.
    if (cp === 0x0d) folded = source.charCodeAt(next) === 0x0a ? '' : '\n';
    else folded = foldCodePoint(cp);
    if (folded.length === 1 && n > 0) {
      const f = folded.charCodeAt(0);
      if (f === 0x3099 || f === 0x309a) {
        // Half-width sound mark: compose with the previous character (ｶﾞ → ガ).
        const composed = (String.fromCharCode(units[n - 1]!) + folded).normalize('NFC');
        if (composed.length === 1) {
          units[n - 1] = composed.charCodeAt(0);
          srcEnd[n - 1] = next;
          i = next;
          continue;
        }
      }
    }
    while (n + folded.length > units.length) [units, srcStart, srcEnd] = grow(units, srcStart, srcEnd);
    for (let k = 0; k < folded.length; k++) {
      units[n] = folded.charCodeAt(k);
      srcStart[n] = i;
      srcEnd[n] = next;
      n++;
    }
    i = next;
  }
  const text = unitsToString(units, n);
  return {
    text,
    source,
    toSource(start: number, end: number) {
      if (end <= start) {
        const at = start < n ? srcStart[start]! : source.length;
        return { start: at, end: at };
      }
      return { start: srcStart[start]!, end: srcEnd[end - 1]! };
    },
  };
}

/**
 * Per BMP unit (not CR, not a surrogate): the one unit it folds to, -2 when it folds to none or
 * several (read through foldCodePoint), -1 not yet known.
 */
const FOLDED_UNIT = new Int32Array(0x10000).fill(-1);
function foldedUnit(c: number): number {
  let unit = FOLDED_UNIT[c]!;
  if (unit === -1) {
    const folded = c === 0x0d ? '' : foldCodePoint(c);
    unit = folded.length === 1 ? folded.charCodeAt(0) : -2;
    FOLDED_UNIT[c] = unit;
  }
  return unit;
}

/** What one code point folds to (beyond ASCII), computed once per code point. */
const FOLDED = new Map<number, string>();
function foldCodePoint(cp: number): string {
  let folded = FOLDED.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    if (ch in EXTRA_FOLDS) folded = EXTRA_FOLDS[ch]!;
    else if (cp < 0x80 || KEEP_AS_IS.test(ch)) folded = ch;
    else folded = ch.normalize('NFKC');
    // Bounded: a hostile input of a million distinct code points must not grow it without end.
    if (FOLDED.size < 65536) FOLDED.set(cp, folded);
  }
  return folded;
}

function grow(units: Uint16Array, srcStart: Uint32Array, srcEnd: Uint32Array): [Uint16Array, Uint32Array, Uint32Array] {
  const size = units.length * 2;
  const u = new Uint16Array(size);
  u.set(units);
  const s = new Uint32Array(size);
  s.set(srcStart);
  const e = new Uint32Array(size);
  e.set(srcEnd);
  return [u, s, e];
}

/**
 * The first n units as a string; lone surrogates pass unchanged. Read as UTF-16LE bytes where the
 * machine stores them so (Node's decoder copies the units as they are, ~8× faster than
 * fromCharCode over the archive); else in chunks through fromCharCode (it takes a bounded argument list).
 */
function unitsToString(units: Uint16Array, n: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
  const CHUNK = 8192;
  let text = '';
  for (let at = 0; at < n; at += CHUNK) text += String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]);
  return text;
}

/** NFKC, trimmed, with runs of white space folded to one space: for names users compare. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
