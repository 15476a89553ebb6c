/** Japanese era names and the Gregorian year of each era's first year (元年). */
export const ERAS: Record<string, number> = {
  '令和': 2019,
  '平成': 1989,
  '昭和': 1926,
};
/** Era names as a regex alternation, longest first. */
export const ERA_ALTERNATION = Object.keys(ERAS).join('|');

/** Words after a date that qualify it: part of the month, "around", "end of". */
export const DATE_QUALIFIERS = ['上旬', '中旬', '下旬', '初旬', '初め', '頃', 'ごろ', '末', '中'] as const;
