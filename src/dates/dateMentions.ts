import { DATE_QUALIFIERS, ERAS, ERA_ALTERNATION } from '../words/eras.js';
import { parseJapaneseNumber } from '../numbers/japaneseNumber.js';

/**
 * Finds calendar dates in width-folded text: 2025年12月3日, 2025 年 12 月 3 日, 2025/12/3,
 * 令和7年12月3日 / 令和元年, 12月3日 (year implied), 2025年12月 (month only), with 上旬/中旬/下旬
 * and ranges (10月1日から4日にかけて, 12月1日~3日).
 * Every quantifier is bounded or over a single character class, so matching stays linear.
 */

const SP = '[ ]{0,2}';
const ERA_YEAR = '(?:元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const DATE_PATTERN = new RegExp(
  [
    // 2025年12月3日 / 令和7年12月3日 / 2025年12月
    `(?<![0-9])(?:(?<era>${ERA_ALTERNATION})${SP}(?<eraYear>${ERA_YEAR})|(?<year>[0-9]{4}))${SP}年${SP}(?<month>[0-9]{1,2})${SP}月(?:${SP}(?<day>[0-9]{1,2})${SP}日)?`,
    // 2025/12/3, 2025.12.3, 2025-12-03
    `(?<![0-9])(?<slashYear>20[0-9]{2}|19[0-9]{2})(?<sep>[/.\\-])(?<slashMonth>[0-9]{1,2})\\k<sep>(?<slashDay>[0-9]{1,2})(?![0-9])`,
    // 12月3日 (year implied)
    `(?<![0-9])(?<bareMonth>[0-9]{1,2})${SP}月${SP}(?<bareDay>[0-9]{1,2})${SP}日`,
  ].join('|'),
  'g',
);
const GROUP_ERA = 'era';
const GROUP_ERA_YEAR = 'eraYear';

const QUALIFIER_PATTERN = new RegExp(`^${SP}(?:\\([月火水木金土日祝・ ]{1,4}\\))?${SP}(?<qualifier>${DATE_QUALIFIERS.join('|')})`);
/** After a date: "から4日", "~12月4日", "-4日" (the end of a range). */
const RANGE_END_PATTERN = new RegExp(
  `^${SP}(?:\\([月火水木金土日祝・ ]{1,4}\\))?${SP}(?:~|から|-|－|—|より)${SP}(?:(?<endYear>[0-9]{4})${SP}年${SP})?(?:(?<endMonth>[0-9]{1,2})${SP}月${SP})?(?<endDay>[0-9]{1,2})${SP}日`,
);

export interface DateMention {
  /** Offsets in the searched text. */
  start: number;
  end: number;
  /** Written or era year; null when implied (resolve with `resolveYear`). */
  year: number | null;
  month: number;
  day: number | null;
  qualifier: string | null;
  /** The written end of a range, when the date opens one. */
  rangeEnd: { year: number | null; month: number; day: number } | null;
}

export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const g = m.groups!;
    let year: number | null = null;
    let month: number;
    let day: number | null;
    if (g.month !== undefined) {
      year = g[GROUP_ERA] !== undefined ? parseWarekiYear(g[GROUP_ERA]!, g[GROUP_ERA_YEAR]!) : Number(g.year);
      month = Number(g.month);
      day = g.day !== undefined ? Number(g.day) : null;
    } else if (g.slashYear !== undefined) {
      year = Number(g.slashYear);
      month = Number(g.slashMonth);
      day = Number(g.slashDay);
    } else {
      month = Number(g.bareMonth);
      day = Number(g.bareDay);
    }
    if (year !== null && (year < 1900 || year > 2100)) continue;
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) continue;
    let end = m.index! + m[0].length;
    let qualifier: string | null = null;
    let rangeEnd: DateMention['rangeEnd'] = null;
    const after = text.slice(end, end + 40);
    const q = QUALIFIER_PATTERN.exec(after);
    if (q && (day === null || q.groups!.qualifier === '頃' || q.groups!.qualifier === 'ごろ')) {
      qualifier = q.groups!.qualifier!;
      end += q[0].length;
    } else if (day !== null) {
      const r = RANGE_END_PATTERN.exec(after);
      if (r) {
        const endDay = Number(r.groups!.endDay);
        const endMonth = r.groups!.endMonth !== undefined ? Number(r.groups!.endMonth) : month;
        const endYear = r.groups!.endYear !== undefined ? Number(r.groups!.endYear) : null;
        if (endMonth >= 1 && endMonth <= 12 && endDay >= 1 && endDay <= 31) {
          rangeEnd = { year: endYear, month: endMonth, day: endDay };
          end += r[0].length;
        }
      }
    }
    found.push({ start: m.index!, end, year, month, day, qualifier, rangeEnd });
  }
  return found;
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

export function formatDate(year: number, month: number, day: number | null): string {
  const mm = String(month).padStart(2, '0');
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** "2026-01-23" → parts, or null. */
export function parseIsoDate(iso: string | null): { year: number; month: number; day: number } | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}
