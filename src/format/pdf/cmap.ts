import { Lexer, PdfKeyword, PdfString, Unsupported, type PdfValue } from './objects.js';

/**
 * An embedded CMap (ISO 32000 §9.7.5, §9.10.3), as ToUnicode maps and CID encodings carry them:
 * codespace ranges (how many bytes a code takes) and code → Unicode text (bfchar, bfrange, the
 * array form of bfrange) or code → CID (cidchar, cidrange). Read as pdf.js reads it — a bfrange's
 * destination counts up in its last byte, carrying into the one before; UTF-16 surrogate pairs
 * make one character — so the text is the same. Anything it cannot read (usecmap, a malformed
 * entry, a huge range) throws Unsupported and the file goes to pdf.js.
 */
export interface CMap {
  codespace: { bytes: number; low: number; high: number }[];
  /** Code → Unicode text (bf entries). */
  unicode: Map<number, string>;
  /** Code → CID (cid entries). */
  cid: Map<number, number>;
  vertical: boolean;
}

/** The largest range read (pdf.js's own cap is 2^24; a release's fonts never come near). */
const MAX_RANGE = 0x10000;

/** A code's bytes as a number, big-endian. */
const codeOf = (bytes: string) => {
  let v = 0;
  for (let i = 0; i < bytes.length; i++) v = v * 256 + bytes.charCodeAt(i);
  return v;
};

/** UTF-16BE bytes → text, as pdf.js's readToUnicode (an odd length gets a leading zero byte). */
export function utf16Text(bytes: string): string {
  if (bytes.length % 2 !== 0) bytes = '\u0000' + bytes;
  const points: number[] = [];
  for (let k = 0; k < bytes.length; k += 2) {
    const w1 = (bytes.charCodeAt(k) << 8) | bytes.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      points.push(w1);
      continue;
    }
    k += 2;
    const w2 = (bytes.charCodeAt(k) << 8) | bytes.charCodeAt(k + 1);
    points.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...points);
}

/** Hex digits (white space allowed between them) to bytes, an odd last digit padded with 0 as the lexer pads it. */
function hexBytes(hex: string): string {
  const digits = hex.replace(/\s+/g, '');
  let out = '';
  for (let i = 0; i < digits.length; i += 2) out += String.fromCharCode(parseInt(digits.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

const SECTION_NAMES = ['codespacerange', 'bfchar', 'bfrange', 'cidchar', 'cidrange'];
const HEX = '<([0-9A-Fa-f\\s]*)>';
const CODESPACE_ENTRY = new RegExp(`\\s*${HEX}\\s*${HEX}`, 'y');
const BFCHAR_ENTRY = CODESPACE_ENTRY;
const BFRANGE_ENTRY = new RegExp(`\\s*${HEX}\\s*${HEX}\\s*(?:${HEX}|\\[([^\\]]*)\\])`, 'y');
const CID_ENTRY = new RegExp(`\\s*${HEX}\\s*(?:${HEX}\\s*)?(\\d+)(?=\\s|$)`, 'y');
const ARRAY_ITEM = new RegExp(`\\s*${HEX}`, 'y');

/**
 * The CMap text as a ToUnicode map is nearly always written — sections of hex entries, no
 * comments — read with a few sticky regular expressions (a Type 3 font of a printed page has one
 * such map each, a hundred fonts a page), or null when anything in it is not of that form and the
 * general reader below must judge it.
 */
export function parsePlainCMap(text: string): CMap | null {
  if (text.includes('%') || text.includes('usecmap')) return null;
  const cmap: CMap = { codespace: [], unicode: new Map(), cid: new Map(), vertical: /\/WMode\s+1\s+def/.test(text) };
  let at = 0;
  for (;;) {
    const begin = text.indexOf('begin', at);
    if (begin < 0) return cmap;
    const name = SECTION_NAMES.find((n) => text.startsWith(n, begin + 5));
    if (!name) {
      at = begin + 5;
      continue;
    }
    const start = begin + 5 + name.length;
    const end = text.indexOf('end' + name, start);
    if (end < 0) return null;
    const body = text.slice(start, end);
    const entry = name === 'codespacerange' ? CODESPACE_ENTRY : name === 'bfchar' ? BFCHAR_ENTRY : name === 'bfrange' ? BFRANGE_ENTRY : CID_ENTRY;
    entry.lastIndex = 0;
    // A failed sticky match resets lastIndex: where the entries end is kept apart.
    let read = 0;
    let m: RegExpExecArray | null;
    while ((m = entry.exec(body))) {
      read = entry.lastIndex;
      const low = hexBytes(m[1]!);
      if (low.length === 0 || low.length > 4) return null;
      const code = codeOf(low);
      if (name === 'codespacerange') {
        const high = hexBytes(m[2]!);
        if (high.length !== low.length) return null;
        cmap.codespace.push({ bytes: low.length, low: code, high: codeOf(high) });
      } else if (name === 'bfchar') cmap.unicode.set(code, utf16Text(hexBytes(m[2]!)));
      else if (name === 'cidchar' || name === 'cidrange') {
        const high = m[2] === undefined ? code : codeOf(hexBytes(m[2]));
        if ((name === 'cidchar') !== (m[2] === undefined) || high < code || high - code >= MAX_RANGE) return null;
        for (let c = code, cid = Number(m[3]); c <= high; c++) cmap.cid.set(c, cid++);
      } else {
        const high = hexBytes(m[2]!);
        if (high.length === 0 || high.length > 4) return null;
        const destinations = m[4] === undefined ? [hexBytes(m[3]!)] : arrayItems(m[4]);
        if (!destinations) return null;
        mapRange(cmap, code, codeOf(high), destinations, m[4] !== undefined);
      }
      if (read === body.length) break;
    }
    if (body.slice(read).trim() !== '') return null;
    at = end + 3 + name.length;
  }
}

function arrayItems(inside: string): string[] | null {
  const items: string[] = [];
  ARRAY_ITEM.lastIndex = 0;
  let read = 0;
  let m: RegExpExecArray | null;
  while ((m = ARRAY_ITEM.exec(inside))) {
    items.push(hexBytes(m[1]!));
    read = ARRAY_ITEM.lastIndex;
    if (read === inside.length) break;
  }
  return inside.slice(read).trim() === '' ? items : null;
}

/** A bfrange: an array gives each code its text; a string counts up in its last byte, carrying into the one before (as pdf.js does). */
function mapRange(cmap: CMap, low: number, high: number, destinations: string[], isArray: boolean): void {
  if (high < low || high - low >= MAX_RANGE) throw new Unsupported('a bfrange out of order or too large');
  if (isArray) {
    for (const item of destinations) {
      if (low > high) break;
      cmap.unicode.set(low++, utf16Text(item));
    }
    return;
  }
  let bytes = destinations[0]!;
  if (bytes.length === 0) throw new Unsupported('an empty bfrange destination');
  const last = bytes.length - 1;
  while (low <= high) {
    cmap.unicode.set(low++, utf16Text(bytes));
    const next = bytes.charCodeAt(last) + 1;
    bytes = next > 0xff ? bytes.slice(0, last - 1) + String.fromCharCode(bytes.charCodeAt(last - 1) + 1) + '\u0000' : bytes.slice(0, last) + String.fromCharCode(next);
  }
}

export function parseCMap(text: string): CMap {
  const plain = parsePlainCMap(text);
  if (plain) return plain;
  const cmap: CMap = { codespace: [], unicode: new Map(), cid: new Map(), vertical: false };
  const lexer = new Lexer(text);
  const operands: PdfValue[] = [];
  const str = (v: PdfValue | PdfKeyword | undefined): PdfString => {
    if (!(v instanceof PdfString) || v.bytes.length === 0 || v.bytes.length > 4) throw new Unsupported('a CMap entry that is not a code');
    return v;
  };
  const until = (end: string, read: (first: PdfValue) => void) => {
    for (;;) {
      const v = lexer.next();
      if (v === undefined) throw new Unsupported(`a CMap without ${end}`);
      if (v instanceof PdfKeyword) {
        if (v.word === end) return;
        throw new Unsupported(`${v.word} inside a CMap section`);
      }
      read(v);
    }
  };
  for (;;) {
    const token = lexer.next();
    if (token === undefined) break;
    if (!(token instanceof PdfKeyword)) {
      operands.push(token);
      if (operands.length > 8) operands.shift();
      continue;
    }
    const word = token.word;
    if (word === 'usecmap') throw new Unsupported('a CMap built on another (usecmap)');
    if (word === 'def' && operands.length >= 2) {
      const key = operands[operands.length - 2];
      const value = operands[operands.length - 1];
      if (key && typeof key === 'object' && 'name' in key && key.name === 'WMode' && value === 1) cmap.vertical = true;
    } else if (word === 'begincodespacerange') {
      until('endcodespacerange', (first) => {
        const low = str(first);
        const high = str(lexer.next());
        if (low.bytes.length !== high.bytes.length) throw new Unsupported('a codespace range of two lengths');
        cmap.codespace.push({ bytes: low.bytes.length, low: codeOf(low.bytes), high: codeOf(high.bytes) });
      });
    } else if (word === 'beginbfchar') {
      until('endbfchar', (first) => {
        const code = codeOf(str(first).bytes);
        const dst = lexer.next();
        if (!(dst instanceof PdfString)) throw new Unsupported('a bfchar destination that is not a string');
        cmap.unicode.set(code, utf16Text(dst.bytes));
      });
    } else if (word === 'beginbfrange') {
      until('endbfrange', (first) => {
        const low = codeOf(str(first).bytes);
        const high = codeOf(str(lexer.next()).bytes);
        const dst = lexer.next();
        if (Array.isArray(dst)) {
          if (!dst.every((item) => item instanceof PdfString)) throw new Unsupported('a bfrange array item that is not a string');
          mapRange(cmap, low, high, (dst as PdfString[]).map((item) => item.bytes), true);
        } else if (dst instanceof PdfString) mapRange(cmap, low, high, [dst.bytes], false);
        else throw new Unsupported('a bfrange destination that is not a string');
      });
    } else if (word === 'begincidchar') {
      until('endcidchar', (first) => {
        const code = codeOf(str(first).bytes);
        const cid = lexer.next();
        if (typeof cid !== 'number' || !Number.isInteger(cid)) throw new Unsupported('a cidchar that is not a number');
        cmap.cid.set(code, cid);
      });
    } else if (word === 'begincidrange') {
      until('endcidrange', (first) => {
        let low = codeOf(str(first).bytes);
        const high = codeOf(str(lexer.next()).bytes);
        let cid = lexer.next();
        if (typeof cid !== 'number' || !Number.isInteger(cid) || high < low || high - low >= MAX_RANGE) throw new Unsupported('a malformed cidrange');
        while (low <= high) cmap.cid.set(low++, cid++);
      });
    }
    operands.length = 0;
  }
  return cmap;
}
