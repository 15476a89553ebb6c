import { dateOfDateLine, datedNoticeDay, datesOfDateLine, eraInitialDateLine, TRAIL_YEAR } from '../dateLine.js';
import { NEWS_CATEGORY, SIDEBAR_HEADING } from '../../words/pageChrome.js';

/**
 * A printed page's breadcrumb trail (read whole by breadcrumbTrail in chrome.ts) as the page's head:
 * its last link names the article, a date among its links dates it.
 */

/** A breadcrumb's separator between two links: 「>」「＞」「»」「›」, or a slash set off by a space. */
const TRAIL_SEPARATOR = /[ ]*[>＞»›][ ]*|[ ]+\/[ ]*|[ ]*\/[ ]+/;

/** The trail's links, NFKC-folded, spaces inside them kept. */
const trailLinks = (trail: string) => trail.normalize('NFKC').split(TRAIL_SEPARATOR).map((l) => l.trim()).filter(Boolean);

/**
 * The heading a breadcrumb trail's last link names, above the text's first sentences: the whole
 * link (spaces aside; where the trail wrapped, they fall anywhere), or, the link cut short
 * (「不正アクセスによる…」), the heading it opens. Six characters at least, and no site section
 * (「ニュース」: a trail ending at the section leaves the title to be told otherwise). -1 when none.
 */
export function trailTitle(lines: string[], trail: string): number {
  const links = trailLinks(trail);
  if (links.length < 2) return -1;
  const squeeze = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
  // The page's date in brackets after the title (「…について（2026年4月3日掲載）」) is no part of it.
  const last = squeeze(links[links.length - 1]!.replace(DATED_TAIL, ''));
  const cut = /(?:…|\.\.\.)$/.exec(last);
  const name = cut ? last.slice(0, cut.index) : last;
  if (name.length < 6) return -1;
  // A site's notices above the article may be sentences (「【メンテナンス】…を実施します。」): the text begins at the third.
  for (let i = 0, sentences = 0; i < lines.length && sentences < 3; i++) {
    const line = lines[i]!.trim();
    if (/。$/.test(line)) sentences++;
    // (Or, above the text's first sentence, a line in the body's type that names it: the title a page builder set in a
    // styled div, printed in the trail's type right under it.)
    const named = /^#{2,6} (.+)$/.exec(line)?.[1] ?? (sentences === 0 && !/[。、]/.test(line) ? line : null);
    if (!named || NEWS_CATEGORY.test(named.trim()) || SIDEBAR_HEADING.test(named.trim())) continue;
    const text = squeeze(named);
    if (cut ? text.startsWith(name) && text.length > name.length : text === name) return i;
  }
  return -1;
}

/** A date in brackets ending the trail's last link, maybe cut off where the trail wrapped: 「(2026年4月3日掲載)」「(2026年4月3日」. */
const DATED_TAIL = /[(](?:(?:19|20)[0-9]{2}|令和[0-9元]{1,2}|平成[0-9元]{1,2})[年./][0-9]{1,2}[月./][0-9]{1,2}[^()]{0,8}[)]?$/;

/**
 * A link of the trail that is a date alone (「ホーム / お知らせ / 2025年2月28日 / …」): the page's date, or null. A level's place
 * makes a date in the era's initial alone its day (「ホーム > お知らせ > R8.4.27 > …」, as the page's trail reads as HTML); the
 * last link, the page's own, is its title, whatever it opens with.
 */
export function trailDate(trail: string): string | null {
  const links = trailLinks(trail);
  for (const [k, link] of links.entries()) {
    const date = dateOfDateLine(link) ?? (k < links.length - 1 ? eraInitialDateLine(link)?.[0]?.iso : null);
    if (date) return date;
  }
  if (links.length < 2) return null;
  // Or the page's link named by its date (「ホーム ＞ 新着情報 ＞ 2025年9月10日のお知らせ」): the notice of that day.
  const named = datedNoticeDay(links[links.length - 1]!);
  return (named !== null ? dateOfDateLine(named) : null) ?? bracketedDate(links[links.length - 1]!);
}

/** A date in brackets ending the last link, maybe cut off where the trail wrapped: 「…について(2026年2月16日掲載)」「…(2026年2月16日掲」. */
const BRACKETED_TAIL = /[(]([^()]{6,30})([)]?)$/;
/** The first character of a publication label cut off by the wrap (掲載, 公開, 公表): never 更新's, nor 発 (発表 or 発生). */
const CUT_LABEL = /[掲公]$/;

/** The publication date the page's own link gives in brackets after its title, or null (an update's, or none). */
function bracketedDate(link: string): string | null {
  const tail = BRACKETED_TAIL.exec(link);
  if (!tail) return null;
  const dates = datesOfDateLine(tail[1]!) ?? (tail[2] ? null : datesOfDateLine(tail[1]!.replace(CUT_LABEL, '')));
  return dates && dates.length === 1 && !dates[0]!.update ? dates[0]!.iso : null;
}

/** The year a trail's level gives alone (「ホーム > ニュース > 2026年 > …」: the archive's year), or null. */
export function trailYear(trail: string | null): number | null {
  if (trail === null) return null;
  const year = trailLinks(trail).map((l) => TRAIL_YEAR.exec(l)).find(Boolean);
  return year ? Number(year[1]) : null;
}
