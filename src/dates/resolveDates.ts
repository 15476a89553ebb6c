import {
  daysInMonth, findDateMentions, findRelativeDates, inferYear, nearestYearOfWeekday, recentYear, shiftDay, yearAfter, yearOfWeekday,
  type DateMention, type RelativeDateMention,
} from './dateMentions.js';
import { matchesOf } from '../util/regex.js';
import {
  AS_OF_NOW_AFTER, BARE_YEAR_DATA_AFTER, BARE_YEAR_REACHING_AFTER, BOUND_AFTER, DATA_BOUND_AFTER, PLAN_AFTER, PLANNED_CLAUSE, RECORDS_BOUND_AFTER, TODAY_GLOSSED_BEFORE,
  TRANSACTION_BOUND_AFTER,
} from '../words/timelineEvents.js';

/**
 * Gives every date mention of a text its year (and 同日/翌日/"14日" their month and day): the
 * written year; 同年/本年/昨年; the same month and day written with a year elsewhere; the
 * publication date (the nearest year, looking back); the date before it (a chronology moving on
 * into the next year); the latest year the text writes; a written weekday picking among them. A text that
 * gives none of these (a pasted body that writes no year) is read against the reference day (the caller's, or
 * today): a written weekday's year up to it, else the most recent such date (see recentYear).
 */

/** A day of the calendar. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A date mention with its year (and, for 同日/翌日, month and day) resolved. Offsets in the body. */
export interface ResolvedDate {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number | null;
  certain: boolean;
  qualifier: string | null;
  isRange: boolean;
  hasTime: boolean;
  /** Written as 同日 (the day of the date before). */
  sameDay: boolean;
  /** 本日 / 昨日 without a time: a day of the publication's, dating only a clause that states a past event. */
  bare?: boolean;
  /** Year and month a year-less date after this one continues from: a range's end, else its own. */
  context: { year: number; month: number };
  /** A range that ends on another day ("5月30日より6月1日", "12月1日~3日"): not one day's span of hours. */
  overDays: boolean;
  /**
   * Where a year the text does not give came from, when neither the text nor a publication date gave it: the reference day
   * (the caller's or today's: "reference"), or a written weekday's year up to it ("weekday"); a date dated from one of these
   * (同日, a chronology's next date) carries it on. null: the text or its publication date gave the year.
   */
  yearFrom: YearSource | null;
}

export type YearSource = 'reference' | 'weekday';

/**
 * Every resolved date is made here, with its fields in one order: dates of several shapes (spreads,
 * optional fields) made the timeline's optimized code bail out at each new shape.
 */
function resolved(
  start: number, end: number, year: number, month: number, day: number | null, certain: boolean, qualifier: string | null,
  isRange: boolean, hasTime: boolean, sameDay: boolean, context: { year: number; month: number }, bare = false, overDays = false,
  yearFrom: YearSource | null = null,
): ResolvedDate {
  return { start, end, year, month, day, certain, qualifier, isRange, hasTime, sameDay, bare, context, overDays, yearFrom };
}

/** A date written with its year (a range's end counts). */
interface WrittenDate {
  start: number;
  year: number;
  month: number;
  day: number | null;
}

interface WrittenYears {
  list: WrittenDate[];
  /** "4-22" → the year of the first written date on April 22. */
  byMonthDay: Map<string, number>;
  latest: number | null;
  /**
   * The latest year of a day the text dates an event on (a written year-month-day that neither bounds stored
   * data, "2021年10月以降のもの", nor is planned, "…を予定"): with no publication date, what a year-less date
   * at the head of the text is read against. (A bare year, a 年度 or a month bounds data too often:
   * "2015年から2023年に在籍", "2020年度に実施した".)
   */
  latestEvent: number | null;
  /** latestEvent among single dates (no spans). */
  latestEventDay: number | null;
  /** latestEvent or a bare year of the text that dates no data ("…/news/2025/0415.html"), read when first needed. */
  event?: number | null;
  /** The latest four-digit year written any way, read when first needed. */
  bare?: number | null;
  /** The latest end of a written span ("2001年10月28日から2024年8月26日の間に契約"): what comes after it is later. */
  latestSpanEnd: { year: number; month: number; day: number } | null;
  /** Year-less dates written with a weekday ("3月31日(日)", "4月1日(火)"). */
  weekdays: { month: number; day: number; weekday: number }[];
  /**
   * The latest written day that opens a period the text tells of ("2024年8月3日以降に不正なアクセスを受け"), bounds of
   * stored data aside: what the text tells of it happened after that day.
   */
  latestOpening: { year: number; month: number; day: number } | null;
}

/** Relative mentions that do not overlap an absolute one (both sorted by start). */
function withoutOverlaps(relative: RelativeDateMention[], absolute: DateMention[]): RelativeDateMention[] {
  const out: RelativeDateMention[] = [];
  let k = 0;
  for (const r of relative) {
    while (k < absolute.length && absolute[k]!.end <= r.start) k++;
    const a = absolute[k];
    if (!a || a.start >= r.end) out.push(r);
  }
  return out;
}

/** How far back (characters) a chronology's bare "14日" / "11月" may look for its month and year. */
const RELATIVE_REACH = 600;

/**
 * The day a text dates itself by, for a pasted release without a publication date: a date glossing 本日
 * ("本日2025年1月29日、…", "本日(2025年12月11日)より") or stated as "now" ("2025年7月10日現在") — the
 * latest of these, 本日 first. Year-less dates and 本日 / 昨日 are then read against it; null when the text
 * says neither.
 */
export function bodyReferenceDate(body: string): { year: number; month: number; day: number } | null {
  if (body.indexOf('本日') < 0 && body.indexOf('現在') < 0) return null;
  let today: { year: number; month: number; day: number } | null = null;
  let asOf: { year: number; month: number; day: number } | null = null;
  for (const m of findDateMentions(body)) {
    if (m.year === null || m.day === null || m.rangeEnd !== null) continue;
    const day = { year: m.year, month: m.month, day: m.day };
    if (TODAY_GLOSSED_BEFORE.test(body.slice(Math.max(0, m.start - 4), m.start))) {
      if (today === null || laterDay(day, today)) today = day;
    } else if (AS_OF_NOW_AFTER.test(body.slice(m.end, m.end + 3))) {
      if (asOf === null || laterDay(day, asOf)) asOf = day;
    }
  }
  return today ?? asOf;
}

function laterDay(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): boolean {
  return a.year !== b.year ? a.year > b.year : a.month !== b.month ? a.month > b.month : a.day > b.day;
}

/**
 * `reference`: the publication date (or the day the text dates itself by); `anchor`: the day to read what the text leaves
 * undated against when there is no reference (the caller's reference day, or today; null: none, such dates are dropped).
 */
export function resolveDates(body: string, reference: Day | null, anchor: Day | null = null): ResolvedDate[] {
  const absolute = findDateMentions(body);
  const relative = withoutOverlaps(findRelativeDates(body), absolute);
  const all: (DateMention | RelativeDateMention)[] = [...absolute, ...relative].sort((a, b) => a.start - b.start);
  const writtenYears: WrittenDate[] = [];
  // Written dates that bound stored data: with no publication date, no chronology continues from them.
  const dataBounds = new Set<number>();
  let latestEvent: number | null = null;
  let latestEventDay: number | null = null;
  for (const a of absolute) {
    if (a.year !== null) writtenYears.push({ start: a.start, year: a.year, month: a.month, day: a.day });
    if (a.rangeEnd?.year != null) writtenYears.push({ start: a.start, year: a.rangeEnd.year, month: a.rangeEnd.month, day: a.rangeEnd.day });
    if (reference !== null || a.year === null) continue;
    const after = body.slice(a.end, a.end + 60);
    // "2021年10月以降のもの", "2019年4月以降にご入学の方", "…以降にご購入のお客様": the date selects the data.
    if (DATA_BOUND_AFTER.test(after) || RECORDS_BOUND_AFTER.test(after) || TRANSACTION_BOUND_AFTER.test(after)) {
      dataBounds.add(a.start);
      continue;
    }
    // A bound ("2024年8月3日以降に…"), a plan ("2026年1月下旬より…リニューアルする見通し") or a span of months
    // ("令和6年10月~令和7年9月のフェリー旅客") dates no event; a span of days counts by its end.
    // (A span's own "…から…までの期間" closes it.)
    if (a.rangeEnd !== null ? a.rangeEnd.day === null || a.day === null : BOUND_AFTER.test(after)) continue;
    if (PLAN_AFTER.test(after) || PLANNED_CLAUSE.test(after.slice(0, after.indexOf('。') + 1 || after.length))) continue;
    const year = a.rangeEnd?.year ?? a.year;
    if (latestEvent === null || year > latestEvent) latestEvent = year;
    if (a.rangeEnd === null && (latestEventDay === null || a.year > latestEventDay)) latestEventDay = a.year;
  }
  const written: WrittenYears = {
    list: writtenYears,
    byMonthDay: new Map(),
    latestEvent,
    latestEventDay,
    latest: writtenYears.reduce<number | null>((a, w) => (a === null || w.year > a ? w.year : a), null),
    latestSpanEnd: latestSpanEndOf(absolute),
    latestOpening: reference === null ? latestOpeningOf(absolute, dataBounds, body) : null,
    weekdays: absolute.filter((a) => a.year === null && a.day !== null && a.weekday !== null).map((a) => ({ month: a.month, day: a.day!, weekday: a.weekday! })),
  };
  for (const w of writtenYears) {
    const key = `${w.month}-${w.day}`;
    if (w.day !== null && !written.byMonthDay.has(key)) written.byMonthDay.set(key, w.year);
  }
  const out: ResolvedDate[] = [];
  let previous: ResolvedDate | null = null;
  // The date before that is no bound of data: a year-less date's chronology goes on from it.
  let chronology: ResolvedDate | null = null;
  for (const m of all) {
    const r: ResolvedDate | null = 'kind' in m ? resolveRelative(m, previous, reference, anchor, body) : resolveAbsolute(m, previous, chronology, reference, anchor, written, body);
    // A year-less 2月29日 put in a common year, or a chronology's "31日" in a 30-day month: no such day.
    if (!r || (r.day !== null && r.day > daysInMonth(r.year, r.month))) continue;
    out.push(r);
    previous = r;
    if (!dataBounds.has(r.start)) chronology = r;
  }
  return out;
}

function resolveAbsolute(
  m: DateMention,
  previous: ResolvedDate | null,
  chronology: ResolvedDate | null,
  reference: Day | null,
  anchor: Day | null,
  written: WrittenYears,
  body: string,
): ResolvedDate | null {
  // One literal (a spread of a base object per date was a sixth of resolving).
  const withContext = (year: number, certain: boolean, yearFrom: YearSource | null = null): ResolvedDate => {
    const end = m.rangeEnd;
    const endYear = end ? (end.year ?? (end.month < m.month ? year + 1 : year)) : year;
    const overDays = end !== null && (end.day === null || end.day !== m.day || end.month !== m.month);
    return resolved(m.start, m.end, year, m.month, m.day, certain, m.qualifier, end !== null, m.time !== null, false, { year: endYear, month: end?.month ?? m.month }, false, overDays, yearFrom);
  };
  if (m.year !== null) return withContext(m.year, true);
  let year: number | null = null;
  let certain = false;
  let yearFrom: YearSource | null = null;
  // The year is only the latest one the text writes, which may be a data period's ("令和5年度の卒業アルバム").
  let fromLatestWritten = false;
  const sameDate = m.day !== null ? written.byMonthDay.get(`${m.month}-${m.day}`) : undefined;
  if (sameDate !== undefined) {
    // "…改ざんが4月22日に確認" and elsewhere "~2026年4月22日": the text writes the year once.
    year = sameDate;
    certain = true;
  } else if (m.yearHint === 'same' && previous) {
    year = previous.year;
    certain = previous.certain;
    yearFrom = previous.yearFrom;
  } else if (m.yearHint === 'current' && reference) {
    year = reference.year;
    certain = true;
  } else if (m.yearHint === 'current') {
    // 本年 with no publication date: the latest year the text dates an event in (dates, "…/2025/…" links),
    // not a year of its data ("2020年度に実施した事業…本年9月10日").
    year = eventYear(written, body);
  } else if (m.yearHint === 'previous' && reference) {
    year = reference.year - 1;
    certain = true;
  } else if (m.yearHint === 'previous' && written.latestEventDay !== null) {
    // 昨年 with no publication date: the year before the latest one the text dates a single event in
    // ("昨年5月18日…不正アクセスが発生" beside "令和7年5月12日、…報告"; a span, "2024年6月18日から7月18日までの
    // ご宿泊日", is often the data's and may end a year before the text).
    year = written.latestEventDay - 1;
  } else if (reference) {
    year = inferYear(m.month, m.day, reference);
  } else if (chronology) {
    year = yearAfter(chronology.context, m.month);
    yearFrom = chronology.yearFrom;
  } else {
    // No publication date and nothing dated before: the latest year the text dates an event in (a
    // release tells of recent events; older years are of data periods, "2015年から2023年に在籍").
    year = eventYear(written, body);
    // A written weekday then picks the year, from the latest one written on (the events come after
    // the data the text dates: "令和5年度の卒業アルバム" and "4月18日(金)").
    if (year === null && m.weekday !== null) year = latestYear(written, body);
    // With no year written at all, a weekday written with another day of the text dates it ("…3月3日深夜に…不正アクセスを受け…"
    // beside "3月4日（火）9時頃に本件を把握": the year in which 3月4日 is a Tuesday).
    if (year === null && m.weekday === null && latestYear(written, body) === null) {
      year = weekdayYear(written, anchor);
      if (year !== null) yearFrom = 'weekday';
    }
    fromLatestWritten = true;
    // "4月18日、…ランサムウェアに感染…" above "期間：2001年10月28日から2024年8月26日の間に契約": a span the text
    // dates ends before the events it tells of, so a day before the span's end falls in the next year.
    const spanEnd = written.latestSpanEnd;
    if (year !== null && spanEnd !== null && spanEnd.year === year && m.day !== null && (m.month < spanEnd.month || (m.month === spanEnd.month && m.day < spanEnd.day))) year++;
    // "…が、2024年8月3日以降に不正なアクセスを受け…" below "…可能性があることを、4月10日に確認しました": a period the text dates
    // opened before what it tells of, so a day before its opening in that year falls in the next one.
    else if (year !== null && written.latestOpening !== null && written.latestOpening.year === year && m.day !== null && (m.month < written.latestOpening.month || (m.month === written.latestOpening.month && m.day < written.latestOpening.day))) year++;
  }
  // A date within weeks of the publication keeps its year: a wrong weekday ("3月31日(日)" for a
  // Monday) is likelier than a date a year old written without its year.
  const nearReference = reference !== null && m.day !== null && year !== null && Math.abs(daysBetween({ year, month: m.month, day: m.day }, reference)) <= NEAR_REFERENCE_DAYS;
  if (m.weekday !== null && m.day !== null && !certain && !nearReference) {
    // "4月18日(金)": the weekday picks the year, or gives one when nothing else does.
    // A year taken from the latest one written is a lower bound: the events come after the data
    // the text dates ("令和5年度（2023年度）の卒業アルバム" and "4月18日（金曜日）" → 2025).
    const onOrAfter = fromLatestWritten && year !== null ? earliestYearOfWeekdayFrom(year, m.month, m.day, m.weekday) : null;
    if (onOrAfter !== null) year = onOrAfter;
    else if (year !== null) year = yearOfWeekday(year, m.month, m.day, m.weekday);
    else if (anchor !== null) {
      // Nothing in the text dates it: the weekday's year nearest the reference day, not after its year ("10月15日(水)"
      // read in 2026 → 2025), or the one most of the text's weekdays fall right in.
      year = weekdayVote(written, anchor) ?? nearestYearOfWeekday(m.month, m.day, m.weekday, anchor);
      if (year !== null) yearFrom = 'weekday';
    }
  }
  if (year === null && anchor !== null && reference === null && m.yearHint === null) {
    // A weekday written with another day of the text dates it, when only a data year is written ("2023年度の卒業アルバム
    // …3月3日に不正アクセス…3月4日(火)に把握": the year in which 3月4日 is a Tuesday, up to the reference day).
    year = weekdayYear(written, anchor);
    if (year !== null) yearFrom = 'weekday';
  }
  if (year === null && anchor !== null && reference === null) {
    // Nothing dates it at all (a pasted body that writes no year): the reference day's year — 本年 its year, 昨年 the one
    // before, a date its most recent one up to that day.
    year = m.yearHint === 'current' ? anchor.year : m.yearHint === 'previous' ? anchor.year - 1 : recentYear(m.month, m.day, anchor);
    yearFrom = 'reference';
  }
  if (year === null) return null;
  return withContext(year, certain, yearFrom);
}

/**
 * The year a text's written weekdays give it: the year most of them fall right in (weekdayVote), or for one weekday
 * the latest year its day falls on it; null for none.
 */
function weekdayYear(written: WrittenYears, anchor: Day | null): number | null {
  if (written.weekdays.length === 0 || anchor === null) return null;
  if (written.weekdays.length > 1) return weekdayVote(written, anchor);
  const w = written.weekdays[0]!;
  return nearestYearOfWeekday(w.month, w.day, w.weekday, anchor);
}

/**
 * With nothing else to date a text by, the year in which most of its written weekdays fall right
 * ("3月31日(日)" and "4月1日(火)": one of them is mistyped; the later year of a tie), among the last
 * twelve; null for fewer than two weekdays.
 */
function weekdayVote(written: WrittenYears, anchor: Day): number | null {
  if (written.weekdays.length < 2) return null;
  const latest = anchor.year;
  let best: number | null = null;
  let bestFits = 0;
  for (let y = latest; y > latest - 12; y--) {
    const fits = written.weekdays.filter((w) => new Date(Date.UTC(y, w.month - 1, w.day)).getUTCDay() === w.weekday).length;
    if (fits > bestFits) {
      best = y;
      bestFits = fits;
    }
  }
  return best;
}

/** The first year from `from` on (within six years) on which month/day falls on the written weekday. */
function earliestYearOfWeekdayFrom(from: number, month: number, day: number, weekday: number): number | null {
  for (let y = from; y <= from + 6; y++) if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) return y;
  return null;
}

/** After a written day, the period it opens ("以降", "以後", "から", "より"). */
const OPENS_PERIOD_AFTER = /^[ ]?(?:頃|ごろ)?(?:以降|以後|から|より)/;

/** The latest written day (with its year) that opens a period, bounds of stored data aside. */
function latestOpeningOf(absolute: DateMention[], dataBounds: Set<number>, body: string): { year: number; month: number; day: number } | null {
  let latest: { year: number; month: number; day: number } | null = null;
  for (const a of absolute) {
    if (a.year === null || a.day === null || a.rangeEnd !== null || dataBounds.has(a.start) || !OPENS_PERIOD_AFTER.test(body.slice(a.end, a.end + 4))) continue;
    const day = { year: a.year, month: a.month, day: a.day };
    if (!latest || laterDay(day, latest)) latest = day;
  }
  return latest;
}

/** The latest written end (with its year and day) of a span among the written dates. */
function latestSpanEndOf(absolute: DateMention[]): { year: number; month: number; day: number } | null {
  let latest: { year: number; month: number; day: number } | null = null;
  for (const a of absolute) {
    const end = a.rangeEnd;
    if (!end || end.year === null || end.day === null) continue;
    const day = { year: end.year, month: end.month, day: end.day };
    if (!latest || laterDay(day, latest)) latest = day;
  }
  return latest;
}

/** Days from a publication date within which a written weekday does not move a date's year. */
const NEAR_REFERENCE_DAYS = 45;

function daysBetween(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): number {
  return (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
}

/** How far an inline "14日に判明" may stand from the date of its sentence. */
const INLINE_REACH = 160;

function resolveRelative(
  m: RelativeDateMention,
  previous: ResolvedDate | null,
  publication: Day | null,
  anchor: Day | null,
  body: string,
): ResolvedDate | null {
  // Words counted from the day of publication (本日, 昨日, 先月28日, 前日 with no date before): with none, from the
  // reference day (the caller's or today), the year not certain.
  const reference = publication ?? anchor;
  const certain = publication !== null;
  const from: YearSource | null = publication !== null ? null : 'reference';
  if (m.position === 'inline' && (!previous || m.start - previous.end > INLINE_REACH || body.slice(previous.end, m.start).includes('。'))) return null;
  // "(2) 13時50分頃、…": an hour of the chronology's day before, never of the publication's.
  if (m.position === 'entryTime' && (!previous || previous.day === null || m.start - previous.end > RELATIVE_REACH)) return null;
  if (m.position === 'today') {
    if (!reference) return null;
    const { year, month, day } = shiftDay(reference, -(m.daysBefore ?? 0));
    return resolved(m.start, m.end, year, month, day, certain, null, false, !m.bare, false, { year, month }, m.bare === true, false, from);
  }
  if (m.position === 'thisMonth' || m.position === 'lastMonth') {
    if (!reference) return null;
    const back = m.position === 'lastMonth';
    const month = back ? ((reference.month + 10) % 12) + 1 : reference.month;
    const year = back && reference.month === 1 ? reference.year - 1 : reference.year;
    return resolved(m.start, m.end, year, month, m.value, certain, null, false, m.time !== null, false, { year, month }, false, false, from);
  }
  if (!previous && m.kind === 'day' && m.position === 'lineStart' && reference && m.time !== null) {
    // "14日午後、…" opening a release that dates nothing before: a day of the month it was published in
    // (or of the month before, when that day is still to come).
    const back = m.value! > reference.day;
    const month = back ? ((reference.month + 10) % 12) + 1 : reference.month;
    const year = back && reference.month === 1 ? reference.year - 1 : reference.year;
    return resolved(m.start, m.end, year, month, m.value, false, null, false, true, false, { year, month }, false, false, from);
  }
  if (!previous || m.start - previous.end > RELATIVE_REACH) {
    // "前日夜から…", "同日中に…" with no date before them: said of the publication day.
    if (!reference || (m.kind !== 'previousDay' && m.kind !== 'sameDay')) return null;
    const d = shiftDay(reference, m.kind === 'previousDay' ? -1 : 0);
    return resolved(m.start, m.end, d.year, d.month, d.day, certain, null, false, m.time !== null, m.kind === 'sameDay', { year: d.year, month: d.month }, false, false, from);
  }
  const hasTime = m.time !== null;
  const sameDay = m.kind === 'sameDay';
  if (m.kind === 'month') {
    const year = yearAfter(previous.context, m.value!);
    return resolved(m.start, m.end, year, m.value!, null, previous.certain, null, false, hasTime, sameDay, { year, month: m.value! }, false, false, previous.yearFrom);
  }
  if (m.kind === 'day') {
    // 翌29日 after 28日 is the same month; "3日" after 30日 in a chronology is the next one.
    const nextMonth = !m.sameMonth && previous.day !== null && m.value! < previous.day;
    const month = nextMonth ? (previous.month % 12) + 1 : previous.month;
    const year = nextMonth && previous.month === 12 ? previous.year + 1 : previous.year;
    return resolved(m.start, m.end, year, month, m.value, previous.certain, null, false, hasTime, sameDay, { year, month }, false, false, previous.yearFrom);
  }
  if (previous.day === null) return null;
  const shift = m.kind === 'sameDay' ? 0 : m.kind === 'nextDay' ? 1 : -1;
  const d = shiftDay({ year: previous.year, month: previous.month, day: previous.day }, shift);
  return resolved(m.start, m.end, d.year, d.month, d.day, previous.certain, null, false, hasTime, sameDay, { year: d.year, month: d.month }, false, false, previous.yearFrom);
}

/** After a year, it opens a span of fiscal years ("2001年度から", "2001年度~"). */
const FISCAL_SPAN_AFTER = /^[ ]?年度[ ]?(?:から|より|~|-|－)/;
/** Before a year, the opening of a span of fiscal years ("…年度から 2003"). */
const FISCAL_SPAN_BEFORE = /年度[ ]?(?:から|より|~|-|－)[ ]?$/;

/**
 * The latest year the text dates an event in: its written dates' (latestEvent), or a four-digit year written
 * another way ("…/news/2025/0415.html", "2025年夏") that neither opens or closes a span ("2015年から2023年に在籍",
 * "2014年以降"), nor is a fiscal year ("2020年度に実施した"), nor is in a date (read as the date).
 */
function eventYear(written: WrittenYears, body: string): number | null {
  if (written.event === undefined) {
    let year = written.latestEvent;
    for (const b of matchesOf(BARE_YEAR, body)) {
      const yearEnd = b.index + b[0].length;
      const after = body.slice(yearEnd, yearEnd + 16);
      if (b[0].length === 4) {
        if (IN_A_DATE_AFTER.test(after)) continue;
        // "2015年から2023年に在籍", "2001年度から2003年度に実施": a span's end bounds data; one that runs up
        // to then ("…2024年までの8年分", "…2025年度までの間に在籍") reaches the present.
        if (!BARE_YEAR_REACHING_AFTER.test(after) && (SPAN_OPEN_BEFORE.test(body.slice(Math.max(0, b.index - 6), b.index)) || BARE_YEAR_DATA_AFTER.test(after))) continue;
      }
      // "2025年度末" is March of the next year.
      const y = Number(b[1]) + (FISCAL_YEAR_END_AFTER.test(after) ? 1 : 0);
      if (year !== null && y <= year) continue;
      year = y;
    }
    written.event = year;
  }
  return written.event;
}

/** A four-digit year, alone or opening a date in a link (20250708); not 1,2019件 or 047-481-2019. */
const BARE_YEAR = /(?<![0-9,\-])((?:19|20)[0-9]{2})(?:(?:0[1-9]|1[0-2])(?:[0-2][0-9]|3[01]))?(?![0-9,])/g;
/** After a year, the month of a date ("2025年4月", "2025/4/15"): the date itself is read. */
const IN_A_DATE_AFTER = /^[ ]?年[ ]?[0-9]/;
/** Before a year, the opening of a span ("2015年から 2023年", "1995年度~2025年度", "2017~2025年度"). */
const SPAN_OPEN_BEFORE = /(?:年度?|[0-9])[ ]?(?:から|より|~|-|－)[ ]?$/;
/** After a year, the end of its fiscal year ("2025年度末"): March of the next year. */
const FISCAL_YEAR_END_AFTER = /^[ ]?年[ ]?度[ ]?末/;

/** The latest year written in the text: in dates, or any other way ("…/news/2025/1111.html", "2025年度"). */
function latestYear(written: WrittenYears, body: string): number | null {
  if (written.bare === undefined) {
    written.bare = null;
    // 2025, 2025年度, /2025/, 20250708 (a date in a link).
    for (const b of matchesOf(BARE_YEAR, body)) {
      // "2001年度から2003年度に実施していたもの": a span of fiscal years bounds old data, it dates no event.
      const yearEnd = b.index + b[0].length;
      // (A span that runs up to its end, "1995年度~2025年度までの間に在籍", reaches the present: its end stays.)
      const after = body.slice(yearEnd, yearEnd + 8);
      if (FISCAL_SPAN_AFTER.test(after) || (FISCAL_SPAN_BEFORE.test(body.slice(Math.max(0, b.index - 8), b.index)) && !/^[ ]?年度[ ]?まで/.test(after))) continue;
      // "2025年度末" is March of the next year.
      const y = Number(b[1]) + (body.startsWith('年度末', b.index + b[0].length) ? 1 : 0);
      if (written.bare === null || y > written.bare) written.bare = y;
    }
  }
  if (written.latest === null) return written.bare;
  return written.bare === null ? written.latest : Math.max(written.latest, written.bare);
}
