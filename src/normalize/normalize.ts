/**
 * Width and form folding with an offset map back to the source.
 *
 * Extractors match on the normalized text (ASCII digits and Latin letters, "~" for every wave dash,
 * ":" for the full-width colon) and report evidence in source offsets through `toSource`.
 * Each source character is folded on its own (NFKC), so every normalized character knows which
 * source character it came from; a combining sound mark (half-width ﾞ/ﾟ) is composed into the
 * character before it.
 */

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
  const out: string[] = [];
  // srcStart[i] / srcEnd[i]: the source span of normalized UTF-16 unit i (typed arrays: a 50 MB
  // input must not cost gigabytes).
  let srcStart = new Uint32Array(source.length + 16);
  let srcEnd = new Uint32Array(source.length + 16);
  let n = 0;
  let i = 0;
  while (i < source.length) {
    const cp = source.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    let folded: string;
    // CRLF is one line break (the CR folds away); a lone CR (old Mac files) is a line break of its own.
    if (cp === 0x0d) folded = source.charCodeAt(next) === 0x0a ? '' : '\n';
    else if (ch in EXTRA_FOLDS) folded = EXTRA_FOLDS[ch]!;
    else if (cp < 0x80 || KEEP_AS_IS.test(ch)) folded = ch;
    else folded = ch.normalize('NFKC');
    if (folded.length > 0 && /^[\u3099\u309a]$/.test(folded) && out.length > 0) {
      // Half-width sound mark: compose with the previous character (ｶﾞ → ガ).
      const composed = (out[out.length - 1] + folded).normalize('NFC');
      if (composed.length === 1) {
        out[out.length - 1] = composed;
        srcEnd[n - 1] = next;
        i = next;
        continue;
      }
    }
    if (n + folded.length > srcStart.length) {
      const grow = (a: Uint32Array) => { const b = new Uint32Array(a.length * 2); b.set(a); return b; };
      srcStart = grow(srcStart);
      srcEnd = grow(srcEnd);
    }
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k]!);
      srcStart[n] = i;
      srcEnd[n] = next;
      n++;
    }
    i = next;
  }
  const text = out.join('');
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

/** NFKC, trimmed, with runs of white space folded to one space: for names users compare. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
