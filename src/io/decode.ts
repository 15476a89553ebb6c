import Encoding from 'encoding-japanese';

export interface Decoded {
  text: string;
  /** The encoding used: utf-8, utf-16le, utf-16be, shift_jis, euc-jp, iso-2022-jp. */
  encoding: string;
  warnings: string[];
}

const LABELS: Record<string, string> = {
  UTF8: 'utf-8', SJIS: 'shift_jis', EUCJP: 'euc-jp', JIS: 'iso-2022-jp', UTF16BE: 'utf-16be', UTF16LE: 'utf-16le', UTF16: 'utf-16le', ASCII: 'utf-8',
};
/** WHATWG names TextDecoder accepts for each label. */
const DECODER_NAMES: Record<string, string> = {
  'utf-8': 'utf-8', 'utf8': 'utf-8', 'shift_jis': 'shift_jis', 'sjis': 'shift_jis', 'cp932': 'shift_jis', 'windows-31j': 'shift_jis',
  'euc-jp': 'euc-jp', 'eucjp': 'euc-jp', 'iso-2022-jp': 'iso-2022-jp', 'jis': 'iso-2022-jp', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16le',
};

export function canonicalEncoding(name: string): string | null {
  return DECODER_NAMES[name.trim().toLowerCase()] ?? null;
}

/**
 * Bytes to text. A BOM decides first; then strict UTF-8; then encoding-japanese's detection
 * (Shift_JIS, EUC-JP, ISO-2022-JP). Node's TextDecoder (full ICU) does the decoding, so CP932
 * extensions (①, ㈱, NEC/IBM kanji) come out right. Bytes that do not decode give a warning
 * with the offset of the first bad byte, never silent mojibake.
 */
export function decodeBytes(bytes: Uint8Array, forced?: string | null): Decoded {
  const warnings: string[] = [];
  let encoding: string;
  let offset = 0;
  if (forced) {
    const name = canonicalEncoding(forced);
    if (!name) throw new Error(`unknown encoding "${forced}"`);
    encoding = name;
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
  } else if (isValidUtf8(bytes)) {
    encoding = 'utf-8';
  } else {
    const detected = Encoding.detect(bytes);
    encoding = (detected && LABELS[detected]) || 'utf-8';
    if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
  }
  if ((encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (encoding.startsWith('utf-16') && (bytes[0] === 0xff || bytes[0] === 0xfe))) {
    offset = encoding === 'utf-8' ? 3 : 2;
  }
  const body = bytes.subarray(offset);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding, warnings };
  } catch {
    const bad = firstInvalidOffset(body, encoding);
    warnings.push(`invalid ${encoding} byte sequence at byte ${bad + offset}; replaced with U+FFFD`);
    return { text: new TextDecoder(encoding).decode(body), encoding, warnings };
  }
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that does not decode (binary search over fatal decodes of prefixes). */
function firstInvalidOffset(bytes: Uint8Array, encoding: string): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
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
  return lo;
}
