import Encoding from 'encoding-japanese';
import { canonicalEncoding, ENCODING_NAMES } from './encodingNames.js';

export { canonicalEncoding, ENCODING_NAMES };

export interface Decoded {
  text: string;
  /** The encoding used: utf-8, utf-16le, utf-16be, shift_jis, euc-jp, iso-2022-jp. */
  encoding: string;
  warnings: string[];
}


/**
 * Bytes to text. The order: a forced encoding (`--encoding`); a BOM; ISO-2022-JP escape sequences;
 * the charset the document declares (<meta charset>) when its bytes agree; strict UTF-8; then
 * Shift_JIS (CP932) or EUC-JP — whichever decodes without error, ties broken by encoding-japanese's
 * detection and by how Japanese the result reads. Node's TextDecoder (full ICU) decodes, so CP932
 * extensions (①, ㈱, NEC/IBM kanji) come out right. Bytes that do not decode give a warning with
 * the offset of the first bad byte (U+FFFD in the text), never a crash and never silent mojibake.
 */
export function decodeBytes(bytes: Uint8Array, forced?: string | null, declared?: string | null): Decoded {
  const warnings: string[] = [];
  const bom = bomOf(bytes);
  if (forced) {
    const name = canonicalEncoding(forced);
    if (!name) throw new Error(`unknown encoding "${forced}" (use one of: ${ENCODING_NAMES.join(', ')})`);
    return decodeAs(bytes, name, bom && bom.encoding === name ? bom.length : 0, warnings);
  }
  if (bom) return decodeAs(bytes, bom.encoding, bom.length, warnings);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(bytes, utf16, 0, warnings);
  if (hasIso2022Escapes(bytes)) return decodeAs(bytes, 'iso-2022-jp', 0, warnings);
  if (declared) {
    const name = canonicalEncoding(declared);
    if (name && !name.startsWith('utf-16')) {
      const text = strictDecode(bytes, name);
      if (text !== null && controlShare(text) < 0.02 && !readsBetterOtherwise(bytes, name, text)) return { text, encoding: name, warnings };
      warnings.push(`the document declares charset "${declared}" but its bytes are not ${name}; detected the encoding instead`);
    }
  }
  if (isAscii(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings };
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings };
  const candidates = (['shift_jis', 'euc-jp'] as const)
    .map((encoding) => ({ encoding, text: strictDecode(bytes, encoding) }))
    .filter((c): c is { encoding: 'shift_jis' | 'euc-jp'; text: string } => c.text !== null && controlShare(c.text) < 0.02);
  if (candidates.length === 1) return { text: candidates[0]!.text, encoding: candidates[0]!.encoding, warnings };
  const detected = Encoding.detect(bytes);
  const hinted = detected === 'SJIS' ? 'shift_jis' : detected === 'EUCJP' ? 'euc-jp' : null;
  if (candidates.length === 2) {
    const [a, b] = candidates.map((c) => ({ ...c, score: japaneseScore(c.text) }));
    const margin = Math.abs(a!.score - b!.score) / Math.max(1, a!.text.length);
    const pick = margin < 0.05 && hinted ? candidates.find((c) => c.encoding === hinted)! : a!.score >= b!.score ? a! : b!;
    return { text: pick.text, encoding: pick.encoding, warnings };
  }
  // A page put together from parts in different encodings (a UTF-8 template around EUC-JP text):
  // each line in the encoding it decodes in.
  const mixed = decodeLineByLine(bytes);
  if (mixed) return { ...mixed, warnings: [...warnings, ...mixed.warnings] };
  // Nothing decodes cleanly: take the reading with the fewest bad sequences and say where they are.
  const lossy = (['utf-8', 'shift_jis', 'euc-jp'] as const).map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return { encoding, text, bad: replacementCount(text) + Math.round(controlShare(text) * text.length), score: japaneseScore(text) };
  });
  lossy.sort((x, y) => x.bad - y.bad || y.score - x.score || (x.encoding === hinted ? -1 : y.encoding === hinted ? 1 : 0));
  return decodeAs(bytes, lossy[0]!.encoding, 0, warnings);
}

/**
 * A wrong declaration can still decode without error (EUC-JP bytes read as Shift_JIS come out as
 * half-width katakana): another Japanese encoding that also decodes and reads far more like
 * Japanese wins.
 */
function readsBetterOtherwise(bytes: Uint8Array, declared: string, text: string): boolean {
  let own: number | null = null;
  for (const other of ['utf-8', 'shift_jis', 'euc-jp']) {
    if (other === declared) continue;
    const alternative = other !== 'utf-8' && mustFail(bytes, other as 'shift_jis' | 'euc-jp') ? null : strictDecode(bytes, other);
    if (alternative === null || hasControlShare(alternative, 0.02)) continue;
    own ??= japaneseScore(text);
    const score = japaneseScore(alternative);
    if (score > 0 && score > own + alternative.length * 0.5) return true;
  }
  return false;
}

/**
 * Whether a strict decoding as Shift_JIS or EUC-JP must fail, told by a walk over the bytes that
 * stops at the first lead byte whose next byte cannot follow it (UTF-8 text has one at its first
 * Japanese character), or at a byte that is no character's: the decoder's exception costs more than
 * the walk. False when unsure — EUC-JP's 0x8E/0x8F sequences are not modelled and end the walk. ICU
 * (Node's decoder) fails on every such pair and byte, whatever follows, and on a lead byte at the end;
 * a pair the walk takes that the decoder would not (an unmapped code) fails the decoding earlier anyway.
 */
function mustFail(bytes: Uint8Array, encoding: 'shift_jis' | 'euc-jp'): boolean {
  const n = bytes.length;
  const euc = encoding === 'euc-jp';
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (euc) {
      if (b >= 0xa1 && b <= 0xfe) {
        const t = i + 1 < n ? bytes[i + 1]! : -1;
        if (t < 0xa1 || t > 0xfe) return true;
        i += 2;
      } else if (b <= 0x8d || (b >= 0x90 && b <= 0x9f)) i++; // a C1 control, one byte
      else return b === 0xa0 || b === 0xff; // never a character; 0x8E/0x8F lead sequences are not modelled
    } else if (b >= 0xa1 && b <= 0xdf) i++; // half-width katakana, one byte
    else if ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) {
      const t = i + 1 < n ? bytes[i + 1]! : -1;
      if (t < 0x40 || t === 0x7f || t > 0xfc) return true;
      i += 2;
    } else return true; // 0x80, 0xA0, 0xFD–0xFF: never a character
  }
  return false;
}

function decodeAs(bytes: Uint8Array, encoding: string, skip: number, warnings: string[]): Decoded {
  const body = bytes.subarray(skip);
  const text = strictDecode(body, encoding);
  if (text !== null) {
    const controls = controlCount(text);
    if (controls > 0 && controls >= text.length * 0.02) warnings.push(`decoded as ${encoding}, but ${controls} control characters suggest another encoding (try --encoding)`);
    return { text, encoding, warnings };
  }
  const lossy = new TextDecoder(encoding).decode(body);
  const bad = firstInvalidOffset(body, encoding) + skip;
  const n = replacementCount(lossy);
  warnings.push(`invalid ${encoding} byte sequence at byte ${bad}${n > 1 ? ` (${n} characters replaced with U+FFFD)` : ' (replaced with U+FFFD)'}`);
  return { text: lossy, encoding, warnings };
}

/**
 * UTF-16 without a byte order mark: NUL bytes gathered on one side of each pair (the high byte of
 * ASCII markup and line ends) and a strict decoding that reads as text. Null for anything else.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  // No NUL byte at all (nearly every file): not UTF-16.
  if (head.length < 16 || head.indexOf(0) < 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const pairs = head.length / 2;
  if (even + odd < pairs * 0.05) return null;
  const encoding = odd > even * 9 ? 'utf-16le' : even > odd * 9 ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = strictDecode(head, encoding);
  if (text === null) return null;
  let texty = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xa0 && c < 0x2000) || (c >= 0x2000 && c < 0x3000)) texty++;
  }
  return texty >= text.length * 0.95 ? encoding : null;
}

/**
 * Piece by piece (lines, and runs between tags — '<' and '\n' are never inside a multi-byte
 * character of these encodings): strict UTF-8, else strict EUC-JP or Shift_JIS (whichever reads as Japanese). Only
 * when every line decodes and more than one encoding was needed; the encoding named is the one
 * most bytes were in, with a warning that the file mixes encodings.
 */
function decodeLineByLine(bytes: Uint8Array): Decoded | null {
  const parts: string[] = [];
  const bytesIn = new Map<string, number>();
  let start = 0;
  while (start < bytes.length) {
    let end = start + 1;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x3c) end++;
    if (end < bytes.length && bytes[end] === 0x0a) end++;
    const line = bytes.subarray(start, end);
    start = end;
    let text: string | null = null;
    let used = 'utf-8';
    if (isAscii(line)) text = new TextDecoder('utf-8').decode(line);
    else {
      text = strictDecode(line, 'utf-8');
      if (text === null) {
        const legacy = (['euc-jp', 'shift_jis'] as const)
          .map((encoding) => ({ encoding, text: strictDecode(line, encoding) }))
          .filter((c): c is { encoding: 'euc-jp' | 'shift_jis'; text: string } => c.text !== null && controlCount(c.text) === 0)
          .sort((a, b) => japaneseScore(b.text) - japaneseScore(a.text))[0];
        if (!legacy) return null;
        text = legacy.text;
        used = legacy.encoding;
      }
      bytesIn.set(used, (bytesIn.get(used) ?? 0) + line.length);
    }
    parts.push(text);
  }
  if (bytesIn.size < 2) return null;
  const ranked = [...bytesIn].sort((a, b) => b[1] - a[1]);
  return {
    text: parts.join(''),
    encoding: ranked[0]![0],
    warnings: [`mixed encodings: parts decoded as ${ranked.map(([e, n]) => `${e} (${n} bytes)`).join(' and ')}`],
  };
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** One strict decoder per encoding (making one per call costs as much as a short page's decoding). */
const strictDecoders = new Map<string, InstanceType<typeof TextDecoder>>();

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  let decoder = strictDecoders.get(encoding);
  if (!decoder) {
    // ignoreBOM: the caller strips a BOM it has seen; a later U+FEFF is text.
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    strictDecoders.set(encoding, decoder);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    // A decode without { stream } starts afresh: the decoder that threw serves the next call.
    return null;
  }
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  return strictDecode(bytes, 'utf-8') !== null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

/** 7-bit bytes holding a JIS X 0208 escape (ESC $ @, ESC $ B) or a JIS Roman/kana one. */
function hasIso2022Escapes(bytes: Uint8Array): boolean {
  let escapes = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) return false;
    if (b === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x40 || bytes[i + 2] === 0x42)) escapes = true;
  }
  return escapes;
}

/**
 * The share of control and private-use characters: a byte stream read in the wrong encoding
 * (EUC-JP takes stray 0x80–0x8D for C1 controls) is full of them; Japanese text has none.
 */
function controlShare(text: string): number {
  return text.length === 0 ? 0 : controlCount(text) / text.length;
}

/** Whether controls make up at least `share` of the text (stops counting there: a wrong reading is full of them). */
function hasControlShare(text: string, share: number): boolean {
  const limit = text.length * share;
  if (text.length === 0 || !ANY_CONTROL.test(text)) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i)) && ++n >= limit) return true;
  return false;
}

/**
 * Control and private-use characters in decoded text (tab, newlines, form feed and ESC aside).
 * By UTF-16 unit: a surrogate is neither, so astral characters count as they did by code point.
 */
export function controlCount(text: string): number {
  // A page's text is counted twice (the declared encoding's check, then the reader's): once is enough.
  if (text === lastCounted.text) return lastCounted.controls;
  let n = 0;
  // Text without any (nearly all of it) is told by one native scan.
  if (ANY_CONTROL.test(text)) for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  lastCounted = { text, controls: n };
  return n;
}
/** The text controlCount counted last, and its count. */
let lastCounted: { text: string | null; controls: number } = { text: null, controls: 0 };

/** The characters isControl counts, as one class. */
const ANY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f-\u009f\ue000-\uf8ff]/;

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || (c >= 0x7f && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff);
}

/** U+FFFD characters: bytes that did not decode. */
export function replacementCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * How much a decoding reads like Japanese: kana and kanji count for, half-width katakana runs,
 * private-use characters and controls (what a wrong Shift_JIS/EUC-JP reading produces) against.
 */
export function japaneseScore(text: string): number {
  let score = 0;
  // By UTF-16 unit: no range below holds a surrogate, so astral characters score 0 as by code point.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x309f) score += 3;
    else if (c >= 0x30a0 && c <= 0x30ff) score += 2;
    else if (c >= 0x4e00 && c <= 0x9fff) score += 1;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) score += 1;
    else if (c >= 0xff61 && c <= 0xff9f) score -= 2;
    else if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0x80 && c < 0xa0)) score -= 5;
  }
  return score;
}

/** The offset of the first byte that does not decode (binary search over fatal decodes of prefixes). */
function firstInvalidOffset(bytes: Uint8Array, encoding: string): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  // The longest prefix may end inside a multi-byte sequence (a lead byte waiting for its trail):
  // the bad sequence starts where the last complete character ends.
  for (let m = lo; m >= Math.max(0, lo - 4); m--) {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, m));
      return m;
    } catch {
      // keep walking back
    }
  }
  return lo;
}

/**
 * The charset an HTML (or XML) document declares in its first bytes: <meta charset="…">,
 * <meta http-equiv="Content-Type" content="text/html; charset=…"> or <?xml … encoding="…"?>.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta\b[^>]{0,300}?\bcharset[ \t]*=[ \t]*["']?[ \t]*([A-Za-z0-9_:.-]{1,40})/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml\b[^>]{0,200}?\bencoding[ \t]*=[ \t]*["']([A-Za-z0-9_:.-]{1,40})["']/i.exec(head);
  return xml ? xml[1]! : null;
}
