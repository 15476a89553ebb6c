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

/** Parts of the day written after a date (7月10日未明, 午前10時頃); longest first. */
export const TIME_OF_DAY_WORDS = ['未明', '早朝', '午前', '午後', '深夜', '夜間', '夕方', '夕刻', '正午', '朝', '昼', '夕', '夜'] as const;

/** Words before a year-less date that say which year it is. */
export const YEAR_HINTS = {
  '同年': 'same',
  '本年': 'current',
  '今年': 'current',
  '昨年': 'previous',
  '前年': 'previous',
} as const;
