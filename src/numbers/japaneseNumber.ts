import { KANJI_DIGITS, LARGE_UNITS, SMALL_UNITS } from '../words/numerals.js';

/**
 * The numeral tables by UTF-16 unit (kind 1 a kanji digit, 2 十百千, 3 万億兆; 0 none) and value: a
 * typed-array read per character where a keyed look-up of a one-character string made the
 * optimized count scanner bail out and be compiled again, once per new character.
 */
const KIND = new Uint8Array(0x10000);
const VALUE = new Float64Array(0x10000);
for (const [kind, table] of [[1, KANJI_DIGITS], [2, SMALL_UNITS], [3, LARGE_UNITS]] as const) {
  for (const [ch, value] of Object.entries(table)) {
    KIND[ch.charCodeAt(0)] = kind;
    VALUE[ch.charCodeAt(0)] = value;
  }
}

/**
 * Parses a written Japanese quantity, already width-folded: "79,991", "1,931,902", "1万2千",
 * "4万5千", "7.4万", "三千", "二十五", "1億2,345万". Returns null for anything that is not one
 * well-formed number ("1,2" with a bad digit group, "..", an empty string), and for numbers beyond
 * 2^53 (99999999999999999999, 1京): past Number.MAX_SAFE_INTEGER a double no longer holds every
 * whole number, so 99999999999999999999 would silently become 1e20.
 */
export function parseJapaneseNumber(written: string): number | null {
  let total = 0; // sum of completed 万/億/兆 groups
  let section = 0; // sum below the current large unit (十百千 parts)
  let current: number | null = null; // the numeral being read
  let i = 0;
  let sawAny = false;
  let lastLarge = Infinity;
  while (i < written.length) {
    const code = written.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (current !== null) return null; // "1三" or a digit right after a kanji digit
      let j = i + 1;
      for (; j < written.length; j++) {
        const c = written.charCodeAt(j);
        if (!((c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e)) break;
      }
      const arabic = parseArabic(written.slice(i, j));
      if (arabic === null) return null;
      current = arabic;
      sawAny = true;
      i = j;
      continue;
    }
    const kind = KIND[code]!;
    if (kind === 1) {
      current = (current ?? 0) * 10 + VALUE[code]!;
      sawAny = true;
      i++;
      continue;
    }
    if (kind === 2) {
      section += (current ?? 1) * VALUE[code]!;
      current = null;
      sawAny = true;
      i++;
      continue;
    }
    if (kind === 3) {
      const unit = VALUE[code]!;
      if (unit >= lastLarge) return null; // 万 after 万: not one number
      const group = section + (current ?? 0);
      if (group === 0 && current === null && section === 0) return null;
      total += group * unit;
      lastLarge = unit;
      section = 0;
      current = null;
      i++;
      continue;
    }
    return null;
  }
  if (!sawAny) return null;
  const value = Math.round(total + section + (current ?? 0));
  return Number.isSafeInteger(value) ? value : null;
}

/** "79,991" → 79991, "7.4" → 7.4; commas must separate groups of three. */
function parseArabic(digits: string): number | null {
  if (!/^[0-9]/.test(digits) || digits.endsWith(',') || digits.endsWith('.')) return null;
  const [intPart, frac, extra] = digits.split('.');
  if (extra !== undefined) return null;
  if (intPart!.includes(',') && !/^[0-9]{1,3}(,[0-9]{3})+$/.test(intPart!)) return null;
  if (frac !== undefined && (frac.length === 0 || frac.includes(','))) return null;
  // More digits than a double holds exactly: refused here rather than rounded.
  if (intPart!.replace(/,/g, '').replace(/^0+/, '').length > 16) return null;
  return Number(intPart!.replace(/,/g, '') + (frac !== undefined ? '.' + frac : ''));
}
