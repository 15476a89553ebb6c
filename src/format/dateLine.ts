import { KANJI_DIGITS } from '../words/numerals.js';
import { parseJapaneseNumber } from '../numbers/japaneseNumber.js';
import { findDateMentions, formatDate } from '../dates/dateMentions.js';
import { BYLINE_WRITER, NEWS_CATEGORY, PAGE_INFO_FIELD, POST_TAG, POST_TAGS, READING_TIME, VIEW_COUNT_FIELD } from '../words/pageChrome.js';

/** The label a date line may carry: "公開日：", "掲載日 ", "発表日:", "配信日時：", "最終更新日：", "掲載開始日 " … */
const DATE_LABEL = /^(?:(?:この)?(?:ページ|記事|情報)?(?:の)?(?:公開|掲載|発表|発行|公表|配信|発信|作成|登録|投稿|更新|最終更新)(?:開始)?(?:日時|日)?|日付|date|(?:published|posted|updated|last updated)(?: on)?)?[ :：]*/i;
/** A time of day after the date: "10:00", "9時00分", "15時", "午後3時30分", "10:00 JST". */
const TIME_OF_DAY = "(?:(?:午前|午後|AM|PM)?[ ]*[0-9]{1,2}(?::[0-9]{2}(?::[0-9]{2})?|時(?:[0-9]{1,2}分)?))?[ ]*(?:JST|頃)?";
/** A weekday in English, short or whole, in any case: 「Fri」「FRI」「Friday」「Wed.」. */
const WEEKDAY_EN = '(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?';
/**
 * What may follow the date on its line: a weekday (in brackets, or in English after a space as a corporate theme sets it:
 * 「2025.08.29 FRI」), a time, 公開/掲載/付.
 */
const DATE_TAIL = new RegExp(`^[ ]*(?:\\((?:[月火水木金土日祝]|${WEEKDAY_EN})\\.?\\)|${WEEKDAY_EN}\\.?(?![a-z]))?[ ]*${TIME_OF_DAY}[ ]*(?:公開|掲載|発表|配信|更新|付)?[ ]*$`, 'i');
/**
 * After a labelled date, a field of its own past a bar: "配信日時：2025年12月3日 9時00分　｜　カテゴリ：
 * コーポレート". Without a digit, so a bar never hides a second date or a count.
 */
const SEPARATED_FIELD = /[ ]*[|｜][^0-9|｜]{1,30}$/;
/** Where a second labelled date starts on the same line: "公開日：2026/1/23　更新日：2026/1/30", "掲載開始日 2026年1月23日 ／ 最終更新 2026/02/01". */
const SECOND_LABEL = /(?:[ ]*[/|｜][ ]*|[ ]+|(?<=[0-9日)]))(?=(?:この)?(?:ページ|記事|情報)?(?:の)?(?:最終)?(?:公開|掲載|発表|発行|公表|配信|発信|作成|登録|投稿|更新)(?:開始)?(?:(?:日時|日)?[ ]*[:：]|(?:日時|日)[ ]*(?=[0-9]|令和|平成|[RH][0-9]))|最終更新[ ]*(?=[0-9]|令和|平成)|(?:updated|last updated)[ ]*:)/i;
/** An era's short dotted form: "R8.2.13", "令和8.2.13", "H30.4.1" (NFKC has made Ｒ ASCII). */
const ERA_DOTTED = /^(R|H|令和|平成)([0-9]{1,2})([./])([0-9]{1,2})\3([0-9]{1,2})(?![0-9./])/;
/** The months an English date names, by their first three letters. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?';
/**
 * An English date as a site's theme prints it: 「Nov 13, 2025」「November 13, 2025」「13 Nov 2025」 (month first, or the day
 * first), or the year first as a calendar badge stacks it (「2025」「OCT」「03」: 「2025 OCT 03」).
 */
const ENGLISH_DATE = new RegExp(`^(?:${MONTH_NAME}[ ]?([0-9]{1,2})(?:st|nd|rd|th)?,?[ ]?((?:19|20)[0-9]{2})|([0-9]{1,2})(?:st|nd|rd|th)?[ ]?${MONTH_NAME},?[ ]?((?:19|20)[0-9]{2})|((?:19|20)[0-9]{2})[ ]?${MONTH_NAME}[ ]?([0-9]{1,2})(?:st|nd|rd|th)?)(?![0-9])`, 'i');

/** An English date opening the text (「Nov 13, 2025」) written as the digits' 「2025/11/13」; the text as it is otherwise. */
function withEnglishDate(text: string): string {
  const m = ENGLISH_DATE.exec(text);
  if (!m) return text;
  const month = MONTHS.indexOf((m[1] ?? m[5] ?? m[8]!).slice(0, 3).toLowerCase()) + 1;
  return `${m[3] ?? m[6] ?? m[7]}/${month}/${m[2] ?? m[4] ?? m[9]}${text.slice(m[0].length)}`;
}
/** A date line's label set after its date: 「R8.3.6 掲載」「2025.7.11 公開」. */
const LABEL_AFTER = /[ ]?(?:公開|掲載|発表|配信|更新|付)[ ]*$/;
const ERA_NAME: Record<string, string> = { R: '令和', H: '平成', 令和: '令和', 平成: '平成' };
/** A news category after the date, alone or past a bar: "2025年12月3日 プレスリリース". */
const CATEGORY_HEAD = /^([^ |｜0-9]{2,16})[ ]*(?:[|｜][ ]*)?/;
const CATEGORY_TAIL = /^(.*?)[ ]*(?:[|｜][ ]*)?([^ |｜0-9]{2,16})$/;

/**
 * Characters that fold (NFKC) to a digit, found by folding every code point: ASCII and full-width
 * digits, super- and subscripts, fractions, circled and parenthesized numbers, squared dates and
 * units, mathematical digits. A text holding none has no date to fold and search.
 */
export const FOLDS_TO_DIGIT = /[0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u2070\u2074-\u2079\u2080-\u2089\u2150-\u215f\u2189\u2460-\u249b\u24ea\u3251-\u325f\u32b1-\u32cb\u3358-\u3370\u3378\u3379\u339f-\u33a6\u33a8\u33af\u33e0-\u33fe\uff10-\uff19\u{1ccf0}-\u{1ccf9}\u{1d7ce}-\u{1d7ff}\u{1f100}-\u{1f10a}\u{1fbf0}-\u{1fbf9}]/u;

/**
 * A date in kanji numerals, as a formal notice writes its date line (「二〇二六年四月二十八日発表」「令和八年四月二十八日」):
 * the year digit by digit or an era's year, the month and day counted in tens (二十八).
 */
const KANJI_DATE = /(?:[〇一二三四五六七八九]{4}|(?:令和|平成)[ ]?(?:元|[一二三四五六七八九十]{1,3}))[ ]?年[ ]?[一二三四五六七八九十]{1,3}[ ]?月[ ]?[一二三四五六七八九十]{1,3}[ ]?日/;
const KANJI_DATE_ALL = new RegExp(KANJI_DATE.source, 'g');
const KANJI_DIGIT = '〇一二三四五六七八九';

/** Whether a text may hold a date: a digit (or what folds to one) or a date in kanji numerals. */
export function mayHoldDate(text: string): boolean {
  return FOLDS_TO_DIGIT.test(text) || KANJI_DATE.test(text);
}

/** A number in kanji numerals: digit by digit (二〇二六 = 2026) or in tens (二十八 = 28, 十二 = 12); NaN for anything else. */
function kanjiNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 0 ? NaN : Number([...s].map((c) => KANJI_DIGIT.indexOf(c)).join(''));
  if (ten > 1 || s.indexOf('十', ten + 1) >= 0 || s.length > ten + 2) return NaN;
  const tens = ten === 0 ? 1 : KANJI_DIGIT.indexOf(s[0]!);
  const ones = ten === s.length - 1 ? 0 : KANJI_DIGIT.indexOf(s[ten + 1]!);
  return tens < 1 || ones < 0 ? NaN : tens * 10 + ones;
}

/**
 * An era's date under its name, the month and day set off by dots or slashes (「令和7.5.15」「平成31/4/30」, NFKC-folded): the
 * era's name says it is a date, where its initial alone (「R7.5.15」) may be a version and needs a label.
 */
const ERA_NAME_DOTTED = /(令和|平成)[ ]?([0-9]{1,2}|元)[ ]?([./])[ ]?([0-9]{1,2})[ ]?\3[ ]?([0-9]{1,2})(?![0-9]|[./][0-9])/g;

/**
 * A text with its dates in kanji numerals written in digits (「二〇二六年四月二十八日」 → 「2026年4月28日」) and an era's
 * dotted date under its name written out (「令和7.5.15」 → 「令和7年5月15日」); others as they stand.
 */
export function withKanjiDate(text: string): string {
  const written = text.replace(ERA_NAME_DOTTED, (m, era: string, y: string, _sep: string, mo: string, d: string) =>
    Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${era}${y}年${Number(mo)}月${Number(d)}日` : m,
  );
  return withKanjiNumerals(written);
}

function withKanjiNumerals(text: string): string {
  if (!KANJI_DATE.test(text)) return text;
  return text.replace(KANJI_DATE_ALL, (m) => {
    const era = /^(令和|平成)[ ]?/.exec(m);
    const [y, mo, d] = m.slice(era ? era[0].length : 0).split(/[ ]?[年月日][ ]?/);
    const year = y === '元' ? 1 : kanjiNumber(y!);
    const month = kanjiNumber(mo!);
    const day = kanjiNumber(d!);
    if (!(year > 0) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return m;
    return `${era ? era[1] : ''}${year}年${month}月${day}日`;
  });
}

export interface DateLineDate {
  /** "YYYY-MM-DD" */
  iso: string;
  /** The label marks an update (更新日), not the publication. */
  update: boolean;
}

/**
 * A line that is a date and nothing else but its label — "2026年1月23日", "公開日：令和8年1月23日",
 * "2026.01.23", "2026 年 1 月 23 日 (金)" — as "YYYY-MM-DD"; null for anything else. A line with a
 * publication and an update date ("公開日：… 更新日：…") gives the publication date.
 */
export function dateOfDateLine(raw: string): string | null {
  const dates = datesOfDateLine(raw);
  if (!dates) return null;
  return (dates.find((d) => !d.update) ?? dates[0]!).iso;
}

/**
 * Every labelled date of a date line, in order; null when the line holds anything else. A page asks
 * for the same line several times (a <p>, the <span> in it, the date-line and page-date readers):
 * each line is read once per document (forgetDateLines starts the next) and its answer shared
 * (callers never change it).
 */
export function datesOfDateLine(raw: string): DateLineDate[] | null {
  if (!mayHoldDate(raw)) return null;
  // Lines of a date line's length are kept (a long text is no date line, and not worth keeping).
  if (raw.length > 200) return readDateLine(raw);
  const known = dateLines.get(raw);
  if (known !== undefined) return known;
  const dates = readDateLine(raw);
  // A bound, as for any memo fed by input.
  if (dateLines.size >= 10_000) dateLines.clear();
  dateLines.set(raw, dates);
  return dates;
}
const dateLines = new Map<string, DateLineDate[] | null>();

/** Starts a document: datesOfDateLine's answers are kept within one (a batch repeats no lines across releases worth keeping). */
export function forgetDateLines(): void {
  dateLines.clear();
}

function readDateLine(raw: string): DateLineDate[] | null {
  const text = withoutBracketedSecond(withoutBadge(unbracketed(withKanjiDate(raw.normalize('NFKC').trim()))));
  // Every date form has a month in digits (once folded: ５, ① and ㋀ fold to digits).
  if (text.length === 0 || text.length > 80 || !/[0-9]/.test(text)) return null;
  // A post's like button printed after its date and time: 「2025/01/28 10:00 ♡ 561」.
  const parts = withoutPostFields(text.replace(REACTION_COUNT, '')).split(SECOND_LABEL);
  if (parts.length > 3) return null;
  const out: DateLineDate[] = [];
  for (const part of parts) {
    // A line a second label makes a date line (「R8.5.27　更新日：2026/07/06」): its first part in the era's initial alone
    // is the publication's date there, as a label before it would make it (a bare 「R8.2.3」 alone may be a version).
    const era = parts.length > 1 ? eraInitialDate(part.trim()) : null;
    const iso = singleDate(part) ?? (era ? singleDate(era) : null);
    if (!iso) return null;
    out.push({ iso, update: isUpdateLabel(part) });
  }
  return out;
}

/** The most fields of a post's meta read off a date line's end. */
const POST_FIELDS = 3;
/** How far back from a line's end a field's start is looked for (a reading time's 「この記事は約11分で読めます」 and a tag). */
const POST_FIELD_REACH = 24;

/**
 * A date line without the post's meta its theme sets after the date, a space apart (「二〇二五年四月十六日発表　この記事は約11分で
 * 読めます　#お知らせ」): the reading time (READING_TIME) and the post's tags — the post's, no part of its date.
 */
function withoutPostFields(text: string): string {
  let line = text;
  for (let n = 0; n < POST_FIELDS; n++) {
    let cut = -1;
    for (let at = line.lastIndexOf(' '); at > 0 && at >= line.length - POST_FIELD_REACH; at = line.lastIndexOf(' ', at - 1)) {
      const field = line.slice(at + 1);
      if (READING_TIME.test(field) || POST_TAG.test(field)) cut = at;
    }
    if (cut < 0) break;
    line = line.slice(0, cut).trimEnd();
  }
  return line;
}

/** A reaction's mark and count ending a date line (a like button: 「♡ 561」「👍 12」), after a space. */
const REACTION_COUNT = /[ ][♡♥❤☆★👍][ ]?[0-9][0-9,]{0,8}$/u;

/** A last part in brackets: 「掲載日：2025年10月19日（最終更新日：2025年11月2日）」 (NFKC has made the brackets ASCII). */
const BRACKETED_LAST = /[ ]*\(([^()]{1,40})\)$/;

/**
 * A second labelled date set in brackets after the first (「掲載日：…（最終更新日：…）」) → the two side by side,
 * as 「公開日：…　更新日：…」 is written; a bracket holding no date label (「2026年1月23日（金）」) stays.
 */
function withoutBracketedSecond(text: string): string {
  const last = BRACKETED_LAST.exec(text);
  if (!last || last.index === 0 || !/[0-9]/.test(last[1]!) || !opensWithDateLabel(last[1]!)) return text;
  return `${text.slice(0, last.index)} ${last[1]!}`;
}

/** Whether a date line's label (「更新日：」) opens the text. */
const opensWithDateLabel = (text: string) => DATE_LABEL.exec(text)![0].trim() !== '';

/**
 * A news category's badge before a labelled date (「重要 掲載日：2026年7月16日」) → the labelled date; also a
 * badge run into the label, as a printed page sets the two side by side (「お知らせ公開日：2026年2月6日」).
 */
function withoutBadge(text: string): string {
  const badge = CATEGORY_HEAD.exec(text);
  if (badge && NEWS_CATEGORY.test(badge[1]!)) {
    const rest = text.slice(badge[0].length);
    if (opensWithDateLabel(rest)) return rest;
  }
  // No space between them: the category is a word of its own, ended where a date's label begins, or an
  // era's date (「お知らせ令和8年1月23日」: a date in digits after it is read as it stands).
  for (let k = 2; k <= 16 && k < text.length; k++) {
    if (text[k - 1] === ' ' || !NEWS_CATEGORY.test(text.slice(0, k))) continue;
    const rest = text.slice(k);
    // (Not a category's word that is a date's label itself, its colon after it: 「更新：2026年1月27日」 is an update's label.)
    if (/^[:：]/.test(rest) && DATE_LABEL.exec(text.slice(0, k))![0] === text.slice(0, k)) continue;
    if (opensWithDateLabel(rest) || /^(?:令和|平成)[0-9元]/.test(rest)) return rest;
  }
  return text;
}

/**
 * The page's number before a labelled date (「ページ番号：81578　更新日：2025/11/29」) → the labelled date
 * line (NFKC-folded); null when the line opens with no page number, or no label follows it (「ページ番号：81578
 * 2025/11/29」). Only the HTML reader drops such a line as the page's: a printed page reads its date lines as they stand.
 */
export function withoutPageInfo(raw: string): string | null {
  if (!FOLDS_TO_DIGIT.test(raw)) return null;
  const text = raw.normalize('NFKC').trim();
  const field = PAGE_INFO_FIELD.exec(text);
  if (!field) return null;
  const rest = text.slice(field[0].length);
  return opensWithDateLabel(rest) ? rest : null;
}

/** Brackets a date line may stand in, opening → closing (after NFKC: ［］ and （） are ASCII). */
const BRACKETS: Record<string, string> = { '[': ']', '【': '】', '〔': '〕', '(': ')', '<': '>', '〈': '〉', '《': '》' };

/** "［2025.07.14］", "【2026年1月23日】" → the date inside: a whole line in one pair of brackets. */
function unbracketed(text: string): string {
  const close = BRACKETS[text[0] ?? ''];
  return close && text.endsWith(close) && text.length > 2 ? text.slice(1, -1).trim() : text;
}

function singleDate(part: string): string | null {
  const label = DATE_LABEL.exec(part)![0];
  // Only a labelled date may carry a field past a bar, or the page's view count: a bare "2025年11月10日 | …" or
  // 「2026年04月16日 閲覧数 1,181」 is a news list's item. A bare date with its post's category between it and the count is
  // a theme's meta row (「2026.02.04 お知らせ 52,637view」): the count goes there, when the category is read below.
  const labelled = label.trim() !== '';
  const own = labelled ? part.replace(SEPARATED_FIELD, '').replace(VIEW_COUNT_FIELD, '') : part.replace(VIEW_COUNT_FIELD, '');
  const counted = !labelled && own !== part;
  if (own.length > 40) return null;
  // A machine's timestamp printed as the page's date (「2026-03-02T18:00:00+09:00」): its day.
  let unlabelled = own.slice(label.length).replace(ISO_STAMP_HEAD, '$1/$2/$3');
  // A news category before the date: "ニュースリリース　2025.12.03", "お知らせ | 2025年12月3日".
  const category = label === '' ? CATEGORY_HEAD.exec(unlabelled) : null;
  const categoryFirst = category !== null && NEWS_CATEGORY.test(category[1]!);
  if (categoryFirst) unlabelled = unlabelled.slice(category[0].length);
  let rest = unlabelled.replace(/^((?:19|20)[0-9]{2})\.([0-9]{1,2})\.([0-9]{1,2})/, '$1/$2/$3');
  // A labelled date in an era's short form, as municipal and association sites write it: "掲載日：R8.2.13" =
  // 令和8年2月13日. Only after a label: a bare "R8.2.3" may be a side bar's item or a version.
  // (A label after the date says as much: 「R8.3.6 掲載」.)
  if (label.trim() !== '' || LABEL_AFTER.test(rest)) rest = rest.replace(ERA_DOTTED, (_m, era: string, y: string, _sep: string, mo: string, d: string) => `${ERA_NAME[era]}${y}年${mo}月${d}日`);
  // A date in English words (「公開日：Nov 13, 2025」, a theme's format under a Japanese label) read as its digits.
  rest = withEnglishDate(rest);
  const d = findDateMentions(rest)[0];
  if (!d || d.start !== 0 || d.year === null || d.day === null || d.rangeEnd) return null;
  const tail = rest.slice(d.end);
  if ((counted && !categoryFirst) || !DATE_TAIL.test(tail)) {
    const after = CATEGORY_TAIL.exec(tail);
    if (!after || !NEWS_CATEGORY.test(after[2]!) || !DATE_TAIL.test(after[1]!)) return null;
  }
  return formatDate(d.year, d.month, d.day);
}

/**
 * A date line that writes no year but its weekday — 「4月17日（木）掲載」「掲載日：4/17(木)」, an old table layout's — dated by
 * the years the page writes (its address's path, the release's own dates, its copyright line): the one of them on which
 * the day falls on that weekday; null when the line is anything else, has no weekday, or no year or two fit. (A two-digit
 * year, 「25/06/11」, is read where the date line stands: placedDateLine.)
 */
export function yearlessDateLine(raw: string, years: ReadonlySet<number>): DateLineDate[] | null {
  const line = years.size > 0 ? monthDayDateLine(raw) : null;
  if (!line || line.weekday === null) return null;
  const year = soleFittingYear(line, years);
  return year === null ? null : [{ iso: formatDate(year, line.month, line.day), update: isUpdateLabel(raw) }];
}

/** A label that says whose date a line gives: the page's (公開日, 掲載日, 更新日 …), not an event's. */
export const PAGE_DATE_LABEL = /公開|掲載|発表|発行|公表|配信|発信|作成|登録|更新|投稿|日付|posted|published|updated/i;

/**
 * True when a date line's label names when a record was made (「作成日時 2025/03/31 17:35」, 「登録日：…」, "Created"): a
 * CMS's or a database page's stamp, set beside the day it was published (「公開日：2025年4月17日」) and before it. The
 * page's date only when no label names its publication.
 */
export function isCreationLabel(raw: string): boolean {
  return CREATION_LABEL.test(raw) && !PUBLICATION_PROPER.test(raw);
}
const CREATION_LABEL = /(?:作成|登録)(?:日時|日)|created|registered/i;
/** Labels that name a publication itself (not 作成, 登録, 更新). */
const PUBLICATION_PROPER = /公開|掲載|発表|発行|公表|配信|発信|投稿|published|posted/i;

/** True when the date line's label marks an update rather than the publication. */
export function isUpdateLabel(raw: string): boolean {
  return /更新|updated/i.test(raw);
}

/** A blog entry's byline that dates the entry: 「投稿日: 2025年4月18日」「Posted on 2025/04/22」. */
const BYLINE_LABEL = /^(?:投稿日(?:時)?|公開日(?:時)?|掲載日|posted on|published on)[ ]*[:：]?[ ]*/i;
/**
 * A byline that names the author first, the date after the name: 「投稿者：広報担当 (2025年04月17日 10:00)」
 * (Movable Type's), 「Posted by admin at 2025.04.17」, 「作成者: 総務課 | 2025/4/17」; a person's name of two words
 * (「投稿者: 小林 大輔 2025年06月18日」: a family name in kanji, a given name of four characters at most) right before the date
 * or its 「日時:」 label.
 */
const BYLINE_AUTHOR = new RegExp(`^${BYLINE_WRITER}[ ]*[:：]?[ ]*(?:[\\u4e00-\\u9fff々]{1,4}[ ][\\u4e00-\\u9fff々\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc]{1,4}(?=[ ]*(?:[0-9(|｜/・]|日時[ ]*[:：]))|[^ 0-9(:：|｜]{1,20})[ ]*(?:(?:at|on)[ ]+|[|｜/・(])?[ ]*`, 'i');
/** A publication date's label after the author's field (BYLINE_AUTHOR's). */
const BYLINE_DATE_LABEL = /^(?:発表日|公開日|公表日|掲載日|投稿日(?:時)?)[ ]*[:：]/;
/**
 * A date field labelled only 「日時」 after the author's (Movable Type's 「投稿者: webmaster 日時: R8.06.24」): the entry's
 * posting time, read as 投稿日時 — or the label of the theme's own date line after it (「日時: Posted: 2026-08-12」).
 */
const BYLINE_TIME_LABEL = /^日時[ ]*[:：][ ]*/;
/** The publication date run into the update's as a theme prints both: 「2025/04/222025/05/08」. */
const RUN_TOGETHER_DATES = /^((?:19|20)[0-9]{2}[./][0-9]{1,2}[./][0-9]{1,2})(?=(?:19|20)[0-9]{2}[./])/;
/**
 * The start of a field's label at the end of a wrapped byline: 投稿(者), 作成(者), 執筆(者), and a blog's links cut
 * where the line wrapped (「| トラックバ」 / 「ック (3)」, 「パーマリ」, 「コメ」).
 */
const BYLINE_LABEL_CUT = /[ ](?:(?:投稿|作成|執筆)者?|トラック(?:バッ?)?|パーマ(?:リン?)?|コメン?)$/;
/** A byline's time after the date (「10:00」「午後3時」). */
const BYLINE_TIME = new RegExp(TIME_OF_DAY);
/**
 * What else a byline holds after the date: the author (「投稿者: 広報担当」「by 山田」), the comments
 * (「6件のコメント」「コメント(3)」「コメントする」), the category (「カテゴリー: お知らせ」), the entry's permalink and
 * trackbacks (「| パーマリンク | トラックバック (3)」: Movable Type's).
 */
const BYLINE_FIELD = /(?:投稿者|作成者|執筆者|著者|by|カテゴリー?|category)[ ]*[:：]?[ ]*[^ 0-9:：]{1,20}|[0-9]{1,5}[ ]*件のコメント|(?:コメント|トラックバック)[ ]*\(?[0-9]{1,5}\)?|コメント(?:する|はまだありません|を残す)|パーマリンク|permalink|[0-9]{1,5}[ ]*(?:comments?|trackbacks?)/gi;

/**
 * The publication date of a blog entry's byline: 「投稿日: 2025年4月18日2025年5月4日 投稿者: 広報担当
 * 6件のコメント」 → 2025-04-18. The label (or the author's field) opens the line and the date follows it; an update's date
 * run into it (a theme prints the published and the updated time side by side), a time, the author,
 * the comment count and the category may follow — nothing else (no sentence, no other number).
 */
export function bylineDate(raw: string): string | null {
  if (!FOLDS_TO_DIGIT.test(raw)) return null;
  const text = raw.normalize('NFKC').trim();
  const label = BYLINE_LABEL.exec(text) ?? BYLINE_AUTHOR.exec(text);
  if (!label || text.length > 100 || /[。、]/.test(text)) return null;
  // A date in the era's initial after the label (「投稿者：広報担当 | R7.10.21」): the label says it is the entry's date.
  const rest = text.slice(label[0].length).replace(RUN_TOGETHER_DATES, '$1 ').replace(ERA_INITIAL, (m) => eraInitialDate(m) ?? m);
  // The author's field, then the page's labelled date line: 「投稿者：広報担当 発表日：令和7年(2025年)7月31日」.
  // (Its other fields after the date go first: 「掲載日：2025年5月12日 | コメント (0) | トラックバック (0)」.)
  if (label[0] !== '' && BYLINE_DATE_LABEL.test(rest)) return dateOfDateLine(rest.replace(BYLINE_FIELD, ' ').replace(/[ |｜/・]+$/, ''));
  const time = label[0] !== '' ? BYLINE_TIME_LABEL.exec(rest) : null;
  if (time) {
    const field = rest.slice(time[0].length).replace(BYLINE_FIELD, ' ').replace(/[ |｜/・]+$/, '');
    return dateOfDateLine(opensWithDateLabel(field) ? field : `投稿日時:${field}`);
  }
  const dates = findDateMentions(rest);
  const first = dates[0];
  if (!first || first.start !== 0 || first.year === null || first.day === null || first.rangeEnd) return null;
  let tail = rest.slice(first.end);
  // The update's date right after it (no label: the theme's second <time>).
  const second = dates[1];
  if (second && /^[ ]*$/.test(rest.slice(first.end, second.start))) tail = rest.slice(second.end);
  // A field's label may end the line, the rest wrapped onto the next (「… 投稿」 / 「者: 広報担当」).
  // (The author's bracket closes after the date and time: 「… (2025年04月17日 10:00)」.)
  const left = tail.replace(BYLINE_TIME, ' ').replace(BYLINE_FIELD, ' ').replace(BYLINE_LABEL_CUT, '').replace(/^[ ]*\)/, '').replace(/[ |｜/・]+/g, '');
  return left === '' ? formatDate(first.year, first.month, first.day) : null;
}

/** What a title's bracketed date holds and nothing else: digits, the date's signs, an era's name, a weekday, a time. */
const TITLE_DATE_ALONE = /^(?:令和|平成)?[0-9./\-:年月日元 ()火水木金土]+$/;

/** A title opened by its page's date in brackets: 「【2025/04/21】…」「［2026.01.23］…」「(2025.04.22) …」 (round ones: the year first). */
const TITLE_DATE_PREFIX = /^[ ]*(?:[【［[〔]([^】］\]〕]{6,24})[】］\]〕]|[（(]((?:19|20|１９|２０)[^（()）]{4,22})[）)])[ 　]*/;

/**
 * A date a site sets before its titles (「【2025/04/21】当社…のお知らせ」) is the page's date, not part of
 * the release's title: → the title without it and the date. Only a bare date in square brackets: a
 * municipality's 「（令和7年7月15日発表）…」 is how it titles the release, and stays.
 */
export function titleDatePrefix(title: string): { title: string; date: string } | null {
  const m = TITLE_DATE_PREFIX.exec(title);
  const written = m ? (m[1] ?? m[2]!) : '';
  if (!m || !FOLDS_TO_DIGIT.test(written)) return null;
  const folded = written.normalize('NFKC').trim();
  // Or in the era's initial (「【R8.3.16】…」), as a municipal site dates its titles.
  const inner = eraInitialDate(folded) ?? folded;
  // The date alone: digits and the date's own signs (an ISO date's hyphens, an era's name, a time), no label or 発表.
  if (!TITLE_DATE_ALONE.test(inner)) return null;
  const date = dateOfDateLine(inner);
  const rest = title.slice(m[0].length);
  return date && rest.trim().length >= 4 ? { title: rest, date } : null;
}

/** An era's initial, its year, month and day, in dots or slashes alike: 「R8.2.9」「H30/4/1」. */
const ERA_INITIAL = /^([RH])([0-9]{1,2})([./])([0-9]{1,2})\3([0-9]{1,2})(?![0-9./])/;

/** 「R8.2.9」「R8/2/9」 (a municipal or blog page's date in the era's initial) written out: 「令和8年2月9日」; null for anything else. */
export function eraInitialDate(text: string): string | null {
  const m = ERA_INITIAL.exec(text);
  return m && m[0].length === text.length ? `${m[1] === 'R' ? '令和' : '平成'}${m[2]}年${m[4]}月${m[5]}日` : null;
}

/**
 * A date line in the era's initial alone (「R7.5.8」「R7/5/8」, NFKC-folded and cleaned) as its one date; null for anything else. A page's
 * reader asks for it where only its place makes a line the page's date (under the title, in the entry's meta): a bare
 * 「R8.2.3」 is no date line to datesOfDateLine (a side bar's item, a version).
 */
export function eraInitialDateLine(raw: string): DateLineDate[] | null {
  if (!FOLDS_TO_DIGIT.test(raw)) return null;
  const written = eraInitialDate(unbracketed(raw.normalize('NFKC').trim()));
  const iso = written ? dateOfDateLine(written) : null;
  return iso ? [{ iso, update: false }] : null;
}

/** A title closed by a date in brackets: 「…攻撃について（2025年04月28日）」「…ご報告とお詫び（2025/3/10）」「…お詫び（R6.12.28）」. */
/** A label after a date that says it is the day of publication (掲載, 公開, 公表, 発表, 発行). */
const PUBLICATION_LABEL_TAIL = /[ ]?(?:掲載|公開|公表|発表|発行)$/;
const TITLE_DATE_SUFFIX = /[（(【［[〔]([^（()）】］\]〔〕]{6,24})[）)】］\]〕][ 　]*$/;

/**
 * A date a site sets after its titles, alone in brackets (「…攻撃について（2025年04月28日）」), is the page's date: → the title
 * without it and the date. Only the bare date (a weekday at most) or with a publication label (掲載, 公開): 「（2025年4月28日更新）」「（2025年4月28日発生）」 say what
 * the day was, and stay.
 */
export function titleDateSuffix(title: string): { title: string; date: string } | null {
  const m = TITLE_DATE_SUFFIX.exec(title);
  if (!m || !FOLDS_TO_DIGIT.test(m[1]!)) return null;
  // A publication label may follow the date (「（2026年2月16日掲載）」): it says the day is the page's own.
  const folded = m[1]!.normalize('NFKC').trim().replace(PUBLICATION_LABEL_TAIL, '');
  // Or in the era's initial, as municipal pages close their titles: 「…についてのお詫び（R6.12.28）」.
  const inner = eraInitialDate(folded) ?? folded;
  if (!/^[0-9./年月日 令和平成元]+$/.test(inner) || !/^(?:19|20)[0-9]{2}|^(?:令和|平成)/.test(inner)) return null;
  const date = dateOfDateLine(inner);
  const rest = title.slice(0, m.index);
  return date && rest.trim().length >= 4 ? { title: rest, date } : null;
}

/**
 * The date a page's title carries in brackets, before it (「【2025/04/21】…」) or after it (「…について（2025年04月28日）」),
 * in the title whole or in its own part beside the site's (「…（2025/3/10）｜お知らせ」).
 */
/**
 * A full date opening a page's title with a space after it, in no brackets (「2026年1月23日　…のお知らせ」「2026.01.23 …」),
 * as a news page titles itself with its day: the date. A date run into the words after it (「2026年1月23日に発生した…」)
 * is the title's own.
 */
const BARE_TITLE_DATE = /^((?:19|20)[0-9]{2}[ ]?年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|(?:19|20)[0-9]{2}([./])[0-9]{1,2}\2[0-9]{1,2})(?:\([月火水木金土日]\))?[ ]+\S{4}/;

/** A page's title without the full date that opens it set off by a space (「2025年5月22日　表題記載なし」: 表題記載なし); the title as it is otherwise. */
export function withoutBareTitleDate(title: string): string {
  const folded = title.normalize('NFKC').trim();
  const m = FOLDS_TO_DIGIT.test(title) ? BARE_TITLE_DATE.exec(folded) : null;
  return m ? folded.slice(m[0].length - 4) : title;
}

function bareTitleDate(title: string): string | null {
  if (!FOLDS_TO_DIGIT.test(title)) return null;
  const m = BARE_TITLE_DATE.exec(title.normalize('NFKC').trim());
  return m ? dateOfDateLine(m[1]!) : null;
}

export function pageTitleDate(title: string): string | null {
  const parts = [title, ...title.split(/\s[|\-–—]\s|[|｜]/).map((p) => p.trim()).filter((p) => p !== '' && p !== title)];
  for (const part of parts) {
    const date = titleDatePrefix(part)?.date ?? titleDateSuffix(part)?.date ?? bareTitleDate(part);
    if (date) return date;
  }
  return null;
}

/** A notice's label in brackets, then a full date and a space: 「【注意喚起】2026/05/12 メールアドレスの…」. */
const LABELLED_TITLE_DATE = /^[ ]*[【［[〔][^0-9０-９】］\]〕]{2,10}[】］\]〕][ 　]*((?:19|20|１９|２０)[0-9０-９]{2}[/.／．][0-9０-９]{1,2}[/.／．][0-9０-９]{1,2})[ 　]+\S/;

/**
 * The date a title carries after its notice's label (「【注意喚起】2026/05/12 メールアドレスの不正利用が…」): the
 * day the notice was posted, for a printed page with no date line of its own. Only a full date in slashes
 * or dots set off by a space: 「【重要】2026年4月1日施行の…」 names a day in the headline, not the post's.
 */
export function labelledTitleDate(title: string): string | null {
  const m = LABELLED_TITLE_DATE.exec(title);
  return m ? dateOfDateLine(m[1]!) : null;
}

/** ISO 8601's time after its date, as a theme prints a <time>'s datetime: 「T18:00:00+09:00」「T09:30Z」「T18:00:00.000+0900」. */
const ISO_TIME = 'T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?';
/** An ISO 8601 timestamp opening a date line, before a space or the line's end: its year, month and day. */
const ISO_STAMP_HEAD = new RegExp(`^((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})${ISO_TIME}(?![^ ])`);
/** An ISO 8601 timestamp (「2026-08-03T14:00:00+09:00」「2026-08-03T05:00Z」): its date. */
const ISO_STAMP = new RegExp(`^((?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})${ISO_TIME}$`);

/**
 * A row of a post's meta that holds no date: its reading time and tags (「7 min read #お知らせ」「約3分で読めます」) — the
 * page's, as a page-info line is (NFKC-folded, runs of space as one).
 */
export function isReadingTimeRow(line: string): boolean {
  if (line.length > 60) return false;
  const fields = line.replace(POST_TAGS, '').split(META_SEPARATOR).filter((f) => f !== '');
  return fields.length > 0 && fields.some((f) => READING_TIME.test(f)) && fields.every((f) => READING_TIME.test(f) || (!/[0-9]/.test(f) && f.length <= 20));
}

/** The separator of a post's meta fields: a middle dot or a bar, spaced (「株式会社Ａ · 2025/11/10 · 3分で読めます」「令和7年6月13日 ・ この記事は約8分で読めます」). */
const META_SEPARATOR = /[ ]+[·•・|｜][ ]+/;

/**
 * The date of a post's meta row as site builders print it under or over the title: fields set
 * apart by 「 · 」 or 「 | 」 — the author or the site's name, the date, the reading time, the
 * category — 「株式会社Ａ · 2025年12月19日（金） · 3分で読めます」 → 2025-12-19. One field is a date
 * line, the others hold no digit (a reading time aside) and no sentence; null for anything else.
 */
export function postMetaDate(raw: string, readField: (field: string) => string | null = dateOfDateLine): string | null {
  if (!FOLDS_TO_DIGIT.test(raw)) return null;
  const folded = raw.normalize('NFKC').trim();
  if (folded.length > 100 || /[。、]/.test(folded)) return null;
  // The post's tags after its fields (「· 6 min read #お知らせ」): a field of the row, no date.
  const text = folded.replace(POST_TAGS, '');
  const fields = text.split(META_SEPARATOR).filter((f) => f !== '');
  if (fields.length < 2) return spacedMetaDate(folded);
  let date: string | null = null;
  for (const field of fields) {
    if (READING_TIME.test(field)) continue;
    if (!/[0-9]/.test(field) && field.length <= 40) continue;
    // A machine's timestamp printed as it is (「2026-08-03T14:00:00+09:00」): its day.
    const stamp = ISO_STAMP.exec(field);
    const d = readField(stamp ? stamp[1]!.replaceAll('-', '/') : field);
    if (!d || date) return null;
    date = d;
  }
  return date;
}

/**
 * A meta row whose fields a space alone sets apart, where all but the first are a post's meta: its reading time and its
 * tags after the date (「2025/2/7（金） この記事は約12分で読めます #お知らせ」「二〇二五年四月十六日発表 この記事は約11分で読めます」)
 * → the date; null unless a reading time or tags end it (withoutPostFields, which the date line's reader applies itself)
 * and the rest is a date line.
 */
function spacedMetaDate(text: string): string | null {
  return withoutPostFields(text) !== text ? dateOfDateLine(text) : null;
}

/**
 * A date the text states its facts as of, with its weekday or hour maybe: 「2025年9月12日現在において」「令和8年2月16日（月）現在」
 * 「2025 年 12 月 12 日時点」「令和8年2月14日 11時 時点」. Bounded runs only: linear on any text.
 */
const AS_OF = /((?:(?:19|20)[0-9]{2}|令和[ ]?[0-9元]{1,2})[ ]?年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日)(?:[（(][月火水木金土日][）)])?[ ]?(?:[0-9]{1,2}[ ]?時(?:[ ]?[0-9]{1,2}[ ]?分)?[ ]?)?(?:現在|時点)/g;

/**
 * The latest day a release states its facts as of (「…2025年9月12日現在において、…確認されておりません」): when a printed
 * page shows no date of its own (dated only in its metadata), the day it was written up to — a release reports its
 * findings as of the day it is put out. Null when the text states none.
 */
export function asOfDate(text: string): string | null {
  let latest: string | null = null;
  for (const m of text.normalize('NFKC').matchAll(AS_OF)) {
    const date = dateOfDateLine(m[1]!);
    if (date && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/** A date in a two-digit year, the year first as Japanese sites print it: 「26/03/20」「26.3.20」. */
const TWO_DIGIT_YEAR = /^([0-9]{2})([./])([0-9]{1,2})\2([0-9]{1,2})(?![0-9./])/;

/**
 * A date line in a two-digit year (「26/03/20」, 「掲載日：26.03.20」; YY/MM/DD: 2026-03-20), with what a date line may
 * carry after it (a weekday, a time, 掲載); null for anything else. Only where its place makes the line the page's date
 * (right under the title): a bare 「26/03/20」 elsewhere may be a version, a code or another's date.
 */
export function twoDigitYearDateLine(raw: string): string | null {
  if (!FOLDS_TO_DIGIT.test(raw)) return null;
  const text = unbracketed(raw.normalize('NFKC').trim());
  if (text.length > 40) return null;
  const rest = text.slice(DATE_LABEL.exec(text)![0].length);
  const m = TWO_DIGIT_YEAR.exec(rest);
  if (!m || !DATE_TAIL.test(rest.slice(m[0].length))) return null;
  return dateOfDateLine(`20${m[1]}年${Number(m[3])}月${Number(m[4])}日`);
}

/** A month and day without the year: 「10月30日」「6 月 22 日」「4/17」 (not a two-digit year's 「25/06/11」). */
const MONTH_DAY = /^([0-9]{1,2})(?:[ ]?月[ ]?([0-9]{1,2})[ ]?日|\/([0-9]{1,2})(?![0-9/]))/;
/** Its weekday in brackets, then what a date line may carry (a time, 掲載): 「（木）掲載」. */
const MONTH_DAY_TAIL = new RegExp(`^[ ]*(?:\\(([月火水木金土日])\\))?[ ]*${TIME_OF_DAY}[ ]*(?:公開|掲載|発表|配信|更新|付)?[ ]*$`);
const WEEKDAYS = '日月火水木金土';

/** A date line that gives the month and day only, its weekday maybe: 「10月30日（木）掲載」「掲載日：6月22日(月)」. */
export interface MonthDayLine {
  month: number;
  day: number;
  /** 0 (日) … 6 (土), or null when the line gives none. */
  weekday: number | null;
}

/**
 * A date line without its year (「10月30日（木）掲載」, 「公開日：6月22日」), as a site prints it when the year stands in its
 * breadcrumbs or URL; null for anything else. Its year is the page's to tell (yearOfMonthDay).
 */
export function monthDayDateLine(raw: string): MonthDayLine | null {
  if (!FOLDS_TO_DIGIT.test(raw)) return null;
  const text = unbracketed(raw.normalize('NFKC').trim());
  if (text.length > 40) return null;
  const rest = text.slice(DATE_LABEL.exec(text)![0].length);
  const m = MONTH_DAY.exec(rest);
  const tail = m ? MONTH_DAY_TAIL.exec(rest.slice(m[0].length)) : null;
  if (!m || !tail) return null;
  const month = Number(m[1]);
  const day = Number(m[2] ?? m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { month, day, weekday: tail[1] !== undefined ? WEEKDAYS.indexOf(tail[1]) : null };
}

/** A year the page writes: 「2025年」「2025/10/27」「2025.10.27」, or the era's 「令和7年」. */
const WRITTEN_YEAR = /(?<![0-9])((?:19|20)[0-9]{2})(?=[ ]?年|[./-][0-9])|令和[ ]?([0-9]{1,2})[ ]?年/g;

/** The years a text writes (WRITTEN_YEAR's), folded. */
export function writtenYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.normalize('NFKC').matchAll(WRITTEN_YEAR)) out.push(m[1] !== undefined ? Number(m[1]) : 2018 + Number(m[2]));
  return out;
}

/**
 * The year of a month-day date line (monthDayDateLine's) on a page: the year its breadcrumbs give (「ホーム > ニュース >
 * 2026年 > …」), else the one year near those the page writes (from the year before the earliest to the year after the
 * latest) whose calendar puts the line's weekday on that day. Null when neither tells one year: the weekday is the check
 * (a year from the trail must agree with it), and without it only the trail gives the year.
 */
export function yearOfMonthDay(line: MonthDayLine, pageYears: readonly number[], trailYear: number | null): number | null {
  if (trailYear !== null) return fitsCalendar(line, trailYear) ? trailYear : null;
  if (line.weekday === null || pageYears.length === 0) return null;
  // (A loop, not Math.min(...): a long page may write many years.)
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of pageYears) [lo, hi] = [Math.min(lo, y - 1), Math.max(hi, y + 1)];
  // (A page writing years far apart — a history, a table of past incidents — gives too wide a span to tell.)
  if (hi - lo > 12) return null;
  const span: number[] = [];
  for (let y = lo; y <= hi; y++) span.push(y);
  return soleFittingYear(line, span);
}

/** Whether the line's day is a day of `year` (no 2月29日 in other years) on the line's weekday, when it gives one. */
function fitsCalendar(line: MonthDayLine, year: number): boolean {
  const d = new Date(Date.UTC(year, line.month - 1, line.day));
  return d.getUTCMonth() === line.month - 1 && (line.weekday === null || d.getUTCDay() === line.weekday);
}

/** The one year of `years` whose calendar puts the line's day on its weekday; null when none or two do. */
function soleFittingYear(line: MonthDayLine, years: Iterable<number>): number | null {
  let found: number | null = null;
  for (const y of years) {
    if (!fitsCalendar(line, y)) continue;
    if (found !== null && found !== y) return null;
    found = y;
  }
  return found;
}

/** A page named by its day alone: 「2025年9月10日のお知らせ」「2025.9.10 お知らせ」「2025.09.10 のニュース」. */
const DATED_NOTICE = /^([^の]{6,20}?)[ ]*(?:の)?(?:お知らせ|ニュース|新着情報|更新情報|記事|掲載分)$/;

/**
 * The day a trail's last level names its page by (「ホーム ＞ 新着情報 ＞ 2025年9月10日のお知らせ」: the notice of that
 * day), as written, for the caller's date reader; null when the level is anything else. The HTML and print trails share it.
 */
export function datedNoticeDay(level: string): string | null {
  return DATED_NOTICE.exec(level.normalize('NFKC').trim())?.[1] ?? null;
}

/** A breadcrumb trail's level that is a year alone: 「2026年」「2026」 (not a fiscal year, 「2025年度」). */
export const TRAIL_YEAR = /^((?:19|20)[0-9]{2})年?$/;

/**
 * A date line only its place makes the page's (where the page's date line stands: under the title, in the entry's
 * meta): a two-digit year (「26/03/20」), or the month and day with a publication label (「10月30日（木）掲載」; right under
 * a print's title, `labelled` false, without), the year the trail's or told by the weekday among the years the page
 * writes (`pageYears`, asked only then); null otherwise.
 */
export function placedDateLine(raw: string, pageYears: () => readonly number[], trailYear: number | null = null, labelled = true): DateLineDate[] | null {
  const yy = twoDigitYearDateLine(raw);
  if (yy) return [{ iso: yy, update: false }];
  const monthDay = !labelled || PAGE_DATE_LABEL.test(raw) ? monthDayDateLine(raw) : null;
  const year = monthDay ? yearOfMonthDay(monthDay, pageYears(), trailYear) : null;
  const iso = year !== null ? dateOfDateLine(`${year}年${monthDay!.month}月${monthDay!.day}日`) : null;
  return iso ? [{ iso, update: isUpdateLabel(raw) }] : null;
}
