import {
  findDateMentions, findRelativeDates, formatDate, inferYear, latestYearOfWeekday, parseIsoDate, shiftDay, yearAfter, yearOfWeekday,
  type DateMention, type RelativeDateMention,
} from '../dates/dateMentions.js';
import { classifyDate, eventsOfDate, type DateVerdict } from '../dates/dateEvents.js';
import { AS_OF_AFTER, NOTICE_DATE_AFTER, NOTICE_WORDS, TITLE_BEFORE_PAREN } from '../words/timelineEvents.js';
import type { DocumentContext } from '../document.js';
import type { Extractor, Findings } from './types.js';

/**
 * Each date in the release text with the event of its clause (検知 → detected, 発生 → occurred,
 * 遮断 → contained …; see src/dates/dateEvents.ts). Dates written without a year take it from
 * the publication date, or else from the years written nearby (marked certain: false); 同日,
 * 翌日, 同年, 同月 and a chronology's bare "14日" resolve against the date before them.
 */
export const timelineExtractor: Extractor = {
  id: 'timeline',
  extract(doc, found) {
    const out: Findings['timeline'] = [];
    const reference = parseIsoDate(found.publishedAt[0]?.value ?? null);
    const body = doc.text.slice(doc.bodyStart);
    const dates = resolveDates(body, reference);
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i]!;
      const start = doc.bodyStart + d.start;
      const end = doc.bodyStart + d.end;
      const verdict = eventsAt(doc, dates, i);
      if (verdict === null) continue;
      for (const event of verdict.events) {
        out.push({
          value: { date: formatDate(d.year, d.month, d.day), event, certain: d.certain, qualifier: d.qualifier },
          evidence: doc.evidence(start, end),
          ruleId: `timeline.${verdict.rule}`,
          at: start,
        });
      }
    }
    return { timeline: out };
  },
};

/** A date mention with its year (and, for 同日/翌日, month and day) resolved. Offsets in the body. */
interface ResolvedDate {
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
  /** Year and month a year-less date after this one continues from: a range's end, else its own. */
  context: { year: number; month: number };
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
  /** The latest four-digit year written any way, read when first needed. */
  bare?: number | null;
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

export function resolveDates(body: string, reference: { year: number; month: number; day: number } | null): ResolvedDate[] {
  const absolute = findDateMentions(body);
  const relative = withoutOverlaps(findRelativeDates(body), absolute);
  const all: (DateMention | RelativeDateMention)[] = [...absolute, ...relative].sort((a, b) => a.start - b.start);
  const writtenYears: WrittenDate[] = [];
  for (const a of absolute) {
    if (a.year !== null) writtenYears.push({ start: a.start, year: a.year, month: a.month, day: a.day });
    if (a.rangeEnd?.year != null) writtenYears.push({ start: a.start, year: a.rangeEnd.year, month: a.rangeEnd.month, day: a.rangeEnd.day });
  }
  const written: WrittenYears = {
    list: writtenYears,
    byMonthDay: new Map(),
    latest: writtenYears.reduce<number | null>((a, w) => (a === null || w.year > a ? w.year : a), null),
  };
  for (const w of writtenYears) {
    const key = `${w.month}-${w.day}`;
    if (w.day !== null && !written.byMonthDay.has(key)) written.byMonthDay.set(key, w.year);
  }
  const out: ResolvedDate[] = [];
  let previous: ResolvedDate | null = null;
  for (const m of all) {
    const r: ResolvedDate | null = 'kind' in m ? resolveRelative(m, previous) : resolveAbsolute(m, previous, reference, written, body);
    if (!r) continue;
    out.push(r);
    previous = r;
  }
  return out;
}

function resolveAbsolute(
  m: DateMention,
  previous: ResolvedDate | null,
  reference: { year: number; month: number; day: number } | null,
  written: WrittenYears,
  body: string,
): ResolvedDate | null {
  const base = { start: m.start, end: m.end, month: m.month, day: m.day, qualifier: m.qualifier, isRange: m.rangeEnd !== null, hasTime: m.time !== null, sameDay: false };
  const withContext = (year: number, certain: boolean): ResolvedDate => {
    const end = m.rangeEnd;
    const endYear = end ? (end.year ?? (end.month < m.month ? year + 1 : year)) : year;
    return { ...base, year, certain, context: { year: endYear, month: end?.month ?? m.month } };
  };
  if (m.year !== null) return withContext(m.year, true);
  let year: number | null = null;
  let certain = false;
  const sameDate = m.day !== null ? written.byMonthDay.get(`${m.month}-${m.day}`) : undefined;
  if (sameDate !== undefined) {
    // "…改ざんが4月22日に確認" and elsewhere "~2026年4月22日": the text writes the year once.
    year = sameDate;
    certain = true;
  } else if (m.yearHint === 'same' && previous) {
    year = previous.year;
    certain = previous.certain;
  } else if (m.yearHint === 'current' && reference) {
    year = reference.year;
    certain = true;
  } else if (m.yearHint === 'current') {
    // 本年 with no publication date: the latest year the text writes (dates, "…/2025/…" links).
    year = latestYear(written, body);
  } else if (m.yearHint === 'previous' && reference) {
    year = reference.year - 1;
    certain = true;
  } else if (reference) {
    year = inferYear(m.month, m.day, reference);
  } else if (previous) {
    year = yearAfter(previous.context, m.month);
  } else {
    // No publication date and nothing dated before: the latest year the text writes (a release
    // tells of recent events; older years are of data periods, "2015年から2023年に在籍").
    year = latestYear(written, body);
  }
  if (m.weekday !== null && m.day !== null && !certain) {
    // "4月18日(金)": the weekday picks the year, or gives one when nothing else does.
    year = year !== null ? yearOfWeekday(year, m.month, m.day, m.weekday) : latestYearOfWeekday(new Date().getUTCFullYear(), m.month, m.day, m.weekday);
  }
  if (year === null) return null;
  return withContext(year, certain);
}

function resolveRelative(m: RelativeDateMention, previous: ResolvedDate | null): ResolvedDate | null {
  if (!previous || m.start - previous.end > RELATIVE_REACH) return null;
  const base = { start: m.start, end: m.end, certain: previous.certain, qualifier: null, isRange: false, hasTime: m.time !== null, sameDay: m.kind === 'sameDay' };
  if (m.kind === 'month') {
    const year = yearAfter(previous.context, m.value!);
    return { ...base, year, month: m.value!, day: null, context: { year, month: m.value! } };
  }
  if (m.kind === 'day') {
    // 翌29日 after 28日 is the same month; "3日" after 30日 in a chronology is the next one.
    const nextMonth = previous.day !== null && m.value! < previous.day;
    const month = nextMonth ? (previous.month % 12) + 1 : previous.month;
    const year = nextMonth && previous.month === 12 ? previous.year + 1 : previous.year;
    return { ...base, year, month, day: m.value, context: { year, month } };
  }
  if (previous.day === null) return null;
  const shift = m.kind === 'sameDay' ? 0 : m.kind === 'nextDay' ? 1 : -1;
  const d = shiftDay({ year: previous.year, month: previous.month, day: previous.day }, shift);
  return { ...base, ...d, context: { year: d.year, month: d.month } };
}

/** The latest year written in the text: in dates, or any other way ("…/news/2025/1111.html", "2025年度"). */
function latestYear(written: WrittenYears, body: string): number | null {
  if (written.bare === undefined) {
    written.bare = null;
    // 2025, 2025年度, /2025/, 20250708 (a date in a link); not 1,2019件 or 047-481-2019.
    for (const b of body.matchAll(/(?<![0-9,\-])((?:19|20)[0-9]{2})(?:(?:0[1-9]|1[0-2])(?:[0-2][0-9]|3[01]))?(?![0-9,])/g)) {
      const y = Number(b[1]);
      if (written.bare === null || y > written.bare) written.bare = y;
    }
  }
  if (written.latest === null) return written.bare;
  return written.bare === null ? written.latest : Math.max(written.latest, written.bare);
}

/** Before 同日: "…の痕跡が確認されたため、同日中に遮断" — the finding was that day too. */
const FOUND_THEREFORE = /(?:確認|検知|判明|発覚|発見)(?:し|され)た(?:ため|ので|ことから)/;

/** Between two dates of one list ("11月25日、11月26日、および同日15:30頃に…"). */
const LIST_SEPARATOR = /^[ 、,・]*(?:および|及び|並びに|と|や|又は|または)?[ 、]*$/;

const OPEN = '(「『【[';
const CLOSE = ')」』】]';
/** Longest text read before a date (within its sentence). */
const BEFORE_REACH = 200;
/** Longest clause read after a date. */
const CLAUSE_REACH = 240;

/** The events of the i-th date (and the rule behind them), or null for a date that only says "as of". */
function eventsAt(doc: DocumentContext, dates: ResolvedDate[], i: number): DateVerdict | null {
  const d = dates[i]!;
  const text = doc.text;
  const start = doc.bodyStart + d.start;
  const end = doc.bodyStart + d.end;
  const after = text.slice(end, end + 30);
  if (AS_OF_AFTER.test(after)) return null;
  const clauseEnd = endOfClause(doc, dates, i);
  const clause = text.slice(end, clauseEnd);
  const line = doc.lineAt(start);
  const previousEnd = i > 0 ? doc.bodyStart + dates[i - 1]!.end : 0;
  const windowStart = Math.max(line.start, previousEnd, start - BEFORE_REACH);
  const before = text.slice(windowStart, start).split('。').pop()!;
  if (NOTICE_DATE_AFTER.test(after)) {
    // "2025年12月22日付「…（第二報）」において": the date of an earlier notice.
    const events = eventsOfDate({ before, clause, isRange: false, hasTime: false });
    if (events.includes('reported')) return { events: ['reported'], rule: 'notice.reported' };
    return NOTICE_WORDS.test(clause.slice(0, 80)) ? { events: ['published'], rule: 'notice' } : { events: ['other'], rule: 'notice.other' };
  }
  if (TITLE_BEFORE_PAREN.test(before)) return { events: ['published'], rule: 'noticeTitle' };
  const verdict = classifyDate({ before, clause, isRange: d.isRange, hasTime: d.hasTime });
  if (d.sameDay && FOUND_THEREFORE.test(before) && !verdict.events.includes('detected')) {
    return { events: [...verdict.events, 'detected'], rule: `${verdict.rule}+sameDayFinding` };
  }
  return verdict.events.length > 0 ? verdict : { events: ['other'], rule: verdict.rule === 'none' ? 'other' : verdict.rule };
}

/**
 * The clause of a date ends at the first 。 outside brackets, at a bracket that closes one opened
 * before the date (a date inside "(…)" keeps to it), or at the next date standing at the same
 * level (dates inside brackets and "…付" dates of notices do not end it). A line that ends
 * without 。 continues on an indented line below (chronology tables laid out with spaces).
 */
function endOfClause(doc: DocumentContext, dates: ResolvedDate[], i: number): number {
  const text = doc.text;
  const from = doc.bodyStart + dates[i]!.end;
  const limit = Math.min(text.length, from + CLAUSE_REACH);
  let nextIndex = i + 1;
  let depth = 0;
  let lineEnd = doc.lineAt(from).end;
  for (let p = from; p < limit; p++) {
    while (nextIndex < dates.length && doc.bodyStart + dates[nextIndex]!.start < p) nextIndex++;
    const next = dates[nextIndex];
    if (next && doc.bodyStart + next.start === p && depth === 0 && !NOTICE_DATE_AFTER.test(text.slice(doc.bodyStart + next.end, doc.bodyStart + next.end + 4))) {
      // Dates in a list share the clause after the last of them.
      const gap = text.slice(doc.bodyStart + dates[nextIndex - 1]!.end, p);
      if (!LIST_SEPARATOR.test(gap)) return p;
      p = doc.bodyStart + next.end - 1;
      continue;
    }
    if (p >= lineEnd) {
      const continued = continuationLine(doc, p);
      if (continued === null) return p;
      p = continued.start - 1;
      lineEnd = continued.end;
      continue;
    }
    const ch = text[p]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) {
      if (depth === 0) return p;
      depth--;
    } else if (ch === '。' && depth === 0) return p + 1;
  }
  return limit;
}

/** The indented line that carries on a line ending without 。, skipping blank lines. */
function continuationLine(doc: DocumentContext, lineEndOffset: number): { start: number; end: number } | null {
  const line = doc.lineAt(lineEndOffset);
  if (/[。:]\s*$/.test(line.text)) return null;
  for (let k = line.index + 1; k < doc.lines.length && k <= line.index + 3; k++) {
    const next = doc.lines[k]!;
    if (next.kind === 'blank') continue;
    if (!/^[ ]{4,}[^ 0-9・\-*]/.test(next.text) || /^[ ]*(?:令和|平成|[0-9]{1,4}[年月日/])/.test(next.text)) return null;
    return { start: next.start, end: next.end };
  }
  return null;
}
