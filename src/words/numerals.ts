/** Kanji numerals: digits, small multipliers (十百千) and large ones (万億兆). */
export const KANJI_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
export const SMALL_UNITS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
export const LARGE_UNITS: Record<string, number> = { '万': 1e4, '億': 1e8, '兆': 1e12 };

/** Every character that can belong to a written number (after width folding). */
export function isNumeralChar(ch: string): boolean {
  // One UTF-16 unit (how callers walk text): a table lookup, this runs for every character scanned.
  if (ch.length === 1) return isNumeralUnit(ch.charCodeAt(0));
  return (ch >= '0' && ch <= '9') || ch === ',' || ch === '.' || ch in KANJI_DIGITS || ch in SMALL_UNITS || ch in LARGE_UNITS;
}

/** 1 for every UTF-16 unit that can belong to a written number: one typed-array read per character. */
const NUMERAL_UNITS = new Uint8Array(0x10000);
for (const c of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '.', ...Object.keys(KANJI_DIGITS), ...Object.keys(SMALL_UNITS), ...Object.keys(LARGE_UNITS)]) NUMERAL_UNITS[c.charCodeAt(0)] = 1;

/** isNumeralChar for one UTF-16 unit (text.charCodeAt(i)): no one-character string per step. */
export function isNumeralUnit(unit: number): boolean {
  return NUMERAL_UNITS[unit] === 1;
}
