import { DATE_QUALIFIERS, ERAS, ERA_ALTERNATION, TIME_OF_DAY_WORDS, YEAR_HINTS } from '../words/eras.js';
import { parseJapaneseNumber } from '../numbers/japaneseNumber.js';
import { matchesOf, withFirstCharGuard } from '../util/regex.js';

/**
 * Finds calendar dates in width-folded text: 2025年12月3日, 2025 年 12 月 3 日, 2025/12/3,
 * 令和7年12月3日 / 令和7.12.3 / 令和元年, 12月3日 (year implied), 2025年12月 (month only), with 上旬/中旬/下旬,
 * a time of day after the date (13時30分頃, 22:56, 未明) and ranges (10月1日から4日にかけて,
 * 12月1日~3日, 7月8~10日, 7月10日未明~11日昼ごろ).
 * Every quantifier is bounded or over a single character class, so matching stays linear.
 */

const SP = '[ ]{0,2}';
const ERA_YEAR = '(?:元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})';
/** A first day that shares its 日 with the range's end: "7月8~10日" (read with the end as 7月8日~10日). */
const DAY_SHARED_WITH_END = `(?=${SP}~${SP}[0-9]{1,2}${SP}日)`;
const DATE_PATTERN = withFirstCharGuard(new RegExp(
  [
    // 2025年12月3日 / 令和7年12月3日 / 2025年12月 / 令和6(2024)年12月30日 / 令和6年(2024年)12月30日 / 2024(令和6)年 /
    // 2025年(令和7年)5月1日 (the era year glossing the Gregorian one, as the Gregorian one glosses the era's)
    `(?<![0-9])(?:(?<era>${ERA_ALTERNATION})${SP}(?<eraYear>${ERA_YEAR})(?:${SP}\\(${SP}(?<gregInEra>[0-9]{4})${SP}\\))?|(?<year>[0-9]{4})(?:${SP}\\(${SP}(?:${ERA_ALTERNATION})${SP}${ERA_YEAR}${SP}\\))?)${SP}年(?:${SP}\\(${SP}(?:(?<gregAfterEra>[0-9]{4})|(?:${ERA_ALTERNATION})${SP}${ERA_YEAR})${SP}年${SP}\\))?${SP}(?<month>[0-9]{1,2})${SP}月(?:${SP}(?<day>[0-9]{1,2})(?:${SP}日|${DAY_SHARED_WITH_END}))?`,
    // 2025/12/3, 2025.12.3, 2025-12-03
    `(?<![0-9])(?<slashYear>20[0-9]{2}|19[0-9]{2})(?<sep>[/.\\-])(?<slashMonth>[0-9]{1,2})\\k<sep>(?<slashDay>[0-9]{1,2})(?![0-9])`,
    // 令和7.12.3, 令和7/12/3: the era's name written out, its year, month and day in dots or slashes
    `(?<![0-9])(?<dotEra>${ERA_ALTERNATION})${SP}(?<dotEraYear>元|[0-9]{1,2})(?<eraSep>[/.])(?<dotMonth>[0-9]{1,2})\\k<eraSep>(?<dotDay>[0-9]{1,2})(?![0-9./])`,
    // 12月3日 (year implied)
    `(?<![0-9])(?<bareMonth>[0-9]{1,2})${SP}月${SP}(?<bareDay>[0-9]{1,2})(?:${SP}日|${DAY_SHARED_WITH_END})`,
    // 4/27(日), 3/8の21時頃 (year implied; only with a weekday or an hour, which tell it from a fraction or a ratio)
    `(?<![0-9/.])(?<shortMonth>[0-9]{1,2})/(?<shortDay>[0-9]{1,2})(?=[ ]{0,2}(?:\\([月火水木金土日]|の?[ ]?[0-9]{1,2}[ ]?(?:時(?!間)|:[0-9]{2})))`,
    // 本年1月, 同年8月 (a month of a year the words before it give)
    `(?<=(?:同年|本年|今年|昨年|前年)${SP})(?<hintMonth>[0-9]{1,2})${SP}月(?!${SP}[0-9])`,
    // 3月上旬, 12月末, 9月中旬頃 (year implied: a month is a date alone only with a part of it named; not 12月中, a span, nor
    // 3月末日, a day)
    `(?<![0-9年/.])(?<partMonth>[0-9]{1,2})${SP}月(?=${SP}(?:上旬|中旬|下旬|初旬|初め|末(?!日)))`,
  ].join('|'),
  'g',
));
const GROUP_ERA = 'era';
const GROUP_ERA_YEAR = 'eraYear';

const WEEKDAYS = '日月火水木金土';
/** "(水)", "(水曜日)", "(金・祝)" after a date. */
const WEEKDAY = `(?:\\([月火水木金土日祝・曜 ]{1,6}\\)|[月火水木金土日]曜日)`;
/** A time of day after a date: "未明", "午前10時頃", "13時30分ごろ", "22:56", "深夜". */
// (Text taken from PDFs spaces its numerals: "午前 4 時ごろ", "14 時 30 分頃".)
const TIME = `(?:${SP}(?:${TIME_OF_DAY_WORDS.join('|')}))?(?:${SP}[0-9]{1,2}(?::[0-9]{2}|[ ]?時(?!間)(?:[ ]?[0-9]{1,2}[ ]?分)?|[ ]?時半))?(?:${SP}(?:頃|ごろ|過ぎ))?`;
// ("3/8の21時頃から": an hour after の; "7月10日木曜日の未明から": a time of day after の, not a noun it begins, "…日の朝刊".)
const TIME_AFTER_NO = `(?:の(?=[ ]?(?:[0-9]{1,2}[ ]?(?:時|:)|(?:${TIME_OF_DAY_WORDS.join('|')})(?![刊食礼会]))))?`;
const AFTER_DATE = new RegExp(`^(?:${SP}${WEEKDAY})?${TIME_AFTER_NO}(?<time>${TIME})`);

const QUALIFIER_PATTERN = new RegExp(`^${SP}(?<qualifier>${DATE_QUALIFIERS.join('|')})`);
/** After a date (and its time): "から4日", "~12月4日", "-4日(土)昼ごろ" (the end of a range). */
const RANGE_END_PATTERN = new RegExp(
  `^${SP}(?:~|から|-|－|—|より)[、]?${SP}(?:同年${SP})?(?:同月${SP})?(?:(?:(?<endYear>[0-9]{4})|(?<endEra>${ERA_ALTERNATION})${SP}(?<endEraYear>${ERA_YEAR}))${SP}年${SP})?(?:(?<endMonth>[0-9]{1,2})${SP}月${SP})?(?<endDay>[0-9]{1,2})${SP}日(?:${SP}${WEEKDAY})?${TIME_AFTER_NO}${TIME}`,
);
/** After a slash date: "~5/3(土)", "から2025/5/3" (the end of a range written the same way). */
const SLASH_RANGE_END_PATTERN = new RegExp(
  `^${SP}(?:~|から|－|—|より)${SP}(?:(?<endYear>20[0-9]{2})/)?(?<endMonth>[0-9]{1,2})/(?<endDay>[0-9]{1,2})(?![0-9/])(?=${SP}(?:${WEEKDAY}|まで|にかけて|の間|の期間|頃|ごろ|[0-9]{1,2}[:時]|${TIME_OF_DAY_WORDS.join('|')}))(?:${SP}${WEEKDAY})?${TIME}`,
);
/** After a month-only date: "から2025年2月", "~12月" (the end of a range of months). */
const MONTH_RANGE_END_PATTERN = new RegExp(`^${SP}(?:~|から|-|－|—)${SP}(?:(?:(?<endYear>[0-9]{4})|(?<endEra>${ERA_ALTERNATION})${SP}(?<endEraYear>${ERA_YEAR}))${SP}年${SP})?(?<endMonth>[0-9]{1,2})${SP}月(?!${SP}[0-9])(?:${SP}(?:${DATE_QUALIFIERS.join('|')}))?`);
/** The two characters before a year-less date that say which year it is: 同年, 本年, 昨年. */
const YEAR_HINT_BEFORE = new RegExp(`(?<hint>${Object.keys(YEAR_HINTS).join('|')})${SP}$`);

export type YearHint = (typeof YEAR_HINTS)[keyof typeof YEAR_HINTS];

export interface DateMention {
  /** Offsets in the searched text (the end includes a weekday, time, qualifier or range end). */
  start: number;
  end: number;
  /** Written or era year; null when implied (resolve with `inferYear` or a `yearHint`). */
  year: number | null;
  month: number;
  day: number | null;
  qualifier: string | null;
  /** The written time of day ("未明", "22時50分頃"), or null. */
  time: string | null;
  /** The written day of the week, 0 (日) to 6 (土), or null. */
  weekday: number | null;
  /** For a year-less date: 同年 (the year of the date before), 本年 (the publication year), 昨年. */
  yearHint: YearHint | null;
  /** The written end of a range, when the date opens one. */
  rangeEnd: { year: number | null; month: number; day: number | null } | null;
}

/** After a month-only date, the 期 of a fiscal term ("2026年3月期", "2024 年 12 月期決算"); not a deadline or a period (期限, 期間). */
const FISCAL_TERM_AFTER = /^[ ]?期(?![限間日待])/;

export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  let covered = 0;
  for (const m of matchesOf(DATE_PATTERN, text)) {
    // The end of a range already read ("1日~2025年12月10日") is not a date of its own.
    if (m.index! < covered) continue;
    const g = m.groups!;
    let year: number | null = null;
    let month: number;
    let day: number | null;
    if (g.month !== undefined) {
      // A Gregorian year written beside the era year is the one to trust.
      const gregorian = g.gregInEra ?? g.gregAfterEra;
      year = gregorian !== undefined ? Number(gregorian) : g[GROUP_ERA] !== undefined ? parseWarekiYear(g[GROUP_ERA]!, g[GROUP_ERA_YEAR]!) : Number(g.year);
      month = Number(g.month);
      day = g.day !== undefined ? Number(g.day) : null;
    } else if (g.slashYear !== undefined) {
      year = Number(g.slashYear);
      month = Number(g.slashMonth);
      day = Number(g.slashDay);
    } else if (g.dotEra !== undefined) {
      year = parseWarekiYear(g.dotEra, g.dotEraYear!);
      month = Number(g.dotMonth);
      day = Number(g.dotDay);
    } else if (g.hintMonth !== undefined || g.partMonth !== undefined) {
      month = Number(g.hintMonth ?? g.partMonth);
      day = null;
    } else if (g.shortMonth !== undefined) {
      month = Number(g.shortMonth);
      day = Number(g.shortDay);
    } else {
      month = Number(g.bareMonth);
      day = Number(g.bareDay);
    }
    if (year !== null && (year < 1900 || year > 2100)) continue;
    // "2026年3月期の業績", "2025年12月期決算": a fiscal term is named by the month it closes in; it is no date.
    if (day === null && FISCAL_TERM_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) continue;
    // A day the calendar does not have (2025年2月30日, 2024年4月31日) is not a date.
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > daysInMonth(year, month)))) continue;
    const mention = completeMention(text, m.index!, m.index! + m[0].length, year, month, day);
    if (year === null) {
      const hint = YEAR_HINT_BEFORE.exec(text.slice(Math.max(0, m.index! - 4), m.index!));
      if (hint) mention.yearHint = YEAR_HINTS[hint.groups!.hint as keyof typeof YEAR_HINTS];
    }
    found.push(mention);
    covered = mention.end;
  }
  return found;
}

/** Reads what follows a date: weekday, time of day, 上旬/頃, the end of a range. */
function completeMention(text: string, start: number, dateEnd: number, year: number | null, month: number, day: number | null): DateMention {
  let end = dateEnd;
  let qualifier: string | null = null;
  let time: string | null = null;
  let rangeEnd: DateMention['rangeEnd'] = null;
  let after = text.slice(end, end + 60);
  const q0 = QUALIFIER_PATTERN.exec(after);
  if (day === null && q0) {
    // 2024年12月上旬, 2024年12月末
    qualifier = q0.groups!.qualifier!;
    end += q0[0].length;
    after = text.slice(end, end + 60);
  }
  let weekday: number | null = null;
  const a = AFTER_DATE.exec(after);
  if (a && a[0].length > 0) {
    const w = /^[ ]{0,2}\(?([日月火水木金土])/.exec(a[0]);
    if (w) weekday = WEEKDAYS.indexOf(w[1]!);
    const t = a.groups!.time!.trim();
    if (/頃|ごろ/.test(t)) qualifier = '頃';
    if (t.replace(/頃|ごろ|過ぎ/g, '').length > 0) time = t;
    end += a[0].length;
    after = text.slice(end, end + 60);
  }
  const q = QUALIFIER_PATTERN.exec(after);
  const monthRange = day === null ? MONTH_RANGE_END_PATTERN.exec(after) : null;
  if (q && qualifier === null && (day === null || q.groups!.qualifier === '頃' || q.groups!.qualifier === 'ごろ')) {
    qualifier = q.groups!.qualifier!;
    end += q[0].length;
  } else if (monthRange) {
    // 2016年3月から2025年2月まで
    const endMonth = Number(monthRange.groups!.endMonth);
    if (endMonth >= 1 && endMonth <= 12) {
      rangeEnd = { year: endYearOf(monthRange.groups!), month: endMonth, day: null };
      end += monthRange[0].length;
    }
  } else if (day !== null) {
    const r = RANGE_END_PATTERN.exec(after) ?? (/[/]/.test(text.slice(start, dateEnd)) ? SLASH_RANGE_END_PATTERN.exec(after) : null);
    if (r) {
      const endDay = Number(r.groups!.endDay);
      const endMonth = r.groups!.endMonth !== undefined ? Number(r.groups!.endMonth) : month;
      const endYear = endYearOf(r.groups!);
      if (endMonth >= 1 && endMonth <= 12 && endDay >= 1 && endDay <= daysInMonth(endYear ?? year, endMonth)) {
        rangeEnd = { year: endYear, month: endMonth, day: endDay };
        end += r[0].length;
      }
    }
  }
  return { start, end, year, month, day, qualifier, time, weekday, yearHint: null, rangeEnd };
}

/** A date written relative to the one before it: 同日, 翌日, 同月26日, 翌29日, or a chronology's "14日". */
export interface RelativeDateMention {
  start: number;
  end: number;
  /**
   * sameDay: 同日 / 同日中 / 同夕 (and 本日 with a time, position "today": the day of publication); nextDay: 翌日 / 翌朝; previousDay: 前日;
   * day: a day of the month before's month (同月26日, 翌29日, "14日 …" at a chronology line start);
   * month: a month of the year before ("11月 調査終了" at a chronology line start).
   */
  kind: 'sameDay' | 'nextDay' | 'previousDay' | 'day' | 'month';
  /** The written day (kind "day") or month (kind "month"). */
  value: number | null;
  time: string | null;
  /**
   * Where a bare "14日" stands: at the start of a line or sentence ("14日午後、…", which news-style
   * releases date by the month of publication when nothing is dated before), or inside the sentence
   * of the date before ("1月13日に…ことが14日に判明"), which it must share; after 今月 / 先月, a day of
   * the month of publication or the month before.
   */
  position?: 'lineStart' | 'inline' | 'thisMonth' | 'lastMonth' | 'today' | 'entryTime';
  /** Written 同月N日: the month of the date before, even for a day before its day ("8月26日、…同月25日に"). */
  sameMonth?: boolean;
  /** For position "today": how many days before the publication (昨日 1, 一昨日 2). */
  daysBefore?: number;
  /** For position "today": written without a time (本日、昨日), so only a clause stating a past event dates it. */
  bare?: boolean;
}

/** Days before the publication of each word counted from it, and the time of day the word carries. */
const PAST_DAY_WORDS: Record<string, { daysBefore: number; time: string | null }> = {
  本日: { daysBefore: 0, time: null },
  今日: { daysBefore: 0, time: null },
  今朝: { daysBefore: 0, time: '朝' },
  昨日: { daysBefore: 1, time: null },
  昨夜: { daysBefore: 1, time: '夜' },
  一昨日: { daysBefore: 2, time: null },
};

const RELATIVE_PATTERN = withFirstCharGuard(new RegExp(
  [
    `(?<sameDay>同日)(?!付)`,
    // A chronology's ditto for the day: "|同 昼|…", "同 15:30 …" at the start of a line or cell.
    `(?<=^|\\n|\\|)[ ]{0,8}(?<sameDayMark>同)${SP}(?=(?:${TIME_OF_DAY_WORDS.join('|')})|[0-9]{1,2}(?::[0-9]{2}|時))`,
    // A chronology's entry led by a time of day alone ("(2) 13時50分頃、当該職員が異変に気付き、…"): an hour of the day of the
    // date before.
    `(?<=(?:^|\\n)[ ]{0,8}(?:[-・*]|\\([0-9]{1,2}\\)|[①-⑳])?[ ]{0,2})(?<entryTime>(?:午前|午後)?${SP}[0-9]{1,2}${SP}(?:時(?:${SP}[0-9]{1,2}${SP}分)?|:[0-9]{2}))(?=${SP}(?:頃|ごろ)?${SP}[、,])`,
    `(?<nextDay>翌日|翌朝)`,
    // "本日の朝8時すぎ~", "本日午前10時頃": a time of the day of publication (not "本日、…をお知らせします").
    `(?<today>本日)(?=(?:の)?${SP}(?:${TIME_OF_DAY_WORDS.join('|')}|[0-9]{1,2}(?::[0-9]{2}|時)))`,
    // "昨日、…", "昨夜22時ごろ", "一昨日", "本日、…が発生しました": days counted back from the publication
    // (not "本日時点", "昨日までに", "本日付", nor a word glossed by a written date: "本日(7月28日)").
    `(?<pastDay>一昨日|昨日|昨夜|今朝|本日|今日)(?!${SP}(?:時点|現在|まで|付|より|から|以降|をもって|の|に至る|中|以内|以前)|${SP}\\(?${SP}(?:[0-9]{1,4}${SP}[年月/]|令和|平成))`,
    `(?<previousDay>前日)`,
    `(?:(?<sameMonth>同月)|翌)${SP}(?<day>[0-9]{1,2})${SP}日`,
    // A chronology line: "14日 写真店が学校に報告", "~23日 …", "11月 調査終了"; a sentence
    // opening on a day and its time: "14日午後、…".
    `(?<=^|\\n|\\||。)[ ]{0,8}[~]?${SP}(?:(?<lineDay>[0-9]{1,2})${SP}日|(?<lineMonth>[0-9]{1,2})${SP}月)(?=[ |\\n]|$|${WEEKDAY}|(?:${TIME_OF_DAY_WORDS.join('|')})|(?<=日)[、,]|(?<=日)に(?![0-9]))`,
    // Inside a sentence, a day with a weekday or a particle after it: "…ことが14日(火)に判明"
    // (not 14日間, 3日以内, 毎月10日, 約3日, "…の3日に" (three days), nor a range's end "から11日(金)").
    `(?<![0-9月約毎第の~\\-]|月[ ]{1,2}|から|より|まで)(?<inlineDay>[0-9]{1,2})${SP}日(?=${SP}${WEEKDAY}|に(?![0-9一-九]|かけ)|(?:${TIME_OF_DAY_WORDS.join('|')}))`,
    // "今月8日", "先月28日": a day of the month of publication, or of the month before.
    `(?<monthWord>今月|本月|先月|前月)${SP}(?<monthWordDay>[0-9]{1,2})${SP}日`,
  ].join('|'),
  'g',
));

export function findRelativeDates(text: string): RelativeDateMention[] {
  const out: RelativeDateMention[] = [];
  for (const m of matchesOf(RELATIVE_PATTERN, text)) {
    const g = m.groups!;
    let kind: RelativeDateMention['kind'];
    let value: number | null = null;
    if (g.sameDay !== undefined || g.sameDayMark !== undefined || g.today !== undefined || g.pastDay !== undefined || g.entryTime !== undefined) kind = 'sameDay';
    else if (g.nextDay !== undefined) kind = 'nextDay';
    else if (g.previousDay !== undefined) kind = 'previousDay';
    else if (g.day !== undefined || g.lineDay !== undefined || g.inlineDay !== undefined || g.monthWordDay !== undefined) {
      kind = 'day';
      value = Number(g.day ?? g.lineDay ?? g.inlineDay ?? g.monthWordDay);
      if (value < 1 || value > 31) continue;
    } else {
      kind = 'month';
      value = Number(g.lineMonth);
      if (value < 1 || value > 12) continue;
    }
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    let end = m.index! + m[0].length;
    const a = AFTER_DATE.exec(text.slice(end, end + 40));
    let time: string | null = null;
    if (a && a[0].length > 0) {
      time = a.groups!.time!.trim() || null;
      end += a[0].length;
    }
    if (g.pastDay !== undefined) {
      const word = PAST_DAY_WORDS[g.pastDay]!;
      const written = time ?? word.time;
      out.push({ start, end, kind, value, time: written, position: 'today', daysBefore: word.daysBefore, bare: written === null });
      continue;
    }
    if (g.entryTime !== undefined) {
      out.push({ start, end, kind, value, time: g.entryTime, position: 'entryTime' });
      continue;
    }
    const position = g.today !== undefined ? 'today' : g.lineDay !== undefined ? 'lineStart' : g.inlineDay !== undefined ? 'inline' : g.monthWord !== undefined ? (/今|本/.test(g.monthWord) ? 'thisMonth' : 'lastMonth') : undefined;
    out.push({ start, end, kind, value, time, ...(position ? { position } : {}), ...(g.sameMonth !== undefined ? { sameMonth: true } : {}) });
  }
  return out;
}

/** The written year of a range's end: 2025年 or 令和7年, else null. */
function endYearOf(g: Record<string, string | undefined>): number | null {
  if (g.endYear !== undefined) return Number(g.endYear);
  return g.endEra !== undefined ? parseWarekiYear(g.endEra, g.endEraYear!) : null;
}

/** 令和7年 → 2025, 令和元年 → 2019, 平成三十一年 → 2019. */
export function parseWarekiYear(era: string, eraYear: string): number | null {
  const first = ERAS[era];
  if (first === undefined) return null;
  const n = eraYear === '元' ? 1 : parseJapaneseNumber(eraYear);
  return n === null || n < 1 ? null : first + n - 1;
}

/**
 * The year of a date written without one, from a reference date (the publication date): the year
 * that puts it closest to the reference, a date after it counting double (releases mostly look back).
 */
export function inferYear(month: number, day: number | null, reference: { year: number; month: number; day: number }): number {
  const refDays = Date.UTC(reference.year, reference.month - 1, reference.day);
  let best = reference.year;
  let bestCost = Infinity;
  for (const y of [reference.year - 1, reference.year, reference.year + 1]) {
    const delta = (Date.UTC(y, month - 1, day ?? 15) - refDays) / 86_400_000;
    const cost = delta > 0 ? delta * 2 : -delta;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

/**
 * The year of a year-less date from the dated mention before it, when there is no publication
 * date: the same year, or the next one when the month goes back by half a year or more
 * (12月22日 … 1月5日 in a chronology).
 */
export function yearAfter(previous: { year: number; month: number }, month: number): number {
  return month + 6 <= previous.month ? previous.year + 1 : previous.year;
}

/**
 * The year nearest to `year` (the same, one before, one after) on which month/day falls on the
 * written weekday; `year` itself when none does.
 */
export function yearOfWeekday(year: number, month: number, day: number, weekday: number): number {
  for (const y of [year, year - 1, year + 1]) if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) return y;
  return year;
}

/**
 * Days after the reference day a year-less date may fall and still take the reference's year: what a release tells of has
 * happened by the day it is read, but a date a few days on is one it announces ("12月10日(木)より再開", read on the 7th).
 */
export const REFERENCE_GRACE_DAYS = 14;

/**
 * The year of a year-less date read against a reference day when the text gives none (a pasted body, read the day the
 * caller names or today, as chrono reads "Dec 3"): the most recent such date not after the reference (REFERENCE_GRACE_DAYS
 * after it still count): 12月3日 read on 2026-01-10 is 2025's, 1月5日 is 2026's. A month without its day (本年10月) counts
 * from its first day.
 */
export function recentYear(month: number, day: number | null, reference: { year: number; month: number; day: number }): number {
  const limit = Date.UTC(reference.year, reference.month - 1, reference.day + REFERENCE_GRACE_DAYS);
  return Date.UTC(reference.year, month - 1, day ?? 1) > limit ? reference.year - 1 : reference.year;
}

/** How many years before the reference's a written weekday may date a year-less date. */
const WEEKDAY_YEARS_BACK = 10;

/**
 * The year a written weekday gives a year-less date read against a reference day: among the reference's year and the
 * WEEKDAY_YEARS_BACK before it, the one on which month/day falls on that weekday nearest to the reference ("10月15日(水)"
 * read on 2026-12-07 → 2025; "5/25(日)", a schedule, read on 2025-04-23 → 2025); null when none does (a mistyped
 * weekday: the caller falls back to recentYear).
 */
export function nearestYearOfWeekday(month: number, day: number, weekday: number, reference: { year: number; month: number; day: number }): number | null {
  const at = Date.UTC(reference.year, reference.month - 1, reference.day);
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let y = reference.year; y >= reference.year - WEEKDAY_YEARS_BACK; y--) {
    if (day > daysInMonth(y, month)) continue;
    const date = Date.UTC(y, month - 1, day);
    if (new Date(date).getUTCDay() !== weekday || Math.abs(date - at) >= bestDistance) continue;
    best = y;
    bestDistance = Math.abs(date - at);
  }
  return best;
}

/** Days in a month; with the year unknown, February may have 29 (the year is inferred later). */
export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function formatDate(year: number, month: number, day: number | null): string {
  const mm = String(month).padStart(2, '0');
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** A day as YYYY-MM-DD. */
export function isoDay(d: { year: number; month: number; day: number }): string {
  return formatDate(d.year, d.month, d.day);
}

/** "2026-01-23" → parts, or null. */
export function parseIsoDate(iso: string | null): { year: number; month: number; day: number } | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** The calendar day after (or before) a date. */
export function shiftDay(date: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
