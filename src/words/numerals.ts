/** Kanji numerals: digits, small multipliers (十百千) and large ones (万億兆). */
export const KANJI_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
export const SMALL_UNITS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
export const LARGE_UNITS: Record<string, number> = { '万': 1e4, '億': 1e8, '兆': 1e12 };

/** Every character that can belong to a written number (after width folding). */
export function isNumeralChar(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || ch === ',' || ch === '.' || ch in KANJI_DIGITS || ch in SMALL_UNITS || ch in LARGE_UNITS;
}
