import { dateOfDateLine, datesOfDateLine, type DateLineDate } from '../dateLine.js';
import { ADDRESS_LINE, LOGO_PLACEHOLDER_BEFORE, BREADCRUMB, CONTACT_LABEL, SPACED_BREADCRUMB, COOKIE_BANNER, COPYRIGHT, ENTRY_BYLINE, HEADER_CONTACT, HOME_LABEL, SEARCH_BOX, NAV_LABEL, NEWS_CATEGORY, PAGE_FEEDBACK, PAGE_DATE_LABEL, PAGE_FEEDBACK_HINTS, PAGE_INQUIRY_LABEL, PAGE_PUBLISHED_DATE, PAGE_UPDATED, PAGE_UPDATED_DATE, PREV_LINK_LABEL, NEXT_LINK_LABEL, PREV_NEXT, PROFILE_FIGURE, READER_TALLY, RECORD_STAMP, SHARE_LABEL, SHARE_LEAD, shareButtonCount, SIDEBAR_HEADING, SITE_BOX_HEADING, SHOP_PRICE, SHOP_RANK_CELL } from '../../words/pageChrome.js';
import { ALSO_READ_HEADING, AUTHOR_BOX, BACK_TO_LIST, COMMENT_COUNT, COMPANY_FIGURE, CONTENTS_HEADING, DAY_NUMBER, DAY_NUMBER_ROW, MONTH_CAPTION, NEXT_MARK, PAGE_SURVEY, POSTAL_CODE, PREV_MARK, PREV_NEXT_ARROW, SECTION_HEADING_NUMBER, SOCIAL_LINK, VIEW_COUNT, WEEKDAY_HEADER } from '../../words/printedPage.js';
import { dominantSize } from './assemble.js';
import { groupLines } from './lines.js';
import type { Item, PdfLine } from './types.js';
import { maxOf, minOf } from './types.js';
import type { Atom } from './xycut.js';
import { linkedShare } from './links.js';
import { isConsentButtons } from './fixedBars.js';

const PAGE_NUMBER = /^[-–—‐ ]*(?:p\.?|page|ページ)?[ ]*[0-9]{1,4}[ ]*(?:\/[ ]*[0-9]{1,4}|of[ ]*[0-9]{1,4})?[ ]*(?:ページ|頁)?[-–—‐ ]*$/i;
/** A date as news lists print it: 2025.03.10, 2025年3月10日, 令和7年3月10日, R7.3.10 (a municipal site's era initial). */
const DATE_FORM = /(?:(?:19|20)[0-9]{2}[年./-][0-9]{1,2}[月./-][0-9]{1,2}日?|(?:令和|平成)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日|[RH][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?![0-9.]))/.source;
/** A line that starts with a date: an entry of a news list. */
const DATED = new RegExp(`^${DATE_FORM}`);

const lineText = (l: { cells: string[] }) => l.cells.join(' ').normalize('NFKC').trim();

/** A heading set in brackets (an old table layout's 「＜新着情報＞」「【メニュー】」, NFKC-normalized): its words inside them. */
const BRACKETED_HEADING = /^[<〈《【[](.{1,24})[>〉》】\]]$/;
/** The text a heading's brackets enclose, or the text as it is. */
const unbracketed = (text: string) => BRACKETED_HEADING.exec(text)?.[1]!.trim() ?? text;

/**
 * A box of other articles' heading: a side bar's (「最新のお知らせ」「＜新着情報＞」) or one under the article
 * (「このページを見た人はこちらも見ています」). Brackets around a heading's words make it no other heading.
 */
const isListHeading = (text: string) => SIDEBAR_HEADING.test(unbracketed(text)) || ALSO_READ_HEADING.test(unbracketed(text));

/**
 * A line after which a printed page's article is over: a link to the neighbouring article drawn
 * with a triangle (「◀ 学校説明会を開催します 2024年11月22日」) or the page's feedback box
 * (「このページに関するアンケート」).
 */
const closesArticle = (text: string) => (PREV_NEXT_ARROW.test(text) && text.length <= 160 && !/。$/.test(text)) || PAGE_SURVEY.test(text) || AUTHOR_BOX.test(text);
/**
 * A line the printed release ends at: what closes an article, or the CMS's page-contact box under every page
 * (「このページに関するお問い合わせ」 beside the department that keeps the page) — the side menu's boxes a print
 * sets after the body (「人口と世帯」) and the footer follow it.
 */
const endsRelease = (text: string) => closesArticle(text) || PAGE_INQUIRY_LABEL.test(text.normalize('NFKC').trim());

/**
 * Links to the neighbouring articles: 「« 前の記事 …」「… »」, or between double angle marks — two
 * side by side (「≪ Ａ（2026/2/2） Ｂ（2026/4/11）≫」: longer than a label, set apart from a mark and
 * from each other) or, with `single`, one link opening with ≪ or closing with ≫ — never a label
 * the marks enclose (「≪お問い合わせ先≫」) nor a line with marks inside it (「≪注意≫ 不審なメールは…」).
 * One mark alone also ends a 「詳しくはこちら≫」 in the text: it is taken only at the page's very end.
 */
export function isNeighbourLinks(text: string, single: boolean): boolean {
  if (text.length > 160) return false;
  if (PREV_NEXT.test(text)) return true;
  const back = PREV_MARK.exec(text);
  const next = NEXT_MARK.exec(text);
  if (!back && !next) return false;
  const inner = text.slice(back ? back[0].length : 0, next ? next.index : text.length);
  if (/[≪≫《》<>＜＞]/.test(inner) || /。$/.test(inner) || inner.length < 4) return false;
  if (!back || !next) return single;
  return inner.length > 20 && /[ 　|｜]/.test(inner) && (/[ 　]$/.test(back[0]) || /^[ 　]/.test(next[0]));
}

/**
 * A run of navigation labels: "ホーム 企業情報 事業紹介 ニュースリリース …"; three labels are a
 * menu when every one is a label and one leads home ("ホーム 会社案内 ニュース").
 */
export function isNavLine(text: string): boolean {
  const labels = text.split(/[ 　|｜/]+/).filter(Boolean);
  if (labels.length === 3) return labels.every((l) => NAV_LABEL.test(l)) && labels.some((l) => HOME_LABEL.test(l));
  return labels.length >= 4 && labels.filter((l) => NAV_LABEL.test(l)).length >= labels.length * 0.7;
}

/**
 * A menu whose labels touch (links with no margin between them): 「私たちについて事業紹介ニュース採用お問い合わせ」
 * splits wholly into four labels or more. Lines up to 60 characters, labels up to 16: a few thousand tests at most.
 */
export function isRunTogetherNav(text: string): boolean {
  if (text.length > 60 || /[、。 ]/.test(text)) return false;
  // labelsFrom[i]: most labels the text from i splits into (-1: it does not split).
  const labelsFrom: number[] = new Array(text.length + 1).fill(-1);
  labelsFrom[text.length] = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    for (let j = i + 1; j <= Math.min(text.length, i + 16); j++) {
      if (labelsFrom[j]! >= 0 && NAV_LABEL.test(text.slice(i, j))) labelsFrom[i] = Math.max(labelsFrom[i]!, labelsFrom[j]! + 1);
    }
  }
  return labelsFrom[0]! >= 4;
}

/**
 * A line's items with a space where the gap between two is wider than half a character: a menu
 * whose labels are set apart by margins, not spaces, reads 「私たち 事業紹介 ニュース 採用」.
 */
export function spacedText(line: Pick<PdfLine, 'items' | 'size'>): string {
  let out = '';
  let end = -Infinity;
  for (const item of line.items) {
    if (out && item.x - end > line.size * 0.5) out += ' ';
    out += item.str;
    end = item.x + item.width;
  }
  return out.normalize('NFKC').trim();
}

/** How wide a set of atoms stands on the page. */
const widthOf = (xs: Atom[]) => maxOf(xs.map((a) => a.right)) - minOf(xs.map((a) => a.left));

/** The text lines a set of atoms' items make, blank ones left out. */
/** The rows of a side's ruled tables, each its cells' text joined by a space. */
const tableRowsOf = (xs: Atom[]) => xs.flatMap((a) => (a.table ? a.table.rows.map((r) => r.cells.join(' ').trim()) : []));
const textLinesOf = (xs: Atom[]) => groupLines(xs.flatMap((a) => (a.item ? [a.item] : []))).map(lineText).filter(Boolean);

/**
 * A side of a gutter that is a side bar or a navigation column, not the release: the narrower
 * side, whose lines are a news list (under 「最新のお知らせ」 or most of them opening with a date)
 * or navigation labels.
 */
export function isSideChrome(side: Atom[], other: Atom[]): boolean {
  if (widthOf(side) >= widthOf(other)) return isDatedColumn(side, other);
  const lines = textLinesOf(side);
  if (lines.length === 0) return false;
  // The side with the sentences is the article, though a box of related posts closes it (関連記事).
  if (isTheProse(lines, textLinesOf(other))) return false;
  if (hasListHeading(lines) || isCalendarLines(lines)) return true;
  // A news list wrapped in a narrow column: a date opens every third or fourth line.
  const dated = lines.filter((l) => DATED.test(l)).length;
  if (dated >= Math.max(3, lines.length * 0.25)) return true;
  // A narrow column (a third of the article's width) holding dated entries among other boxes.
  if (dated >= 3 && widthOf(side) < widthOf(other) * 0.35) return true;
  // Up to about half the article's width, entries that wrap over three lines each (「2025年4月27日」 over
  // 「採用説明会（参加者235」「名）を開催しました」) open fewer lines with a date: not one sentence in it is enough.
  if (dated >= 3 && widthOf(side) < widthOf(other) * 0.6 && !lines.some((l) => /。/.test(l))) return true;
  // A narrow column of cards under the side bar: a company profile (病床数：452床, 資本金 …) among them.
  // Up to three quarters of the article's width when no line of it ends a sentence (a hospital's
  // 外来受付時間, 診療科のご案内 and 病院概要 boxes).
  const narrow = widthOf(side) < widthOf(other) * 0.6 || (widthOf(side) < widthOf(other) * 0.75 && !lines.some((l) => /。/.test(l)));
  // (Its figures may be a ruled table's rows: 「| 資本金 | 2,994百万円 |」 under 「会社概要」.)
  if (narrow && [...lines, ...tableRowsOf(side)].some((l) => PROFILE_FIGURE.test(l))) return true;
  if (isProfileAndList(lines)) return true;
  if (isNarrowStrip(side, other, lines)) return true;
  return lines.length >= 3 && !lines.some((l) => /。$/.test(l)) && lines.filter((l) => NAV_LABEL.test(l) || isNavLine(l)).length >= lines.length * 0.5;
}

/** A strip beside the article this narrow at most (its share of the article's width): a column of a few characters a line. */
const NARROW_STRIP = 0.35;
/** A strip's lines: this many at least. */
const STRIP_LINES = 6;

/**
 * A strip of boxes beside the article, a few characters wide (an old table layout's left column printed beside the
 * release: 「◇宿泊プラン」「お一人様 42,810円〜（税込）」「◇満室のお知らせ」「× 7月5日（土）」): a third of the article's width
 * at most, six lines or more of which one holds a sentence at most, beside an article of sentences. Text set so
 * narrow is no paragraph of the release; its figures and dates are the site's.
 */
function isNarrowStrip(side: Atom[], other: Atom[], lines: string[]): boolean {
  if (widthOf(side) >= widthOf(other) * NARROW_STRIP || lines.length < STRIP_LINES) return false;
  const own = lines.filter((l) => /。/.test(l)).length;
  return own <= 1 && isTheProse(textLinesOf(other), lines);
}

/** A side's lines whose characters are links for the most part, over all its lines. */
function linkedLines(side: Atom[], linked: Set<Item>): number {
  const lines = groupLines(side.flatMap((a) => (a.item ? [a.item] : []))).filter((l) => lineText(l) !== '');
  if (lines.length === 0) return 0;
  return lines.filter((l) => linkedShare(l.items, linked) >= 0.5).length / lines.length;
}

/**
 * A side no wider than the article whose lines are links about half of them or more, twice the
 * article's share, beside an article of sentences (the printed page's link annotations):
 * a side bar's lists — categories, archives, recent posts — whatever their words; an article's
 * lines are sentences, hardly ever links.
 */
export function isLinkColumn(side: Atom[], other: Atom[], linked: Set<Item>): boolean {
  if (linked.size === 0 || widthOf(side) >= widthOf(other) * SAME_WIDTH) return false;
  if (textLinesOf(side).length < 3) return false;
  // Headings and the entries' dates are no links: a side bar's lines are links about half of them.
  const share = linkedLines(side, linked);
  return share >= 0.45 && linkedLines(other, linked) <= share / 2 && textLinesOf(other).filter((l) => /。/.test(l)).length >= 2;
}

/** Columns within this ratio of widths are printed alike: which is the article's their widths do not tell. */
const SAME_WIDTH = 1.25;

/** Lines holding sentences: three or more, and three times the other side's. */
function isTheProse(lines: string[], other: string[]): boolean {
  const sentences = (xs: string[]) => xs.filter((l) => /。/.test(l)).length;
  const own = sentences(lines);
  return own >= 3 && own >= sentences(other) * 3;
}

/** The strip of the page a dropped side bar stood in. */
export interface SideColumn {
  left: number;
  right: number;
  /** The side bar was as wide as the article beside it or wider (a narrow page). */
  wide?: boolean;
}

/**
 * isSideChrome that remembers where the side bars it dropped stood: on a later page, a narrower
 * column in the same strip, holding no sentence, is the same side bar printed on (its last boxes:
 * 「お問い合わせ件数（今月）40,163件」), whatever its lines say.
 */
export function sideBarTracker(columns: SideColumn[], linked: Set<Item> = new Set()): (side: Atom[], other: Atom[]) => boolean {
  // The baselines of the dated entries dropped so far on this page: cards in a row with them are the same list's.
  const droppedDates = new Set<number>();
  return (side, other) => {
    const left = minOf(side.map((a) => a.left));
    const right = maxOf(side.map((a) => a.right));
    if (isSideChrome(side, other) || isLinkColumn(side, other, linked) || inDroppedRow(side, droppedDates)) {
      columns.push({ left, right, wide: right - left >= widthOf(other) });
      for (const y of datedBaselines(side)) droppedDates.add(y);
      return true;
    }
    return printsOnSideBar(columns, side, other);
  };
}

/** No sentence, in the strip of a side bar dropped so far: that side bar printed on (sideBarTracker's and sideBarLeftover's test). */
function printsOnSideBar(columns: SideColumn[], side: Atom[], other: Atom[]): boolean {
  return inSideStrip(columns, side, other) && !holdsSentence(side);
}

const holdsSentence = (side: Atom[]) => textLinesOf(side).some((l) => /。/.test(l));

/** Whether a side stands in the strip of a side bar dropped so far, no wider than that strip may be. */
function inSideStrip(columns: SideColumn[], side: Atom[], other: Atom[]): boolean {
  const strip = stripHolding(columns, side);
  if (!strip) return false;
  // As wide as the article or a little wider (a narrow page gives both columns alike) still may be;
  // wider yet only in the strip of a side bar that was wider than its article already.
  return maxOf(side.map((a) => a.right)) - minOf(side.map((a) => a.left)) < widthOf(other) * SAME_WIDTH || strip.wide === true;
}

/**
 * A line alone beside the article, in the strip of a side bar dropped above it or on an earlier
 * page, holding no sentence: the side bar's last entry printed on over the page break (月別アーカイブ's
 * 「2024年8月 (9)」 at the top of page 2) — one line, which the XY-cut takes for no column.
 */
export function sideBarLeftover(columns: SideColumn[]): (side: Atom[], other: Atom[]) => boolean {
  return (side, other) => printsOnSideBar(columns, side, other);
}

/**
 * The strip of a dropped side bar that a side stands in: a line may run up to a character past where
 * the strip's lines ended (larger type wraps elsewhere); a box of it may start up to a character left
 * of where they began (a card's own padding: 「開催日：…」).
 */
function stripHolding(columns: SideColumn[], side: Atom[]): SideColumn | undefined {
  const left = minOf(side.map((a) => a.left));
  const right = maxOf(side.map((a) => a.right));
  const reach = Math.max(3, maxOf(side.map((a) => a.item?.size ?? 0)));
  return columns.find((c) => left >= c.left - reach && right <= c.right + reach && left <= c.left + (c.right - c.left) / 2);
}

/**
 * The rest of a side bar carried over to the top of the next page (「2026年6月1日」「新サービス…提供開」 or an
 * event card's last line 「開催日：2025年8月22日」): a side that starts at the page's top, in the strip of a side bar
 * dropped on an earlier page (`carried`), holding no sentence. It is a column of its own
 * though one line, or though its lines happen to line up with the article's (both set at one line pitch).
 */
export function sideBarCarriedOver(carried: SideColumn[], pageTop: number, em: number): (side: Atom[]) => boolean {
  return (side) => {
    if (carried.length === 0 || side.length === 0 || maxOf(side.map((a) => a.top)) < pageTop - em * 2) return false;
    return stripHolding(carried, side) !== undefined && !side.some((a) => a.table) && !holdsSentence(side);
  };
}

/**
 * A column as wide as the article's (a narrow page prints the two alike) that is a side bar's
 * dated list: an event calendar or news box — a date opens a quarter of its lines or more, three
 * under a news box's heading, or a month's grid of day numbers stands in it — or a company profile's card (設立, 資本金, 従業員数)
 * above other boxes with dated entries, or a blog's stack of boxes under their headings (最近の投稿,
 * アーカイブ, カテゴリー, タグ: two or more), and not one sentence, beside an article of sentences.
 */
function isDatedColumn(side: Atom[], other: Atom[]): boolean {
  const lines = textLinesOf(side);
  if (lines.length < 3 || lines.some((l) => /。/.test(l))) return false;
  const dated = lines.filter((l) => DATED.test(l)).length;
  const calendar = side.some((a) => a.table && isMonthGrid(a.table.rows.map((r) => r.cells))) || isCalendarLines(lines);
  const boxes = lines.filter((l) => SIDEBAR_HEADING.test(l)).length >= 2;
  // A news box's heading over three dated entries or more, each wrapped over lines of a column no wider than the article's.
  const headedList = dated >= 3 && hasListHeading(lines);
  if (dated < Math.max(3, lines.length * 0.25) && !calendar && !boxes && !headedList && !isProfileAndList(lines)) return false;
  return textLinesOf(other).filter((l) => /[。、]/.test(l)).length >= 2;
}

/** The baselines (rounded) of a side's lines that open with a date. */
function datedBaselines(side: Atom[]): number[] {
  return groupLines(side.flatMap((a) => (a.item ? [a.item] : []))).filter((l) => DATED.test(lineText(l))).map((l) => Math.round(l.y));
}

/**
 * A side of news entries whose every date stands on the baseline of a dropped entry's date: the
 * rest of a row of cards whose first went with the list's heading.
 */
function inDroppedRow(side: Atom[], droppedDates: Set<number>): boolean {
  if (droppedDates.size === 0 || !isDatedEntries(textLinesOf(side))) return false;
  const dates = datedBaselines(side);
  return dates.length > 0 && dates.every((y) => droppedDates.has(y) || droppedDates.has(y - 1) || droppedDates.has(y + 1));
}

/**
 * Entries of a news list and nothing else: short lines, no sentence, a date opening a fifth of
 * them or more — the rest of a row of news cards (「最近の記事」 over four dated cards side by side)
 * once the card under the heading was cut off as the news box: cut from the same box, it goes too.
 */
export function isDatedEntries(lines: string[]): boolean {
  if (lines.length < 2 || !lines.every((l) => l.length <= 70 && !/。/.test(l))) return false;
  const dated = lines.filter((l) => DATED.test(l)).length;
  return dated >= 1 && dated >= lines.length * 0.2;
}

/** A company profile's card (設立, 資本金, 従業員数) and a list of dated entries (関連リリース), and no sentence. */
function isProfileAndList(lines: string[]): boolean {
  if (lines.some((l) => /。/.test(l))) return false;
  return lines.filter((l) => DATED.test(l)).length >= 3 && lines.filter((l) => PROFILE_FIGURE.test(l)).length >= 2;
}

/** A month's calendar: rows of day numbers only (1 to 31), seven to a row. */
export function isMonthGrid(rows: string[][]): boolean {
  const days = rows.filter((r) => r.length === 7 && r.every((c) => c === '' || DAY_NUMBER.test(c.trim())));
  return days.length >= 3;
}

/** A calendar widget prints at least this many rows of day numbers under its weekday header. */
const CALENDAR_ROWS = 3;

/**
 * A month calendar printed in the text's flow (a side bar's widget stacked under the article or run into it): its weekday
 * header 「日 月 火 水 木 金 土」, the rows of day numbers under it (three at least) and its caption right above it
 * (「2025年11月」) — the caption would date the release's timeline. A release sets no calendar as lines of bare days.
 */
export function calendarWidgets(texts: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!WEEKDAY_HEADER.test(texts[i]!.trim())) continue;
    let end = i + 1;
    while (end < texts.length && DAY_NUMBER_ROW.test(texts[end]!.trim())) end++;
    if (end - i - 1 < CALENDAR_ROWS) continue;
    if (i > 0 && MONTH_CAPTION.test(texts[i - 1]!.trim())) out.push(i - 1);
    for (let k = i; k < end; k++) out.push(k);
    i = end - 1;
  }
  return out;
}

/**
 * A month's calendar printed without its table's rules (a side bar's calendar widget): the weekday
 * header line (日 月 火 水 木 金 土) over three rows of day numbers or more.
 */
export function isCalendarLines(lines: string[]): boolean {
  const header = lines.findIndex((l) => WEEKDAY_HEADER.test(l));
  if (header < 0) return false;
  let rows = 0;
  for (let k = header + 1; k < lines.length && rows < CALENDAR_ROWS; k++) if (DAY_NUMBER_ROW.test(lines[k]!)) rows++;
  return rows >= CALENDAR_ROWS;
}

/** A site footer's company block: its postal code and two of its figures or more (設立, 資本金, 従業員数), in a few lines' length. */
export function isCompanyBlock(text: string): boolean {
  return text.length <= 240 && POSTAL_CODE.test(text) && (text.match(COMPANY_FIGURE)?.length ?? 0) >= 2;
}

/** A news ticker stands in the top quarter of a page, above or under the site's header. */
const TICKER_REACH = 0.25;
/** A ticker's entry: a date, then its headline; the first entry after the ticker's label (「NEWS」「新着情報」). */
const TICKER_FIRST = new RegExp(`^(?:[^\\s0-9。]{1,10}[ ]+)?${DATE_FORM}(?![0-9日])[ ]*[^\\s。]`);
const TICKER_ENTRY = new RegExp(`^${DATE_FORM}(?![0-9日])[ ]*[^\\s。]`);
/** How long the last entry cut off at the page's edge may be (「2023」「2026.03.15 システムメ」). */
const TICKER_STUB = 24;

/**
 * A news ticker printed across the page (a marquee of the latest posts): 「NEWS 2026.11.28 累計出荷
 * 125,613台を達成しました | 2026.10.04 … | 2026.03.15 システムメ」 — a row of cells, two dated
 * headlines at least, no sentence, the last entry maybe cut off by the page's edge.
 */
export function isNewsTicker(line: Pick<PdfLine, 'cells' | 'table'>): boolean {
  if (line.table || line.cells.length === 0) return false;
  if (line.cells.length === 1) return isRunTogetherTicker(line.cells[0]!.normalize('NFKC').trim());
  const cells = line.cells.map((c) => c.normalize('NFKC').trim());
  if (cells.some((c) => c.includes('。'))) return false;
  let entries = 0;
  for (let k = 0; k < cells.length; k++) {
    if ((k === 0 ? TICKER_FIRST : TICKER_ENTRY).test(cells[k]!)) entries++;
    else if (k < cells.length - 1 || cells[k]!.length > TICKER_STUB) return false;
  }
  return entries >= 2;
}

/**
 * A ticker whose entries the print runs together into one cell, a space before each date (「2025.11.21 採用情報を更新しました
 * 2025.08.26 システムメンテナンスのお知らせ 2025.10.01 新サー」): two dated headlines at least, each a date, a space and
 * words (no time, range or clause going on: 「2025年12月31日 18:26 〜 2026年1月2日」「2025年3月1日、…」), every headline
 * but the last (cut off by the page's edge) a headline's length, no sentence.
 */
function isRunTogetherTicker(text: string): boolean {
  if (text.includes('。')) return false;
  const entries = text.split(TICKER_PART);
  if (entries.length < 2) return false;
  return entries.every((e, k) => {
    const m = TICKER_HEADLINE.exec(e);
    return m !== null && (k === entries.length - 1 || e.length - m[0].length + 1 >= TICKER_MIN_HEADLINE);
  });
}
/** Where a run-together ticker's next entry starts: spaces before a date. */
const TICKER_PART = new RegExp(`[ ]+(?=${DATE_FORM}(?![0-9日]))`);
/** A run-together ticker's entry: a date, a space, then a headline's first letter (no digit, time, range or punctuation). */
const TICKER_HEADLINE = new RegExp(`^${DATE_FORM}(?![0-9日])[ ]+[^\\s0-9。、，,.:：〜~～\\-－―ー（(/／|｜]`);
/** A run-together ticker's headline is at least this long (「公開 … 更新」 pairs of a date line are not). */
const TICKER_MIN_HEADLINE = 6;

/** A figure alone: digits and a short unit (「333床」「1,644名」「1966年」). */
const FIGURE_VALUE = /^[0-9][0-9,.]*\S{0,3}$/;

/** The k-th of a line's parts is a profile figure's label set apart from its figure, which ends the line: 「開庁時間：… 病床数 333床」. */
const endsWithFigure = (parts: string[], k: number) => k + 2 === parts.length && FIGURE_VALUE.test(parts[k + 1]!) && PROFILE_FIGURE.test(`${parts[k]} ${parts[k + 1]}`);

/** At most this many lines a footer's company block is set over. */
const COMPANY_BLOCK_LINES = 4;

/**
 * A footer's company block set one item a line, in type of its own sizes (「〒681-9516 …」 over 「TEL …」 over
 * 「資本金 29,000,000円 創業 2002年」), ending at the end-th line: where its first line stands, or -1. The
 * lines, each up to three type sizes below the one above, read as one block with a space between them: a
 * figure's label opens a line.
 */
function companyBlockAbove(lines: PdfLine[], end: number): number {
  let block = '';
  for (let start = end - 1; start >= 0 && end - start <= COMPANY_BLOCK_LINES; start--) {
    const line = lines[start]!;
    const below = lines[start + 1];
    if (start < end - 1 && !(below && below.page === line.page && line.y > below.y && line.y - below.y <= Math.max(line.size, below.size) * 3)) return -1;
    block = block ? `${lineText(line)} ${block}` : lineText(line);
    if (isCompanyBlock(block)) return start;
  }
  return -1;
}

/**
 * A footer's row of contact and figure cells, a figure in any of them: 「| TEL 022-3171- | 会員数 47,871名 |」
 * (the number cut at the cell's edge). Every cell is an address line (〒, TEL, 所在地) or a profile figure.
 */
export function isFooterContactRow(cells: string[]): boolean {
  const parts = cells.map((c) => c.normalize('NFKC').trim()).filter((c) => c !== '');
  return parts.length >= 2 && parts.every((p) => p.length <= 40 && (PROFILE_FIGURE.test(p) || ADDRESS_LINE.test(p))) && parts.some((p) => PROFILE_FIGURE.test(p));
}

/** A row of an organization's figures, the first a profile figure: 「学生数 20,803名｜教員数 2,189名｜創立 1977年8月26日」. */
export function isFigureRow(text: string): boolean {
  // (Parted by bars or slashes: 「従業員数 1987名 / 取引先 4806社」; full-width ones and digits too: 「従業員数 ３７５５９名 ／ 取引先 589社」.)
  const parts = text.split(/[｜|/／]/).map((p) => p.trim());
  return parts.length >= 2 && PROFILE_FIGURE.test(parts[0]!) && parts.every((p) => /^[^\s0-9０-９]{1,8}\s*[:：]?\s*[0-9０-９]/.test(p));
}

/** How far right of its label a description may start: a definition list indents it (40 px, about three characters). */
const DESCRIPTION_INDENT = 4;

/**
 * The page's date labels printed over their dates — a definition list (「掲載日」 over 「2026年2月6日」, 「更新日」 over
 * 「2026年3月18日」), the term and the description each a line, the description at most a few characters right of the
 * term and just below it in the same type, or the two set flush right (a right-aligned list: the date, wider, starts
 * left of its label) — each read as one line, 「掲載日 2026年2月6日」, as a page sets it on one line. The label alone tells no date; its date alone tells not whose it is (a publication's, an update's).
 */
export function stackedDateLabelsJoined(lines: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const joins = next !== undefined && !l.table && !next.table && next.page === l.page && Math.abs(next.size - l.size) < 0.5 &&
      l.y > next.y && l.y - next.y <= l.size * 2 && ((next.x >= l.x - l.size && next.x - l.x <= l.size * DESCRIPTION_INDENT) || Math.abs(next.right - l.right) <= l.size) &&
      (PAGE_DATE_LABEL.test(lineText(l)) || endsWithDateLabel(lineText(l))) && DATE_ALONE.test(lineText(next));
    const cut = !joins && next !== undefined && labelCutOnto(l, next);
    if (!joins && !cut) {
      out.push(l);
      continue;
    }
    // (A label cut inside its word joins without a space: 「更」 and 「新日：…」 are one 「更新日：…」.)
    const text = `${lineText(l)}${cut ? '' : ' '}${lineText(next!)}`;
    out.push({ ...l, items: [...l.items, ...next!.items], right: Math.max(l.right, next!.right), cells: [text], cellX: [l.x], spaceAfter: next!.spaceAfter });
    i++;
  }
  return out;
}

/** A page date's label word cut by a narrow column's wrap: its first characters ending the line above (「…2025年4月18日 更」). */
const CUT_DATE_LABEL = /(更新?|公開?|掲載?|公表?|発表?|投稿?)$/;
/** The whole label words a cut one may be the start of. */
const DATE_LABEL_WORDS = ['更新日', '公開日', '掲載日', '公表日', '発表日', '投稿日'];

/**
 * A page's date line wrapped inside a label's word (a narrow column: 「2025年4月18日 更」 over 「新日：2025/04/24」, 「2025年2月7日(金)
 * 掲載 更」 over 「新日：2025年3月20日」): the line below opens with the word's rest, starts where the line above does (a wrap), in
 * its type just below it, and the two read as one make the page's date line — its dates and the labels naming them, nothing
 * else, a date on each side of the cut. Read apart, the update's date below stands with no label and the publication's above
 * with a stray 「更」.
 */
export function labelCutOnto(l: PdfLine, next: PdfLine): boolean {
  if (l.table || next.table || next.page !== l.page || Math.abs(next.size - l.size) >= 0.5 || l.y <= next.y || l.y - next.y > l.size * 2) return false;
  if (Math.abs(next.x - l.x) > l.size) return false;
  const upper = lineText(l);
  const lower = lineText(next);
  const m = CUT_DATE_LABEL.exec(upper);
  if (!m || !DATE_LABEL_WORDS.some((w) => w.startsWith(m[1]!) && w.length > m[1]!.length && lower.startsWith(w.slice(m[1]!.length)))) return false;
  const dated = (t: string) => t.normalize('NFKC').replace(DATE_IN_LINE, '') !== t.normalize('NFKC');
  if (!dated(upper) || !dated(lower)) return false;
  const joined = (upper + lower).normalize('NFKC');
  return joined.length <= 60 && DATE_LINE_REST.test(joined.replace(DATE_IN_LINE, ' '));
}

/** A date line's last label, its date not after it (「更新日：」 closing 「公開日：2026/05/18 09:05 更新日：」). */
const LAST_DATE_LABEL = /(?:公開|掲載|公表|発表|投稿|更新)(?:開始)?日(?:時)?[ ]*[:：]?$/;

/**
 * A page's date line whose last label's date went onto the next line (「公開日：2026/05/18 09:05 更新日：」 over
 * 「2026.05.31」, a narrow column's wrap): before that label, its dates and the labels, weekdays and times that name
 * them, nothing else — a date line, and its last date is the one below.
 */
export function endsWithDateLabel(text: string): boolean {
  const m = LAST_DATE_LABEL.exec(text);
  if (!m || text.length > 60) return false;
  const before = text.slice(0, m.index);
  const rest = before.replace(DATE_IN_LINE, ' ');
  return rest !== before && DATE_LINE_REST.test(rest);
}

/**
 * The date of the page's one last-updated line (none, or two that differ: null) — or, when the page
 * prints its one publication line too (「公開日：2026年4月17日」 over 「更新日：2026年5月9日」, maybe beside a
 * side bar's text on its row), that line's: the update is not when the page was put up. With no
 * update line, the one publication line (an article card's footer under the text: 「掲載日
 * 2026年04月16日 閲覧数 1,181」, its view count aside) dates the page alone.
 */
export function pageUpdatedDate(lines: PdfLine[]): string | null {
  const updated = new Set<string>();
  const published = new Set<string>();
  const footer = siteFooterLines(lines);
  const bodyType = dominantSize(lines) + 0.5;
  for (const [i, l] of lines.entries()) {
    const text = lineText(l);
    // A record's stamp (「最終更新日時：2025年11月8日 閲覧数 63,549」 under a database-backed page) dates no publication.
    if (RECORD_STAMP.test(text)) continue;
    // The label after the date: 「2025年4月4日 更新」「（2025年11月13日 掲載）」 under the article, in the body's type at most
    // (a heading's wrapped end 「（2025.12.22 更新）」 dates a section).
    const after = l.size <= bodyType ? labelAfterDate(text) : null;
    if (after) {
      // (A publication label opening it is the line's: 「発表日：2024-12-18 更新」 is the update's label wrapped after it.)
      (after.update && !PUBLISHED_LABEL_START.test(text) ? updated : published).add(after.iso);
      continue;
    }
    // The publication's date and the update's on one line, each named (「2025年4月18日 更新日：2025/04/24」「2025年2月7日(金) 掲載
    // 更新日：2025年3月20日」, maybe joined where a narrow column cut its label: labelCutOnto): both, each as its own.
    const both = text.length <= 60 && !footer.has(i) && isPageUpdateLine(l.cells) ? datesOfDateLine(text) : null;
    if (both && both.length === 2 && !both[0]!.update && both[1]!.update) {
      published.add(both[0]!.iso);
      updated.add(both[1]!.iso);
      continue;
    }
    if (text.length <= 40 && PAGE_UPDATED_DATE.test(text)) {
      if (footer.has(i)) continue;
      const date = dateOfDateLine(text);
      if (date) updated.add(date);
      continue;
    }
    for (const cell of l.cells) {
      const date = publishedDateOf(cell);
      if (date) published.add(date);
    }
  }
  if (updated.size === 0 && published.size === 1) return [...published][0]!;
  if (updated.size !== 1) return null;
  if (published.size === 0) return [...updated][0]!;
  return published.size === 1 ? [...published][0]! : null;
}

/**
 * The site's footer block: the lines in the copyright line's type around it, in its column, after the institution's
 * address (「〒264-4194 … 代表電話：…」「開庁時間：…」 over 「更新日：2025年11月17日」 over 「Copyright © …」). An update
 * line set among the institution's address, hours and copyright is the footer's (the site's, a template's date), not
 * the article's; the page's own 「最終更新日 2024.12.26」 closing its text stands above the address block, and stays.
 */
function siteFooterLines(lines: PdfLine[]): Set<number> {
  const out = new Set<number>();
  for (let c = 0; c < lines.length; c++) {
    const mark = lines[c]!;
    const text = lineText(mark);
    if (text.length > 120 || !COPYRIGHT.test(text)) continue;
    const inRun = (l: PdfLine) => l.page === mark.page && l.column === mark.column && Math.abs(l.size - mark.size) < 0.5;
    let from = c;
    while (from > 0 && c - from < FOOTER_RUN && inRun(lines[from - 1]!)) from--;
    let to = c;
    while (to + 1 < lines.length && to - c < FOOTER_RUN && inRun(lines[to + 1]!)) to++;
    const address = lines.slice(from, to + 1).findIndex((l) => ADDRESS_LINE.test(lineText(l)));
    if (address < 0) continue;
    for (let k = from + address + 1; k <= to; k++) out.add(k);
  }
  return out;
}
/** A site footer's lines around its copyright line, at most. */
const FOOTER_RUN = 6;

/** A page's date label set after its date, ending the line: 「2025年4月4日 更新」「（2025年11月13日 掲載）」. */
const LABEL_AFTER_DATE = /[0-9０-９][日\]）)]?[ 　]*[(（]?(?:公開|掲載|公表|発表|更新)日?[ 　]*[)）]?[ 　]*$/;

/**
 * A line that is a page's date and its label after it, nothing else (「2025年4月4日 更新」「（2025年11月13日 掲載）」, the
 * line a page sets alone under its article): that date, an update's or the publication's; null for any other line.
 */
export function labelAfterDate(text: string): DateLineDate | null {
  if (text.length > 40 || !LABEL_AFTER_DATE.test(text)) return null;
  const dates = datesOfDateLine(text);
  return dates !== null && dates.length === 1 ? dates[0]! : null;
}

/** The date of a page's publication line (「公開日：2026年4月17日」「掲載日 2026年04月16日 閲覧数 1,181」), or null. */
function publishedDateOf(text: string): string | null {
  // The label's kanji are as written (NFKC leaves them): most lines are passed over unfolded.
  if (!PUBLISHED_LABEL_START.test(text)) return null;
  const c = text.normalize('NFKC').trim().replace(VIEW_COUNT, '');
  return c.length <= 40 && PAGE_PUBLISHED_DATE.test(c) ? dateOfDateLine(c) : null;
}

/** How PAGE_PUBLISHED_DATE's label opens a cell, before folding. */
const PUBLISHED_LABEL_START = /^\s*(?:公開|掲載|公表|発表|投稿)(?:開始)?日/;

/** A date anywhere in a line. */
const DATE_IN_LINE = new RegExp(DATE_FORM, 'g');
const datesIn = (text: string) => text.match(DATE_IN_LINE)?.length ?? 0;

/** At most this many lines of another side box between a news list and the article's date line. */
const SIDE_BOX_LINES = 4;

/** An entry of a news list: a short line that is not a sentence (a dated title, a month of an archive). */
function isListEntry(text: string): boolean {
  // Entries set inline (cards that run on as one paragraph on a narrow page) make longer lines with a
  // date each; a sentence of the release with two dates has its commas.
  const long = text.length > 70 && text.length <= 240 && datesIn(text) >= 2 && !/[、]/.test(text);
  return text.length > 0 && (text.length <= 70 || long) && !/[。]/.test(text) && !POINT_OPENING.test(text);
}

/**
 * How a release's numbered point or heading opens (「4. 今後の対応」「(2)」「第3」「■」) — not a headline opened by a decimal
 * figure with its unit, words running on after it (「4.2万人の皆様にご来場いただきました」「5.2万件のご応募…」). (A card's
 * figure alone, 「5.9万名（2025.09.30現在）」, is another box's field, where a list's entries end.)
 */
const POINT_OPENING = /^(?:[0-9０-９]{1,2}[.．、](?![0-9０-９]+[万億千]?[人名件社円個台][のをがにで])|[(（][0-9０-９]{1,2}[)）]|第[0-9０-９]|[■□◆●]|#)/;

/** How many lines down from the article's head (a title, a date line) its first sentence ends, at its left edge. */
const ARTICLE_HEAD_LINES = 6;
/** How far apart (in ems of the article's type) a list's column stands from the article's left edge. */
const COLUMN_INDENT = 0.5;

/**
 * The j-th line opens the article's head, not a next entry of a list whose lines all stand at `listLeft` or right of it:
 * it and the lines down to where the article's first sentence ends (a few at most: the title, the date line, the
 * sentence's lines, its first maybe indented) stand at one left edge on its page, and the list's column stands right of
 * that edge by half an em or more — a side column stacked above the article is indented its own way (「2024年2月 (27)」
 * over 「更新日：2025.11.19」 over 「弊社業務状況に関しまして」 over 「拝啓 …。」).
 */
function atArticleEdge(lines: readonly PdfLine[], texts: readonly string[], listLeft: number, j: number): boolean {
  const head = lines[j]!;
  const edge = head.x;
  if (listLeft - edge < head.size * COLUMN_INDENT) return false;
  for (let k = j; k < lines.length && k <= j + ARTICLE_HEAD_LINES && lines[k]!.page === head.page; k++) {
    const x = lines[k]!.x;
    if (x < edge - head.size * COLUMN_INDENT || x > edge + head.size * PARAGRAPH_INDENT) return false;
    if (texts[k]!.includes('。')) return true;
  }
  return false;
}
/** A paragraph's first line may be indented by a character (and a little). */
const PARAGRAPH_INDENT = 1.5;

/** How many lines down a new page's column is looked at for a sentence of the article. */
const ARTICLE_REACH = 3;

/**
 * A list's next line, the j-th, on a new page, starting well left or right of the line before it, where
 * a sentence ends within a few lines of that column: the page goes on with the article (「平素は格別の
 * ご愛顧を賜わり、」「厚くお礼申しあげます。」 after a side bar's list that ended with page 1), not with the
 * list — whose entries, and the site's footer after them, hold no sentence.
 */
function turnsToArticle(lines: PdfLine[], texts: string[], j: number): boolean {
  const before = lines[j - 1]!;
  const line = lines[j]!;
  if (line.page === before.page || Math.abs(line.x - before.x) <= Math.max(line.size, before.size) * 2) return false;
  for (let k = j; k < Math.min(lines.length, j + ARTICLE_REACH); k++) {
    if (lines[k]!.page !== line.page || Math.abs(lines[k]!.x - line.x) > line.size * 2) return false;
    if (/。/.test(texts[k]!)) return true;
  }
  return false;
}

/** Section numbers and list marks opening a line, however many (a numbered list of numbered headings: 「1. 1. 事象の概要」). */
const ENTRY_MARKS = /^(?:(?:[0-9]{1,2}[.．)）]|[(（][0-9]{1,2}[)）]|[-・•])[ 　]*)+/;
const withoutMarks = (text: string) => text.replace(ENTRY_MARKS, '').trim();

/** At most this many entries a table of contents lists. */
const CONTENTS_ENTRIES = 30;

/**
 * A page's table of contents (a blog theme's 目次 box): the heading 「目次」, then entries — short lines,
 * no sentence — each naming a line further down (the section's own heading: 「1. 1. 事象の概要」 for
 * 「1. 事象の概要」), two of them at least. It echoes the headings; read as text, its numbered entries
 * would head the paragraph after it as a list's title.
 */
function tableOfContents(texts: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!CONTENTS_HEADING.test(texts[i]!)) continue;
    let j = i + 1;
    while (j < texts.length && j - i <= CONTENTS_ENTRIES && texts[j]!.length <= 60 && !/。/.test(texts[j]!)) {
      const entry = withoutMarks(texts[j]!);
      if (!entry || !texts.slice(j + 1).some((t) => withoutMarks(t) === entry)) break;
      j++;
    }
    if (j - i - 1 >= 2) for (let k = i; k < j; k++) out.push(k);
  }
  // Its heading lost to the side column: three entries or more numbered twice over (the list's number, then the
  // heading's own: 「1. 1.経緯および調査結果」), each naming a line further down.
  // An entry may wrap in the box (「1. 1.経緯および調査結」 over 「果」): its piece below completes it.
  // (The heading it names may wrap too: its first line starts the entry.)
  const names = (entry: string, from: number) => entry.length >= 4 && texts.slice(from).some((t) => {
    const heading = withoutMarks(t);
    return heading.startsWith(entry) || (heading.length >= 6 && t !== heading && entry.startsWith(heading));
  });
  // An entry that names a heading whole has not wrapped: the line below it is no piece of it.
  const namesWhole = (entry: string, from: number) => texts.slice(from).some((t) => withoutMarks(t) === entry);
  for (let i = 0; i < texts.length; i++) {
    let j = i;
    let entries = 0;
    while (j < texts.length && j - i < CONTENTS_ENTRIES && texts[j]!.length <= 60 && !/。/.test(texts[j]!) && TWICE_NUMBERED.test(texts[j]!)) {
      const entry = withoutMarks(texts[j]!);
      const piece = j + 1 < texts.length && texts[j + 1]!.length <= 12 && !/。/.test(texts[j + 1]!) && !TWICE_NUMBERED.test(texts[j + 1]!) ? texts[j + 1]! : null;
      if (piece !== null && !namesWhole(entry, j + 1) && names(entry + piece, j + 2)) j += 2;
      else if (names(entry, j + 1)) j++;
      else break;
      entries++;
    }
    // (With its heading 「目次」 above it, when that is there.)
    if (entries >= 3) for (let k = i > 0 && CONTENTS_HEADING.test(texts[i - 1]!) ? i - 1 : i; k < j; k++) out.push(k);
    i = Math.max(i, j - 1);
  }
  return out;
}

/**
 * A grid of cards printed as rows of cells (a shop's ranking or product list: 「1位 | 商品A | 2位 | 商品B」 over
 * 「¥5,966 … レビュー65件 | ¥5,609 …」): a row whose cells hold three prices or more, or two ranks or more each the next
 * (「2位」「3位」), and the rows of two cells or more above and below it — short cells, no sentence — down onto the
 * next page. A release's table gives no row of prices side by side, nor ranks its cells.
 */
export function cardGrid(lines: readonly PdfLine[]): number[] {
  const out = new Set<number>();
  const cellsOf = (l: PdfLine) => l.cells.map((c) => c.trim()).filter(Boolean);
  const ranked = (cells: string[]) => {
    const ranks = cells.map((c) => SHOP_RANK_CELL.exec(c)).filter((m) => m !== null).map((m) => Number(m[1]));
    return ranks.length >= 2 && ranks.every((r, k) => k === 0 || r === ranks[k - 1]! + 1);
  };
  const isSeed = (l: PdfLine) => {
    const cells = cellsOf(l);
    return cells.length >= 3 && (cells.filter((c) => SHOP_PRICE.test(c)).length >= 3 || ranked(cells));
  };
  const isRow = (l: PdfLine) => {
    const cells = cellsOf(l);
    return cells.length >= 2 && cells.every((c) => c.length <= CARD_CELL && !/。/.test(c));
  };
  // Rows next to each other: on one page within a few lines' height, or the last of a page and the first of the next.
  const near = (a: PdfLine, b: PdfLine) => (a.page === b.page ? Math.abs(a.y - b.y) <= a.size * 4 : b.page === a.page + 1);
  for (let i = 0; i < lines.length; i++) {
    if (out.has(i) || !isSeed(lines[i]!)) continue;
    let from = i;
    while (from > 0 && isRow(lines[from - 1]!) && near(lines[from - 1]!, lines[from]!)) from--;
    let to = i;
    while (to + 1 < lines.length && isRow(lines[to + 1]!) && near(lines[to]!, lines[to + 1]!)) to++;
    for (let k = from; k <= to; k++) out.add(k);
  }
  return [...out];
}
/** The longest cell of a card's row. */
const CARD_CELL = 40;

/** An entry numbered twice over: 「1. 1.経緯」「2. (2) 対応」. */
const TWICE_NUMBERED = /^[0-9]{1,2}[.．)）][ 　]*(?:[0-9]{1,2}[.．)）]|[(（][0-9]{1,2}[)）])/;

/** The heading of a box of ranked links (not a menu's: 「メニュー」 over 「1. ホーム」), maybe the second of a stack. */
const isRankingHeading = (t: string) => ALSO_READ_HEADING.test(t) || /ランキング/.test(t);

/** A card's date after its title (「第44期 決算公告2026.02.09」) or on a line of its own. */
const ENDS_WITH_DATE = new RegExp(`${DATE_FORM}$`);

/**
 * The cards of the neighbouring posts right above a list's heading (a theme's prev/next cards with
 * no arrow: 「定時株主総会招集ご通知の電子提供について」「2025.10.13」「第44期 決算公告2026.02.09」):
 * entries each ending with its date, or a title over its date's line — two dates at least.
 */
function neighbourCardsAbove(texts: string[], heading: number): number[] {
  const out: number[] = [];
  let dated = 0;
  // A card's title may open like a numbered point (「第44期 決算公告」): short and no sentence is enough.
  for (let k = heading - 1; k >= 0 && texts[k]!.length > 0 && texts[k]!.length <= 70 && !/。/.test(texts[k]!); k--) {
    if (ENDS_WITH_DATE.test(texts[k]!)) dated++;
    else if (!(out.length > 0 && out[out.length - 1] === k + 1 && DATE_ALONE.test(texts[k + 1]!))) break;
    out.push(k);
  }
  return dated >= 2 ? out : [];
}
/** A line that is a date alone (a card's date under its title). */
const DATE_ALONE = new RegExp(`^${DATE_FORM}$`);

/** At most this many lines of boxes a side column stacks above its list under the article. */
const BOXES_ABOVE_LIST = 12;
/** The side column's margin is this many times wider than any gap between the article's paragraphs and headings… */
const COLUMN_GAP = 1.5;
/** …and this many times its first line's size at least. */
const COLUMN_GAP_SIZES = 2;

/** A section's number opening a heading (「３ 問い合わせ先」「(2) お問い合わせ先」). */
const SECTION_NUMBER = /^(?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）]|[一二三四五六七八九十]{1,3})[ 　.．、]*/;

/** The white space between a line and the one above it on the same page (baseline to baseline less its size), or null across a page break. */
const gapAbove = (lines: readonly PdfLine[], k: number): number | null =>
  k > 0 && lines[k - 1]!.page === lines[k]!.page && lines[k - 1]!.y > lines[k]!.y ? lines[k - 1]!.y - lines[k]!.y - lines[k]!.size : null;

/**
 * A side column printed under the article (a print narrower than the page's row stacks it): its news list is found by its
 * heading (「最新のお知らせ」); the boxes it sets above that list — a promotion and its button (「決算セール開催」
 * 「特選車210台 8月23日まで」「詳しく見る」), icon cards (「無料査定」「お気軽にご相談ください。」) — start where the print
 * leaves the widest gap since the article's first sentence: the column's margin, well wider than any gap between the
 * article's own paragraphs and headings, over a box's title (set larger than the article's text, or bold). Every line
 * between is a box's short line that does not run on to the article's right edge (no paragraph wraps in a box); none is
 * the release's closing (「以上」) or its contact section's heading, which end the release where a side column begins.
 * The heading's index, the first sentence's; the boxes' indices (none when no such gap stands above the list).
 */
export function boxesAboveList(lines: readonly PdfLine[], texts: readonly string[], heading: number, firstSentence: number): number[] {
  if (firstSentence < 0 || heading <= firstSentence + 1) return [];
  const body = dominantSize(lines.slice(firstSentence, heading) as PdfLine[]);
  const edge = maxOf(lines.slice(firstSentence, heading).filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.right));
  let start = -1;
  let widest = 0;
  for (let k = heading - 1; k > firstSentence && heading - k <= BOXES_ABOVE_LIST; k--) {
    const text = texts[k]!;
    const l = lines[k]!;
    if (text.length > SIDE_BOX_LINE || l.table || l.right > edge - body * 2 || CLOSING_MARK.test(text) || CONTACT_LABEL.test(withoutMarks(text).replace(SECTION_NUMBER, ''))) break;
    const gap = gapAbove(lines, k);
    if (gap !== null && gap > widest) {
      widest = gap;
      start = k;
    }
  }
  if (start < 0 || widest < lines[start]!.size * COLUMN_GAP_SIZES) return [];
  // The box's title: larger than the text or bold — or a call-out box in small type ending in its button (「LINE公式アカウントで
  // 無料相談受付中（友だち 4,243人）」 over the linked 「友だち追加」).
  if (!(lines[start]!.size > body + 0.5 || lines[start]!.bold || isButtonBox(lines.slice(start, heading), body))) return [];
  // The article's own gaps, from its first sentence down to the boxes.
  let article = 0;
  for (let k = firstSentence + 1; k < start; k++) article = Math.max(article, gapAbove(lines, k) ?? 0);
  if (article === 0 || widest < article * COLUMN_GAP) return [];
  return Array.from({ length: heading - start }, (_, n) => start + n);
}

/** A box's button is a link this short at most (「友だち追加」「詳しく見る」「お申し込みはこちら」). */
const BUTTON_LABEL = 12;

/**
 * A call-out box in type smaller than the article's (`body`): its text over its button — the box's last line a short
 * link alone, no sentence — and some line of text that is no link. A release's own closing lines are set in its body type.
 */
function isButtonBox(box: readonly PdfLine[], body: number): boolean {
  const button = box[box.length - 1];
  if (box.length < 2 || !button?.linked || box.some((l) => l.size > body - 0.5)) return false;
  const label = lineText(button);
  return label.length <= BUTTON_LABEL && !/。/.test(label) && box.some((l) => !l.linked);
}

/** Longest line of a side box stacked under the article (an event card's 「開催日：令和7年7月2日」, the footer's rows). */
const SIDE_BOX_LINE = 40;

/**
 * A side bar printed below the article on a narrow page: after its news list (dropped above) in
 * the text's second half (by characters) come its other boxes — an event card (「イベント」「開催日：…」「定員：…」),
 * a company card — and the site's footer. When nothing after the list is longer than a box's line
 * (no paragraph of the release goes on), all of it is the side bar's and the footer's.
 */
export function boxesAfterList(texts: string[], list: Set<number>): number[] {
  const last = maxOf(list, -1);
  if (last < 0) return [];
  // In the text's second half by its characters (a side bar stacked above the article leads to its title).
  const chars = (from: number, to: number) => texts.slice(from, to).reduce((n, t) => n + t.length, 0);
  if (chars(0, last) < chars(last + 1, texts.length)) return [];
  const after: number[] = [];
  let squeezed = '';
  for (let k = last + 1; k < texts.length; k++) {
    if (list.has(k)) continue;
    if (texts[k]!.length > SIDE_BOX_LINE) return [];
    // (A paragraph squeezed to a glyph or two a line, a sentence's end among them, is the release's: 「本」 over 「日」 … 「す。」.)
    squeezed = texts[k]!.length <= SQUEEZED_LINE ? squeezed + texts[k]! : '';
    if (squeezed.length >= SQUEEZED_SENTENCE && /。/.test(squeezed)) return [];
    after.push(k);
  }
  return after;
}
/** A line of a column squeezed to a glyph or two holds this many characters at most. */
const SQUEEZED_LINE = 3;
/** A sentence read down such lines runs this many characters at least. */
const SQUEEZED_SENTENCE = 12;

/** A ranking's entry under its heading: its rank, a short title, the post's date in brackets (「1. 採用情報を更新しました（2026/03/05）」). */
const RANKED_ENTRY = new RegExp(`^[0-9]{1,2}[.．][ ]*[^。]{1,60}[(（]${DATE_FORM}[)）]$`);
const isRankedEntry = (text: string) => text.length <= 80 && RANKED_ENTRY.test(text);

/** An item of an ordered list: its number and its text. */
const NUMBERED_ITEM = /^([0-9]{1,2})[.．][ ]*(\S.*)$/;

/**
 * Breadcrumbs marked up as an ordered list print one numbered item a line: 「1. TOP」「2. ニュース」
 * 「3. （the title）」 — the trail from the site's home, numbered from 1 without a gap, no sentence.
 */
function numberedBreadcrumbs(texts: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const first = NUMBERED_ITEM.exec(texts[i]!);
    if (!first || first[1] !== '1' || !HOME_LABEL.test(first[2]!.trim())) continue;
    let j = i + 1;
    while (j < texts.length && texts[j]!.length <= 120 && !/。/.test(texts[j]!) && NUMBERED_ITEM.exec(texts[j]!)?.[1] === String(j - i + 1)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out.push(k);
    i = j - 1;
  }
  return out;
}

/** A list's heading over its entries: a short line, no sentence, no number. */
const isShortHeading = (text: string) => text.length > 0 && text.length <= 20 && !/[。、0-9]/.test(text);

/** An entry opened by its date (「2025.09.03」「2025年9月3日 …」), not a release cited by its date (「2025年4月30日付 …」). */
const opensWithDate = (text: string) => DATED.test(text) && !DATED_CITATION.test(text);
const DATED_CITATION = new RegExp(`^${DATE_FORM}[ ]*付`);

/**
 * A news list printed in the article's column under a heading of any words (「ピックアップ」): a run
 * of entries — short lines, no sentence, no address — that are links (the page's Link annotations)
 * or dates, two of them links and two opened by a date, with the short heading above it. A
 * release's own dated lines are not links; its links — the earlier releases it cites (「2025年4月30日付
 * …（第2報）」 and their addresses), the neighbouring posts 「« … （2025年10月20日） | … »」 — do not
 * open with an entry's date.
 */
function linkedDatedLists(lines: PdfLine[], texts: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let linked = 0;
    let dated = 0;
    // A linked entry may open like a numbered point (「第36期 決算公告」): being a link, it is no point of the release.
    while (j < lines.length && (lines[j]!.linked ? texts[j]!.length <= 70 && !/。/.test(texts[j]!) : isListEntry(texts[j]!) && opensWithDate(texts[j]!)) && !/https?:|www\./.test(texts[j]!)) {
      if (lines[j]!.linked) linked++;
      if (opensWithDate(texts[j]!)) dated++;
      j++;
    }
    if (linked >= 2 && dated >= 2) {
      const heading = i > 0 && isShortHeading(texts[i - 1]!) && !lines[i - 1]!.linked ? i - 1 : i;
      for (let k = heading; k < j; k++) out.push(k);
    }
    i = j > i ? j : i + 1;
  }
  return out;
}

/** The day an entry opens with (yyyymmdd), or null: 2025.03.10, 2025年3月10日, 令和7年3月10日, R7.3.10. */
export function entryDay(text: string): number | null {
  const m = DATED.exec(text);
  if (!m) return null;
  const era = /^(令和|平成|R|H)([0-9]{1,2}|元)[^0-9]+([0-9]{1,2})[^0-9]+([0-9]{1,2})/.exec(m[0]);
  const plain = /^([0-9]{4})[^0-9]+([0-9]{1,2})[^0-9]+([0-9]{1,2})/.exec(m[0]);
  const year = era ? (era[1] === '令和' || era[1] === 'R' ? 2018 : 1988) + (era[2] === '元' ? 1 : Number(era[2])) : Number(plain?.[1]);
  const [month, day] = era ? [era[3], era[4]] : [plain?.[2], plain?.[3]];
  return Number.isFinite(year) && month && day ? year * 10000 + Number(month) * 100 + Number(day) : null;
}

/**
 * A post's stamp inside an entry (a bulletin board's or blog's list of other posts: 「[2110] 広報誌最新号を発行しました - 管理者
 * 2026/07/17(金) 13:07 (返信32件)」): a date with its clock time, maybe a weekday between. A release cites its earlier
 * notices by their day (「第2報 (2026/01/30)」), not by the minute they were posted.
 */
const POST_STAMP = new RegExp(`(${DATE_FORM})[ ]?(?:[(（][月火水木金土日][)）])?[ ]?[0-9]{1,2}:[0-9]{2}(?![0-9])`, 'g');

/**
 * The day of a news list's entry: the date it opens with, or the one post stamp it carries elsewhere
 * (its title, the poster's name before it), or null.
 */
export function listEntryDay(text: string): number | null {
  const opening = entryDay(text);
  if (opening !== null) return opening;
  const stamps = [...text.matchAll(POST_STAMP)];
  return stamps.length === 1 ? entryDay(stamps[0]![1]!) : null;
}

/** A news list's entry: a short line, no sentence, opened by its date (not a release cited by it) or carrying one post stamp. */
const isDatedEntry = (text: string) => isListEntry(text) && (opensWithDate(text) || (entryDay(text) === null && listEntryDay(text) !== null));

/** A letter's closing 「以上」. */
const CLOSING_MARK = /^以[ 　]*上$/;

/** At most this many lines of an entry's title under (or after) its date line. */
const ENTRY_TITLE_LINES = 2;
/** An entry's title line that does not open with its date: short, no sentence. */
const isEntryTitleLine = (text: string) => text.length > 0 && text.length <= 40 && !/。/.test(text) && listEntryDay(text) === null;

/**
 * A news box in the page's head (「2025/11/29 セミナー開催のご案内」「2025/12/21 ウェブサイトリニューアルのお知らせ」 beside the
 * logo): on page 1, above the title (its largest type, set well above the rest), two lines or more one after another,
 * each a date and a headline, in whatever order. The release's own dated lines come under its title; its date line is one.
 */
export function headNewsLines(lines: PdfLine[], texts: string[]): number[] {
  const head = pageHead(lines);
  if (!head) return [];
  // (The title over the text, when a logo set larger still heads the page: 「住友金属鉱山株式会社」 in the logo's type, the
  // side column's boxes, then the article's title in a type well above the text's.)
  const title = Math.max(head.title, titleOverText(lines, texts, head.median));
  const out: number[] = [];
  let run: number[] = [];
  const close = () => {
    // (With the box's heading right above it in its entries' type: 「行事予定」 over 「8月4日（月）避難訓練」 …)
    const above = run.length >= 2 ? run[0]! - 1 : -1;
    if (above >= 0 && isShortHeading(texts[above]!) && !lines[above]!.linked && lines[above]!.page === 1 && Math.abs(lines[above]!.size - lines[run[0]!]!.size) < 0.5) out.push(above);
    if (run.length >= 2) out.push(...run);
    run = [];
  };
  for (let k = 0; k < title; k++) {
    const t = texts[k]!;
    // (Or a schedule's day without its year, its weekday maybe after it, an event's name after it: 「8月4日（月）避難訓練」
    // 「8月6日（水）音楽会」 in a 行事予定 box.)
    const dated = DATED.exec(t);
    const headline = dated ?? SCHEDULE_DAY.exec(t);
    if (lines[k]!.page === 1 && lines[k]!.y > lines[title]!.y && headline && isListEntry(t) && (dated === null || opensWithDate(t)) && t.slice(headline[0].length).trim().length >= (dated ? HEADLINE_MIN : EVENT_NAME_MIN)) run.push(k);
    else close();
  }
  close();
  return out;
}

/** A schedule's event after its day is this long at least (「遠足」「音楽会」). */
const EVENT_NAME_MIN = 2;

/** A schedule's day opening its entry, no year: 「8月4日（月）」「5/18(月)」. */
const SCHEDULE_DAY = /^(?:[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}\/[0-9]{1,2}(?=[ (（]))(?:[ ]?[(（][月火水木金土日](?:曜日?)?[)）])?/;

/**
 * The article's title over its first sentence on page 1: the last line above that sentence (no cookie notice's) set well
 * above the page's common type — under a logo set larger still. -1 when none.
 */
function titleOverText(lines: PdfLine[], texts: string[], median: number): number {
  const consent = new Set(consentNotices(lines, texts));
  const sentence = texts.findIndex((t, k) => lines[k]!.page > 1 || (/。/.test(t) && !consent.has(k)));
  let title = -1;
  for (let k = 0; k < (sentence < 0 ? texts.length : sentence); k++) if (lines[k]!.page === 1 && lines[k]!.size >= median * HEAD_TITLE_SIZE) title = k;
  // (Its first line, when it wraps.)
  while (title > 0 && lines[title - 1]!.page === 1 && Math.abs(lines[title - 1]!.size - lines[title]!.size) < 0.5) title--;
  return title;
}

/**
 * A line of an alert bar or a one-entry ticker: its label, a date (maybe with the time), a headline
 * (「緊急情報 2026/01/24 15:13 大雨による臨時休業（55店舗）について」).
 */
const LABELLED_HEADLINE = new RegExp(`^([^\\s0-9。]{1,10})[ ]+${DATE_FORM}(?![0-9日])(?:[ ]+[0-9]{1,2}:[0-9]{2})?[ ]+([^\\s0-9。][^。]*)$`);
/** A label that names the date beside it (「投稿日」「更新日時」「発表」): the page's own date line, no alert. */
const DATE_NAMING_LABEL = /(?:日|日時|日付|時刻|更新|公開|掲載|公表|発表|投稿)[:：]?$/;
/** An alert bar stands in the top half of page 1 (a narrow page stacks the menu above it). */
const ALERT_REACH = 0.5;
/** An alert's headline is this long at least (a date line's category 「お知らせ」 is shorter). */
const ALERT_HEADLINE_MIN = 8;

/**
 * An alert bar in the page's head (「緊急情報 2026/01/24 15:13 大雨による臨時休業（55店舗）について」 under the logo): in page 1's top
 * half, above the title (the page's largest type; with none, above the first sentence that is no cookie notice's), a line of a label, a date and a headline, no sentence — another page's
 * news set over this one. The page's own date line names its date (「投稿日 …」) or holds no headline of its own.
 */
export function headAlertLines(lines: PdfLine[], texts: string[]): number[] {
  // The head ends at the title when one is set larger, or else at the first sentence that is no cookie notice's.
  const head = pageHead(lines);
  // (A cookie notice's wrapped sentence, 「当サイトではCookieを…共有する」 over 「場合があります。」 over its button, is no release's.)
  const consent = new Set(consentNotices(lines, texts));
  const sentence = texts.findIndex((t, k) => lines[k]!.page > 1 || (/。/.test(t) && !COOKIE_BANNER.test(t) && !consent.has(k)));
  const end = head ? head.title : sentence < 0 ? texts.length : sentence;
  // A first page holding neither the title nor a sentence is all head (the menu and the side bar stacked above the
  // article on a narrow print): an alert bar may stand anywhere on it.
  const allHead = !head && end < texts.length && lines[end]!.page > 1;
  const out: number[] = [];
  for (let k = 0; k < end; k++) {
    if (lines[k]!.page !== 1 || (lines[k]!.position > ALERT_REACH && !allHead) || (head && lines[k]!.y <= lines[head.title]!.y)) continue;
    const alert = (text: string) => {
      const m = LABELLED_HEADLINE.exec(text);
      if (!m || DATE_NAMING_LABEL.test(m[1]!) || NAV_LABEL.test(m[1]!) || NEWS_CATEGORY.test(m[1]!)) return false;
      const headline = m[2]!.trim();
      return headline.length >= ALERT_HEADLINE_MIN && datesIn(headline) === 0 && (!head || headline !== texts[head.title]);
    };
    if (alert(texts[k]!)) {
      out.push(k);
      continue;
    }
    // (Its headline cut short where a narrow column wrapped it, 「緊急情報 2025.01.20 大雨に」 over 「よる臨時休業（23店舗）につ」 over
    // 「いて」: read with the lines it wraps onto.)
    const wrap = alertWrap(lines, texts, k, end);
    if (wrap > 0 && alert(texts.slice(k, k + wrap + 1).join(''))) {
      for (let j = k; j <= k + wrap; j++) out.push(j);
      k += wrap;
    }
  }
  return out;
}

/** An alert's headline wraps over this many lines at most under its first. */
const ALERT_WRAP_LINES = 3;

/**
 * How many lines under line k continue it as a narrow column's wrap (before the head's end): each right below the one above
 * in its type, starting where it starts, no sentence's end; the line above filled its column (as wide as the first line at
 * least, within a character). A line set apart or indented is another block's.
 */
function alertWrap(lines: PdfLine[], texts: string[], k: number, end: number): number {
  const first = lines[k]!;
  let n = 0;
  while (n < ALERT_WRAP_LINES && k + n + 1 < end) {
    const upper = lines[k + n]!;
    const lower = lines[k + n + 1]!;
    // (No trail, no dated line of its own: 「ホーム > …」 under a slide's line is the head's next block.)
    if (!wrapsOnto(upper, lower) || Math.abs(lower.x - first.x) > first.size * 0.5 || upper.right < first.right - first.size || /。/.test(texts[k + n]!) || BREADCRUMB.test(texts[k + n + 1]!) || datesIn(texts[k + n + 1]!) > 0) break;
    n++;
  }
  return n;
}

/** A profile card's figure on its own line (its label on the line above): 「8.8万名（2026年5月10日現在）」「- ４８９９百万円」「1日平均2058人」. */
const CARD_FIGURE = /^(?:[-・•][ ]?)?(?:延べ|累計|約|1日平均)?[0-9０-９]/;
/** A card's label, or a figure's wrapped end (「在）」), alone on its line: short, no digit. */
const CARD_LABEL = /^(?:[-・•][ ]?)?[^0-9０-９。、]{1,10}$/;
/** The label run into the end of the figure above it (「8.8万名（…現在）教員数」): its last few characters that are no digit or bracket. */
const TRAILING_LABEL = /[^\s0-9０-９)）、。]{2,6}$/;
/** A figure alone with its unit: 「1日平均992人」「２０科」 (no date: 「2025年1月10日」 goes on past its unit). */
const BARE_FIGURE = /^(?:延べ|累計|約|1日平均)?[0-9０-９][0-9０-９,，.]*万?[^\s0-9０-９,，.万]{1,2}$/;
/** A card's label is one a profile's figure takes (「学生数」「資本金」「設立」). */
const isProfileLabel = (label: string) => PROFILE_FIGURE.test(`${label.replace(/^[-・•][ ]?/, '')} 1`);
/**
 * A card's field whose label no profile takes, its figure after it on its line (「診療科 12科」「外来患者数 1日平均2015人」):
 * a few characters of label, a space or colon, the figure with its unit and maybe its note in brackets, nothing else (no
 * headline: 「今なら90376名様にギフト券プレゼント」). It fills a card whose profile labels are two at least; alone it names no card.
 */
const CARD_OTHER_FIELD = /^(?:[-・•][ ]?)?[^\s0-9０-９。、:：()（）]{1,8}(?:[ ]+|[ ]*[:：][ ]*)(?:延べ|累計|約|1日平均)?[0-9０-９][0-9０-９,，.]*万?[^\s0-9０-９,，.万()（）]{1,3}(?:[(（][^()（）]{1,20}[)）])?$/;

/**
 * A profile card printed as a definition list (「大学概要」: 「学生数」 over 「8.8万名（2026年5月10日現在）教員数」 over 「３２５名」):
 * a run of short lines, each a label alone or a figure (a figure may end with the next label, run into it), two of its
 * labels a profile's (学生数, 資本金, 設立 …) and two figures at least. The institution's figures are the site's, wherever
 * the print sets the card (stacked over the article); the box's heading above its first label goes with it.
 */
export function profileCards(lines: PdfLine[], texts: string[]): number[] {
  const out: number[] = [];
  // (Or each field on one line, its label and its figure: 「学生数 18,253名（2024.11.17現在）」 over 「教員数 724名」.)
  // (A field whose label no profile takes, 「診療科 12科」, is one of a card too: 'other'; it never counts as a profile's label.)
  const short = (t: string) => t.length <= 40 && !/[。、]/.test(t);
  const kind = (t: string) => (short(t) && CARD_FIGURE.test(t) ? 'figure' : CARD_LABEL.test(t) ? 'label' : short(t) && PROFILE_FIGURE.test(t.replace(/^[-・•][ ]?/, '')) ? 'field' : short(t) && CARD_OTHER_FIELD.test(t) ? 'other' : null);
  const isField = (t: string) => kind(t) === 'field' || kind(t) === 'other';
  for (let i = 0; i < texts.length; ) {
    let j = i;
    // (A card may run over a page break: 「病床数」 at page 1's foot, 「831床」 atop page 2.)
    while (j < texts.length && kind(texts[j]!) !== null) j++;
    if (j === i) {
      i++;
      continue;
    }
    const run = texts.slice(i, j);
    const first = run.findIndex((t) => (kind(t) === 'label' && isProfileLabel(t)) || kind(t) === 'field');
    const labels = run.filter((t) => (kind(t) === 'label' && isProfileLabel(t)) || kind(t) === 'field' || (kind(t) === 'figure' && isProfileLabel(TRAILING_LABEL.exec(t)?.[0] ?? ''))).length;
    const figures = run.filter((t) => kind(t) === 'figure' || isField(t)).length;
    if (first >= 0 && labels >= 2 && figures >= 2) {
      // From the box's heading (a label-like line right above the first label) to the run's end.
      // (A field right above it is no heading: the card starts at its first profile label.)
      const start = i + (first > 0 && kind(run[first - 1]!) === 'other' ? first : Math.max(0, first - 1));
      // (A card of fields ends at its last field: a short line after it that names no field is the next box's, its
      // heading 「新着情報」 or a headline wrapped in the narrow column.)
      let end = j;
      if (run.some((t) => isField(t))) {
        end = i + first;
        while (end < j) {
          const t = texts[end]!;
          if (kind(t) !== 'label' || isProfileLabel(t) || /[)）]/.test(t)) end++;
          // (A label no profile takes with a bare figure under it is a field whose cell wrapped around its figure, the
          // label's last character under it: 「外来患者」 over 「1日平均992人」 over 「数」.)
          else if (end + 1 < j && BARE_FIGURE.test(texts[end + 1]!)) end += kind(texts[end + 2] ?? '') === 'label' && texts[end + 2]!.length <= 2 && end + 2 < j ? 3 : 2;
          else break;
        }
      }
      // (and holds two fields or more of its own).
      if (end < j || run.some((t) => isField(t))) {
        const card = texts.slice(i + first, end);
        if (card.filter((t) => kind(t) === 'field').length + card.filter((t) => kind(t) === 'label' && isProfileLabel(t)).length < 2 || card.filter((t) => kind(t) !== 'label').length < 2) {
          i = j;
          continue;
        }
      }
      for (let k = start; k < end; k++) out.push(k);
    }
    i = j;
  }
  return out;
}

/** The title's type is this much larger than the page's most common at least. */
const HEAD_TITLE_SIZE = 1.4;

/** The first page's title (its first line in the page's largest type, set well above the rest) and that page's common type size; null when no line stands out so. */
function pageHead(lines: PdfLine[]): { title: number; median: number } | null {
  const first = lines.filter((l) => l.page === 1);
  if (first.length === 0) return null;
  const sizes = first.map((l) => l.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)]!;
  const largest = sizes[sizes.length - 1]!;
  if (largest < median * HEAD_TITLE_SIZE) return null;
  return { title: lines.findIndex((l) => l.page === 1 && l.size === largest), median };
}

/** At most this many lines a cookie notice's text wraps over above its buttons. */
const CONSENT_NOTICE_LINES = 3;

/**
 * A cookie notice printed where the page set it (the top of the page, in the flow, not fixed): its text about
 * cookies (「当サイトではCookieを使用しています。…478社のパートナーと…」), wrapped over up to three lines, right
 * over a row of its buttons (「同意する」「同意する 設定」) — the notice with its button is the site's, wherever it
 * prints; its figures are no release's. So is a notice that opens page 1 right above the breadcrumb trail (its buttons read
 * in another column). A sentence about cookies with no button under it, not above the trail, stays (a release may be about them).
 */
export function consentNotices(lines: PdfLine[], texts: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!COOKIE_BANNER.test(texts[i]!) || texts[i]!.length > 200) continue;
    for (let j = i + 1; j < texts.length && j <= i + CONSENT_NOTICE_LINES; j++) {
      const upper = lines[j - 1]!;
      const lower = lines[j]!;
      // Each line right under the one above (no gap of more than two lines' height), on the same page.
      if (lower.page !== upper.page || upper.y <= lower.y || upper.y - lower.y > Math.max(upper.size, lower.size) * 3.5) break;
      if (isConsentButtons(texts[j]!)) {
        for (let k = i; k <= j; k++) out.push(k);
        i = j;
        break;
      }
      if (texts[j]!.length > 120) break;
    }
  }
  // Wrapped down a narrow column, a few characters a line (「当サイト」 over 「では」 over 「Cookieを」 …): the lines of one
  // paragraph (the same type, each right under the last, starting where it starts) read as one, right over its buttons.
  for (let i = 0; i < texts.length; i++) {
    if (out.includes(i)) continue;
    const end = wrappedParagraphEnd(lines, texts, i, (t) => isConsentButtons(t));
    const button = end + 1;
    if (end <= i || button >= texts.length || !isConsentButtons(texts[button]!)) continue;
    const upper = lines[end]!;
    const lower = lines[button]!;
    if (lower.page !== upper.page || upper.y <= lower.y || upper.y - lower.y > upper.size * 3.5) continue;
    // (A notice of a sentence or two, the first about cookies: not the release's text run on above it.)
    const text = texts.slice(i, end + 1).join('');
    const sentences = text.split(/(?<=。)/).filter((t) => t.trim());
    if (sentences.length > 2 || !COOKIE_BANNER.test(sentences[0] ?? '') || text.length > 200) continue;
    for (let k = i; k <= button; k++) out.push(k);
    i = button;
  }
  // Its buttons read in another column (set beside the menu): a notice on page 1 above the breadcrumb trail,
  // the trail among the first lines — above the article's head, where no release's sentence stands.
  const trail = texts.findIndex((t, k) => k <= CONSENT_NOTICE_LINES && t.length <= 160 && BREADCRUMB.test(t));
  if (out.length === 0 && trail > 0 && lines[0]!.page === 1 && lines[0]!.position < TICKER_REACH) {
    for (let k = 0; k < trail; k++) if (lines[k]!.page === 1 && COOKIE_BANNER.test(texts[k]!) && texts[k]!.length <= 200) out.push(k);
  }
  // Or the print's first line, right over the trail or the title set larger (its buttons not printed): nothing of the
  // release's stands above its title.
  const under = lines[1];
  if (out.length === 0 && under !== undefined && lines[0]!.page === 1 && under.page === 1 && COOKIE_BANNER.test(texts[0]!) && texts[0]!.length <= 200 && (BREADCRUMB.test(texts[1]!) || under.size >= lines[0]!.size * HEAD_TITLE_SIZE)) out.push(0);
  return out;
}

/** A paragraph is read down this many wrapped lines at most. */
const PARAGRAPH_LINES = 16;

/**
 * The last line of the paragraph the i-th line opens: each next line right under the last (within 1.8 lines' height),
 * on the same page, in the same type, starting where the first starts, and no line `stop` tells apart (a button's row
 * set like the text); at most 200 characters. i when none follows.
 */
function wrappedParagraphEnd(lines: PdfLine[], texts: string[], i: number, stop: (text: string) => boolean): number {
  const first = lines[i]!;
  let length = texts[i]!.length;
  let end = i;
  for (let j = i + 1; j < lines.length && j - i < PARAGRAPH_LINES; j++) {
    const upper = lines[j - 1]!;
    const lower = lines[j]!;
    length += texts[j]!.length;
    if (stop(texts[j]!) || lower.page !== upper.page || Math.abs(lower.size - first.size) >= 0.5 || upper.y <= lower.y || upper.y - lower.y > upper.size * 1.8 || Math.abs(lower.x - first.x) > first.size || length > 200) break;
    end = j;
  }
  return end;
}

/**
 * A notice in the page's head (an announcement bar's 「重要：2026年5月25日は窓口休業となります。」, a cookie banner's
 * 「当サイトではCookieを使用します。…（2024年5月16日改定）…」): on page 1, above the title and in the page's upper half,
 * a sentence set smaller than the page's common type. The release's sentences come under its title, in its text's
 * type; what stands above it (the logo, the menu, the trail, the date line) holds none of them.
 */
export function headNotices(lines: PdfLine[], texts: string[]): number[] {
  const head = pageHead(lines);
  if (!head || lines[head.title]!.position > HEAD_TITLE_REACH) return [];
  const out: number[] = [];
  for (let k = 0; k < head.title; k++) {
    const l = lines[k]!;
    if (l.page === 1 && l.y > lines[head.title]!.y && l.size < head.median * NOTICE_SIZE && /。/.test(texts[k]!)) out.push(k);
  }
  return out;
}

/**
 * A statistic in the page's head (a municipal header's 「現在の人口 346,395人 世帯数 158,759世帯」 over
 * 「（令和7年3月9日現在）」): on page 1 among its first lines, before any sentence, a short line of figures with the day they stand as of,
 * on it or on the line under it. The release's figures come with its sentences; what stands above them is the site's.
 */
export function headStatistics(lines: PdfLine[], texts: string[]): HeadStatistics {
  // The head: page 1's first lines, before the first sentence (the logo may be set larger than the title, so no type size tells it).
  let end = texts.findIndex((t) => /。/.test(t));
  if (end < 0) end = texts.length;
  end = Math.min(end, HEAD_LINES);
  const inHead = (k: number) => k >= 0 && lines[k]!.page === 1 && texts[k]!.length <= HEAD_STATISTIC_LENGTH;
  // Two figures or more, the dates aside (a title 「…1,234件の漏えいについて（2025年1月10日現在）」 states one).
  const figures = (j: number) => inHead(j) && (texts[j]!.normalize('NFKC').replace(DATE_IN_LINE, ' ').match(HEAD_FIGURE)?.length ?? 0) >= 2;
  const out: HeadStatistics = { lines: [], notes: [] };
  for (let k = 0; k < end; k++) {
    if (!inHead(k) || !HEAD_AS_OF.test(texts[k]!.normalize('NFKC'))) continue;
    if (isAsOfNote(texts[k]!)) {
      // Its figures stand over it: the line above, or the nearest above it in its column when a line beside it (the
      // logo's, on nearly its baseline) is read between them.
      const over = figures(k - 1) ? k - 1 : lineOver(lines, k);
      if (over >= 0 && figures(over)) out.lines.push(over, k);
    } else if (lines[k]!.cells.some(isAsOfNote)) {
      // The note in its own cell beside the logo's (「| 片山商事株式会社 | （令和7年10月10日現在） |」): only that
      // cell goes, the logo's name stays to name the site.
      if (figures(k - 1)) {
        out.lines.push(k - 1);
        out.notes.push(k);
      }
    } else if (figures(k)) out.lines.push(k);
  }
  return out;
}

/** Lines looked back over for the line standing over another. */
const OVER_REACH = 3;

/** The nearest line before `k` on its page that stands higher and spans some of its width (its column's line over it); -1 when none. */
function lineOver(lines: PdfLine[], k: number): number {
  const line = lines[k]!;
  for (let j = k - 1; j >= 0 && j >= k - OVER_REACH; j--) {
    const l = lines[j]!;
    if (l.page !== line.page) return -1;
    if (l.y > line.y + line.size * 0.5 && l.x < line.right && l.right > line.x) return j;
  }
  return -1;
}

/** A head's statistic lines (dropped whole) and the lines whose as-of note alone is dropped from its cell. */
export interface HeadStatistics {
  lines: number[];
  notes: number[];
}

/** A text that is an as-of note and nothing else: 「（令和8年4月17日現在）」. */
function isAsOfNote(text: string): boolean {
  return HEAD_AS_OF_ALONE.test(text.normalize('NFKC').trim());
}

/** A line without the cell that holds only an as-of note. */
function withoutAsOfNote(line: PdfLine): PdfLine {
  const keep = line.cells.map((c) => !isAsOfNote(c));
  return { ...line, cells: line.cells.filter((_c, i) => keep[i]), cellX: line.cellX.filter((_x, i) => keep[i]) };
}

/** A page's update line wraps over this many lines at most, each this long at most (a narrow column's, maybe a glyph a line). */
const UPDATE_WRAP_LINES = 5;
const UPDATE_WRAP_LENGTH = 12;

/** What a page's date line holds besides its dates: the labels 「更新日」「掲載」「公開日」, colons, brackets, bars. */
const DATE_LINE_REST = /^(?:[ |｜:：()（）/]|このページの|本ページの|最終|更新日?時?|掲載日?|公開日?|公表日?|投稿日?|発表日?|[(（][月火水木金土日](?:・?祝)?[)）]|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)*$/;

/**
 * A page's update line (「更新日：2026/10/05」「2026-04-27 掲載 更新日：2026/06/18」, each cell of a row but a page number
 * 「| 更新日：2025年8月20日 | 2/3 |」): its dates, the labels that name them and nothing else, an update among them (a date's
 * weekday and clock time are its own: 「2025年7月15日(火) 更新日：2025.09.15」「公開日：2026/05/18 09:05 更新日：2026.05.31」). After
 * most of the article's sentences it is the page's, no event of the release's (its date is read from the page's lines
 * apart: pageUpdatedDate).
 */
export function isPageUpdateLine(cells: string[]): boolean {
  const parts = cells.map((c) => c.normalize('NFKC').trim()).filter((c) => c !== '' && !PAGE_NUMBER.test(c));
  if (parts.length === 0) return false;
  const text = parts.join(' ');
  if (text.length > 60 || !/更新/.test(text)) return false;
  const rest = text.replace(DATE_IN_LINE, ' ').replace(/(?:19|20)[0-9]{2}-[0-9]{1,2}-[ ]?[0-9]{1,2}/g, ' ');
  return rest !== text && DATE_LINE_REST.test(rest);
}

/** A live statistics widget's line: the day and time it stands as of first (「2024/07/27 09:31 現在 日経平均 2.7万円 本日の来場者 4,259人」). */
const WIDGET_AS_OF = new RegExp(`^${DATE_FORM}[ ]+[0-9]{1,2}:[0-9]{2}[ ]?(?:現在|時点)[ ]?[^\\s0-9]`);
/** A widget's line is this long at most. */
const WIDGET_LENGTH = 80;

/**
 * A live statistics widget printed wherever the side bar or footer fell (「2024/07/27 09:31 現在 日経平均 2.7万円 本日の来場者
 * 4,259人 降水確率 39%」): a line that opens with a day and a time as of which it stands, then two labelled figures or more
 * (on it or on the line right under it, where a narrow column wraps it), no sentence. A release's figures as of a day come in its sentences or under its table's heading, not after a clock time.
 */
export function statisticWidgets(lines: PdfLine[], texts: string[]): number[] {
  const out: number[] = [];
  const figures = (t: string) => t.replace(DATE_IN_LINE, ' ').replace(/[0-9]{1,2}:[0-9]{2}/g, ' ').match(HEAD_FIGURE)?.length ?? 0;
  texts.forEach((raw, k) => {
    const t = raw.normalize('NFKC');
    // Wrapped in a very narrow column, a few characters a line (「2025/03/08」 over 「11:39 現在 日」 over 「経平均 6.1万円」 …):
    // read down the column, the lines that start where it does.
    const column = columnRun(lines, texts, k);
    if (column.length > 2) {
      if (!out.includes(k)) out.push(...column.filter((c) => !out.includes(c)));
      return;
    }
    if (t.length > WIDGET_LENGTH || /[。、]/.test(t) || !WIDGET_AS_OF.test(t)) return;
    // Wrapped in a narrow column: its figures go on on the line right under it (「本日の来場者 4904人 降水確率 50%」).
    const upper = lines[k]!;
    const lower = lines[k + 1];
    const next = lower && lower.page === upper.page && upper.y > lower.y && upper.y - lower.y <= upper.size * 1.8 ? texts[k + 1]!.normalize('NFKC') : '';
    const wraps = next.length > 0 && next.length <= WIDGET_LENGTH && !/[。、]/.test(next) && figures(next) > 0 && dateOfDateLine(next) === null;
    // (Read as one where a figure wrapped from its unit: 「… 日経平均 25,791」 over 「円 本日の来場者 7750人 …」.)
    if (Math.max(figures(t) + (wraps ? figures(next) : 0), wraps ? figures(t + next) : 0) < 2) return;
    out.push(k);
    if (wraps) out.push(k + 1);
  });
  return out;
}

/** A widget wrapped in a narrow column is read down this many lines at most. */
const WIDGET_COLUMN_LINES = 8;

/**
 * The lines from the k-th of a statistics widget wrapped down a narrow column, three lines or more: each next line right
 * under the last in the same type and starting where it starts, their text read as one (a space where digits meet, as
 * between the day and the clock time) opening with the day and time as of which it stands and holding two labelled figures
 * or more, no sentence. [] when none.
 */
function columnRun(lines: PdfLine[], texts: string[], k: number): number[] {
  const first = lines[k]!;
  let text = texts[k]!.normalize('NFKC').trim();
  if (!/^[0-9０-９]/.test(text) || text.length > WIDGET_LENGTH) return [];
  const run = [k];
  const widget = () => WIDGET_AS_OF.test(text) && (text.replace(DATE_IN_LINE, ' ').replace(/[0-9]{1,2}:[0-9]{2}/g, ' ').match(HEAD_FIGURE)?.length ?? 0) >= 2;
  let found = false;
  for (let j = k + 1; j < lines.length && run.length < WIDGET_COLUMN_LINES; j++) {
    const upper = lines[j - 1]!;
    const lower = lines[j]!;
    if (lower.page !== upper.page || Math.abs(lower.size - first.size) >= 0.5 || !(upper.y > lower.y) || upper.y - lower.y > upper.size * 1.8 || Math.abs(lower.x - first.x) > first.size) break;
    const next = texts[j]!.normalize('NFKC').trim();
    if (!next || /[。、]/.test(next) || (text + next).length > WIDGET_LENGTH) break;
    // Told a widget, its lines go on only while they hold its figures (「56%」), up to the next box's heading.
    if (found && (!/[0-9]/.test(next) || dateOfDateLine(next) !== null)) break;
    text += (/[0-9]$/.test(text) && /^[0-9]/.test(next) ? ' ' : '') + next;
    run.push(j);
    found ||= widget();
  }
  return run.length >= 3 && found ? run : [];
}

/** The page's head: this many lines at most. */
const HEAD_LINES = 8;
/** A head's statistic line is this long at most. */
const HEAD_STATISTIC_LENGTH = 60;
/** The day a head's figures stand as of: 「（令和7年3月9日現在）」「2026年3月1日時点」. */
const HEAD_AS_OF = new RegExp(`${DATE_FORM}[ ]?(?:現在|時点)`);
/** An as-of note alone on its line, maybe in brackets. */
const HEAD_AS_OF_ALONE = new RegExp(`^[（(]?[ ]?${DATE_FORM}[ ]?(?:現在|時点)[ ]?[)）]?$`);
/** A figure with its unit: 「346,395人」「158,759世帯」 (counted on lines of 60 characters at most). */
const HEAD_FIGURE = /[0-9][0-9,]*[ ]?[^\s0-9,.、。（）()]/g;

/** The title of a page with a head stands in the first page's upper half. */
const HEAD_TITLE_REACH = 0.5;
/** A head's notice is set this much smaller than the page's common type at most. */
const NOTICE_SIZE = 0.95;
/** A news entry's headline after its date: this many characters at least. */
const HEADLINE_MIN = 4;

/**
 * A list of other news, newest first, wherever it prints (「OTHER NEWS」 under the article, a side bar's
 * 「お知らせ」 read in the article's column, a bulletin board's 「▼過去ログ」 under the post): three entries or more
 * opened by their dates or carrying a post stamp (「[2110] 広報誌… - 管理者 2026/07/17(金) 13:07 (返信32件)」) — short
 * lines, no sentence — each no later than the one before it, the first later than the last, with the short
 * heading above it. An entry's title may take a line or two of its own under its date. A release's own dated
 * lines run forward in time (a chronology: 検知, 調査開始, 公表); none of the archive's releases lists
 * three dates newest first at the start of its lines, and the one that lists its earlier notices newest first
 * with the date after the title (「第3報・最終報告 (2026/02/27)」) gives no clock time.
 */
export function newestFirstLists(lines: PdfLine[], texts: string[]): number[] {
  const out: number[] = [];
  // An entry on its line, or wrapped onto the next where the page is narrow, its stamp cut at the line's end
  // (「[2110] 広報誌… - 管理者 2026/07/17(金)」 over 「13:07 (返信32件)」) or wrapped whole to the next line (「[3831] ホームページを
  // リニューアルしました - 管理者」 over 「2026/06/30(火) 09:22 (返信23件)」, the first of a page): its day and how many lines it takes.
  const entryAt = (k: number): { day: number; span: number } | null => {
    if (k >= lines.length) return null;
    const day = isDatedEntry(texts[k]!) ? listEntryDay(texts[k]!) : null;
    if (day !== null) return { day, span: 1 };
    const next = lines[k + 1];
    if (next === undefined || !wrapsOnto(lines[k]!, next)) return null;
    const joined = `${texts[k]!} ${texts[k + 1]!}`;
    const wrapped = isDatedEntry(joined) ? listEntryDay(joined) : null;
    return wrapped === null ? null : { day: wrapped, span: 2 };
  };
  for (let i = 0; i < lines.length; i++) {
    const opening = entryAt(i);
    if (opening === null) continue;
    const entries: { at: number; day: number; span: number; titleLines?: number }[] = [{ at: i, ...opening }];
    let j = i + opening.span;
    for (;;) {
      let k = j;
      while (k < lines.length && k - j < ENTRY_TITLE_LINES && isEntryTitleLine(texts[k]!) && entryAt(k) === null && lines[k]!.page === lines[k - 1]!.page) k++;
      const entry = entryAt(k);
      if (entry === null || entry.day > entries[entries.length - 1]!.day) break;
      // (How many title lines the entry before took under its date.)
      if (entries.length === 1) entries[0]!.titleLines = k - j;
      entries.push({ at: k, ...entry });
      j = k + entry.span;
    }
    if (entries.length < 3 || entries[0]!.day <= entries[entries.length - 1]!.day) continue;
    // Its further entries, whatever their order (a box's news set in no order after a run newest first): each of
    // the list's shape — its date in the same form, alone on its line or not as theirs, opening a line at the same
    // place in the same type, its title under its date when theirs are.
    const shape = (k: number) => `${dateShape(texts[k]!)}|${DATE_ALONE.test(texts[k]!)}|${Math.round(lines[k]!.x / lines[k]!.size)}|${Math.round(lines[k]!.size * 2)}`;
    const runShape = shape(entries[0]!.at);
    if (entries.every((e) => shape(e.at) === runShape)) {
      for (;;) {
        const last = entries[entries.length - 1]!;
        let k = last.at + last.span;
        while (k < lines.length && k - (last.at + last.span) < ENTRY_TITLE_LINES && isEntryTitleLine(texts[k]!) && entryAt(k) === null && lines[k]!.page === lines[k - 1]!.page) k++;
        const titleLines = k - (last.at + last.span);
        const entry = entryAt(k);
        if (entry === null || shape(k) !== runShape || entry.span !== last.span || titleLines > 0 !== (entries[0]!.titleLines ?? 0) > 0) break;
        entries.push({ at: k, ...entry });
      }
    }
    const lastEntry = entries[entries.length - 1]!;
    // The last entry's title under its date line.
    let end = lastEntry.at + lastEntry.span;
    if (DATE_ALONE.test(texts[end - 1]!)) while (end < lines.length && end - lastEntry.at <= ENTRY_TITLE_LINES && isEntryTitleLine(texts[end]!)) end++;
    // (Not the release's closing 「以上」 right above the list.)
    const heading = i > 0 && isShortHeading(texts[i - 1]!) && !CLOSING_MARK.test(texts[i - 1]!) && !lines[i - 1]!.linked ? i - 1 : i;
    for (let k = heading; k < end; k++) out.push(k);
    i = end - 1;
  }
  return out;
}

/** A box of dated entries in no order has this many at least. */
const UNORDERED_ENTRIES = 4;

/**
 * A side box's news set in no order (「トピックス」 over 「2025年10月22日」 over its headline, 「2025年8月8日」 over its headline,
 * 「2025年10月17日」 …, stacked beside or above the article): four entries or more, each a date alone on its line with its
 * title on the line or two under it — no sentence — every date in one form, each opening its line at one place in one
 * type, and some entry earlier than the one before it. A release's own dated lines run forward in time (a chronology);
 * a box newest first is newestFirstLists'.
 */
export function unorderedDatedEntries(lines: PdfLine[], texts: string[]): number[] {
  const out: number[] = [];
  const shape = (k: number) => `${dateShape(texts[k]!)}|${Math.round(lines[k]!.x / lines[k]!.size)}|${Math.round(lines[k]!.size * 2)}|${lines[k]!.column}`;
  for (let i = 0; i < lines.length; i++) {
    if (!DATE_ALONE.test(texts[i]!)) continue;
    const first = shape(i);
    const days: number[] = [];
    let k = i;
    while (k < lines.length && DATE_ALONE.test(texts[k]!) && shape(k) === first) {
      const day = entryDay(texts[k]!);
      let t = k + 1;
      while (t < lines.length && t - k <= ENTRY_TITLE_LINES && isEntryTitleLine(texts[t]!) && !DATE_ALONE.test(texts[t]!)) t++;
      if (day === null || t === k + 1) break;
      days.push(day);
      k = t;
    }
    if (days.length < UNORDERED_ENTRIES || !days.some((d, n) => n > 0 && d < days[n - 1]!)) continue;
    const heading = i > 0 && isShortHeading(texts[i - 1]!) && !CLOSING_MARK.test(texts[i - 1]!) ? i - 1 : i;
    for (let m = heading; m < k; m++) out.push(m);
    i = k - 1;
  }
  return out;
}

/** A count with its counter: 「79857件」「4.0万名」「２２７１１件」. */
const COUNTED_FIGURE = /[0-9０-９][0-9０-９,，.]*[万億千]?(?:人|名|件|社|個|台|床|科|校)/;
/** A stranded headline is this long at most. */
const STRANDED_LENGTH = 40;

/**
 * A side box's one-line headline left between side boxes the rules took (「累計２２７１１件の相談実績」 between a ranking's
 * page views and a statistics widget, 「登録者数89,827人」 between the share row and a profile card): a line of a count
 * with its counter, no sentence, in no larger type than the text's, whose lines above and below on its page both went
 * as chrome — the release's own figures stand among its sentences, its title in larger type.
 */
export function strandedHeadlines(lines: PdfLine[], texts: string[], dropped: (k: number) => boolean): number[] {
  const bodyType = dominantSize(lines) + 0.5;
  const out: number[] = [];
  for (let k = 1; k + 1 < lines.length; k++) {
    const t = texts[k]!;
    if (t.length > STRANDED_LENGTH || /。/.test(t) || !COUNTED_FIGURE.test(t) || lines[k]!.size > bodyType) continue;
    if (lines[k - 1]!.page !== lines[k]!.page || lines[k + 1]!.page !== lines[k]!.page) continue;
    if (dropped(k - 1) && dropped(k + 1)) out.push(k);
  }
  return out;
}

/** A date's form, its digits aside (「2025.07.31」「2024/03/29」「2025年1月11日」 each a form of its own). */
function dateShape(text: string): string {
  return (DATED.exec(text)?.[0] ?? '').replace(/[0-9]+/g, '0');
}

/**
 * A ranking's entries wrapped in a narrow column (「1. 個人情報保護方針を改定しました ９」 over 「７１９７ views」, 「… 3941人の皆様にご来場いただきまし」
 * over 「た 閲覧数 7,046」): three or more numbered from 1, each the next number, each ending — its lines joined, a figure
 * broken between them read whole — with its post's view count. A release numbers no posts' views.
 */
export function wrappedRankings(texts: readonly string[]): number[] {
  const out: number[] = [];
  // Each line normalized once: the entries' loops read a line several times.
  const normalized = texts.map((t) => t.normalize('NFKC').trim());
  const text = (k: number) => normalized[k]!;
  for (let i = 0; i < texts.length; i++) {
    if (Number(RANK_NUMBER.exec(text(i))?.[1]) !== 1) continue;
    const entries: number[][] = [];
    let k = i;
    while (k < texts.length && Number(RANK_NUMBER.exec(text(k))?.[1]) === entries.length + 1) {
      // The entry's lines: its numbered line, then lines that open with no number, short, no sentence.
      const at = [k];
      for (let j = k + 1; j < texts.length && at.length <= RANK_WRAP && !RANK_NUMBER.test(text(j)) && text(j).length <= RANK_LINE && !/。/.test(text(j)); j++) at.push(j);
      // It ends on the line its view count ends.
      let joined = '';
      const end = at.findIndex((j) => ENTRY_VIEWS.test((joined += text(j))) && joined.length <= RANK_ENTRY);
      if (end < 0) break;
      entries.push(at.slice(0, end + 1));
      k = at[end]! + 1;
    }
    if (entries.length < RANK_ENTRIES) continue;
    for (const e of entries) out.push(...e);
    i = k - 1;
  }
  return out;
}
/** A ranking's number opening an entry: 「1. 」「2．」「3)」. */
const RANK_NUMBER = /^([0-9]{1,2})[.)][ ]?/;
/** A view count ending an entry, NFKC-normalized: 「97197 views」「4.2万 views」「69,937PV」「閲覧数 7,046」「閲覧数 6.9万」. */
const ENTRY_VIEWS = /(?:[0-9][0-9,.]{0,8}万?[ ]*(?:views?|PV)|(?:閲覧数|閲覧回数|アクセス数|表示回数)[ ]*[:：]?[ ]*[0-9][0-9,.]{0,8}万?(?:[ ]*回)?)$/i;
/** A wrapped entry: this many lines under its numbered one at most, each this long at most, all this long at most. */
const RANK_WRAP = 2;
const RANK_LINE = 40;
const RANK_ENTRY = 100;
/** A ranking lists this many entries at least. */
const RANK_ENTRIES = 3;

/** A ranking's entry ending with its post's view count (「2. セミナー開催のご案内36,423 views」「… 1,204 PV」). */
const VIEWED_ENTRY = /[0-9][0-9,]{0,8}[ ]*(?:views?|PV)$/i;
const VIEW_COUNT_ALONE = /^[0-9][0-9,]{0,8}[ ]*(?:views?|PV)$/i;
const isViewedEntry = (text: string) => text.length <= 90 && !/。/.test(text) && VIEWED_ENTRY.test(text);

/**
 * A box of the posts most read, its heading lost to the side column (「人気記事ランキング」): two entries in a row
 * or more, each a short line ending with its view count. The release counts no views of its own posts.
 */
export function viewCountedEntries(texts: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; ) {
    let j = i;
    let entries = 0;
    for (;;) {
      if (j < texts.length && isViewedEntry(texts[j]!)) j++;
      // (Its count on a line of its own under the title.)
      else if (j + 1 < texts.length && texts[j]!.length <= 60 && !/。/.test(texts[j]!) && VIEW_COUNT_ALONE.test(texts[j + 1]!)) j += 2;
      else break;
      entries++;
    }
    if (entries >= 2) for (let k = i; k < j; k++) out.push(k);
    i = j > i ? j : i + 1;
  }
  return out;
}

/**
 * A box's heading among a side's lines, maybe wrapped in a narrow column (「アクセスランキ」 over 「ング」):
 * a line, or two short lines read as one.
 */
function hasListHeading(lines: string[]): boolean {
  return lines.some((l, k) => isListHeading(l) || (k + 1 < lines.length && l.length + lines[k + 1]!.length <= 20 && isListHeading(l + lines[k + 1]!)));
}

/** A side headed by 「最新のお知らせ」「■新着情報」…: a news box, whatever its lines line up with. */
export function isNewsBox(side: Atom[]): boolean {
  const items = side.flatMap((a) => (a.item ? [a.item] : []));
  return hasListHeading(groupLines(items).map(lineText));
}

/**
 * A line one line above the next of its page, in the same type: the head of a block carried over
 * to a new page (「関連ニュース」 over its entries), not a running head standing apart.
 */
function opensBlock(line: PdfLine, lines: PdfLine[]): boolean {
  return lines.some((l) => l !== line && l.page === line.page && line.y > l.y && line.y - l.y <= line.size * 1.8 && Math.abs(l.size - line.size) < 0.5);
}

/** A line set one line under another of its page (lines up to twice their type apart), in its type and starting where it starts: that line's text carried on. */
function continuesAbove(line: PdfLine, lines: PdfLine[]): boolean {
  return lines.some((l) => l !== line && l.page === line.page && l.y > line.y && l.y - line.y <= line.size * 2.1 && Math.abs(l.size - line.size) < 0.5 && Math.abs(l.x - line.x) <= 2);
}

/**
 * A numbered heading of the text set at a page's break in a type smaller than the text's (a blog theme's h4: 「② 漏えい件数」
 * atop page 2, 「①お取引先さま・お客さま：74名」 at the foot of page 1): it opens with a section's number, and a line of
 * the text — in the body's type, starting where it starts — carries on the flow within four of its lines: below it at a
 * page's top, above it (the section it follows) at a page's foot. A running head, a footer's copyright or a side box's
 * entry spilled to the page's edge takes no section's number, or stands beside no line of the body's type.
 */
function numberedHeadingInFlow(line: PdfLine, lines: PdfLine[], bodySize: number, atFoot: boolean): boolean {
  if (!SECTION_HEADING_NUMBER.test(line.cells.join(' ').trim())) return false;
  return lines.some((l) => l !== line && l.page === line.page && Math.abs(l.x - line.x) <= 2 && Math.abs(l.size - bodySize) < 0.5 && (atFoot ? l.y > line.y : l.y < line.y) && Math.abs(l.y - line.y) <= line.size * 4);
}

/**
 * Running headers and footers: a line in the top or bottom eighth of the page that recurs (digits
 * aside) at the same height on at least half of the pages, and any page-number line there.
 */
export function dropRunningLines(lines: PdfLine[], pages: number): PdfLine[] {
  if (lines.length === 0) return lines;
  const margin = (l: PdfLine) => l.position < 0.125 || l.position > 0.875;
  // On a one-page release nothing recurs: a line in small type above or below everything else is a running head.
  const bodySize = dominantSize(lines);
  const topmost = minOf(lines.map((l) => l.position));
  const bottommost = maxOf(lines.map((l) => l.position));
  // A running line stands at the same height on every page: a company name atop page 1 and in a
  // footer near the top of a short last page is not one.
  const key = (l: PdfLine) => `${Math.round(l.y / 4)}:` + l.cells.join(' ').normalize('NFKC').replace(/[0-9]+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const l of lines) {
    if (!margin(l)) continue;
    const k = key(l);
    if (!seen.has(k)) seen.set(k, new Set());
    seen.get(k)!.add(l.page);
  }
  return lines.filter((l) => {
    if (!margin(l)) return true;
    const text = lineText(l);
    const recurs = pages >= 2 && seen.get(key(l))!.size >= Math.max(2, Math.ceil(pages / 2));
    // A figure alone that carries on the line just above it (a table row's last cell wrapped at the page's foot:
    // 「19 JR 九州住宅株式会社 2017/06 ～ 2025/10」 over 「136」) is the text's, unless it recurs like a page's number.
    if (text.length <= 24 && PAGE_NUMBER.test(text) && (recurs || !continuesAbove(l, lines))) return false;
    if (l.size <= bodySize * 0.85 && (l.position === topmost || l.position === bottommost) && !dateOfDateLine(text) && !opensBlock(l, lines) && !numberedHeadingInFlow(l, lines, bodySize, l.position === bottommost)) return false;
    return !recurs;
  });
}

/** `lower` is the next line of `upper`'s paragraph, just below it in the same type. */
const wrapsOnto = (upper: PdfLine, lower: PdfLine) => upper.page === lower.page && Math.abs(upper.size - lower.size) < 0.5 && upper.y > lower.y && upper.y - lower.y <= lower.size * 1.8;

/**
 * A blog entry's meta line (投稿日, 投稿者) without the comment count it ends with, maybe wrapped
 * onto a short line below (「…15件のコメ」「ント」, which then goes); its date stays for the page's head.
 */
function withoutCommentCount(line: PdfLine, text: string, below: PdfLine | undefined, belowText: string | undefined): PdfLine {
  if (text.length > 120 || /。/.test(text) || !ENTRY_BYLINE.test(text)) return line;
  const tail = below && belowText !== undefined && belowText.length <= 16 && wrapsOnto(line, below) ? below.cells.join('') : '';
  // The count may stand in a cell of its own, set apart by a gap.
  const last = line.cells.length - 1;
  const count = COMMENT_COUNT.exec(line.cells[last]! + tail);
  if (!count || count.index >= line.cells[last]!.length) return line;
  const rest = line.cells[last]!.slice(0, count.index).trimEnd();
  const cells = rest ? [...line.cells.slice(0, last), rest] : line.cells.slice(0, last);
  return cells.length > 0 ? { ...line, cells, cellX: line.cellX.slice(0, cells.length) } : line;
}

/** At most this many lines a breadcrumb's trail wraps over. */
const TRAIL_LINES = 4;

/**
 * How many lines (from the i-th) a breadcrumb's trail takes when each of its links wraps in its own
 * box (a flex list in a narrow column): 「ホー | / お知 | / 当社ウェブサイトの…」 over 「ム | らせ | への遷移…」,
 * every lower line's pieces under the first line's — read down each box, the trail from the
 * site's home; 0 when the line is no such trail.
 */
function wrappedTrailLines(lines: PdfLine[], i: number): { count: number; text: string } | null {
  const first = lines[i]!;
  if (first.table || first.cells.length < 2) return null;
  const boxes = [...first.cells];
  let j = i + 1;
  while (j < lines.length && j - i < TRAIL_LINES && wrapsOnto(lines[j - 1]!, lines[j]!)) {
    const below = lines[j]!;
    const at = below.cellX.map((x) => nearestCell(first.cellX, x, below.size * 2));
    if (at.some((k) => k < 0) || /。/.test(below.cells.join(''))) break;
    below.cells.forEach((cell, c) => (boxes[at[c]!] += cell));
    j++;
  }
  const text = boxes.map((b) => b.trim()).join(' ').normalize('NFKC').replace(/\s+/g, ' ');
  return j > i + 1 && text.length <= 240 && BREADCRUMB.test(text) ? { count: j - i, text } : null;
}

/** The index of the cell starting nearest x, within reach; -1 when none is. */
function nearestCell(cellX: number[], x: number, reach: number): number {
  let best = -1;
  cellX.forEach((c, k) => {
    if (Math.abs(c - x) <= reach && (best < 0 || Math.abs(c - x) < Math.abs(cellX[best]! - x))) best = k;
  });
  return best;
}

/**
 * The page's breadcrumb trail (「ホーム > お知らせ > 不正アクセスに関するお知らせ」), read whole where it
 * wraps — its last link names the page: the article's title, maybe cut short. The first trail of
 * the first page, or null.
 */
export function breadcrumbTrail(lines: PdfLine[]): string | null {
  // (The first page holding one: a narrow print may fill page 1 with the side bar stacked above the article, its trail on page 2.)
  const first = lines.findIndex((l, i) => wrappedTrailLines(lines, i) !== null || BREADCRUMB.test(trailLineText(l)));
  for (let i = Math.max(0, first); i < lines.length && lines[i]!.page === lines[Math.max(0, first)]!.page; i++) {
    const wrapped = wrappedTrailLines(lines, i);
    if (wrapped) return wrapped.text;
    const text = trailLineText(lines[i]!);
    if (!BREADCRUMB.test(text)) continue;
    // The trail's text wrapped onto lines of the same type just below (no sentence's end, no date line, not the title saying
    // its last level again).
    let trail = text;
    for (let j = i + 1; j < lines.length && j - i < TRAIL_LINES && wrapsOnto(lines[j - 1]!, lines[j]!); j++) {
      const next = lineText(lines[j]!);
      if (/。$/.test(next) || dateOfDateLine(next) !== null || repeatsTrailEnd(trail, next)) break;
      trail += next;
    }
    return trail;
  }
  return null;
}

/** A line as a breadcrumb's text (separators printed as gaps: each gap parts two links, the last link's own spaces with them); '' for a line too long or with a sentence's end. */
function trailLineText(line: PdfLine): string {
  const spaced = lineText(line);
  if (spaced.length > 120 || /。/.test(spaced)) return '';
  return SPACED_BREADCRUMB.test(spaced) ? spaced.replace(/[ ]+/g, ' > ') : spaced;
}

/** How many lines of an author box's profile are read. */
const PROFILE_LINES = 6;

/**
 * The profile in a post's author box under the article (「この記事を書いた人」 over 「Ａ株式会社の広報担当です。…」),
 * dropped with the box: it may be where the page names its site (the copyright holder's 「Ａ株式会社」).
 */
export function authorProfile(lines: PdfLine[]): string {
  for (let i = Math.floor(lines.length * 0.5); i < lines.length; i++) {
    if (AUTHOR_BOX.test(lineText(lines[i]!))) return lines.slice(i, i + PROFILE_LINES + 1).map(lineText).join('\n');
  }
  return '';
}

/**
 * A row of share buttons with their tallies run together (「X 296Facebook 66はてブ 36」): two buttons or more and
 * nothing else. Left in, a narrow column read it as wrapped onto the line under it (the page's date line).
 */
export function isShareRow(text: string): boolean {
  // (After the row's lead label: 「この記事をシェア：X 385 Facebook 996」.)
  const row = text.replace(/\s+/g, ' ').trim();
  if (row.replace(SHARE_LEAD, '').length > 80) return false;
  return shareButtonCount(row) >= 2;
}

/**
 * A table cell's first lines printed again at the foot of a page, under the table's last row there: the
 * browser paints a cell that spans rows broken by the page break on both sides of it (「10 月 24」 at the
 * page's foot, the whole 「10 月 24日」 opening the next page's first row). A line of one cell in the
 * table's first column, what the next page's first row opens its first cell with.
 */
function isPageBreakEcho(lines: PdfLine[], i: number): boolean {
  const line = lines[i]!;
  const above = lines[i - 1];
  const next = lines[i + 1];
  if (!above?.table || above.page !== line.page || line.table || line.cells.length !== 1 || !next?.table || next.page !== line.page + 1) return false;
  const text = line.cells[0]!.replace(/\s+/g, '');
  const opening = next.cells[0]!.replace(/\s+/g, '');
  return text.length >= 2 && opening.startsWith(text) && Math.abs(line.x - next.cellX[0]!) <= line.size * 1.5 && Math.abs(above.cellX[0]! - next.cellX[0]!) <= 2;
}

/**
 * A printed page's chrome that is not beside the article: navigation rows and breadcrumbs
 * anywhere, and the site footer — copyright and company-profile figures (従業員数, 病床数) — at
 * the end of the text.
 */
export function dropPageChrome(lines: PdfLine[]): PdfLine[] {
  const texts = lines.map(lineText);
  const label = (t: string) => NAV_LABEL.test(t) || SHARE_LABEL.test(t);
  // Navigation set one label a line: three such lines or more in a row.
  const menu = new Set<number>();
  for (let i = 0; i < texts.length; ) {
    let j = i;
    while (j < texts.length && label(texts[j]!)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) menu.add(k);
    i = j > i ? j : i + 1;
  }
  // A news list printed below the article (no gutter to cut it off by): from a side-bar heading
  // (「関連記事」「最新のお知らせ」) on, its entries — short lines that are no sentence — and the
  // headings of further lists, up to the next sentence or heading of the release.
  const list = new Set<number>();
  const firstSentence = texts.findIndex((t) => t.includes('。'));
  const consent = new Set(consentNotices(lines, texts));
  const firstProse = texts.findIndex((t, k) => t.includes('。') && !consent.has(k));
  const trailItems = new Set(numberedBreadcrumbs(texts));
  for (let i = 0; i < texts.length; i++) {
    if (!isListHeading(texts[i]!)) continue;
    let j = i;
    // A box of the pages most read (「よく見られているページ」) numbers its links from 1 without dates
    // (「1. 各種証明書の発行」「2. 休日当番医」): each the next number, short, no sentence. It is a side bar's: it ends with its page.
    let rank = 0;
    let ranking = false;
    let ranked = false;
    const nextRank = (k: number) => {
      const m = NUMBERED_ITEM.exec(texts[k]!);
      // (Not a trail marked up as an ordered list: 「1. TOP」「2. ニュース」「3. （the title）」.)
      return ranking && m !== null && !trailItems.has(k) && !HOME_LABEL.test(m[2]!.trim()) && Number(m[1]) === rank + 1 && texts[k]!.length <= 40 && !/[。、]/.test(texts[k]!) && lines[k]!.page === lines[i]!.page;
    };
    // A breadcrumb ends it: 「NEWS / ニュース」 above the trail is the article's section banner, and the title and lead paragraph follow.
    // Above the article (no sentence before it), so does a line set larger than the list's heading:
    // the article's title under a section banner (Bootstrap's jumbotron 「新着情報」) and a trail
    // without separators. (Under the article, a larger heading is the next box's: 「…への6件のフィードバック」.)
    // (A cookie notice's sentence above it is not the article's: 「当サイトではCookieを…」 over its button.)
    const headingSize = i < firstProse ? lines[i]!.size : Infinity;
    for (const k of neighbourCardsAbove(texts, i)) list.add(k);
    for (const k of boxesAboveList(lines, texts, i, firstSentence)) list.add(k);
    // (Nor does it run on over the article's head set at the article's edge, the list's column indented apart from it: the
    // title and the date line of a print whose side column was stacked above the article.)
    let articleHead = false;
    let listLeft = Infinity;
    while (j < texts.length && !(ranked && lines[j]!.page !== lines[i]!.page) && !(j > i && turnsToArticle(lines, texts, j))) {
      if (j > i && atArticleEdge(lines, texts, listLeft, j)) {
        articleHead = true;
        break;
      }
      listLeft = Math.min(listLeft, lines[j]!.x);
      if (isListHeading(texts[j]!)) {
        ranking = isRankingHeading(texts[j]!);
        rank = 0;
      }
      if (nextRank(j)) {
        rank++;
        ranked = true;
      }
      else if (!(j === i || ((isListHeading(texts[j]!) || isListEntry(texts[j]!) || isRankedEntry(texts[j]!)) && lines[j]!.size <= headingSize * 1.15)) || BREADCRUMB.test(texts[j]!)) break;
      list.add(j++);
    }
    // Boxes stacked above the article (a narrow page): what stands between the list and the
    // article's date line, a few lines on, is another box (「■トピックス」 and its promotion) — unless a
    // breadcrumb stands between: the article's head (trail, title, date line) begins there.
    const dateLine = texts.slice(j, j + SIDE_BOX_LINES + 1).findIndex((t) => dateOfDateLine(t) !== null);
    // Nor is the title, set larger than the list's heading, a box.
    if (dateLine > 0 && !articleHead && !texts.slice(j, j + dateLine).some((t) => BREADCRUMB.test(t)) && !lines.slice(j, j + dateLine).some((l) => l.size > headingSize * 1.15)) for (let k = j; k < j + dateLine; k++) list.add(k);
    i = j - 1;
  }
  for (const k of linkedDatedLists(lines, texts)) list.add(k);
  for (const k of newestFirstLists(lines, texts)) list.add(k);
  for (const k of unorderedDatedEntries(lines, texts)) list.add(k);
  for (const k of headNewsLines(lines, texts)) list.add(k);
  for (const k of headNotices(lines, texts)) list.add(k);
  for (const k of headAlertLines(lines, texts)) list.add(k);
  for (const k of profileCards(lines, texts)) list.add(k);
  for (const k of statisticWidgets(lines, texts)) list.add(k);
  const head = headStatistics(lines, texts);
  for (const k of head.lines) list.add(k);
  for (const k of viewCountedEntries(texts)) list.add(k);
  for (const k of wrappedRankings(texts)) list.add(k);
  for (const k of tableOfContents(texts)) list.add(k);
  for (const k of calendarWidgets(texts)) list.add(k);
  for (const k of cardGrid(lines)) list.add(k);
  for (const k of trailItems) list.add(k);
  for (const k of boxesAfterList(texts, list)) list.add(k);
  // (After the boxes under the article: a banner over the article is no list the side bar's boxes follow.)
  for (const k of headBanners(lines, texts, menu, trailItems)) list.add(k);
  // (And after them: a cookie notice is no list whose boxes follow.)
  for (const k of consentNotices(lines, texts)) list.add(k);
  for (const k of strandedHeadlines(lines, texts, (k) => list.has(k) || menu.has(k) || isShareRow(texts[k]!))) list.add(k);
  // The page's publication line under the article (an article card's footer: 「掲載日 2026年04月16日
  // 閲覧数 1,181」) is the page's date, read as such (pageUpdatedDate): after most of the text's
  // sentences (two at least), when every publication line gives that one date, it goes — the
  // release's own text names no 掲載日. Above the text it is the head's date line, and stays.
  // (Or a date with its label after it, in the body's type at most: 「（2025年11月13日 掲載）」「2025年4月4日 更新」; a
  // heading's wrapped end is no page's date, 「…による影響」 over 「（2025.12.22 更新）」.)
  const bodyType = dominantSize(lines) + 0.5;
  const published = texts.map((t, i) => (t.length <= 60 ? (publishedDateOf(t) ?? (lines[i]!.size <= bodyType ? labelAfterDate(t)?.iso : null) ?? null) : null));
  const pageDates = new Set(published.filter((d) => d !== null));
  let sentences = 0;
  const sentencesBefore = texts.map((t) => {
    const before = sentences;
    if (/。/.test(t)) sentences++;
    return before;
  });
  const publicationLine = (i: number) => pageDates.size === 1 && published[i] !== null && sentencesBefore[i]! >= 2 && sentencesBefore[i]! * 2 >= sentences;
  // The page's update line set with it (「掲載日 2026年2月6日」 over 「更新日 2026年3月18日」) is the page's too: no event of the release.
  const updateBeside = (i: number) => texts[i]!.length <= 40 && PAGE_UPDATED_DATE.test(texts[i]!) && (publicationLine(i - 1) || publicationLine(i + 1));
  const pageDateLine = (i: number) => publicationLine(i) || updateBeside(i);
  // A trail whose links wrap each in its own box: all its lines.
  const trailRows = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const wrapped = wrappedTrailLines(lines, i);
    if (!wrapped) continue;
    for (let k = i; k < i + wrapped.count; k++) trailRows.add(k);
    i += wrapped.count - 1;
  }
  // A share row in the text's second half closes the article: what follows it, when no sentence, is the site's
  // (the previous and next posts' titles, 「福岡で説明会を開催します（先着145名）」).
  const shareRow = texts.findLastIndex((t, i) => i >= texts.length * 0.5 && isShareRow(t));
  const afterShare = shareRow >= 0 && texts.slice(shareRow + 1).every((t) => !/。/.test(t)) ? shareRow : texts.length;
  const overTrail = datesOverTrail(lines, texts);
  // A page's update line after most of the text's sentences (two at least; as the page's publication line above),
  // maybe wrapped over up to five short lines of a narrow column (「更新」 over 「日：」 over 「2026/10/05」; a column squeezed to a
  // glyph a line: 「更」 over 「新」 over 「日：」 over 「2025/05/30」).
  const updateLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (sentencesBefore[i]! < 2 || sentencesBefore[i]! * 2 < sentences) continue;
    const below = (j: number) => lines[j]!.page === lines[j - 1]!.page && lines[j - 1]!.y > lines[j]!.y && lines[j - 1]!.y - lines[j]!.y <= lines[j - 1]!.size * 1.8;
    // (The update's label wrapped at its 日, whatever the line before holds: 「発表日：2024-12-18 更新」 over 「日：2025/01/02」.)
    const labelWrapped = i + 1 < lines.length && /更新$/.test(texts[i]!) && /^日/.test(texts[i + 1]!) && below(i + 1) && isPageUpdateLine([texts[i]! + texts[i + 1]!]);
    if (isPageUpdateLine(lines[i]!.cells) && !labelWrapped) {
      updateLines.add(i);
      continue;
    }
    let joined = texts[i]!;
    for (let j = i + 1; j < lines.length && j < i + UPDATE_WRAP_LINES && (labelWrapped || (joined.length <= UPDATE_WRAP_LENGTH && texts[j]!.length <= UPDATE_WRAP_LENGTH)); j++) {
      if (!below(j)) break;
      joined += texts[j]!;
      if (isPageUpdateLine([joined])) {
        // (Read on while the lines under it keep it one: 「令和7年」「5月15日」「更新」 over 「日：」 over 「2025.05.21」 — the
        // update's label and date wrapped after the publication's date.)
        let k = j + 1;
        while (k < lines.length && k <= j + UPDATE_WRAP_LINES && texts[k]!.length <= UPDATE_WRAP_LENGTH && below(k) && isPageUpdateLine([joined + texts[k]!])) joined += texts[k++]!;
        for (let m = i; m < k; m++) updateLines.add(m);
        i = k - 1;
        break;
      }
    }
  }
  let crumb: PdfLine | null = null;
  let crumbText = '';
  let navRow: PdfLine | null = null;
  const lineShares = textShares(lines);
  const kept = lines.map((l, i) => withoutCommentCount(head.notes.includes(i) ? withoutAsOfNote(l) : l, texts[i]!, lines[i + 1], texts[i + 1])).filter((l, i) => {
    // The wrapped end of a meta line whose count went with it.
    if (i > 0 && texts[i]!.length <= 16 && ENTRY_BYLINE.test(texts[i - 1]!) && wrapsOnto(lines[i - 1]!, l) && COMMENT_COUNT.test(texts[i - 1]! + texts[i]!)) return false;
    const text = texts[i]!;
    // A breadcrumb's trail wraps onto a second line of the same small type just below it.
    // (The article's date line under the trail is no wrap of it; nor is a line set well right of where the trail
    // starts — a wrap starts at its left edge — as the date line 「4月17日（木）掲載」 set flush right under it.)
    // (Nor is the title set in the trail's type under it, the trail's last level again whole: a wrap carries on where
    // the trail stopped, it does not repeat it.)
    const wrapped = crumb && crumb.page === l.page && Math.abs(crumb.size - l.size) < 0.5 && crumb.y - l.y <= l.size * 1.8 && l.x - crumb.x <= l.size * TRAIL_WRAP_INDENT && !/。$/.test(text) && dateOfDateLine(text) === null && !repeatsTrailEnd(crumbText, text);
    // A trail whose separators are drawn (a flex list's gaps: 「トップ ニュース 【お詫び】…」) is one too.
    crumb = text.length <= 120 && (BREADCRUMB.test(text) || SPACED_BREADCRUMB.test(text)) ? l : null;
    crumbText = text;
    // A header's contact number beside the logo, at the top of the first page; a search box's label
    // alone on its line (「検索」「サイト内検索」) wherever it prints: the header's, or a side bar's over its boxes.
    const contact = (l.page === 1 && l.position < 0.2 && HEADER_CONTACT.test(text)) || SEARCH_BOX.test(text);
    // A figure of the institution's own on its line in that header, above the text's first sentence (「患者数 延べ37848人」
    // in the contact box beside the logo): the site's, as the footer's profile figures are.
    // (The logo's placeholder alt run into its line is no part of it: 「ロゴ会員数 23,402名／スタッフ 33名」 in a letterhead's row.)
    const headFigure = l.page === 1 && l.position < 0.2 && sentencesBefore[i] === 0 && text.length <= 40 && PROFILE_FIGURE.test(text.replace(LOGO_PLACEHOLDER_BEFORE, ''));
    // The site's page-feedback box (「このページの情報は役に立ちましたか？（…件の回答）」), wherever the page sets it.
    // In the page's last third, a survey line stays for the article's end below to find (what follows it goes too).
    // (The last third by its lines or by the text before it: under a long article in wide lines, the boxes after it
    // — related and recent articles, community posts — are many short lines.)
    const feedback = text.length <= 80 && PAGE_FEEDBACK_HINTS.some((h) => text.includes(h)) && PAGE_FEEDBACK.test(text.replace(/\s+/g, '')) && !((i >= lines.length * 0.66 || lineShares[i]! >= 0.66) && closesArticle(text));
    const nav = isNavLine(text) || (l.items.length > 1 && isNavLine(spacedText(l))) || isRunTogetherNav(text);
    // A menu row of cells wrapped onto a second row just below it (the logo's name and the last
    // label cut short: 「キャット株式会社 | お問い合わせ」), each of its cells under one of the row's.
    const navWrap = navRow !== null && ((l.cells.length >= 2 && wrapsOnto(navRow, l) && !/。/.test(text) && l.cellX.every((x) => navRow!.cellX.some((c) => Math.abs(c - x) <= l.size * 1.5))) || labelRestBelow(navRow, l, text));
    navRow = nav && l.cells.length >= 2 ? l : null;
    const ticker = l.position < TICKER_REACH && isNewsTicker(l);
    if (isPageBreakEcho(lines, i)) return false;
    // A page's update line under the article's first sentence.
    if (updateLines.has(i)) return false;
    return !(i > afterShare || overTrail.has(i) || menu.has(i) || list.has(i) || trailRows.has(i) || pageDateLine(i) || contact || headFigure || feedback || nav || navWrap || ticker || SHARE_LABEL.test(text) || isShareRow(text) || READER_TALLY.test(text) || isRecordStampLine(text) || crumb || wrapped);
  });
  // The site's footer, bottom up: copyright, cookie notice, company-profile figures (after the
  // site's name: 「三重県 資本金：…」), links to the neighbouring articles. A notice that wraps is
  // read with the lines it continues (same type, one line apart).
  const chromeText = (text: string) =>
    (COPYRIGHT.test(text) && text.length <= 120) ||
    COOKIE_BANNER.test(text) ||
    // The figures follow the site's name, or stand in a row of their own: 「学生数 20,803名｜教員数 2,189名」.
    // (A figure's label may stand a gap apart from its number ending the line: 「会員数 60,967名」「… 病床数 333床」.)
    (text.length <= 80 && (text.split(' ').some((part, k, parts) => k < 2 && (PROFILE_FIGURE.test(part) || endsWithFigure(parts, k))) || isFigureRow(text))) ||
    text.split(/[ ｜|]+/).every((part) => SOCIAL_LINK.test(part)) ||
    isCompanyBlock(text) ||
    isNeighbourLinks(text, true) ||
    (PAGE_UPDATED.test(text) && text.length <= 40) ||
    (ENTRY_BYLINE.test(text) && text.length <= 80);
  let end = kept.length;
  // Links to the neighbouring articles close the article: what follows them (banners, the site's
  // footer) is the site's. Looked for in the last third only, so a release's own 「次の」 stays.
  // A link back to the list (「ニュースリリース一覧へ戻る｜印刷する」) closes it too: a side bar
  // stacked under the article on a narrow page (会社概要, 関連リリース) follows it.
  // (How far down the print a line is: by its lines or by the text before it, whichever is further — a side bar
  // printed below the article on narrow paper, or cut off at the paper's edge, is many short lines.)
  const share = textShares(kept);
  const late = (i: number, part: number) => i >= kept.length * part || share[i]! >= part;
  for (let i = share.findIndex((at, k) => k >= Math.floor(kept.length * 0.5) || at >= 0.5); i >= 0 && i < kept.length; i++) {
    const text = lineText(kept[i]!);
    // A box's heading wrapped in a narrow column (「このページの情報はお役に立」 over 「ちましたか？」) is read whole.
    const next = kept[i + 1];
    const wrappedHeading = next !== undefined && wrapsOnto(kept[i]!, next) && text.length + lineText(next).length <= 60 ? text + lineText(next) : null;
    if ((late(i, 0.66) && isNeighbourLinks(text, false)) || endsRelease(text) || (wrappedHeading !== null && endsRelease(wrappedHeading)) || (text.length <= 40 && text.split(/[｜|]/).some((part) => BACK_TO_LIST.test(part.trim())))) {
      end = i;
      break;
    }
  }
  // Both neighbours' links, labelled, close it wherever they stand after two of its sentences (a long side column read
  // after the article leaves them early on the print).
  let sentencesSeen = 0;
  const pairAt = kept.findIndex((l, i) => {
    if (sentencesSeen >= 2 && neighbourPair(kept, i)) return true;
    if (/。/.test(lineText(l))) sentencesSeen++;
    return false;
  });
  if (pairAt >= 0 && pairAt < end) end = pairAt;
  // The post's category or tag printed again over what closes it (「お知らせ」 over the author box), as its head
  // printed it above the first sentence (the trail's or the category's line).
  if (end < kept.length && end > 0) {
    const above = lineText(kept[end - 1]!);
    const head = kept.slice(0, Math.max(0, kept.findIndex((l) => /。/.test(lineText(l))))).map(lineText);
    if (isShortHeading(above) && head.some((t) => t === above || t.startsWith(above))) end--;
  }
  end = siteBoxAtEnd(kept, end);
  while (end > 0) {
    let start = end - 1;
    // (The browser's own footer under it on a print of one page, where no repetition shows it: the page's address and
    // 「1/1」, 「file:///…/p057.html 1/1」.)
    if (isFooterContactRow(kept[start]!.cells) || (end === kept.length && isPrintFooter(lineText(kept[start]!)))) {
      end = start;
      continue;
    }
    let text = lineText(kept[start]!);
    while (!chromeText(text) && !HEADER_CONTACT.test(text) && start > 0 && end - start < 3 && wrapsOnto(kept[start - 1]!, kept[start]!)) {
      start--;
      text = lineText(kept[start]!) + text;
    }
    if (chromeText(text)) end = start;
    // A phone number alone on its line (wrapped: 「TEL 011-6201-」 over 「1600」) under a footer's line
    // (「会員数 72,570名」) is the footer's too; the release's own closing contact line stays.
    else if (HEADER_CONTACT.test(text) && start > 0 && chromeText(lineText(kept[start - 1]!))) end = start - 1;
    else {
      const block = companyBlockAbove(kept, end);
      if (block < 0) break;
      end = block;
    }
  }
  return kept.slice(0, siteBoxAtEnd(kept, end));
}

/**
 * A record's stamp among a page's properties, its date and maybe the page's view count (「作成日時 2025/10/19 11:31」,
 * 「最終更新日時：2025年11月8日 閲覧数 63,549」): the page's metadata wherever it prints, no line of the release.
 */
function isRecordStampLine(text: string): boolean {
  if (text.length > 60 || !RECORD_STAMP.test(text)) return false;
  const rest = text.normalize('NFKC').replace(RECORD_STAMP, '').replace(VIEW_COUNT, '').trim();
  return dateOfDateLine(rest) !== null;
}

/** The neighbours' links wrap over this many lines at most. */
const NEIGHBOUR_WRAP_LINES = 4;

/**
 * Both neighbours' links from line i on (「« 前の記事：個人情報保護方針」 over 「を改定しました（2025年10月29」 over 「日） | 次の記事：…」,
 * wrapped in a narrow column, each line just under the one before in its type): they close the article wherever the print
 * sets them — a side column read after the article leaves them no late place on the print.
 */
function neighbourPair(lines: readonly PdfLine[], i: number): boolean {
  let text = lineText(lines[i]!);
  if (!PREV_LINK_LABEL.test(text)) return false;
  for (let j = i + 1; ; j++) {
    if (NEXT_LINK_LABEL.test(text)) return text.length <= 200;
    const l = lines[j];
    if (!l || j >= i + NEIGHBOUR_WRAP_LINES || !wrapsOnto(lines[j - 1]!, l)) return false;
    text += lineText(l);
  }
}

/** The browser's print footer: the page's address and its page number of the print's pages (「file:///tmp/p057.html 1/1」). */
const PRINT_FOOTER = /^(?:https?|file):\/\/\S+[ ]+[0-9]{1,3}\/[0-9]{1,3}$/;
export function isPrintFooter(text: string): boolean {
  return text.length <= 300 && PRINT_FOOTER.test(text.trim());
}

/** A character no word opens with: a long vowel, a small kana (what follows a label cut in the middle of a word). */
const OPENS_MID_WORD = /^[ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/;

/**
 * The rest of a menu's last label wrapped onto the line below (「… 採用情報 ニュ」 over 「ースリリース」): one short cell
 * opening where no word opens, just below the row in the type of some of its text (the row's logo may be larger),
 * starting under the row past its first cell (the logo's): under the menu, where its box begins.
 */
function labelRestBelow(row: PdfLine, l: PdfLine, text: string): boolean {
  if (l.cells.length !== 1 || text.length > 12 || !OPENS_MID_WORD.test(text) || row.page !== l.page) return false;
  if (row.y <= l.y || row.y - l.y > l.size * 1.8 || !row.items.some((i) => Math.abs(i.size - l.size) < 0.5)) return false;
  return l.x > (row.cellX[0] ?? row.x) + l.size * 2 && l.x < row.right;
}

/** The share of the lines' text (non-space characters) before each line: 0 for the first. */
export function textShares(lines: readonly Pick<PdfLine, 'cells'>[]): number[] {
  const sizes = lines.map((l) => lineText(l).replace(/\s+/g, '').length);
  const total = sizes.reduce((a, b) => a + b, 0) || 1;
  let before = 0;
  return sizes.map((n) => {
    const at = before / total;
    before += n;
    return at;
  });
}

/**
 * Date lines printed over the breadcrumb trail on the first page (a marquee's first entry cut to its date by its box:
 * 「【令和7年5月4日】」 between the logo and 「トップページ > お知らせ > …」): the article's head (trail, title, date line)
 * starts at the trail, so where its date line stands under the trail, a date standing higher on the page — above the
 * trail's line — is the site header's (a ticker, today's date), not the article's. Compared by position on the page, not reading order:
 * the XY-cut may read the header's right-hand column after the trail.
 */
function datesOverTrail(lines: PdfLine[], texts: string[]): Set<number> {
  const out = new Set<number>();
  const firstSentence = texts.findIndex((t) => /。/.test(t));
  const trail = lines.findIndex((l, i) => l.page === 1 && l.position < TRAIL_REACH && (firstSentence < 0 || i < firstSentence) && texts[i]!.length <= 120 && (BREADCRUMB.test(texts[i]!) || SPACED_BREADCRUMB.test(texts[i]!)));
  if (trail < 0) return out;
  const top = lines[trail]!.y + lines[trail]!.size;
  const dateLine = (i: number) => texts[i]!.length <= 40 && !/。/.test(texts[i]!) && dateOfDateLine(texts[i]!) !== null;
  // Only where the article's own date line stands under the trail, before the text: a page whose one date line is
  // printed over its trail keeps it.
  const dated = lines.some((l, i) => l.page === 1 && l.y < lines[trail]!.y && (firstSentence < 0 || i < firstSentence) && dateLine(i));
  if (!dated) return out;
  for (let i = 0; i < lines.length && lines[i]!.page === 1; i++) {
    if (lines[i]!.y - lines[i]!.size * 0.2 > top && dateLine(i)) out.add(i);
  }
  return out;
}
/** A trail's wrapped line starts at most this many type sizes right of the trail's start. */
const TRAIL_WRAP_INDENT = 4;
/** Fewer characters than this repeat no trail's last level (a short label may end a trail and start its wrap by chance). */
const TRAIL_END_REPEATED = 6;

/**
 * A line under a breadcrumb trail that says the trail's last level again, whole (「ホーム > お知らせ > 不正アクセスについて」
 * over 「不正アクセスについて」), or from its start where the trail ran past the paper's edge (「… > 【お詫び】弊社サーバーの不正
 * アクセスに関」 over 「【お詫び】弊社サーバーの不正アクセスに関するご報告」): the page's title set in the trail's type, no
 * wrap of the trail — a wrap carries on where the trail stopped.
 */
export function repeatsTrailEnd(trail: string, line: string): boolean {
  const bare = line.replace(/\s+/g, '');
  const last = (trail.split(TRAIL_SEPARATOR).at(-1) ?? '').replace(/\s+/g, '');
  return bare.length >= TRAIL_END_REPEATED && (trail.replace(/\s+/g, '').endsWith(bare) || (last.length >= TRAIL_END_REPEATED && bare.startsWith(last)));
}
/** What parts a trail's levels (as BREADCRUMB reads them). */
const TRAIL_SEPARATOR = /[>＞»›/]/;

/** A breadcrumb trail stands in the page's head: its top part. */
const TRAIL_REACH = 0.3;

/** The most text (non-space characters) a site's box about itself holds: a FAQ's few questions and answers (as the HTML path's). */
const SITE_BOX = 400;

/**
 * Where the release ends when the site's own box about itself closes the print (a CMS's FAQ 「よくある質問」 —
 * 窓口の受付時間, 証明書の発行手数料 — or its access box, set under every page's article): a line that is such a
 * box's heading alone (SITE_BOX_HEADING: a release's own FAQ names its subject, 「本件に関するよくあるご質問」),
 * in the text's second half, with no more than a short box's text after it up to `end`. The release's end
 * when there is none.
 */
export function siteBoxAtEnd(lines: PdfLine[], end: number): number {
  let after = 0;
  for (let i = end - 1; i >= Math.floor(end * 0.5) && i > 0; i--) {
    const text = lineText(lines[i]!);
    if (text.length <= 24 && SITE_BOX_HEADING.test(text)) return after > 0 ? i : end;
    after += text.replace(/\s+/g, '').length;
    if (after > SITE_BOX) break;
  }
  return end;
}

/** A day anywhere in a line: a full date, or a month and day (「12月30日（月）」). */
const DAY_IN_LINE = new RegExp(`${DATE_FORM}|[0-9]{1,2}月[0-9]{1,2}日`);
/** A line that opens with a day (after a label's mark at most). */
const OPENS_WITH_DAY = new RegExp(`^[^0-9\\p{L}]{0,2}(?:${DATE_FORM}|[0-9]{1,2}月[0-9]{1,2}日)`, 'u');
/** A meta line's separator between its parts: 「 · 」「 | 」「｜」. */
const META_PARTS = /[ ]+[·•・][ ]+|[ ]*[|｜][ ]*/;
/** A part that is a day alone, maybe with its weekday: 「2025年12月19日(金)」. */
const DAY_ALONE = new RegExp(`^(?:${DATE_FORM}|[0-9]{1,2}月[0-9]{1,2}日)[ ]?(?:[(（][^)）]{1,3}[)）])?$`);
/** A head's banner is this long at most. */
const BANNER_LENGTH = 80;
/** A figure with its counter in a line: 「54職種」「52,165名」「（募集人員 516名）」 — not an ordinal (「第2報」). */
const FIGURE_IN_LINE = /(?<![第0-9,])[0-9][0-9,]*[ ]?[\p{Script=Han}\p{Script=Katakana}]/u;

/**
 * A notice bar in the page's head (「休診のお知らせ：12月30日（月）は院内研修のため休診いたします」 under the menu,
 * 「入試情報：一般選抜の出願受付は4月25日（金）まで（募集人員 516名）」 over the breadcrumb trail, a recruiting banner's
 * 「中途採用 募集中：54職種 ／ エントリー累計52,165名」): on page 1, before the first sentence, a short line about a day
 * or holding a figure — no date line, no sentence, not in type larger than the page's common —
 * right over the trail (itself, or with the line it wraps onto), or stacked over such a banner, line after line (a
 * carousel whose slides all print); or, about a day, right under a navigation line. The article's head
 * (trail, title, date line) comes after the menu and after the trail: the title under the trail, never above it; a
 * banner between them is the site's. `trail`: the lines of a numbered breadcrumb trail (numberedBreadcrumbs).
 */
export function headBanners(lines: PdfLine[], texts: string[], menu: Set<number>, trail: ReadonlySet<number>): number[] {
  let firstSentence = texts.findIndex((t) => /。/.test(t));
  if (firstSentence < 0) firstSentence = texts.length;
  const first = lines.filter((l) => l.page === 1).map((l) => l.size).sort((a, b) => a - b);
  if (first.length === 0) return [];
  const median = first[Math.floor(first.length / 2)]!;
  const isNav = (k: number) => k >= 0 && lines[k]!.page === 1 && (menu.has(k) || isNavLine(texts[k]!) || (lines[k]!.items.length > 1 && isNavLine(spacedText(lines[k]!))) || isRunTogetherNav(texts[k]!));
  const isTrail = (k: number) => k < texts.length && (trail.has(k) || BREADCRUMB.test(texts[k]!) || SPACED_BREADCRUMB.test(texts[k]!));
  // The banners: each line, with the line it wraps onto, that reads as one.
  const units: [number, number][] = [];
  for (let k = 0; k < firstSentence; k++) {
    const t = texts[k]!;
    // (A line opening with its day is the article's date line, whatever follows: 「2024年12月25日2024年12月31日 お知らせ」「10月30日（木）掲載」.)
    // (Nor is a meta line whose parts, set apart by marks, give the date alone: 「〇〇株式会社 · 2025年12月19日（金） · 3分で読めます」.)
    if (lines[k]!.page !== 1 || t.length > BANNER_LENGTH || !(DAY_IN_LINE.test(t) || FIGURE_IN_LINE.test(t)) || OPENS_WITH_DAY.test(t) || dateOfDateLine(t) !== null || publishedDateOf(t) !== null || lines[k]!.size > median * 1.15) continue;
    if (t.split(META_PARTS).some((part) => DAY_ALONE.test(part.trim()))) continue;
    const wrap = k + 1 < firstSentence && wrapsOnto(lines[k]!, lines[k + 1]!) && !isTrail(k + 1) ? 1 : 0;
    units.push([k, k + wrap]);
    k += wrap;
  }
  // Over the trail, or stacked over such a banner (a carousel's slides, each its line: 「オープンキャンパス 2025年11月20日 開催
  // （定員611名）」 over 「一般選抜 出願締切 …」 over the trail) — each line of a stacked one about a day or holding a figure
  // of its own, not the site's name or a heading it would wrap onto.
  const dropped = units.map(() => false);
  const stacked = ([start, end]: [number, number]) => texts.slice(start, end + 1).every((t) => DAY_IN_LINE.test(t) || FIGURE_IN_LINE.test(t));
  for (let u = units.length - 1; u >= 0; u--) {
    const [, end] = units[u]!;
    if (isTrail(end + 1) || (u + 1 < units.length && dropped[u + 1] && units[u + 1]![0] === end + 1 && stacked(units[u]!))) dropped[u] = true;
  }
  // Under the menu, a banner about a day, and no stack: a row of the release's own figures may follow a menu where no
  // trail stands, and a header's news entries under it end with one opening with its day, which only the head's reader tells.
  for (let u = 0; u < units.length; u++) {
    if (DAY_IN_LINE.test(texts[units[u]![0]]!) && isNav(units[u]![0] - 1)) dropped[u] = true;
  }
  const out: number[] = [];
  units.forEach(([start, end], u) => {
    if (dropped[u]) for (let j = start; j <= end; j++) out.push(j);
  });
  return out;
}
