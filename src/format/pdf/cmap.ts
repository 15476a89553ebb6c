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

const codeOf = (s: PdfString) => {
  let v = 0;
  for (let i = 0; i < s.bytes.length; i++) v = v * 256 + s.bytes.charCodeAt(i);
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

export function parseCMap(text: string): CMap {
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
        cmap.codespace.push({ bytes: low.bytes.length, low: codeOf(low), high: codeOf(high) });
      });
    } else if (word === 'beginbfchar') {
      until('endbfchar', (first) => {
        const code = codeOf(str(first));
        const dst = lexer.next();
        if (!(dst instanceof PdfString)) throw new Unsupported('a bfchar destination that is not a string');
        cmap.unicode.set(code, utf16Text(dst.bytes));
      });
    } else if (word === 'beginbfrange') {
      until('endbfrange', (first) => {
        let low = codeOf(str(first));
        const high = codeOf(str(lexer.next()));
        const dst = lexer.next();
        if (high < low || high - low >= MAX_RANGE) throw new Unsupported('a bfrange out of order or too large');
        if (Array.isArray(dst)) {
          for (const item of dst) {
            if (low > high) break;
            if (!(item instanceof PdfString)) throw new Unsupported('a bfrange array item that is not a string');
            cmap.unicode.set(low++, utf16Text(item.bytes));
          }
          return;
        }
        if (!(dst instanceof PdfString) || dst.bytes.length === 0) throw new Unsupported('a bfrange destination that is not a string');
        let bytes = dst.bytes;
        const last = bytes.length - 1;
        while (low <= high) {
          cmap.unicode.set(low++, utf16Text(bytes));
          const next = bytes.charCodeAt(last) + 1;
          // pdf.js carries into the byte before (where a strict reading would wrap within the last byte).
          bytes = next > 0xff ? bytes.slice(0, last - 1) + String.fromCharCode(bytes.charCodeAt(last - 1) + 1) + '\u0000' : bytes.slice(0, last) + String.fromCharCode(next);
        }
      });
    } else if (word === 'begincidchar') {
      until('endcidchar', (first) => {
        const code = codeOf(str(first));
        const cid = lexer.next();
        if (typeof cid !== 'number' || !Number.isInteger(cid)) throw new Unsupported('a cidchar that is not a number');
        cmap.cid.set(code, cid);
      });
    } else if (word === 'begincidrange') {
      until('endcidrange', (first) => {
        let low = codeOf(str(first));
        const high = codeOf(str(lexer.next()));
        let cid = lexer.next();
        if (typeof cid !== 'number' || !Number.isInteger(cid) || high < low || high - low >= MAX_RANGE) throw new Unsupported('a malformed cidrange');
        while (low <= high) cmap.cid.set(low++, cid++);
      });
    }
    operands.length = 0;
  }
  return cmap;
}
