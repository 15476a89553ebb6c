import { bylineDate, dateOfDateLine, datesOfDateLine, eraInitialDate, isUpdateLabel, placedDateLine, postMetaDate, titleDatePrefix, titleDateSuffix, withKanjiDate, writtenYears } from '../dateLine.js';
export { eraInitialDate } from '../dateLine.js';
import { copyrightHolderOf, isBareKind, isJointIssuers, isLinkRow, looksLikeName, nameBeforeLinks } from '../pageMeta.js';
import { CORPORATE_FORMS, DEPARTMENT_RUN, GROUP_NAME_ENDING, HEAD_TITLES, OFFICE_OF_IT, ORGANIZATION_WORDS, RUN_DESK_ENDING, STANDALONE_NAME_ENDINGS, TITLE_WORDS } from '../../words/organizations.js';
import { ADDRESS_LINE, LOGO_PLACEHOLDER, ISSUER_BOX_FIELD, ISSUER_BOX_HEADING, ISSUER_BOX_NAME_FIELD, NAME_BEFORE_ADDRESS, BANNER_SECTION, COOKIE_BANNER, COPYRIGHT, HEADER_FIGURE, MENU_BUTTON, NAV_LABEL, NEWS_CATEGORY, PAGE_PUBLISHED_DATE, PUBLISHER_LABEL, PUBLISHER_LINE, RECORD_STAMP, SHARE_LABEL, SIDEBAR_HEADING, SITE_SECTION, SITE_TAGLINE } from '../../words/pageChrome.js';
import type { PdfLine } from './types.js';
import { isWide, lineTextOf, maxOf, minOf } from './types.js';
import { trailDate, trailTitle, trailYear } from './trail.js';

/** A heading that is a logo's placeholder alt text alone (「## ロゴ」「### Logo」): a broken image printed in its heading's type. */
export function isLogoPlaceholderHeading(line: string): boolean {
  const heading = /^#{2,6} (.+)$/.exec(line.trim());
  return heading !== null && LOGO_PLACEHOLDER.test(heading[1]!.trim());
}

/**
 * The head of a printed release — date line, issuer, title in large type — before its first
 * paragraph: the date line and the title move to the overview (so the date does not read as an
 * event); the issuer's lines stay in the text.
 */
export function splitHeader(text: string, trail: string | null = null): { text: string; title: string | null; date: string | null; organization: string | null; updated: boolean } {
  const lines = text.split('\n');
  const letterhead = demoteLetterhead(lines);
  // (A logo's placeholder alt text set as a heading, a broken image printed in large type — 「## ロゴ」 — is no heading of
  // the release's: it neither shares the title's type nor ends the head.)
  const largest = lines.filter((l) => l.startsWith('## ') && !isLogoPlaceholderHeading(l)).length;
  let title: string | null = null;
  let date: string | null = null;
  let organization: string | null = null;
  let seenAtDate = -1;
  let titleAt = -1;
  let dateAt = -1;
  let dateLabelled = false;
  let issuer: string | null = null;
  let update: { date: string; at: number } | null = null;
  const drop = new Set<number>();
  for (let i = 0, seen = 0; i < lines.length && seen < 8; i++) {
    const line = lines[i]!.trim();
    // The letterhead's address under its name is no line of the letter's head.
    if (!line || (letterhead >= 0 && i > letterhead && i <= letterhead + 2 && ADDRESS_LINE.test(line))) continue;
    // A news list stacked above the article (a side bar the print set over it: 「2025年10月22日」 over 「不審なメールに
    // ご注意ください」 over 「2025年8月8日」 …): its dates are its entries', no date line of the page's; it is passed over.
    const list = title || date ? 0 : datedListLines(lines, i);
    if (list > 0) {
      i += list - 1;
      continue;
    }
    if (isLogoPlaceholderHeading(line)) {
      drop.add(i);
      continue;
    }
    seen++;
    const heading = /^#{2,4} (.+)$/.exec(line);
    // (A head set as two columns, the addressee on the left and the sender on the right, reads as a row: 「| お取引先各位 | Ａ株式会社 |」 — the sender is its other cell.)
    const sender = beside(line, ADDRESSEE_LINE);
    // A joint release's banner or letterhead names each issuer (「株式会社Ａ、株式会社Ｂ」): the whole
    // line is the organization (the text's first name alone is one of them). It stays in the text.
    if (seen === 1 && isJointIssuers(heading ? heading[1]!.trim() : line)) organization = (heading ? heading[1]! : line).trim();
    // A letter's issuer above its title (「九州旅客鉄道株式会社」 over 「代表取締役社長 …」), the name
    // whole as the letterhead prints it: the text's first name may be another's (「JR 九州」 in the title).
    // Joint senders over their heads' titles (「株式会社Ａ、株式会社Ｂ」 over 「代表取締役社長 …」) are the organization together.
    // Over a head's title, a name without a legal form counts too (「Ｘ創建グループ」「Ｘ協会」).
    else if (!title && !heading && !organization && seen <= 6) issuer ??= withCoSenders(lines, i, signedName(rowAsLine(sender)) ?? siteNameOf(sender) ?? (isHeadLine(nextLine(lines, i)) ? senderOverHead(sender) : null));
    // Or its sender block right under the title: the name over its head's title, or fused with it (「Ｘ市長 山田 太郎」).
    else if (title && !heading && !organization && seen <= 6) issuer ??= withCoSenders(lines, i, signedName(rowAsLine(sender)) ?? (isHeadLine(nextLine(lines, i)) ? siteNameOf(sender) ?? senderOverHead(sender) : null));
    // The title is the one line in the largest type; when section headings share that size there is none.
    // (Not the site's name: a blog's banner may be set larger than its entry's title.)
    if (heading && !title && line.startsWith('## ') && largest === 1 && !publicationDate(heading[1]!.trim()) && siteNameOf(heading[1]!.trim()) === null) {
      title = heading[1]!.trim();
      titleAt = i;
      drop.add(i);
      continue;
    }
    // The site's banner and description above the article (a printed news page): the banner keeps
    // the site's name, not its section; the description is no first paragraph.
    if (!title && !date && !heading && SITE_TAGLINE.test(line)) {
      drop.add(i);
      continue;
    }
    if (!title && !date && !heading && seen <= 2 && BANNER_SECTION.test(line) && line.length <= 60) {
      lines[i] = line.replace(BANNER_SECTION, '').trim();
      if (!lines[i]) drop.add(i);
      continue;
    }
    // A record's creation stamp among the page's properties (「作成日時 2025/10/19 11:31」) dates no publication, and an
    // update's line under the date line found (「更新 2026年4月20日」 under 「発表日 2026年3月30日」) is the page's: both
    // go with the head, neither an event of the release.
    const bare = heading ? heading[1]!.trim() : line;
    if (isRecordStamp(bare) || (date !== null && isUpdateOnly(bare) && publicationDate(bare) !== null)) {
      drop.add(i);
      continue;
    }
    // A labelled publication line (「公開日：令和8年3月3日 更新日：…」) further down the head, above the title, wins over a
    // bare date above it (「(2025.12.06)」: the last entry of a side bar's news list stacked over the article).
    if (date !== null && !dateLabelled && !title && PAGE_PUBLISHED_DATE.test(bare.normalize('NFKC'))) {
      const labelled = publicationDate(bare);
      if (labelled !== null) {
        date = labelled;
        dateAt = i;
        dateLabelled = true;
        drop.add(i);
        seenAtDate = seen;
        continue;
      }
    }
    // A second date alone right under the date line, later than its date: the page's last change printed without the label
    // the page hides (a CMS's article info, 「掲載開始日」 and 「最終更新日」 as visually hidden terms: 「| 2026年6月12日 | カテゴリ:
    // お知らせ | ヒット数: 20,051 |」 over 「2026年7月9日」) — it goes with the head, no event of the release's.
    if (laterDateAlone(bare, date) && seen === seenAtDate + 1) {
      drop.add(i);
      continue;
    }
    // A date set alone in large type above the title (a blog's date header) is the date line too.
    const d: string | null = date ? null : publicationDate(bare);
    // An update's line (「更新日：令和7年9月12日」 over 「掲載日：令和7年9月10日」): the publication's line
    // further down the head wins; alone, it still dates the page.
    if (d && update === null && isUpdateOnly(heading ? heading[1]!.trim() : line)) {
      update = { date: d, at: i };
      drop.add(i);
      seenAtDate = seen;
      continue;
    }
    if (d) {
      date = d;
      dateAt = i;
      dateLabelled = PAGE_PUBLISHED_DATE.test(bare.normalize('NFKC'));
      drop.add(i);
      seenAtDate = seen;
      continue;
    }
    // A title set in body type right under the date line (a page builder's styled div): a line
    // that names a notice (…のお知らせ, …についてのご報告) and ends no sentence — not the post's
    // category alone (「お知らせ」 under the date line, the title in large type below it).
    if (!title && !heading && seenAtDate >= 0 && seen === seenAtDate + 1 && line.length <= 80 && !/[。、]$/.test(line) && !NEWS_CATEGORY.test(line) && TITLE_WORDS.some((w) => line.includes(w))) {
      title = line;
      drop.add(i);
      continue;
    }
    // The first paragraph (a line ending a sentence) ends the head.
    // A heading in smaller type than the title above it (a letterhead) does not end the head.
    if (/[。]$/.test(line) || (heading && (title !== null || line.startsWith('## ')))) break;
  }
  if (date === null && update !== null) {
    date = update.date;
    dateAt = update.at;
  }
  if (title !== null && issuer !== null) organization ??= issuer;
  // A printed web page: the site's header, menus and a side bar stacked above the article come
  // before its title, further down than a letter's head. The title is the one line in the largest
  // type with the article's date line beside it; what stands above them is the site's.
  // A letter's head found above (date, addressee, issuer) stays; a page's head whose lines above
  // hold the site's menus (rows of links: 「| 大学紹介 | 文学部 |」「アクセス｜お問い合わせ」) goes, and so
  // does what stands above a title whose date line follows it (a letter dates itself above its title).
  const head = title === null || date === null || dateAt > titleAt || hasMenuRow(lines.slice(0, [...drop].sort((a, b) => a - b)[0] ?? 0)) ? printedPageHead(lines) : null;
  {
    if (head && (title === null || title === head.title) && (date === null || date === head.date)) {
      for (let i = 0; i <= head.last; i++) drop.add(i);
      title = head.title;
      date = head.date;
      dateAt = head.dateAt;
      organization ??= head.organization;
    }
  }
  // No head told by its type and date line (the date in a card footer under the text, section
  // headings in the title's type): the breadcrumb trail's last link names the page — the heading
  // it names is the title, and what stands above it (an alert banner, the category's badge) is the site's.
  const named = title === null && trail !== null ? trailTitle(lines, trail) : -1;
  if (named >= 0) {
    const found = headAround(lines, named);
    const last = found?.last ?? named;
    for (let i = 0; i <= last; i++) drop.add(i);
    title = lines[named]!.replace(/^#{2,6} /, '').trim();
    date = found?.date ?? trailDate(trail!);
    dateAt = found?.dateAt ?? -1;
    organization ??= found?.organization ?? siteNameAbove(lines, named);
  }
  // The title in the largest type and no date line anywhere near it (a page dated only in its metadata), under the
  // site's header — a menu row (「Ａ株式会社 ABOUT SERVICE NEWS CONTACT」, cells or bars), the start of a trail
  // (「ホーム >」) — and no sentence above it: what stands above the title is the site's (its banner's 「導入企業264社突破！」).
  // (A title opening with its date is dated: the logo above it stays for its name to be read whole.)
  if (title !== null && date === null && titleAt > 0 && !drop.has(titleAt - 1) && !titleDatePrefix(title)) {
    const above = lines.slice(0, titleAt);
    // Or the breadcrumb trail printed on the page ends at that title: the trail is the site's, and so is what stands
    // above the title with it (a notice banner 「2025年5月7日から電子申請の受付時間が変わります」, the logo's alt text).
    const trailed = trail !== null && trailTitle(lines, trail) === titleAt;
    // (Or a news list stacked above it: a side bar's, printed over the article.)
    const listed = above.some((_, i) => datedListLines(above, i) > 0);
    if (above.filter((l) => l.trim()).length <= HEADER_LINES + (listed ? HEADER_LINES : 0) && !above.some((l) => /。/.test(l)) && (trailed || listed || hasMenuRow(above) || above.some((l) => TRAIL_START.test(l.trim()) || LATIN_MENU.test(l.trim())))) {
      for (let i = 0; i < titleAt; i++) drop.add(i);
    }
  }
  // The title told, no date line in a full date: the line right under the title may date the page in a two-digit year
  // (「26/03/20」) or without its year (「10月30日（木）掲載」: the year the trail gives, or the weekday tells).
  // Or right above the title (「4月23日（木）掲載」 between the trail and the title): the date line set next to the title is
  // the page's, and a full date further up the site's header (a ticker's 「◆令和8年6月15日 ホーム…」) is not.
  const besideTitle = title !== null ? dateUnderTitle(lines, title, trail) : null;
  const under = besideTitle && (date === null || (dateAt >= 0 && dateAt < besideTitle.at && besideTitle.at < besideTitle.title)) ? besideTitle : null;
  if (under) {
    date = under.date;
    dateAt = under.at;
    drop.add(under.at);
  }
  // The date an update's line gives (「更新日：2025/07/12」, no publication line in the head) is when the page last changed.
  const updateOnly = date !== null && dateAt >= 0 && isUpdateOnly(lines[dateAt]!.trim().replace(/^#{2,6} /, ''));
  // No date line: a date among the trail's links dates the page (its only date) — before an update line's. (The title
  // told or not: a title set in body type is told later, from the document's Title; the trail's date link is the page's.)
  const trailed = (date === null || updateOnly) && trail !== null ? trailDate(trail) : null;
  if (trailed !== null) date = trailed;
  const body = lines.filter((_, i) => !drop.has(i)).join('\n').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n');
  // (updated: the date is an update line's — the head's date line all the same, which leaves the text — and so no
  // publication date: the page's last change, not the day it was put up.)
  return { text: body, title, date, organization, updated: updateOnly && trailed === null };
}

/**
 * The lines of a news list that starts at line i (empty lines between): a date alone (「2025年10月22日」) over a headline
 * — a short line that ends no sentence, no date in it — at least twice, each entry's date a line of its own. 0 when
 * none starts there: a page's date line over its title is one entry at most, a date beside its label no date alone.
 */
export function datedListLines(lines: readonly string[], i: number): number {
  let k = i;
  let entries = 0;
  const next = (from: number) => {
    let j = from;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    return j;
  };
  for (;;) {
    const at = next(k);
    const headline = next(at + 1);
    if (at >= lines.length || headline >= lines.length || !LIST_DATE.test(lines[at]!.trim())) break;
    const text = lines[headline]!.trim();
    if (text.length > LIST_HEADLINE || /^#/.test(text) || /。$/.test(text) || LIST_DATE.test(text) || dateOfDateLine(text) !== null) break;
    entries++;
    k = headline + 1;
  }
  return entries >= LIST_ENTRIES ? k - i : 0;
}
/** Line i is an entry's date of a news list (datedListLines): the list starts there or one entry above. */
function inDatedList(lines: readonly string[], i: number): boolean {
  if (datedListLines(lines, i) > 0) return true;
  let above = i - 1;
  for (let n = 0; n < 2 && above >= 0; above--) if (lines[above]!.trim() !== '') n++;
  return above + 1 < i && datedListLines(lines, above + 1) > i - above - 1;
}

/** A list entry's date alone on its line: 2025年10月22日, 2025.10.22, 2025/10/22 (a weekday after it). */
const LIST_DATE = /^(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|[./-][0-9]{1,2}[./-][0-9]{1,2})(?:[ ]?[(（][月火水木金土日][)）])?$/;
/** A headline this long at most (a side box's entry; a sentence runs longer). */
const LIST_HEADLINE = 60;
/** A list has this many entries at least. */
const LIST_ENTRIES = 2;

/**
 * A letterhead: the organization's name atop the document in large type (as large as the title or larger), over
 * its address or straight over the letter's date line or addressee (「株式会社Ａ」 over 「〒… TEL …」, 「2025年6月3日」,
 * 「お取引先各位」). Its heading mark goes — it is no title — and when it held the largest type the headings below
 * rise a level, the title in the largest type again. Returns the letterhead's line, or -1.
 */
function demoteLetterhead(lines: string[]): number {
  const first = lines.findIndex((l) => l.trim() !== '');
  const heading = first < 0 ? null : /^(#{2,6}) (.+)$/.exec(lines[first]!.trim());
  if (!heading) return -1;
  const name = heading[2]!.trim();
  if (siteNameOf(name) === null && !isJointIssuers(name) && !looksLikeName(name)) return -1;
  const next = nextLine(lines, first);
  if (next === undefined || !(ADDRESS_LINE.test(next) || ADDRESSEE_LINE.test(next) || dateOfDateLine(next.replace(/^#{2,6} /, '')) !== null)) return -1;
  lines[first] = name;
  if (heading[1] === '##' && !lines.some((l) => l.startsWith('## '))) {
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.replace(/^#(#{2,5}) /, '$1 ');
  }
  return first;
}

/**
 * A joint letter's senders, each over its head (「Ａ株式会社」「代表取締役社長 …」「Ｂ株式会社」「代表取締役 …」) or
 * each with its head on its line (「Ａ株式会社 代表取締役社長 …」「Ｂ株式会社 代表取締役 …」): the names joined with 、.
 * `name` is the sender the i-th line gives (null: none, and none is looked for).
 */
function withCoSenders(lines: string[], i: number, name: string | null): string | null {
  if (name === null) return null;
  const names = [name];
  const nextAt = (k: number) => lines.findIndex((l, j) => j > k && l.trim() !== '');
  for (let k = i; names.length < 5; ) {
    const same = signedName(rowAsLine(lines[k]!)) !== null;
    const head = same ? k : nextAt(k);
    if (head < 0 || (!same && !isHeadLine(lines[head]!))) break;
    const other = nextAt(head);
    if (other < 0) break;
    const line = rowAsLine(lines[other]!);
    const signed = signedName(line);
    const next = signed === null ? siteNameOf(line) : signed;
    if (next === null || next === names[names.length - 1] || (signed === null && !isHeadLine(nextLine(lines, other)))) break;
    names.push(next);
    k = other;
  }
  return names.join('、');
}

/** A line over a head's title that names its sender without a legal form: joint senders, or a name (「Ｘ創建グループ」「Ｘ協会」). */
const senderOverHead = (line: string): string | null => (isJointIssuers(line) || looksLikeName(line) ? line : null);

/** A letter's addressee on a line of its own: 「お客様各位」「株式会社Ａ 御中」「山田 太郎 様」. */
const ADDRESSEE_LINE = /^\S.{0,40}(?:各位|御中|様|殿)$/;

/**
 * The body a signature line names before its head's title and name: set apart (「Ａ株式会社 代表取締役社長
 * 田中三郎」 → Ａ株式会社) or fused to the name (「青葉市長 鈴木 一郎」 → 青葉市, 「青葉大学学長 山田 太郎」 →
 * 青葉大学); null for any other line.
 */
export function signedName(line: string): string | null {
  const parts = line.split(/[ 　]+/);
  // The name, then the head's title and name set apart on the same line (「Ａ株式会社 代表取締役社長 田中三郎」).
  const head = parts.findIndex((p, k) => k > 0 && HEAD_TITLE_WORD.test(p));
  if (head > 0 && parts.length - head <= 3 && parts.slice(head).join('').length <= 20) {
    const name = parts.slice(0, head).join(' ');
    return isSiteName(name) ? name : null;
  }
  if (parts.length < 2 || parts.length > 3 || parts.slice(1).join('').length > 8) return null;
  for (const title of HEAD_TITLES) {
    const name = parts[0]!.slice(0, -title.length);
    if (parts[0]!.endsWith(title) && name.length >= 2 && isSiteName(name)) return name;
  }
  return null;
}

/** A head's title written as a word of its own on a signature line (never 「長」 alone: 長野県). */
const HEAD_TITLE_WORD = new RegExp(`^(?:${HEAD_TITLES.filter((t) => t.length >= 2).join('|')}|取締役|頭取|CEO)`);

/**
 * A head's title opening a line, then the head's name: 「代表取締役社長 田中 三郎」「市長 鈴木 一郎」 — or the title
 * alone on its line (the name set on the next, or left for the signature: 「代表取締役社長」).
 */
function isHeadLine(row: string | undefined): boolean {
  if (row === undefined) return false;
  const line = rowAsLine(row);
  return HEAD_TITLES.some((h) => line.startsWith(h) && (line.length === h.length || /^[ 　]+\S/.test(line.slice(h.length))));
}

/** A row's one cell that is not told by `other` (「| お取引先各位 | Ａ株式会社 |」 → 「Ａ株式会社」); any other line as it is. */
export function beside(line: string, other: RegExp): string {
  if (!/^\|.*\|$/.test(line)) return line;
  const cells = line.slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean);
  const rest = cells.filter((c) => !other.test(c));
  return rest.length === 1 && cells.length > 1 ? rest[0]! : line;
}

/** A line read as a table's row (the title and the name set apart by a wide space: 「| 代表取締役 | 山田 太郎 |」) as one line. */
const rowAsLine = (line: string) => (/^\|.*\|$/.test(line.trim()) ? line.trim().slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join(' ') : line.trim());

/** The next line with text after the i-th. */
function nextLine(lines: string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim()) return lines[j]!.trim();
  return undefined;
}

/**
 * A row of links as a printed menu reads: cells (「| 大学紹介 | 文学部 |」), labels set apart by
 * 「｜」, or the breadcrumbs from the site's home (「ホーム > お知らせ」).
 */
function hasMenuRow(lines: string[]): boolean {
  return lines.some((l) => /^\|.*\|$/.test(l.trim()) || /\S[ ]*[｜][ ]*\S/.test(l) || BREADCRUMBS.test(l.trim()));
}

/** At most this many lines of a site's header above a title with no date line. */
const HEADER_LINES = 12;
/** A trail's first link, its separator at the line's end (the next link wrapped below): 「ホーム >」. */
const TRAIL_START = /^(?:ホーム|トップ(?:ページ)?|TOP|HOME)[ ]*[>＞›»]/i;
/** A menu row of Latin labels after the logo's name: three words in capitals or more (「ABOUT SERVICE NEWS CONTACT」). */
const LATIN_MENU = /(?:^|[ 　])[A-Z]{2,}(?:[ 　]+[A-Z]{2,}){2,}$/;

/** Breadcrumbs from the site's home: 「ホーム > お知らせ」「TOP ＞ ニュース」「トップページ › 新着情報」. */
const BREADCRUMBS = /^(?:ホーム|トップ(?:ページ)?|TOP|HOME)[ ]*[>＞›»][ ]*\S/i;

/** How many lines above or below the title the article's date line may stand. */
const DATE_LINE_REACH = 3;

/** A printed page's head: its title, its date, the indexes of its date line and its last line, the site's name above it. */
type PageHead = { title: string; date: string; dateAt: number; last: number; organization: string | null };

/**
 * The title (the one line in the largest type) of a printed page and its date line just above or
 * below it, the index of the last of them, and the site's name among the lines above (a logo's
 * text: the organization when the release does not name itself).
 */
function printedPageHead(lines: string[]): PageHead | null {
  const largest = lines.flatMap((l, i) => (l.startsWith('## ') ? [i] : []));
  // The site's name in the largest type (a blog's banner set larger than its entries' titles) is no title.
  const strict = largest.length === 1 && siteNameOf(lines[largest[0]!]!.slice(3).trim()) === null ? headAround(lines, largest[0]!) : null;
  if (strict) return strict;
  const entry = largest.length > 1 ? entryHead(lines, largest) : null;
  if (entry) return entry;
  // No line of the head in the largest type but the site's name: a side bar printed after the
  // article (a tag cloud in large type) took the larger sizes, or the banner is set larger than the
  // entry, so the title reads as a smaller heading. The head is what stands above the first
  // sentence; its title is its heading in the largest type that has the date line beside it and is
  // not the site's name.
  const firstSentence = lines.findIndex((l) => /。$/.test(l.trim()));
  const head = firstSentence < 0 ? [] : lines.slice(0, firstSentence);
  // Section headings in the title's type (「## 【漏洩の概要】」 under the first paragraph) and one line in it
  // above the first sentence: that line is the title when its date line stands right under it, or when it
  // opens with its date in brackets (「## 【2026/06/23】…のお願い」, the page's only date).
  const above = head.flatMap((l, i) => (l.startsWith('## ') && siteNameOf(l.slice(3).trim()) === null ? [i] : []));
  // (The one line in that type, found by the head's first reading, keeps what stands above it.)
  if (above.length > 0) return above.length === 1 && largest.length > 1 ? titleInHead(lines, above[0]!) : null;
  let best: { level: number; found: PageHead } | null = null;
  for (const [i, l] of head.entries()) {
    const level = /^(#{3,6}) /.exec(l)?.[1]!.length;
    if (level === undefined || (best && best.level <= level)) continue;
    // The site's name in the logo's type (「### 三重県」 above the menus), the issuers' names or a side box's heading is no title.
    const text = l.slice(level + 1).trim();
    if (text.length < 6 || siteNameOf(text) !== null || isJointIssuers(text) || SIDEBAR_HEADING.test(text)) continue;
    const found = headAround(lines, i);
    if (found) best = { level, found };
  }
  return best?.found ?? null;
}

/** The title at line t of a head whose section headings share its type: with its date line right under it, or its own date opening it. */
function titleInHead(lines: string[], t: number): PageHead | null {
  const text = lines[t]!.slice(3).trim();
  if (text.length < 6 || SECTION_NUMBER.test(text) || isJointIssuers(text) || SIDEBAR_HEADING.test(text)) return null;
  // Its date line right under it, nothing between (a byline): a date above it may be a menu's or a side box's.
  const found = headAround(lines, t);
  // (Or dated by its own date, a date beside it no date line's: headAround.)
  if (found) return found.dateAt === t || (found.dateAt > t && lines.slice(t + 1, found.dateAt).every((l) => l.trim() === '')) ? found : null;
  const dated = titleDatePrefix(text);
  return dated ? { title: text, date: dated.date, dateAt: t, last: t, organization: siteNameAbove(lines, t) } : null;
}

/**
 * Several lines in the largest type, all above the text (a blog's or a site's name set as large as the
 * entry's title: 「ヒロセ通商株式会社」 over 「【重要】当社が利用するメールシステムについて」): the title
 * is the one that heads the entry — its date line (a byline) nearest to it, nothing but the date
 * line between them — not the site's name, which stands further up, with its description under it.
 */
function entryHead(lines: string[], largest: number[]): PageHead | null {
  // All of them above the text: section headings in that type (「## 経緯」 under the first paragraph) leave no title.
  const firstSentence = lines.findIndex((l) => /。$/.test(l.trim()));
  if (firstSentence < 0 || largest[largest.length - 1]! > firstSentence) return null;
  let best: { gap: number; found: PageHead } | null = null;
  let tied = false;
  for (const t of largest) {
    const text = lines[t]!.slice(3).trim();
    // A section's heading (「１．経緯」) in the title's type is no title either.
    if (text.length < 6 || SECTION_NUMBER.test(text) || siteNameOf(text) !== null || isJointIssuers(text) || SIDEBAR_HEADING.test(text)) continue;
    const found = headAround(lines, t);
    if (!found) continue;
    // How many lines stand between the title and its date line.
    const gap = lines.slice(Math.min(t, found.dateAt) + 1, Math.max(t, found.dateAt)).filter((l) => l.trim() !== '').length;
    if (best === null || gap < best.gap) {
      best = { gap, found };
      tied = false;
    } else if (gap === best.gap) tied = true;
  }
  return best && !tied && best.gap === 0 ? best.found : null;
}

/** A numbered section's heading: 「１．経緯」「(1) 概要」「第2 対応」「一、経緯」. */
const SECTION_NUMBER = /^(?:[0-9０-９]{1,2}[ ]*[.．、)）]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|第[0-9０-９一二三四五六七八九十]{1,3}|[一二三四五六七八九十]{1,2}[ ]*[、．.])/;

/** The head around a title at line t: its date line just above or below it, and the site's name above. */
function headAround(lines: string[], t: number): PageHead | null {
  const title = lines[t]!.replace(/^#{2,6} /, '').trim();
  // A title the site opens with its date (「【2025/06/15】…のお知らせ」) is a title, not a date line: its
  // meta row beside it (「株式会社Ａ · 2025/06/15 · 4分で読めます」) is the head's too.
  if (!titleDatePrefix(title) && !titleDateSuffix(title) && (publicationDate(title) || looseDateLine(title))) return null;
  const near = (from: number, step: number) => {
    const out: number[] = [];
    for (let i = from; i >= 0 && i < lines.length && out.length < DATE_LINE_REACH; i += step) {
      // A paragraph between them: the date is the text's (a letter's date under its first paragraph), not the title's.
      if (/。$/.test(lines[i]!.trim())) break;
      if (lines[i]!.trim()) out.push(i);
    }
    return out;
  };
  const found: { i: number; date: string; update: boolean; stamp: boolean; labelled: boolean }[] = [];
  for (const i of [...near(t - 1, -1), ...near(t + 1, 1)]) {
    const line = headLine(lines[i]!);
    // A date line wrapped before its last character (「…最終更新日：2026年3月4」「日」) is read whole.
    const date = publicationDate(line) ?? looseDateLine(line) ?? bylineDate(line) ?? postMetaDate(line);
    // (An entry's date in a news list stacked above the title is none: datedListLines.)
    if (date && !inDatedList(lines, i)) found.push({ i, date, update: isUpdateOnly(line), stamp: isRecordStamp(line), labelled: PAGE_PUBLISHED_DATE.test(line.normalize('NFKC')) });
  }
  // A title that carries the page's date in brackets (「【2025年12月4日】…」「…について（2026年1月22日）」) is dated by it: an
  // unlabelled date beside it is a banner's or an event's (「完成見学会 2025年12月9日（火）開催」 in the announcement bar above),
  // only a labelled publication line (「公開日：…」) outranks it. The head ends at the title or at the date lines under it.
  // (No date beside it: no head told here — the title's date is read with the title, the logo above it left whole.)
  const own = titleDatePrefix(title) ?? titleDateSuffix(title);
  if (own && found.length > 0 && !found.some((f) => f.labelled && !f.update && !f.stamp)) {
    const last = Math.max(t, ...found.filter((f) => f.i > t).map((f) => f.i));
    return { title, date: own.date, dateAt: t, last, organization: siteNameAbove(lines, t) };
  }
  // The publication's line wins over the update's on a line of its own (「公開日：…」 over 「更新日：…」
  // printed nearer the title); an update's line alone still dates the page. A record's creation stamp never does.
  const chosen = found.find((f) => !f.update && !f.stamp) ?? found.find((f) => !f.stamp);
  if (chosen) {
    const { i, date } = chosen;
    let last = Math.max(t, ...found.filter((f) => f === chosen || f.update || f.stamp).map((f) => f.i));
    // The page's meta lines go on under the head's last date line: an update's line or a creation stamp right under
    // it (a byline listing 「発表日 …」, then 「更新 …」) is the head's too.
    for (let k = last + 1; k < lines.length; k++) {
      const line = headLine(lines[k]!);
      if (line === '') continue;
      if (!(isRecordStamp(line) || (isUpdateOnly(line) && (publicationDate(line) ?? looseDateLine(line)) !== null))) break;
      last = k;
    }
    return { title, date, dateAt: i, last, organization: siteNameAbove(lines, Math.min(t, i)) };
  }
  return null;
}

/** A line of a page's head as its dates are read: no heading's mark, no list item's (the byline's meta as a list: 「- R8.07.24」). */
const headLine = (line: string) => line.trim().replace(/^#{2,6} /, '').replace(/^- (?=\S)/, '');

/**
 * A record's stamp among a page's properties (a database-backed page's 「作成日時 2025/10/19 11:31」, 「最終更新日時：…」):
 * when its record was made or last edited, no publication's date.
 */
export function isRecordStamp(line: string): boolean {
  const text = line.normalize('NFKC').trim();
  return RECORD_STAMP.test(text) && dateOfDateLine(text.replace(RECORD_STAMP, '')) !== null;
}

/** The site's name among the lines above the end-th (a logo's text above the article's head), or null. */
function siteNameAbove(lines: string[], end: number): string | null {
  // A logo beside the menu reads as the first cell of a row: 「| 九州旅客鉄道株式会社 | サービス 会社情報 … |」.
  const above = lines.slice(0, end).map((l) => l.trim().replace(/^#{2,6} /, '')).map((l) => (/^\|.*\|$/.test(l) ? l.slice(1, -1).split('|')[0]!.trim() : l));
  return above.map(siteNameOf).find((name) => name !== null) ?? null;
}

/**
 * The site's name a printed page's footer gives: the holder of its last copyright line, when it
 * reads as one organization's name, or is the very line the page opens with (the logo's text
 * above the menus), or is named in the release text — a name the site writes without a legal
 * form, or short (「アクサ生命保険株式会」 of 「アクサ生命保険株式会社（代表取締役…）」).
 */
/** How many lines under a company box's name are read for its fields. */
const ISSUER_BOX_LINES = 14;
/** The fewest fields (代表者名, 所在地, 設立, 資本金 …) that make the lines under such a heading a company's profile. */
const ISSUER_BOX_FIELDS = 2;

/**
 * The name in a company box the print stacks after the article (a distribution site's side column: 「企業情報」 over
 * 「株式会社Ａ」 over 「代表者名」「所在地」「設立」「資本金」…, each label on its line or before its value), as the page's
 * markup gives it (pageMeta.ts issuerBoxName): its heading (ISSUER_BOX_HEADING), the name alone on the line under it,
 * two fields at least in the lines below. Not a box the release's text holds (its own 【会社概要】 of a contractor): the
 * heading is no line of the text as read.
 */
export function printedIssuerBox(lines: readonly PdfLine[], text: string): string | null {
  let textLines: Set<string> | null = null;
  for (let i = 0; i + 2 < lines.length; i++) {
    const heading = lineTextOf(lines[i]!);
    if (heading.length > 24 || !ISSUER_BOX_HEADING.test(heading)) continue;
    // The name alone, or as the name field's value (「会社名 学悠出版株式会社」); not another field's line.
    const under = lineTextOf(lines[i + 1]!);
    const [label, ...value] = under.split(/[ :：]+/);
    const name = ISSUER_BOX_NAME_FIELD.test(label!) ? value.join(' ') : under;
    if (/[:：]/.test(name) || ISSUER_BOX_FIELD.test(label!) || !looksLikeName(name)) continue;
    let fields = 0;
    for (let k = i + 2; k < Math.min(lines.length, i + 2 + ISSUER_BOX_LINES) && fields < ISSUER_BOX_FIELDS; k++) {
      const label = lineTextOf(lines[k]!).split(/[ :：]/)[0]!;
      if (ISSUER_BOX_FIELD.test(label)) fields++;
    }
    if (fields < ISSUER_BOX_FIELDS) continue;
    textLines ??= new Set(text.split('\n').map((l) => l.replace(/^#{2,6} /, '').replace(/\s+/g, ' ').trim()));
    if (!textLines.has(heading)) return name;
  }
  return null;
}

export function printedSiteName(lines: readonly PdfLine[], text: string, closing = '', headerBar: readonly PdfLine[] = []): string | null {
  let holder: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const text = lineTextOf(l);
    if (text.length > 120) continue;
    const found = copyrightHolderOf(text);
    if (found === null) continue;
    // The line wrapped in a narrow footer: the holder's name goes on below (「…株式会社ジーユ」 over 「ー.」).
    const rest = copyrightWrap(l, lines[i + 1], lines);
    holder = rest === null ? found : copyrightHolderOf(text + (isWide(text[text.length - 1]) || isWide(rest[0]) ? '' : ' ') + rest) ?? found;
    // The holder's words set a space's width apart, where the line's reading ran them together (「株式会社日本管財」 of
    // 「© 2025 株式会社 日本管財」 printed without a space of its own): the name as the page spaced it.
    const [upper, lower] = [spacedByGaps(l), rest === null ? '' : spacedByGaps(lines[i + 1]!)];
    const spaced = copyrightHolderOf(upper + (lower === '' || isWide(upper[upper.length - 1]) || isWide(lower[0]) ? '' : ' ') + lower);
    if (spaced !== null && spaced !== holder && spaced.replace(/\s+/g, '') === holder.replace(/\s+/g, '') && isSiteName(spaced)) holder = spaced;
  }
  if (holder !== null && (holder.length < 2 || holder.length > 120)) holder = null;
  const first = lines.find((l) => lineTextOf(l) !== '');
  // A joint release's site names each issuer (「© 2025 Ａ相互会社、Ｂ株式会社」): the list is the holder.
  if (holder !== null && isJointIssuers(holder)) return holder;
  const block = footerCompany(lines, text);
  if (holder !== null && holder.length <= 50 && (isSiteName(holder) || (first !== undefined && lineTextOf(first) === holder) || text.includes(holder) || closing.includes(holder))) {
    // The footer's block may give the holder's name whole: 「サカイ創建グループ（サカイ創建株式会社）」 of 「© 2026 サカイ創建グループ」.
    return block !== null && block.length > holder.length && block.startsWith(holder) ? block : holder;
  }
  if (block !== null) return block;
  // No copyright line names the site (an English one, or none): the logo's text the page opens
  // with (after a skip link 「コンテンツへスキップ」「本文へ」, or a cookie notice printed above the header),
  // the menu's labels maybe printed after it on its row (「株式会社Ａ 会社案内 ニュース」, the notice's
  // button 「同意する」 maybe at its end).
  // A sticky header (a bar fixed to the window's top, dropped from every page's text) opens the page before it: its
  // row's first cell, the logo beside the menu's labels (「Ａ株式会社 | ニュース・製品・会社情報」).
  const opening = headerBar.length > 0 ? [...headerBar.map((l) => ({ ...l, cells: l.cells.slice(0, 1) })), ...lines] : lines;
  // The browser's own header (「12/6/26, 5:42 AM」 and the Title) and a row of links opening with the skip link
  // (「本文へ ｜ 文字の大きさ・色合いの変更 ｜ English」) stand above the logo too.
  const at = opening.findIndex((l) => lineTextOf(l) !== '' && !SHARE_LABEL.test(lineTextOf(l)) && !SKIP_LINK.test(lineTextOf(l)) && !SKIP_LINK.test(lineTextOf(l).split(/[|｜]/)[0]!.trim()) && !PRINTED_AT.test(l.cells[0]!.normalize('NFKC').trim()) && !(COOKIE_BANNER.test(lineTextOf(l)) && siteNameOf(lineTextOf(l)) === null));
  const logo = opening[at];
  if (logo === undefined || logo.page !== 1) return null;
  const bracket = bracketClosedBelow(logo, opening[at + 1]);
  const below = lineBelowLogo(logo, opening.slice(at + 1));
  return siteNameOf(wrappedRow(logo, opening[at + 1]) ?? (bracket !== '' ? lineTextOf(logo) + bracket : logoWrappedBelow(logo, below) ?? lineTextOf(logo))) ?? groupLogo(logo) ?? menuLogo(logo) ?? figuredLogo(lineTextOf(logo)) ?? homeItemName(opening.slice(at, at + HOME_ROW_LINES).filter((l) => l.page === 1).map(lineTextOf)) ?? labelledPublisher(opening.slice(at, at + HOME_ROW_LINES).filter((l) => l.page === 1), text);
}

/**
 * The name a line atop the page gives after a publisher's label (PUBLISHER_LINE: 「運営：Ａグループ」 in the header's top bar,
 * the logo's image beside it), as the page's markup is read (pageMeta.ts publisherLineName): the label says whose the
 * site is, where the name has no legal form for siteNameOf to know it by. A cell of the page's first lines, above the
 * release's first sentence with a line between them, and no line of its text; else null.
 */
function labelledPublisher(lines: readonly PdfLine[], text: string): string | null {
  const textLines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    // (The page's header ends at the release's first sentence, a line at least — the title, the menu — between them; a line
    // of the release's text is none of its header's.)
    const whole = lineTextOf(line);
    if (k + 1 >= lines.length || /。/.test(whole) || /。/.test(lineTextOf(lines[k + 1]!))) break;
    if (textLines.some((l) => l.includes(whole))) continue;
    for (const cell of line.cells) {
      const m = PUBLISHER_LINE.exec(cell.replace(/\s+/g, ' ').trim());
      const name = m ? m[1]!.trim() : null;
      if (name && (isSiteName(name) || (looksLikeName(name) && !isBareKind(name)))) return name;
    }
  }
  return null;
}

/** How many of a page's opening lines are read for its menu's home item. */
const HOME_ROW_LINES = 3;
/** A menu row's first item, a name and the word for home after it, bracketed or set before the row's next item. */
const HOME_ITEM = /^[[［]?([^\]］|｜[［]{2,40}?)[ 　]*(?:トップ(?:ページ)?|ホーム|TOP|HOME)(?:[\]］][ 　]*[[［]|[ 　]*[|｜])/i;

/**
 * The site's name its printed menu's first item gives with the word for home after it (an old layout's row of links
 * under its logo image: 「[日本私立学校振興・共済事業団 トップ] [お知らせ一覧] [過去ログ]」), as the page's home link is read
 * (pageMeta.ts logoAlt): the name without the word, when it names a body; else null.
 */
export function homeItemName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = HOME_ITEM.exec(line) ?? homeBeforeSection(line);
    const name = m ? siteNameOf(m[1]!.trim()) : null;
    if (name) return name;
  }
  return null;
}

/**
 * A trail whose links the print sets apart by their gaps alone, no separator (「ローツェ株式会社 トップ お知らせ」): the first
 * link a name and the word for home, the next one of the site's sections (SITE_SECTION, NAV_LABEL, a news category) —
 * as HOME_ITEM's match, or null.
 */
function homeBeforeSection(line: string): RegExpExecArray | null {
  const m = HOME_THEN_LINK.exec(line);
  if (!m) return null;
  const next = m[2]!.split(/[ 　]+/)[0]!;
  return SITE_SECTION.test(next) || NAV_LABEL.test(next) || NEWS_CATEGORY.test(next) ? m : null;
}
/** A name, the word for home, a space, and the next link. */
const HOME_THEN_LINK = /^([^\]］|｜[［]{2,40}?)[ 　]*(?:トップ(?:ページ)?|ホーム|TOP|HOME)[ 　]+(\S[^|｜]{0,80})$/i;

/** The logo's name on a header line that sets a figure after it (「株式会社Ａ 加入者数 47,785人（令和8年1月15日現在）」), or null. */
function figuredLogo(line: string): string | null {
  const name = line.replace(HEADER_FIGURE, '');
  return name !== line ? siteNameOf(name) : null;
}

/**
 * A logo's name of any ending beside the menu it heads (「吉田フットサルクラブ Green Field」 and 「HOME ABOUT SERVICE NEWS
 * CONTACT」 on its row): the first cell, the others a menu's labels alone, three or more; a name of letters (no figure, no
 * sentence's or a label's punctuation), none a label itself nor the image's placeholder 「ロゴ」; else null. (A menu's labels:
 * the words menus use, or Latin words in capitals, 「ABOUT」「CONTACT」.)
 */
export function menuLogo(line: PdfLine): string | null {
  if (line.cells.length < 2) return null;
  const name = line.cells[0]!.replace(/\s+/g, ' ').trim();
  if (name.length < 3 || name.length > 40 || !/^[\p{L}ー・&＆.'’ ]+$/u.test(name) || LOGO_PLACEHOLDER.test(name)) return null;
  if (NAV_LABEL.test(name) || SITE_SECTION.test(name) || MENU_BUTTON.test(name)) return null;
  // A name cut where the header wrapped it (「旭精機工業株式」 of 「…株式会社」): the rest is read by the other ways, or none.
  if ([...CORPORATE_FORMS, ...ORGANIZATION_WORDS].some((w) => w.length > 1 && [...Array(w.length - 1).keys()].some((k) => name.endsWith(w.slice(0, k + 1))))) return null;
  const labels = line.cells.slice(1).flatMap((c) => c.split(/[｜|/／\s]+/)).filter((w) => w !== '');
  return labels.length >= 3 && labels.every((w) => NAV_LABEL.test(w) || SITE_SECTION.test(w) || /^[A-Z]{2,}$/.test(w)) ? name : null;
}


/**
 * A group's logo beside the menu, without a legal form (「Ａグループ」 and 「ホーム｜サービス｜お知らせ」 on its row): one word ending
 * as a group's name does, the row's other cells the menu's labels alone; else null. A group the text speaks of
 * (「当社グループ」) is no logo's.
 */
export function groupLogo(line: PdfLine): string | null {
  if (line.cells.length < 2) return null;
  const name = line.cells[0]!.trim();
  if (!/^[\p{L}ー・]{4,20}$/u.test(name) || !GROUP_NAME_ENDING.test(name) || OWN_GROUP.test(name)) return null;
  const labels = line.cells.slice(1).flatMap((c) => c.split(/[｜|/／\s]+/)).filter((w) => w !== '');
  return labels.length >= 2 && labels.every((w) => NAV_LABEL.test(w) || SITE_SECTION.test(w)) ? name : null;
}

/** A group a text speaks of as its own or another's, no logo's name. */
const OWN_GROUP = /^(?:当社|弊社|本社|当行|当グループ|企業|関連|子会社|グループ)/;

/**
 * The line under a logo in a header: the next line, past those set beside the logo — wholly right of it (the menu's
 * row, a counter in the header's corner, set between the logo's two lines when the name wraps: 「株式会社Ａサービ」,
 * 「製品 ニュース 採用」 to its right, 「ス」 below).
 */
export function lineBelowLogo(logo: PdfLine, after: readonly PdfLine[]): PdfLine | undefined {
  for (const line of after) {
    if (line.page !== logo.page || logo.y - line.y > logo.size * 2.1) return line;
    if (line.x <= logo.right) return line;
  }
  return undefined;
}

/** Gaps between a line's runs of a space's width (a fifth of an em) or more, set as spaces — unless most gaps are (letter-spaced type). */
const SPACE_WIDTH = 0.2;

/**
 * A one-cell line's text with each gap between its runs as wide as a space read as one: a printed page's spaces the
 * browser drew as gaps, no glyph of their own; the line as read when it has cells or is set letter-spaced.
 */
export function spacedByGaps(line: PdfLine): string {
  const plain = lineTextOf(line);
  const items = line.items.filter((it) => it.str.length > 0);
  if (line.cells.length !== 1 || items.length < 2) return plain;
  const gapAt = items.slice(1).map((it, k) => it.x - (items[k]!.x + items[k]!.width) >= it.size * SPACE_WIDTH);
  if (gapAt.length >= 3 && gapAt.filter(Boolean).length * 2 > gapAt.length) return plain;
  return items.map((it, k) => (k > 0 && gapAt[k - 1] ? ' ' : '') + it.str).join('').replace(/\s+/g, ' ').trim();
}

/** The print's date and time as a browser's header sets it: 「12/6/26, 6:48 AM」「2026/12/05 10:00」. */
export const PRINTED_AT = /^[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?[ ]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ ]*[AP]M)?$/i;

/**
 * A logo's name wrapped in a narrow header (「株式会社Ａバス」 over 「ターズ」, the menu's rows beside it): the next
 * line's first cell in the logo's own type — not the menu's, set in another — just below, starting about where the
 * logo starts (or up to a few ems left of it, the logo's icon beside its first line), a short word's end in letters
 * (a bracketed note below closes no name): the row with the name whole (「株式会社Ａバスターズ 企業情報 …」); else null.
 */
export function logoWrappedBelow(line: PdfLine, next: PdfLine | undefined): string | null {
  if (!next || next.page !== line.page || line.cells.length === 0 || next.cells.length === 0) return null;
  const size = line.items[0]?.size ?? line.size;
  const nextSize = next.items[0]?.size ?? next.size;
  if (Math.abs(nextSize - size) >= 0.5 || line.y - next.y <= 0 || line.y - next.y > size * 2.1) return null;
  const x = line.cellX?.[0] ?? line.x;
  const nx = next.cellX?.[0] ?? next.x;
  // The menu beside the logo is set in another type: a row of the logo's type throughout is no logo beside a menu —
  // unless the piece below ends where the logo's first cell ends (an image's alt text wrapped in its box, set flush
  // right or centred: 「株式会社ひたち」 over 「なかテクノセンタ」, the menu's labels in the same type beside it).
  if (line.cells.length > 1 && line.items.every((it) => Math.abs(it.size - size) < 0.5) && !endsAlike(line, next)) return null;
  if (nx > x + 2 || nx < x - size * 3) return null;
  const piece = next.cells[0]!.trim();
  if (!/^[\p{L}\p{N}ー・]{1,8}$/u.test(piece) || SHARE_LABEL.test(piece) || NAV_LABEL.test(piece) || COPYRIGHT.test(piece)) return null;
  const name = line.cells[0]!.trim();
  // (The name cut before its legal form, 「Ａトラベルサービ」 over 「ス株式会社」, reads as a name once whole.)
  if (siteNameOf(name) === null && siteNameOf(name + piece) === null) return null;
  return [name + piece, ...line.cells.slice(1)].join(' ');
}

/** Whether the next line's first cell ends within a point or two of where the line's first cell ends. */
function endsAlike(line: PdfLine, next: PdfLine): boolean {
  const cellEnd = (l: PdfLine) => {
    const until = l.cellX?.[1] ?? Infinity;
    const items = l.items.filter((it) => it.str.trim() !== '' && it.x < until);
    return items.length > 0 ? Math.max(...items.map((it) => it.x + it.width)) : null;
  };
  const [a, b] = [cellEnd(line), cellEnd(next)];
  return a !== null && b !== null && Math.abs(a - b) <= 2;
}

/**
 * A logo's name wrapped inside its brackets (「社会福祉法人Ａ会（からたち」 over 「こどもえん）」 and the menu's row): the next
 * line's first cell, just below in the same type, up to the bracket it closes; else nothing.
 */
export function bracketClosedBelow(line: PdfLine, next: PdfLine | undefined): string {
  const text = line.cells.join(' ');
  if ((text.match(/[（(]/g) ?? []).length <= (text.match(/[）)]/g) ?? []).length) return '';
  if (!next || next.page !== line.page || Math.abs(next.size - line.size) >= 0.5 || line.y - next.y <= 0 || line.y - next.y > line.size * 2.1) return '';
  const rest = /^[^（()）\s]{1,20}[）)]/.exec(next.cells[0]!.trim());
  return rest ? rest[0] : '';
}

/**
 * A header row whose every cell wrapped in a narrow header (「日立建機株式会 | 企業情 | 事業紹」 over 「社 | 報 | 介」): the
 * row below holds a piece under each cell, starting where it starts, in its type, just below — each cell read whole
 * (「日立建機株式会社 企業情報 事業紹介」); else null.
 */
export function wrappedRow(line: PdfLine, next: PdfLine | undefined): string | null {
  if (!next || next.page !== line.page || line.cells.length < 2 || next.cells.length !== line.cells.length) return null;
  if (Math.abs(next.size - line.size) >= 0.5 || line.y - next.y <= 0 || line.y - next.y > line.size * 2.1) return null;
  const xs = line.cellX ?? [];
  const below = next.cellX ?? [];
  // The menu's cells line up with their pieces; the logo's may sit an em or so off its piece (an icon or an indent before it).
  if (xs.length !== line.cells.length || below.length !== xs.length || xs.some((x, k) => Math.abs(x - below[k]!) > (k === 0 ? line.size * 1.5 : 2))) return null;
  // Each piece short: a word's end, not a row of its own.
  if (next.cells.some((c) => c.trim().length === 0 || c.trim().length > 6)) return null;
  return line.cells.map((c, k) => c.trim() + next.cells[k]!.trim()).join(' ');
}

/** A copyright line's closing words at the end of its wrapped rest. */
const RIGHTS_RESERVED_END = /[ 　.,]*all rights(?: reserved)?[ 　.]*$/i;
/** The rest of 「All Rights Reserved.」 wrapped after 「All」. */
const RIGHTS_AFTER_ALL = /^rights(?:[ 　]+reserved)?[ 　.]*$/i;

/** A copyright line's characters that may not open a line, or close a name: a long vowel, a small kana, closing brackets and stops. */
const HELD_TO_LINE_BEFORE = /^[ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ」』）)］】〉》、。，．.]/;

/**
 * The rest of a copyright line wrapped onto the next line, or null: short, no copyright of its own, in the line's type
 * just below it and starting where it starts, the line having run to its column's edge — or the rest opening with a
 * character that is held to the line before (「ー.」 of 「株式会社ジーユ」).
 */
function copyrightWrap(line: PdfLine, next: PdfLine | undefined, lines: readonly PdfLine[]): string | null {
  // (A footer sets its lines up to twice their type apart.)
  // (Starting where the line starts, or where its last cell does: the copyright set beside the footer's name, 「株式会社Ａ
  // © 2026 株式会社Ａコンサルティン」 over 「グ All Rights Reserved.」.)
  const lastCell = line.cellX?.[line.cellX.length - 1] ?? line.x;
  if (!next || next.page !== line.page || next.cells.length !== 1 || Math.abs(next.size - line.size) >= 0.5 || line.y - next.y <= 0 || line.y - next.y > line.size * 2.1 || (Math.abs(next.x - line.x) > 2 && Math.abs(next.x - lastCell) > 2)) return null;
  const rest = next.cells[0]!.trim();
  // (The line's closing words may come with the name's rest: 「環境サービス All Rights Reserved.」 under 「© 2025 株式会社 日本管財」.)
  const name = rest.replace(RIGHTS_RESERVED_END, '');
  if (name.length === 0 || name.length > 20 || COPYRIGHT.test(name)) return null;
  if (HELD_TO_LINE_BEFORE.test(rest)) return rest;
  // (The line's closing words wrapped after their first, wherever the line ends: 「© 2025 株式会社Ａ All」 over 「Rights Reserved.」.)
  if (/[ 　]all$/i.test(lineTextOf(line)) && RIGHTS_AFTER_ALL.test(rest)) return rest;
  const right = maxOf(lines.filter((l) => l.page === line.page && (l.column ?? 0) === (line.column ?? 0)).map((l) => l.right));
  return line.right >= right - line.size * 1.5 ? rest : null;
}

/**
 * A printed head's issuer that is the start of the site's name, its logo wrapped in a narrow header: the
 * name's rest opens the next row (「| 株式会社良知 | 企業情報 … |」 over 「| 経営 | お問い合わせ |」, the footer's
 * 「© 2026 株式会社良知経営」) — the name whole. The menu set beside the logo, its line between the logo's
 * two, may come first (「Ｘ事業団 京」, 「HOME ABOUT …」, 「都会館（Ｙ）」). Another name that merely starts alike
 * keeps the issuer.
 */
export function wrappedLogoName(issuer: string | null, siteName: string | null, pageText: string): string | null {
  if (!issuer || !siteName || siteName.length <= issuer.length || !siteName.startsWith(issuer)) return issuer;
  let rest = siteName.slice(issuer.length).replace(/[ 　]+/g, '');
  const lines = pageText.split('\n');
  const at = lines.findIndex((l) => l.replace(/^\|[ ]*/, '').trim().startsWith(issuer));
  if (rest === '' || at < 0) return issuer;
  // A long name wraps over three lines or more (「…文化財機」「構 文化遺産国際協力コンソー」「シアム事務局 | HOME …」):
  // a line that is a middle piece of the rest (a row's first cell) is taken, and the rest goes on after it.
  let other = 0;
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '') continue;
    const text = line.replace(/^\|[ ]*/, '').trim();
    if (text.replace(/[ 　]+/g, '').startsWith(rest)) return siteName;
    const piece = text.split('|')[0]!.replace(/[ 　]+/g, '');
    if (piece.length > 0 && piece.length < rest.length && rest.startsWith(piece)) rest = rest.slice(piece.length);
    else if (++other >= 2) break;
  }
  return issuer;
}

/**
 * A printed head's issuer that is the end of a logo's name wrapped in a narrow header (「高専カンファレンス in 首 受験生の方へ …」
 * over 「都実行委員会」): the text names it whole (「高専カンファレンスin首都実行委員会(以下、当団体)」), what comes before the
 * issuer there (spaces aside) opening the line above — the name as the logo prints it (「高専カンファレンス in 首都実行委員会」).
 * Else the issuer.
 */
export function logoHeadAbove(issuer: string | null, pageText: string): string | null {
  if (!issuer) return issuer;
  const lines = pageText.split('\n');
  const at = lines.findIndex((l) => l.replace(/^\|[ ]*/, '').replace(/[ ]*\|[ ]*$/, '').trim() === issuer);
  const above = at > 0 ? lines.slice(0, at).reverse().find((l) => l.trim() !== '') : undefined;
  // (A heading above is the article's, no logo.)
  if (!above || /^#/.test(above.trim())) return issuer;
  const head = above.replace(/^\|[ ]*/, '').trim();
  const compact = head.replace(/[ 　]+/g, '');
  const text = lines.filter((_, k) => k !== at).join('\n');
  let n = 0;
  for (let p = text.indexOf(issuer); p >= 0; p = text.indexOf(issuer, p + 1)) {
    for (let k = 1; k <= Math.min(p, LOGO_HEAD_MAX); k++) {
      const seg = text.slice(p - k, p);
      if (seg.includes('\n')) break;
      const bare = seg.replace(/[ 　]+/g, '');
      if (bare.length > n && /^[\p{L}\p{N}]/u.test(bare) && compact.startsWith(bare)) n = bare.length;
    }
  }
  if (n < 2) return issuer;
  let end = 0;
  for (let seen = 0; seen < n; end++) if (!/[ 　]/.test(head[end]!)) seen++;
  return head.slice(0, end) + issuer;
}
/** At most this many characters of a logo's name stand on the line above its wrapped end. */
const LOGO_HEAD_MAX = 30;

/** A skip link a page opens with, printed alone: 「本文へ」「メインコンテンツへ」「本文へジャンプ」. */
const SKIP_LINK = /^(?:本文|メインコンテンツ|コンテンツ)(?:へ|に)(?:スキップ|移動|ジャンプ|進む)?$/;

/** How many lines a site's footer holds after its company block's name, at most. */
const FOOTER_LINES = 8;

/**
 * The site's footer's company block: its name alone on a line (「株式会社Ａ」), right over its address or
 * telephone line (「〒404-6702 …」「TEL …」), with nothing after it to the end but a few short lines of the
 * footer (its figures, its links: no sentence), and left out of the release's text as the site's chrome (a
 * release's own contact block, which may name a contractor's desk, stays in its text). A printed page whose
 * copyright line was cut off with a column beside the block still names its site there. So does a name alone
 * right over a copyright line that names no holder.
 */
function footerCompany(printed: readonly PdfLine[], text: string): string | null {
  // A cookie notice the print sets after the footer (a box fixed to the window's bottom) is no line of the page's.
  const lines = printed.slice(0, trailingConsentNotice(printed));
  const footerOnly = (k: number) => !lines.slice(k + 1).some((l) => lineTextOf(l).length > 80 || /。/.test(lineTextOf(l)));
  for (let k = lines.length - 1; k >= 0 && k >= lines.length - 2 - FOOTER_LINES; k--) {
    // A line naming the site's publisher by its label (「発行：Ａ株式会社」 under the copyright line), left out of the text.
    const label = PUBLISHER_LABEL.exec(lineTextOf(lines[k]!));
    if (label) {
      const line = lineTextOf(lines[k]!);
      const name = line.slice(label[0].length).trim();
      if ((isSiteName(name) || isJointIssuers(name)) && footerOnly(k) && !text.split('\n').some((l) => l.includes(line))) return name;
    }
    // The name opening the address's own line (「北海道滝川市 〒750-7328 … TEL …」).
    const opening = NAME_BEFORE_ADDRESS.exec(lineTextOf(lines[k]!));
    if (opening && isSiteName(opening[1]!) && footerOnly(k) && !text.split('\n').some((l) => l.trim().startsWith(opening[1]!))) return opening[1]!;
    const next = lines[k + 1];
    // The name alone over a copyright line that names no one (「M&Sフードサービス株式会社」 over 「Copyright © All Rights
    // Reserved.」): the holder the line leaves out, in the footer's type — the footer's row of links maybe between them
    // (「個人情報保護方針 サイトマップ」), or opening with it (「Ａ株式会社 個人情報保護方針 サイトマップ」: the name before the links).
    const own = holderlessBelow(lines, k);
    if (own !== undefined && (lines[k]!.cells.length === 1 || nameBeforeLinks(lineTextOf(lines[k]!)) !== null) && own.page === lines[k]!.page && Math.abs(own.size - lines[k]!.size) < 0.5) {
      const name = nameBeforeLinks(lineTextOf(lines[k]!)) ?? lineTextOf(lines[k]!);
      // (Or the joint issuers each so named: 「株式会社Ａ、株式会社Ｂ」, the site of two companies.)
      if ((isSiteName(name) || isJointIssuers(name)) && footerOnly(k) && !text.split('\n').some((l) => l.trim().startsWith(name))) return name;
    }
    if (next === undefined || lines[k]!.cells.length !== 1 || next.page !== lines[k]!.page || !ADDRESS_LINE.test(lineTextOf(next))) continue;
    let name = lineTextOf(lines[k]!);
    // The block's first address line over its next (「〒…」 over 「TEL …」): the name is further up.
    if (ADDRESS_LINE.test(name)) continue;
    // A long name wraps in the footer's column: its lines above, in its type just above it, start it — where
    // the line is a piece of a name (「ルティング」), the line above ends with a list's 、, or runs further
    // right and opens a name itself (a full line: 「Ａ生命保険株式会社、Ｂ生」 over 「命保険株式会社」).
    for (let j = k; j > 0 && wrapsInColumn(lines[j - 1]!, lines[j]!); j--) {
      const upper = lineTextOf(lines[j - 1]!);
      const whole = upper + name;
      const piece = !isSiteName(name) || /[、，,・]$/.test(upper) || (lines[j - 1]!.right > lines[j]!.right + lines[j]!.size && (/、/.test(upper) || CORPORATE_FORMS.some((w) => upper.startsWith(w))));
      if (!piece || (!isSiteName(whole) && !isJointIssuers(whole))) break;
      name = whole;
    }
    if (!(isSiteName(name) || isJointIssuers(name)) || !footerOnly(k)) return null;
    if (text.split('\n').some((l) => l.trim().startsWith(name))) return null;
    // A contact block names its desk after the body (「学校法人Ｘ学園（Ｘ大学） 総務課」): the site is the body.
    const parts = name.split(' ');
    while (parts.length > 1 && DEPARTMENT_RUN.exec(parts[parts.length - 1]!)?.[0] === parts[parts.length - 1]) parts.pop();
    return parts.join(' ');
  }
  return null;
}

/**
 * The copyright line naming no holder right under line `k`, or under the footer's rows of links below it (「個人情報保護方針
 * サイトマップ」, on the same page); undefined when none stands there.
 */
function holderlessBelow(lines: readonly PdfLine[], k: number): PdfLine | undefined {
  let j = k + 1;
  while (j + 1 < lines.length && lines[j]!.page === lines[k]!.page && isLinkRow(lineTextOf(lines[j]!))) j++;
  const below = lines[j];
  return below !== undefined && holderlessCopyright(lineTextOf(below)) ? below : undefined;
}

/** At most this many lines a cookie notice printed after the footer wraps over, its button with its last. */
const TRAILING_NOTICE_LINES = 3;

/**
 * Where a cookie notice printed at the end of the page begins (a box fixed to the window's bottom, printed once after
 * the footer: 「このウェブサイトはクッキーを使用しています。…みなされます。 OK」, maybe wrapped over two lines): the line
 * about cookies among the last three, each line after it right under the one above; the lines' count when none.
 */
export function trailingConsentNotice(lines: readonly PdfLine[]): number {
  for (let k = Math.max(0, lines.length - TRAILING_NOTICE_LINES); k < lines.length; k++) {
    if (!COOKIE_BANNER.test(lineTextOf(lines[k]!)) || lineTextOf(lines[k]!).length > 200) continue;
    const wrapped = lines.slice(k + 1).every((l, j) => {
      const upper = lines[k + j]!;
      return l.page === upper.page && upper.y > l.y && upper.y - l.y <= Math.max(upper.size, l.size) * 3.5;
    });
    if (wrapped) return k;
  }
  return lines.length;
}

/** A copyright line naming no holder: 「Copyright © All Rights Reserved.」「(C) 2025」. */
const holderlessCopyright = (text: string) => text.length <= 60 && COPYRIGHT.test(text) && copyrightHolderOf(text) === null;

/** `lower` carries on `upper`'s text in a column: one line below it, in its type, starting where it starts. */
const wrapsInColumn = (upper: PdfLine, lower: PdfLine) => upper.page === lower.page && upper.cells.length === 1 && Math.abs(upper.size - lower.size) < 0.5
  && upper.y > lower.y && upper.y - lower.y <= lower.size * 1.8 && Math.abs(upper.x - lower.x) <= 2 && !/。/.test(upper.cells[0]!);

/**
 * The page's date on the line right under its title (the first line that is not blank), else right above it, in a form
 * only that place makes a date line: a two-digit year (「26/03/20」), or the month and day alone (「6月22日（月）掲載」) with
 * the year the breadcrumbs give (「ホーム > ニュース > 2026年 > …」) or the one year near the page's own whose calendar has that weekday.
 */
function dateUnderTitle(lines: string[], title: string, trail: string | null): { date: string; at: number; title: number } | null {
  const t = lines.findIndex((l) => l.replace(/^#{2,6} /, '').trim() === title);
  if (t < 0) return null;
  let at = t + 1;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  let above = t - 1;
  while (above >= 0 && lines[above]!.trim() === '') above--;
  // The years the page writes, read once and only when a line below or above asks.
  let years: number[] | null = null;
  const pageYears = () => (years ??= writtenYears(lines.join('\n')));
  const year = trailYear(trail);
  const placed = placedDate(lines, at, pageYears, year) ?? placedDate(lines, above, pageYears, year);
  return placed ? { ...placed, title: t } : null;
}

/** The date of line `at` read as a date line only its place by the title makes one (dateUnderTitle's). */
function placedDate(lines: string[], at: number, pageYears: () => readonly number[], trailYear: number | null): { date: string; at: number } | null {
  const line = at >= 0 ? lines[at]?.trim() : undefined;
  if (line === undefined) return null;
  const dates = placedDateLine(line, pageYears, trailYear, false);
  return dates ? { date: dates[0]!.iso, at } : null;
}

/** A line that is one date alone, unlabelled, later than the head's date `date` (null: no date line read yet). */
export function laterDateAlone(line: string, date: string | null): boolean {
  if (date === null) return false;
  const dates = datesOfDateLine(line);
  return dates !== null && dates.length === 1 && !/[:：]/.test(line) && dates[0]!.iso > date;
}

/** A date line whose every date is an update's (「更新日：令和7年5月4日」「最終更新日 2026.03.08」). */
function isUpdateOnly(line: string): boolean {
  const dates = datesOfDateLine(line);
  return dates ? dates.every((d) => d.update) : isUpdateLabel(line) && !/公開|掲載|発表|公表|配信/.test(line);
}

/**
 * The site's name a logo or banner line gives, without the section set after it in the banner
 * (「有限会社Ａ ニュースリリース」「大分県大分市 お知らせ」 name 有限会社Ａ, 大分県大分市); null when the
 * line is no site's name.
 */
export function siteNameOf(line: string): string | null {
  // A print's header giving the site's name and its address (「Ａグループ（Ａ株式会社）　https://www.example.jp/」, a print
  // stylesheet's): the name.
  line = line.replace(ADDRESS_AFTER_NAME, '');
  // A logo whose image did not print shows its alt text beside the name it repeats: 「株式会社ＡＡ株式会社ＡＡ」.
  const half = line.length / 2;
  if (line.length >= 6 && Number.isInteger(half) && line.slice(0, half) === line.slice(half)) line = line.slice(half);
  let parts = line.split(/[ 　]+/);
  // Or beside the start of the name it repeats where the logo's text wrapped (「フィーチャ株式会社 フィーチャ」,
  // 「株式会社CAMPFIRE 株式会社」, 「アデコ株式会社 アデコ株式会企業情」 run into the menu): a name of its own
  // after it (「学校法人青葉学園 青葉短期大学」) is not that.
  if (parts.length === 2 && ((parts[0]!.length > parts[1]!.length && parts[0]!.startsWith(parts[1]!)) || (!isSiteName(parts[1]!) && commonPrefix(parts[0]!, parts[1]!) >= 3))) parts = [parts[0]!];
  // The same legal form and the start of the same name run into the menu (「株式会社良品計画 株式会社良品企業情」).
  else if (parts.length >= 2 && sameNameStart(parts[0]!, parts[1]!)) parts = [parts[0]!];
  // A menu's row with the logo, more words than a name has (「Ａ大学 ご案内 部門紹介 採用情報 アクセス」): the name, and
  // after it only words that name a body or its office themselves (a second name, 「総務部」); the first other word opens the menu.
  // (The name may be words of its own: 「三菱UFJ eスマート証券株式会社 HOME ABOUT …」.)
  else if (parts.length > 3) {
    // Its first word when that names a body; else the most words, up to three, that make a name (「株式会社 PR TIMES」).
    const words = isSiteName(parts[0]!) ? 1 : [3, 2].find((j) => isSiteName(parts.slice(0, j).join(' ')));
    const menu = words === undefined ? -1 : parts.findIndex((p, i) => i >= words && !isSiteName(p) && OFFICE_OF_IT.exec(p)?.[0] !== p);
    if (menu > 0) parts = parts.slice(0, menu);
  }
  return siteNameOfParts(parts);
}

/** A web address after a name, a space apart: 「　https://www.example.jp/」「 www.example.jp」. */
const ADDRESS_AFTER_NAME = /(?<=\S)[ 　]+(?:https?:\/\/|www\.)[!-~]{1,200}$/;

/** Two parts that open with the same legal form and the same start of a name after it (two words at least). */
function sameNameStart(a: string, b: string): boolean {
  const form = CORPORATE_FORMS.find((w) => a.startsWith(w));
  return form !== undefined && b.startsWith(form) && commonPrefix(a.slice(form.length), b.slice(form.length)) >= 2;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/** The site's own word run into the end of its name, with no space (「株式会社Ａオフィシャルサイト」「Ａ市公式ホームページ」). */
const GLUED_SITE_WORD = /(?:公式|オフィシャル)(?:ホームページ|ウェブサイト|Webサイト|WEBサイト|サイト)$/;

function siteNameOfParts(parts: string[]): string | null {
  while (parts.length > 1 && (SITE_SECTION.test(parts[parts.length - 1]!) || NAV_LABEL.test(parts[parts.length - 1]!))) parts.pop();
  // (A body's name before the site's word run into it names the body: 「株式会社Ａ」 of 「株式会社Ａオフィシャルサイト」.)
  const last = parts[parts.length - 1]!;
  const glued = GLUED_SITE_WORD.exec(last);
  if (glued && glued.index > 0) {
    const named = [...parts.slice(0, -1), last.slice(0, glued.index)].join(' ');
    if (isSiteName(named)) parts = [...parts.slice(0, -1), last.slice(0, glued.index)];
  }
  const name = parts.join(' ');
  if (!isSiteName(name)) return null;
  // A logo printed twice, or wrapped beside the menu, leaves pieces after the name (「アデコ株式会社
  // アデコ株式会 企業情」「株式会社Ａ 株式会社」): a company's form written after its name ends the name,
  // and a legal form alone after it is a piece.
  if (parts.length > 1 && COMPANY_FORM_AFTER.some((w) => parts[0]!.endsWith(w) && parts[0] !== w)) return parts[0]!;
  // (Not the form of a Latin name, which is no name without it: 「B-by-C 株式会社」.)
  while (parts.length > 1 && ORGANIZATION_WORDS.includes(parts[parts.length - 1]!) && isSiteName(parts.slice(0, -1).join(' '))) parts.pop();
  return parts.join(' ');
}

/** A word in katakana alone (a foreign name's word: 「ユニバーサル」), two letters at least. */
const KATAKANA_WORD = /^[ァ-ヶー・]{2,}$/;

/** A company's name in Latin letters, maybe with digits and marks inside (「B-by-C」「AB&C」), not a menu's label in capitals alone. */
const LATIN_NAME = /^[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9&.\-']{0,30}$/;

/** A Latin word of a company's name, none a menu's, its button's or a section's label (「Holdings」, not 「NEWS」). */
const isLatinNameWord = (p: string) => LATIN_NAME.test(p) && !NAV_LABEL.test(p) && !SITE_SECTION.test(p) && !MENU_BUTTON.test(p);

/** A katakana word of a foreign name, none a menu's, its button's or a section's label. */
const isKatakanaNameWord = (p: string) => KATAKANA_WORD.test(p) && !NAV_LABEL.test(p) && !SITE_SECTION.test(p) && !MENU_BUTTON.test(p);

/** Company forms that end a name written before them (Ａ株式会社): nothing of the name follows. */
const COMPANY_FORM_AFTER = ['株式会社', '有限会社', '合同会社', '合名会社', '合資会社', '相互会社'];

/**
 * A site's name as its logo prints it, or a letter's sender above its title: one organization's
 * name and nothing else — maybe with the unit or house it speaks for in parentheses
 * (「京都大学（文学研究科図書館）」「Ａ株式会社（ホテルＢ）」).
 */
function isSiteName(line: string): boolean {
  // A figure is no name's (a date, an address, a count), but a digit or two run into a Latin word is (「メディア４ｕ」「Web3」).
  if (line.length < 3 || line.length > 50 || /[。、：:|｜]/.test(line) || (/[0-9０-９]/.test(line) && /[0-9０-９]/.test(line.replace(DIGITS_IN_WORD, '')) && !FORMED_DIGIT_NAME.test(line))) return false;
  // A name with a recipient's honorific (「株式会社Ａ 御中」「Ａ市長 様」) is the addressee's.
  if (ADDRESSEE_END.test(line)) return false;
  const unit = UNIT_IN_PARENS.exec(line);
  const parts = (unit ? line.slice(0, unit.index) : line).split(/[ 　]+/);
  // (Four words when a foreign name's three katakana words stand before the form set apart: 「スターバックス コーヒー ジャパン 株式会社」.)
  if (parts.length > 4 || (parts.length === 4 && !(COMPANY_FORM_AFTER.includes(parts[3]!) && parts.slice(0, 3).every(isKatakanaNameWord)))) return false;
  // A legal form or an ending alone (a logo 「株式会社｜研創」 wrapped after its form) names no one.
  if (parts.length === 1 && ORGANIZATION_WORDS.includes(parts[0]!)) return false;
  // A legal form opens or ends the name (株式会社Ａ, Ａ株式会社); a body's ending only ends it (…病院, not 病院長).
  if (CORPORATE_FORMS.some((w) => parts[0]!.startsWith(w)) || ORGANIZATION_WORDS.some((w) => parts[0]!.endsWith(w))) return true;
  // A company's form may end the last of its words, those before it set apart by the Latin letters they hold
  // (「三菱UFJ eスマート証券株式会社」): a label before a name (「委託先 Ａ株式会社」) has none.
  const last = parts[parts.length - 1]!;
  // Or in katakana, a foreign name's words written apart (「ユニバーサル ミュージック合同会社」), none a menu's, its button's or a section's label (「メニュー 日本セラミック株式会社」 is the button beside the logo).
  if (parts.length > 1 && COMPANY_FORM_AFTER.some((w) => last.endsWith(w) && last !== w) && parts.slice(0, -1).every((p) => /[A-Za-zＡ-Ｚａ-ｚ]/.test(p) || isKatakanaNameWord(p))) return true;
  // Or the form a word of its own after a Latin name (「B-by-C 株式会社」), or after a foreign name's katakana words
  // (「スターバックス コーヒー ジャパン 株式会社」).
  // (Or after a Latin name of two or three words, none a menu's label: 「REXT Holdings 株式会社」.)
  if (parts.length === 2 && COMPANY_FORM_AFTER.includes(last) && LATIN_NAME.test(parts[0]!)) return true;
  if (parts.length === 3 && COMPANY_FORM_AFTER.includes(last) && parts.slice(0, -1).every(isLatinNameWord)) return true;
  if (parts.length > 2 && COMPANY_FORM_AFTER.includes(last) && parts.slice(0, -1).every(isKatakanaNameWord)) return true;
  // So does an ending prose uses too freely to find names by, on a line of its own (「Ｘ共済事業団 Ｙ会館」).
  if (STANDALONE_NAME_ENDINGS.some((w) => parts[0]!.endsWith(w) && parts[0] !== w)) return true;
  // A desk named for the organization that runs it (「Ｘ事業事務局（株式会社Ｙ）」), or a group for its company (「Ｘグループ（Ｘ株式会社）」).
  return unit !== null && parts.length === 1 && (RUN_DESK_ENDING.test(parts[0]!) || GROUP_NAME_ENDING.test(parts[0]!)) && isSiteName(unit[1]!);
}

/**
 * A company's name under its legal form with a digit in it (「株式会社２りんかんイエローハット」「３Ｍジャパン株式会社」):
 * one word, the form opening or closing it, a single digit no figure's (no other digit, date or address mark).
 */
const FORMED_DIGIT_NAME = /^(?:(?:株式会社|有限会社|合同会社)[^\s0-9０-９]*[0-9０-９](?![丁番号階年月日件名人期])[^\s0-9０-９〒.．,，/-]*|[^\s0-9０-９〒.．,，/-]*[0-9０-９](?![丁番号階年月日件名人期])[^\s0-9０-９]*(?:株式会社|有限会社|合同会社))$/;

/** A digit or two joined to a Latin letter: part of a word (「４ｕ」「Web3」「B2B」). */
const DIGITS_IN_WORD = /(?<=[A-Za-zＡ-Ｚａ-ｚ])[0-9０-９]{1,2}(?![0-9０-９])|(?<![0-9０-９])[0-9０-９]{1,2}(?=[A-Za-zＡ-Ｚａ-ｚ])/g;

/** The honorific a letter's addressee line ends with. */
const ADDRESSEE_END = /(?:御中|様|殿|各位)$/;

/** The unit or house a name speaks for, or the body that runs it, in parentheses after it: 「（京都大学文学研究科図書館）」. */
const UNIT_IN_PARENS = /(?<=\S)[（(]([^（）()\s]{2,30})[）)]$/;

/** A date as a news page prints it: 2025年12月3日, 2025.12.03, 2025/12/3, 令和7年12月3日. */
const PAGE_DATE = /(?:(?:19|20)[0-9]{2}[ ]*(?:年[ ]*[0-9]{1,2}[ ]*月[ ]*[0-9]{1,2}[ ]*日|[./-][0-9]{1,2}[./-][0-9]{1,2})|(?:令和|平成)[ ]*[0-9元]{1,2}[ ]*年[ ]*[0-9]{1,2}[ ]*月[ ]*[0-9]{1,2}[ ]*日)/;

/** An update's label and date, maybe cut short where the line wrapped (「最終更新日：2026年3月4」). */
const UPDATE_DATE = /(?:最終)?更新(?:日|日時)?[ ]*[:：]?[ ]*(?:令和|平成)?[0-9年月日元./ -]+/g;

/** What follows a date that bounds a period: 「まで」「迄」「から」「より」「～」. */
const PERIOD_BOUND = /^[ ]*(?:[(（][月火水木金土日祝][)）])?[ ]*(?:まで|迄|から|より|[~～〜])/;

/**
 * A polite predicate closing what stands beside a date (「【休診のお知らせ】2025年1月23日（金）は眼科を休診いたします」):
 * a site's notice banner says something happens on that day — a date line says nothing.
 */
const NOTICE_PREDICATE = /(?:ます|ました|ません|です|でした)$/;

/**
 * A page's date line with what a news page sets beside the date: its label (配信日時：), the time
 * (9時00分, 10:00), a weekday, brackets and the news category (｜ カテゴリ：コーポレート, お知らせ・).
 * Nothing else may stand on the line: no other number, no sentence.
 */
export function looseDateLine(raw: string): string | null {
  // (A date in kanji numerals read in digits: 「二〇二五年十二月十一日発表 投稿者：教務担当」.)
  const whole = withKanjiDate(raw.normalize('NFKC').trim());
  if (whole.length > 60 || /[。、]/.test(whole)) return null;
  // The update's date beside the publication's (「公開日 2026.02.18 更新日2026.03.08」) is not the page's.
  const published = whole.replace(UPDATE_DATE, ' ').trim();
  const line = PAGE_DATE.test(published) ? published : whole;
  const found = PAGE_DATE.exec(line);
  if (!found) return null;
  // A period's bound (a campaign's 「2026年8月7日まで」, 「2025年4月1日から」「…～」) dates no page.
  if (PERIOD_BOUND.test(line.slice(found.index + found[0].length))) return null;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found[0].length))
    .replace(/(?:午前|午後)?[ ]*[0-9]{1,2}[ ]*(?:時[ ]*(?:[0-9]{1,2}[ ]*分)?|:[0-9]{2})/g, ' ')
    .replace(/[(（][月火水木金土日祝][)）]/g, ' ')
    .replace(/[^ :：|｜・/]{1,8}[ ]*[:：]/g, ' ')
    .replace(/[\[\]［］【】〔〕<>〈〉|｜・/]/g, ' ')
    .trim();
  if (/[0-9]/.test(rest) || rest.length > 24 || NOTICE_PREDICATE.test(rest)) return null;
  return dateOfDateLine(found[0]);
}

/**
 * The publication date of a date line: the line's date, or on a line that gives both
 * (「公開日：2025年8月8日 更新日：2025年8月10日」) the date before the update's label.
 */
function publicationDate(raw: string): string | null {
  // Dates set apart by a wide gap come as cells: 「| 公開日：2026年8月20日 | 更新日：2026年8月22日 |」.
  const cells = /^\|.*\|$/.test(raw) && raw.length <= 100 ? raw.slice(1, -1).split('|').map((c) => c.trim()) : null;
  // Or one cell of it that is a date line: 「| ■新着情報 | 2025.01.09 |」 (a side box's heading beside the article's date).
  const cellDate = cells?.map((c) => dateOfDateLine(c)).find(Boolean);
  if (cellDate) return cellDate;
  const line = cells ? cells.join(' ') : raw;
  const whole = dateOfDateLine(line);
  if (whole || line.length > 80) return whole;
  // A page's publication and update dates side by side, maybe with its category: 「2024年12月17日2024年12月23日お知らせ」,
  // 「R8.2.9 2025.12.31」 (the post's date in the era's initial, the update's after it), 「令和8年7月13日2026.07.23」 (the era's, the update's icon not printed).
  const dates = [...line.normalize('NFKC').matchAll(SIDE_BY_SIDE_DATE)];
  if (dates.length >= 2 && dates[0]!.index === 0) {
    const rest = line.normalize('NFKC').replace(SIDE_BY_SIDE_DATE, ' ').trim();
    if (rest === '' || NEWS_CATEGORY.test(rest)) return dateOfDateLine(eraInitialDate(dates[0]![0]) ?? dates[0]![0]);
  }
  // A date line in the era's initial alone (「R8.2.9」).
  const initial = eraInitialDate(line.normalize('NFKC').trim());
  if (initial) return dateOfDateLine(initial);
  const update = /(?:最終)?更新(?:日|日時)?[ :：]/.exec(line.normalize('NFKC'));
  return update && update.index > 0 ? dateOfDateLine(line.normalize('NFKC').slice(0, update.index)) : null;
}

/** A date as a page's date line gives it, in the West's years, the era's (「令和8年7月13日」) or its initial (「R8.2.9」: 令和8年2月9日). */
const SIDE_BY_SIDE_DATE = /(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|[./][0-9]{1,2}[./][0-9]{1,2})|(?:令和|平成)(?:[0-9]{1,2}|元)年[0-9]{1,2}月[0-9]{1,2}日|[RH][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?![0-9])/g;


/** A line that opens a new item whatever its position: bullets, markers, numbered points, notes. */
const OPENS_ITEM = /^(?:[-*・•●○◆◇■□▼▽▶►◎※＊①-⑳]|[0-9０-９]{1,2}[.．)）]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|第[0-9０-９一二三四五六七八九十]{1,3}(?=[条章節項款編部 　.．、:：]|$)|【)/;

/** A run of Latin letters and digits that a line cannot break inside. */
const LEADING_WORD = /^[A-Za-z0-9][A-Za-z0-9,.\-_/:@]*/;

/**
 * What a line cannot break inside at its start, by the Japanese line-breaking rules (kinsoku): an
 * opening bracket that may not end a line, then a character or a Latin word, then the closing
 * brackets, commas and small kana that may not open one (「ル」、」「（DM）」」).
 */
const LEADING_KINSOKU_UNIT = /^[「『（(［【〈《]*(?:[A-Za-z0-9][A-Za-z0-9,.\-_/:@]*|[^\s「『（(［【〈《])[」』）)］】〉》、。，．ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ！？!?]*/;
const HELD_TOGETHER = /^[「『（(［【〈《]|[」』）)］】〉》、。，．ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ！？!?]$/;

/** The width in ems of the unit a wrapped line had to carry over whole: a Latin word, or a unit the breaking rules hold together. */
function carriedWidth(next: string): number {
  const latin = (LEADING_WORD.exec(next)?.[0].length ?? 0) * 0.6;
  const unit = LEADING_KINSOKU_UNIT.exec(next)?.[0] ?? '';
  if (unit.length < 2 || !HELD_TOGETHER.test(unit[0]!) && !HELD_TOGETHER.test(unit[unit.length - 1]!)) return latin;
  let width = 0;
  for (const ch of unit) width += /[\x21-\x7e]/.test(ch) ? 0.6 : 1;
  return Math.max(width, latin);
}

/** How many lines at each point (rounded) of a coordinate, in the order first met. */
function tally(lines: readonly PdfLine[], at: (l: PdfLine) => number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const point = Math.round(at(l));
    counts.set(point, (counts.get(point) ?? 0) + 1);
  }
  return counts;
}

/** The column a line was read in (its page's, when the page has one column). */
const columnOf = (l: PdfLine) => l.column ?? l.page;

/** Where a line's cells start matches a table's columns (within two points). */
const atColumn = (x: number, columns: number[]) => columns.findIndex((c) => Math.abs(c - x) <= 2);

/** A full date: 2024年12月31日, 2024/12/31, 令和6年12月31日. */
const FULL_DATE = /(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}(?![0-9])|(?:令和|平成)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日/g;
const datesIn = (cells: readonly string[]) => cells.reduce((n, c) => n + (c.normalize('NFKC').match(FULL_DATE)?.length ?? 0), 0);

/** A row with the line below carried on in its cells, each of the line's cells in the row's column it starts at. */
function cellsJoined(row: PdfLine, below: PdfLine): PdfLine {
  const cells = [...row.cells];
  below.cells.forEach((cell, c) => {
    const at = atColumn(below.cellX[c]!, row.cellX);
    cells[at] = cells[at] ? cells[at] + (needsSpace(cells[at]!, cell, row, below) ? ' ' : '') + cell : cell;
  });
  return { ...row, cells, cellX: [...row.cellX] };
}

/**
 * An unruled table whose cells wrap: its rows are set apart by more than a cell's wrapped lines
 * (padding between rows), so a line one wrap below a row, each of its cells starting at one of the
 * row's columns, carries on those cells (「※内、口座情報を含むものが66,013」「件、含まないものが54,916件」).
 * Only where the table's spacing shows both rhythms: rows set evenly apart are each a row.
 */
export function joinWrappedCells(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; ) {
    const row = lines[i]!;
    if (row.table || row.cells.length < 2) {
      out.push(row);
      i++;
      continue;
    }
    // The run of lines from this row on that stand in its columns, one below the other.
    let j = i + 1;
    while (j < lines.length) {
      const l = lines[j]!;
      const above = lines[j - 1]!;
      if (l.table || l.page !== row.page || l.column !== row.column || above.y - l.y <= 0 || above.y - l.y > row.size * 4) break;
      if (!l.cellX.every((x) => atColumn(x, row.cellX) >= 0)) break;
      // A line running past its last cell's column into the next is a paragraph, not a cell's text.
      const next = row.cellX[atColumn(l.cellX[l.cellX.length - 1]!, row.cellX) + 1];
      if (next !== undefined && l.right > next) break;
      j++;
    }
    const run = lines.slice(i, j);
    const spacing = run.slice(1).map((l, k) => run[k]!.y - l.y);
    const wrap = minOf(spacing);
    // A table: two rows or more of cells, each opening after the wider spacing.
    const rows = run.filter((l, k) => l.cells.length >= 2 && (k === 0 || spacing[k - 1]! >= wrap * 1.4)).length;
    // One row wrapped in narrow cells (a date line's 「投稿日：2024年12月31」「最終更新日：2025年」 over 「日（火）」「1月6日」):
    // a line just below whose cells complete a date the row's cells cut. Wrapped twice or three times (a byline's cells
    // in a narrow print: 「2024年12月」「カテゴリ:」「ヒット」 over 「18日(水)掲」「お知らせ」「数:」 over 「載」「34,742」), its lines
    // one wrap apart each — one rhythm, no row's padding between them — are the one row all the same.
    // (What follows those lines in the run, a paragraph's line or two in the first column, is no row of theirs.)
    let wrapped = 1;
    while (wrapped < Math.min(run.length, 4) && spacing[wrapped - 1]! <= row.size * 1.8 && spacing[wrapped - 1]! <= spacing[0]! * 1.2) wrapped++;
    if (wrapped >= 2 && run.slice(wrapped).every((l) => l.cells.length < 2)) {
      const joined = run.slice(1, wrapped).reduce(cellsJoined, row);
      if (datesIn(joined.cells) > run.slice(0, wrapped).reduce((n, l) => n + datesIn(l.cells), 0)) {
        out.push(joined);
        i += wrapped;
        continue;
      }
    }
    if (run.length < 3 || rows < 2 || !spacing.some((d) => d >= wrap * 1.4)) {
      out.push(row);
      i++;
      continue;
    }
    let current: PdfLine | null = null;
    run.forEach((l, k) => {
      if (current && spacing[k - 1]! <= wrap * 1.2) {
        const cells: string[] = [...current.cells];
        l.cells.forEach((cell, c) => {
          const at = atColumn(l.cellX[c]!, current!.cellX);
          cells[at] = cells[at] ? cells[at] + (needsSpace(cells[at]!, cell, current!, l) ? ' ' : '') + cell : cell;
        });
        current.cells = cells;
        return;
      }
      // A row opens: a copy, so the line read from the page stays as it was.
      current = { ...l, cells: [...l.cells], cellX: [...l.cellX] };
      out.push(current);
    });
    i = j;
  }
  return out;
}

/**
 * A section's number alone: 「●第1」「第3条」「1.」「（2）」「ア」「②」「三、」 — maybe under its chapter's number, as
 * a word processor's multi-level list numbers a subsection (「7．①」「2．(1)」「1.2」).
 */
const SECTION_NUMBER_ALONE = /^[●○■□◆◇▼▽・]?(?:[0-9０-９]{1,2}[.．][ 　]?)?(?:第[0-9０-９一二三四五六七八九十]{1,3}(?:条|章|節|項)?|[0-9０-９]{1,2}[.．]?|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[ア-ンｱ-ﾝ][.．]?|[①-⑳]|[一二三四五六七八九十]{1,2}[、.．]?)$/;

/**
 * A heading whose number stands apart from its title by a wide space (「●第1　本件の概要」, 「ア　個人データの
 * 項目」) is read in two cells, as a table's row: alone (no row above or below), it is one line, the number and
 * title set apart by the space the page wrote. So is a numbered heading of a few characters spaced out with a
 * full-width space (「1．概　要」「2．経　緯」), its cells about one character apart.
 */
function numberedHeadingsWhole(lines: PdfLine[]): PdfLine[] {
  const isRow = (l: PdfLine | undefined) => l !== undefined && (l.table || l.cells.length > 1);
  return lines.map((l, i) => {
    if (l.table || l.cells.length !== 2 || /[。、]$/.test(l.cells[1]!)) return l;
    if (!SECTION_NUMBER_ALONE.test(l.cells[0]!.trim()) && !isSpacedHeading(l) && !wrapsBoldHeading(lines[i - 1], l)) return l;
    if (isRow(lines[i - 1]) || isRow(lines[i + 1])) return l;
    return { ...l, cells: [`${l.cells[0]!.trim()}　${l.cells[1]!.trim()}`], cellX: [l.cellX[0]!] };
  });
}

/**
 * A bold heading's wrapped line with a wide space inside it (「び幼稚園　170校園（別」 under 「ある福島県の公立学校及」 of
 * 「２　情報漏洩の可能性のある福島県の公立学校及び幼稚園　170校園（別紙参照）」 in a narrow column): the line above is one
 * cell in the same bold type, starting where it starts, right above it, and full — it runs as far right as this one
 * (it wrapped), without a sentence's end.
 */
export function wrapsBoldHeading(above: PdfLine | undefined, l: PdfLine): boolean {
  if (above === undefined || !above.bold || !l.bold || above.table || above.cells.length !== 1 || above.page !== l.page) return false;
  if (Math.abs(above.size - l.size) >= 0.5 || l.items.some((it) => Math.abs(it.size - l.size) >= 0.5) || Math.abs(above.x - l.x) > 1) return false;
  if (/[。、：:]$/.test(above.cells[0]!.trim())) return false;
  return above.y > l.y && above.y - l.y <= l.size * WRAPPED_HEADING_PITCH && above.right >= l.right - l.size;
}

/** A short numbered heading in two cells about a character apart: 「1．概」 and 「要」 of 「1．概　要」. */
function isSpacedHeading(l: PdfLine): boolean {
  const [first, second] = [l.cells[0]!.trim(), l.cells[1]!.trim()];
  if (!SECTION_NUMBER.test(first) || first.length > 12 || second.length > 8 || /[。、]/.test(first + second)) return false;
  const firstRight = maxOf(l.items.filter((it) => it.x < l.cellX[1]! - 0.5).map((it) => it.x + it.width));
  return l.cellX[1]! - firstRight <= l.size * 1.6;
}

/** Baselines this close, in the type's size, are one wrapped heading's lines. */
const WRAPPED_HEADING_PITCH = 2.2;

/** Lines back into text: headings by type size, table rows, paragraphs joined across wrapped lines. */
export function assemble(all: PdfLine[]): string {
  if (all.length === 0) return '';
  const lines = numberedHeadingsWhole(joinWrappedCells(all));
  // The body's type is the type of its sentences: a long table in smaller type (a list of 30
  // companies) carries more characters, and the paragraphs must not read as headings.
  const sentences = lines.filter((l) => !l.table && l.cells.length === 1 && /。/.test(l.cells[0]!));
  const bodySize = sentences.length >= 3 ? dominantSize(sentences) : dominantSize(lines);
  const latinPairs = latinWordPairs(all);
  // (A logo's placeholder alt text — a broken image printed in its heading's type, 「ロゴ」 over the tagline — ranks below the
  // headings' sizes when no heading shares its type: printed larger than the title, it leaves the title the top level, where
  // splitHeader reads it.)
  const sizeRank = (placeholder: boolean) => [...new Set(lines.filter((l) => isHeading(l, bodySize) && LOGO_PLACEHOLDER.test(lineTextOf(l).trim()) === placeholder).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const ranked = sizeRank(false);
  const headingSizes = [...ranked, ...sizeRank(true).filter((size) => !ranked.includes(size))];
  // The edges of the text block, per column of each page: a line reaching the right one was wrapped, not ended.
  // The right edge is where most full lines end (hanging punctuation 。、 sticks out past it).
  const edges = new Map<number, { left: number; right: number }>();
  // Lines grouped by page once (filtering all lines per page made a long PDF quadratic).
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) {
    if (!byPage.has(columnOf(l))) byPage.set(columnOf(l), []);
    byPage.get(columnOf(l))!.push(l);
  }
  for (const [page, column] of byPage) {
    // The left edge is where the column's lines start, not a lone line further left (a site's
    // banner above the article, read in the same column once the menu beside it is cut off).
    const starts = tally(column, (l) => l.x);
    const shared = [...starts.entries()].filter(([, n]) => n >= Math.max(2, column.length * 0.2)).map(([x]) => x);
    const left = shared.length > 0 ? minOf(shared) - 0.5 : minOf(column.map((l) => l.x));
    // The right edge is the text's: lines that start past the middle of the column (a menu's links or a box set
    // beside the article's first lines, read in its column) end where that box ends, not where the text wraps.
    const middle = (left + maxOf(column.map((l) => l.right))) / 2;
    const text = column.filter((l) => l.x < middle);
    // And the text's type: a title in larger type spans the page's width over a box beside the article (a share
    // box, read as a column of its own between the text's lines), and the text read after that box in the title's
    // column wraps short of it (「…決済関連」 over 「情報は含まれておりません。」).
    const inBodyType = text.filter((l) => Math.abs(l.size - bodySize) <= bodySize * 0.1);
    const on = inBodyType.length >= 2 ? inBodyType : text.length >= 2 ? text : column;
    const ends = tally(on, (l) => l.right);
    const edgeNear = (max: number) => [...ends.entries()].filter(([r, n]) => n >= 2 && r >= max - bodySize * 3).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    let max = maxOf(on.map((l) => l.right));
    let common = edgeNear(max);
    if (!common && on.length >= 3) {
      // One line runs far past the rest (an unbreakable URL overflowing its column): the edge is where the others wrap.
      const below = maxOf(on.filter((l) => l.right < max - bodySize * 3).map((l) => l.right));
      const shared = edgeNear(below);
      if (shared && on.filter((l) => l.right > below + 0.5).length === 1) [max, common] = [below, shared];
    }
    edges.set(page, { left, right: common ? common[0] : max });
  }
  // Headings set at body size or smaller stand apart by weight alone: they rank below every larger heading, by size.
  // Only once the text has begun (its first sentence): above it a bold line in body type is the page's meta row
  // (「公開日 2026.02.18 更新日」), a byline or a menu, not a section's heading.
  const textBegins = lines.findIndex((l) => !l.table && !l.bold && l.cells.length === 1 && l.cells[0]!.includes('。'));
  const boldHeadings = new Set(textBegins < 0 ? [] : lines.filter((_, i) => i > textBegins && isBoldHeading(lines, i, bodySize, edges)));
  // A bold heading with a heading in its own type right under it (no text between) opens a section over it: it ranks one above.
  const boldRank = (l: PdfLine) => {
    const after = lines[lines.indexOf(l) + 1];
    return Math.round(l.size * 2) / 2 + (after && boldHeadings.has(after) && Math.abs(after.size - l.size) < 0.25 ? 0.25 : 0);
  };
  const boldRanks = new Map([...boldHeadings].map((l) => [l, boldRank(l)]));
  const boldSizes = [...new Set(boldRanks.values())].sort((a, b) => b - a);
  const out: string[] = [];
  let prev: PdfLine | null = null;
  let lastHeading: PdfLine | null = null;
  // The paragraph being built opened with a drawn bullet.
  let inItem = false;
  // The line just set as a paragraph of its own (nothing joined to it yet).
  let alone: PdfLine | null = null;
  // The cells of the ruled table's first row (its header), while its rows go on; whether the browser just reprinted it.
  let tableHead: string[] | null = null;
  let headRepeated = false;
  for (const l of lines) {
    // A list item printed with a drawn bullet reads as the Markdown's 「- 」 item.
    let text = l.cells.length > 1 ? `| ${l.cells.join(' | ')} |` : `${l.bullet ? '- ' : ''}${l.cells[0]!}`;
    // The wrapped lines of such an item go on in its type: they are the item's, not headings.
    const bold = boldHeadings.has(l);
    // A title that is a sentence (「当社のお客さま口座での不正」 over 「取引が判明しました。」): its last line, in the heading's
    // large type one line below it, ends with 。 and is no heading by itself, but the heading's own.
    if (!bold && prev === null && lastHeading !== null && l.cells.length === 1 && !l.table && !l.bullet && /。$/.test(text) && text.length <= 60
      && l.size >= bodySize * 1.2 && Math.abs(lastHeading.size - l.size) < 0.5 && lastHeading.page === l.page && lastHeading.y - l.y <= l.size * WRAPPED_HEADING_PITCH
      && !/[。、」）)]$/.test(out[out.length - 2] ?? '') && /^#+ /.test(out[out.length - 2] ?? '')) {
      out[out.length - 2] += text;
      lastHeading = null;
      continue;
    }
    if ((bold || isHeading(l, bodySize)) && !(inItem && prev && l.cells.length === 1 && continues(prev, l, edges))) {
      // A title wrapped over two lines of the same large type is one heading (a web page sets
      // headings at a line height up to 2, rounded to whole pixels: 19.5 pt type 39.7 pt apart), also
      // where it goes on at the next page's top.
      // (Not, once the text has begun, a section's heading of its own right under one that stopped short of the edge:
      // 「■2.個人情報の漏えいの可能性の状況」 over 「■(1)原因」, an old table layout's heading bars over each other. Above the
      // text, the head's lines are read as they stand.)
      const ownHeading = () => textBegins >= 0 && lines.indexOf(lastHeading!) > textBegins && headingBelowHeading(lastHeading!, text, edges);
      if (!bold && prev === null && lastHeading && Math.abs(lastHeading.size - l.size) < 0.5 && ((lastHeading.page === l.page && lastHeading.y - l.y <= l.size * WRAPPED_HEADING_PITCH && !ownHeading()) || headingGoesOn(lastHeading, l, text, edges))) {
        // Latin words on both sides (「Academic Support」「Navi」): a title breaks between words, at a
        // space the PDF does not draw; a run of a URL or file name (「/golden-」) broke inside itself.
        out[out.length - 2] += (LATIN_WORD_END.test(out[out.length - 2]!) && /^[A-Za-z]/.test(text) ? ' ' : '') + text;
        lastHeading = l;
        continue;
      }
      // A title or a logo wrapped after a 、 (「…への不正アクセス、」 over 「および…について」) in its type, one line above: one heading.
      if (!bold && alone !== null && alone === prev && brokenAtComma(alone, l, bodySize)) {
        text = out.pop()! + text;
        if (out[out.length - 1] === '') out.pop();
      }
      // One level per heading size, ## to ######: a subsection in smaller type stays under its section.
      const rank = bold ? headingSizes.length + boldSizes.indexOf(boldRanks.get(l)!) : headingSizes.indexOf(Math.round(l.size * 2) / 2);
      const level = 2 + Math.min(4, rank);
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(`${'#'.repeat(level)} ${text}`);
      out.push('');
      prev = null;
      lastHeading = l;
      continue;
    }
    lastHeading = null;
    // A cell's text wrapped onto the next line: one piece, just below, starting where a cell (not the first) starts.
    if (prev && !prev.table && !l.table && prev.cells.length > 1 && l.cells.length === 1 && prev.page === l.page && prev.y - l.y <= Math.max(prev.size, l.size) * 1.6) {
      const column = prev.cellX.findIndex((x, i) => i > 0 && Math.abs(x - l.x) <= 2);
      if (column > 0) {
        prev.cells[column] += (needsSpace(prev.cells[column]!, text, prev, l) ? ' ' : '') + text;
        out[out.length - 1] = `| ${prev.cells.join(' | ')} |`;
        continue;
      }
    }
    // A line set with wide spaces (a date, then what happened on it) that runs to the edge and wraps back
    // under its first cell, not under a later one, was prose, not a table's row: it reads as one line going on.
    if (prev && !prev.table && !l.table && prev.cells.length > 1 && l.cells.length === 1 && prev.page === l.page
      && l.x < prev.cellX[1]! - l.size && continues(prev, l, edges)) {
      const line: string = prev.cells.join(' ');
      out[out.length - 1] = line + (needsSpace(line, text, prev, l) ? ' ' : '') + text;
      prev = { ...l, x: prev.x, cells: [line + text] };
      continue;
    }
    if (prev && !prev.table && !l.table && l.cells.length === 1 && prev.cells.length === 1 && continues(prev, l, edges)) {
      const last = out[out.length - 1]!;
      // Latin words on both sides of a wrap that stopped short of the edge: the line broke at the
      // space between them (「…「(Academic Support」「Navi」…」), not inside a word.
      const short = prev.right < edges.get(columnOf(prev))!.right - Math.max(prev.size, l.size);
      // So too where the page prints the two words elsewhere with a space between them (a logo's 「Ａクラブ Green Field」
      // over the text's 「…Green」 and 「Field」…」 wrapped at the edge).
      const betweenWords = (short || spacedElsewhere(latinPairs, last, text)) && /[A-Za-z]$/.test(last) && /^[A-Za-z]/.test(text);
      // A logo's name set over two lines at the page's top, each line a body's name (「…病院機構」 over
      // 「…市民病院」): the parent and the body it runs, written apart.
      const stackedNames = l.page === 1 && l.position < 0.25 && isSiteName(last) && isSiteName(text);
      out[out.length - 1] = last + (betweenWords || stackedNames || needsSpace(last, text, prev, l) ? ' ' : '') + text;
      prev = l;
      continue;
    }
    // The table's header row, reprinted by the browser at the next page's top (a <thead> repeats on each page):
    // read once. A row the page break cut (no rule under it) goes on in the row under that header; under it, a first
    // cell left empty is a cell spanning rows from the previous page, not a cut row's rest.
    if (prev?.table && l.table && l.page === prev.page + 1 && tableHead !== null && !headRepeated && sameCells(l.cells, tableHead)) {
      headRepeated = true;
      continue;
    }
    // A table row broken by a page break goes on at the top of the next page (no rule above it, or its first cells empty).
    if (prev?.table && l.table && l.page === prev.page + 1 && l.cells.length === prev.cells.length && (headRepeated ? prev.openBottom === true : l.continued || l.cells[0] === '')) {
      prev.cells = prev.cells.map((c, i) => c + (l.cells[i] ?? ''));
      out[out.length - 1] = `| ${prev.cells.join(' | ')} |`;
      headRepeated = false;
      continue;
    }
    if (l.table && !prev?.table) tableHead = l.cells;
    if (!l.table) tableHead = null;
    headRepeated = false;
    const rowAfterRow = prev?.table && l.table;
    if (prev && !rowAfterRow && prev.page === l.page && prev.y - l.y > Math.max(prev.size, l.size) * 2.2 && out[out.length - 1] !== '') out.push('');
    out.push(text);
    prev = l;
    alone = l;
    inItem = !!l.bullet && l.cells.length === 1;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

const sameCells = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/** A line in a heading's type but for the 、 it ends with, over a heading in its type one line below: the heading's first line. */
function brokenAtComma(upper: PdfLine, lower: PdfLine, bodySize: number): boolean {
  const text = upper.cells[0]!;
  return upper.cells.length === 1 && !upper.table && !upper.bullet && /、$/.test(text) && text.length <= 60 && upper.size >= bodySize * 1.08
    && upper.page === lower.page && Math.abs(upper.size - lower.size) < 0.5 && upper.y - lower.y > 0 && upper.y - lower.y <= lower.size * 2;
}

/**
 * A heading broken by the page break (a narrow page's title in large type: 「…不正アクセス発」 at the foot of
 * one page, 「生に関するお詫び」 atop the next): its last line there ran to its column's edge low on the page,
 * the next page opens with a line of its type at its left edge, and that line opens no section or item of its own.
 */
function headingGoesOn(upper: PdfLine, lower: PdfLine, text: string, edges: Map<number, { left: number; right: number }>): boolean {
  if (lower.page !== upper.page + 1 || upper.position < 0.6 || lower.position > 0.3 || Math.abs(upper.x - lower.x) > 2) return false;
  const edge = edges.get(columnOf(upper));
  return edge !== undefined && upper.right >= edge.right - upper.size && !OPENS_ITEM.test(text) && !SECTION_NUMBER.test(text);
}

/**
 * A heading of its own under a heading in its type (`text`, the lower line's), not the upper one's wrapped end: it opens
 * with a section's mark or number (「■(1)原因」「(2)対象」 — not a bracket, which a title's 【第2報】 may wrap onto) and the upper
 * line stopped short of its column's edge by two ems (it did not wrap).
 */
export function headingBelowHeading(upper: PdfLine, text: string, edges: Map<number, { left: number; right: number }>): boolean {
  const edge = edges.get(columnOf(upper));
  return edge !== undefined && OPENS_ITEM.test(text) && !/^[【\[]/.test(text) && upper.right < edge.right - upper.size * 2;
}

/** Two Latin words printed one after the other with a space between them (「Green Field」), anywhere in the lines. */
function latinWordPairs(lines: readonly PdfLine[]): Set<string> {
  const pairs = new Set<string>();
  for (const l of lines) for (const cell of l.cells) for (const m of cell.matchAll(/(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])(?= ([A-Za-z]+))/g)) pairs.add(`${m[0]} ${m[1]}`);
  return pairs;
}

/** The Latin word a line ends with and the one the next opens with, printed elsewhere as two words. */
function spacedElsewhere(pairs: Set<string>, before: string, after: string): boolean {
  const a = /[A-Za-z]+$/.exec(before)?.[0];
  const b = /^[A-Za-z]+/.exec(after)?.[0];
  return a !== undefined && b !== undefined && pairs.has(`${a} ${b}`);
}

/**
 * Whether a wrap stood for a space. Japanese layout breaks lines anywhere — inside a Latin word or
 * a URL too — and drops the space where it breaks between words; so: a space the PDF wrote, or two
 * Latin words in a paragraph that is mostly Latin.
 */
export function needsSpace(before: string, after: string, prev: Pick<PdfLine, 'spaceAfter' | 'spaceBefore'>, next: Pick<PdfLine, 'spaceAfter' | 'spaceBefore'>): boolean {
  const a = before[before.length - 1];
  const b = after[0];
  // A space the PDF writes at a wrap between two wide characters (「…万が」 over 「一、…」, 「…一」 over 「部の…」)
  // is the browser's line end, not the text's: Japanese prose breaks anywhere and writes no space there.
  if (prev.spaceAfter || next.spaceBefore) return !(isWide(a) && isWide(b));
  if (isWide(a) || isWide(b)) return false;
  if (/(?:https?:\/\/|www\.)\S*$/.test(before.slice(-300))) return false;
  // The paragraph's recent text decides (a long paragraph is not rescanned at every join).
  const tail = [...before.slice(-200)];
  return tail.filter((ch) => isWide(ch)).length < tail.length / 2;
}

/** The body size: the type size that carries the most characters. */
export function dominantSize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    weight.set(s, (weight.get(s) ?? 0) + l.cells.join('').length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

function isHeading(l: PdfLine, bodySize: number): boolean {
  const text = l.cells.join(' ');
  // A line printed with a drawn bullet is a list item in whatever type it is set (an old page's
  // <ul> outside its <font size="2"> prints larger than the paragraphs), never a heading.
  return l.cells.length === 1 && !l.table && !l.bullet && l.size >= bodySize * 1.08 && text.length <= 60 && !/[。、]$/.test(text);
}

/**
 * A short line set apart in bold at body size or smaller (a page's <h3> at body size, its <h4> smaller): a heading
 * when it ends no sentence, is no table row, stops short of the right edge (a bold phrase that wraps is a paragraph's),
 * and what follows (text or a table) is not bold in its type (a bold paragraph of several lines is emphasis, not a heading).
 */
export function isBoldHeading(lines: PdfLine[], i: number, bodySize: number, edges: Map<number, { left: number; right: number }>): boolean {
  const l = lines[i]!;
  const before = lines[i - 1];
  const after = lines[i + 1];
  if (!l.bold || l.cells.length !== 1 || l.table || l.bullet || l.size >= bodySize * 1.08 || l.size < bodySize * 0.7) return false;
  const text = l.cells[0]!.trim();
  // (A numbered section's heading may end with a colon: 「4．漏洩した可能性のある情報：」; a bold label alone is no heading.)
  if (text.length < 2 || text.length > 40 || /[。、，,．.]$/.test(text) || (/[:：]$/.test(text) && !SECTION_NUMBER.test(text))) return false;
  // A line wrapped from the line above (a paragraph's, bold or not, running to the edge) is that paragraph's.
  const shortOfEdge = (line: PdfLine) => line.right < (edges.get(columnOf(line))?.right ?? Infinity) - line.size * 1.5;
  if (!after || !shortOfEdge(l)) return false;
  if (before && !before.table && before.cells.length === 1 && before.page === l.page && Math.abs(before.size - l.size) < 0.25 && !shortOfEdge(before)) return false;
  // Bold lines of one size in a row are headings only as a heading over its subheading (two): a longer run is a bold block.
  const inRun = (line: PdfLine | undefined) => line !== undefined && line.bold === true && !line.table && line.cells.length === 1 && Math.abs(line.size - l.size) < 0.25;
  let run = 1;
  for (let j = i - 1; j >= 0 && run <= 2 && inRun(lines[j]); j--) run++;
  for (let j = i + 1; j < lines.length && run <= 2 && inRun(lines[j]); j++) run++;
  return run <= 2;
}

/** A line ending in a Latin word alone (after a space or a non-Latin character), not in a run with / . - _ : as a URL has. */
const LATIN_WORD_END = /(?:^|[^\x21-\x7e])[A-Za-z]+$/;

/**
 * `next` carries on `prev`'s paragraph: prev ran to the right edge, next starts at or left of
 * prev's start (a new paragraph is indented, a new item has a marker), the type is the same size,
 * and next sits one line below (or at the top of the following page).
 */
/** Punctuation a browser may set in half its width (opening and closing brackets, middle dots, the ideographic comma). */
const HALF_SET_PUNCTUATION = /[「」『』（）【】・、]/g;
/** At most this many of them (a line of brackets is no wrapped prose). */
const HALF_SET_PUNCTUATION_LIMIT = 4;

/**
 * How many ems narrower than its characters set whole a line is (what half-set punctuation took from it); Infinity when
 * the line cannot tell (several cells, or Latin letters and digits, whose widths vary).
 */
function untrimmedShortfall(line: PdfLine): number {
  const text = line.cells.length === 1 ? line.cells[0]! : '';
  if (!text || /[\x00-\x7f\uff61-\uff9f]/.test(text)) return Infinity;
  return Math.max(0, [...text].length - (line.right - line.x) / line.size);
}

function continues(prev: PdfLine, next: PdfLine, edges: Map<number, { left: number; right: number }>): boolean {
  const em = Math.max(prev.size, next.size);
  const edge = edges.get(columnOf(prev))!;
  if (Math.abs(prev.size - next.size) > em * 0.1) return false;
  // A line that stops short of the edge was still wrapped when the next line opens with a word
  // that would not have fitted there (Latin and digits do not break: 「…と」 then 「2025年…」).
  // So too a unit the breaking rules hold together (「…なりすましメー」 then 「ル」、…」: 」 and 、 may not open a line);
  // a line ending its sentence (。) is not taken so far short.
  const ended = /。$/.test(prev.cells[prev.cells.length - 1]!);
  const carried = ended ? (LEADING_WORD.exec(next.cells[0]!)?.[0].length ?? 0) * 0.6 : carriedWidth(next.cells[0]!);
  // Brackets and middle dots may be set half-width (the browser trims their blank half), each taking half an em from
  // a full line: 「書類上手/見」 then 「積・請求書」 still wraps though it stops two ems short.
  // Only as far as the line shows it: a line of full-width characters alone as wide as their count in ems (a word
  // processor's, its middle dots set whole: 「氏名・住所・…・性別」) was trimmed of nothing, and ended its item there.
  const trimmed = Math.min(HALF_SET_PUNCTUATION_LIMIT * 0.5, (prev.cells.join('').match(HALF_SET_PUNCTUATION) ?? []).length * 0.5, untrimmedShortfall(prev));
  // Lines set in a padded box inside the column (a note's frame), both starting as far in, stop short by its padding on the right too.
  const boxed = !ended && Math.abs(next.x - prev.x) < 1 ? Math.min(Math.max(0, prev.x - edge.left), em) : 0;
  if (prev.right < edge.right - em * 1.5 - carried * em - trimmed * em - boxed) return false;
  // A right-aligned line (a date, the issuer's name) is not part of a paragraph: it starts well
  // right of the edge and is short. A list item's lines, indented as far, run the column's width.
  if (prev.x > edge.left + em * 3 && prev.right - prev.x < (edge.right - edge.left) * 0.6) return false;
  // Nor is a line set flush right from past a third of the column, however long (「公開日：2025年4月21日 更新日：2025年5月15日」),
  // over a line at the column's edge: a paragraph wraps back to where it started, a first line's indent an em or two in.
  if (prev.x - edge.left > (edge.right - edge.left) / 3 && next.x < edge.left + em && !prev.bullet) return false;
  if (next.bullet || OPENS_ITEM.test(next.cells[0]!.trim())) return false;
  if (next.x > prev.x + em * 0.5 && !prev.bullet && !OPENS_ITEM.test(prev.cells[0]!.trim())) return false;
  if (next.page === prev.page) return prev.y - next.y <= em * 2;
  return next.page === prev.page + 1;
}

